/** Field changes: word diffs of texts and lists, set changes, resolution revisions, timing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWhitespace } from '../../src/cells/cell-content.js';
import { compareOutcomes } from '../../src/diff/fields.js';
import { compareResolutions, compareSets } from '../../src/diff/sets.js';
import { diffItems, diffText, sideOf } from '../../src/diff/text.js';
import type { Resolution } from '../../src/schema/roadmap.js';
import { edition2018, outcome } from './editions.js';

describe('word diffs', () => {
  it('finds no change where only whitespace differs', () => {
    expect(diffText('Promote  cooperation\namong governments ', 'Promote cooperation among governments')).toBeNull();
    expect(diffItems(['a  b', ' c'], ['a b', 'c'])).toBeNull();
    expect(diffItems([], [])).toBeNull();
  });

  it('marks the words that changed, punctuation as words of its own', () => {
    expect(diffText('build trust, and protect data', 'build trust and protect all data')).toEqual([
      { op: 'equal', text: 'build trust' },
      { op: 'delete', text: ',' },
      { op: 'equal', text: ' and protect ' },
      { op: 'insert', text: 'all ' },
      { op: 'equal', text: 'data' },
    ]);
  });

  it('shows a new item of a list as one inserted line, and a dropped one as one deleted line', () => {
    expect(diffItems(['First result.', 'Second result.'], ['First result.', 'Second result.', 'Third result.'])).toEqual([
      { op: 'equal', text: 'First result.\nSecond result.' },
      { op: 'insert', text: '\nThird result.' },
    ]);
    expect(diffItems(['Old first.', 'Second.'], ['Second.'])).toEqual([
      { op: 'delete', text: 'Old first.\n' },
      { op: 'equal', text: 'Second.' },
    ]);
  });

  it('shows an item split in two, though the words are the same', () => {
    const ops = diffItems(['One sentence. Another sentence.'], ['One sentence.', 'Another sentence.'])!;
    expect(ops.filter((op) => op.op !== 'equal')).toEqual([{ op: 'insert', text: '\n' }]);
  });

  it('gives back both sides: equal + delete is the old list, equal + insert the new (property)', () => {
    // U+E000 is the character the diff joins items with, unless a text has it (PDF symbol fonts map
    // glyphs to the private-use area).
    const word = fc.constantFrom('ICT', 'access', 'the', 'of', 'broadband,', 'SDG', '(ITU)', 'e-commerce', 'rural', '2030.', '\uE000');
    const item = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
    const items = fc.array(item, { maxLength: 5 });
    fc.assert(
      fc.property(items, items, (before, after) => {
        const ops = diffItems(before, after);
        if (ops === null) {
          expect(before).toEqual(after);
          return;
        }
        const lines = (side: 'before' | 'after') => sideOf(ops, side).split('\n').map(foldWhitespace);
        // An empty list and a list of one empty item both read as "" once joined.
        expect(lines('before')).toEqual(before.length === 0 ? [''] : before);
        expect(lines('after')).toEqual(after.length === 0 ? [''] : after);
      }),
      { numRuns: 300 },
    );
  });
});

const resolution = (body: Resolution['body'], number: string, place: string | null, year: number | null, canonical: string): Resolution => ({
  body,
  number,
  place,
  year,
  canonical,
  raw: canonical,
});

describe('set changes', () => {
  it('lists what came and what went, each in its side\'s order', () => {
    expect(compareSets('sdgs.targets', ['1.4', '4.1', '9.c'], ['1.4', '9.c', '17.8', '17.9'])).toEqual({
      field: 'sdgs.targets',
      kind: 'set',
      added: ['17.8', '17.9'],
      removed: ['4.1'],
      revised: [],
    });
    expect(compareSets('goals.strategicGoals', [1, 4], [4, 1])).toBeNull();
  });

  it('shows a new revision of the same resolution as a revision, not a removal and an addition', () => {
    const before = [
      resolution('PP', '102', null, null, 'PP Res. 102'),
      resolution('WTDC', '45', 'Dubai', 2014, 'WTDC Res. 45 (Rev. Dubai, 2014)'),
      resolution('WTDC', '67', 'Buenos Aires', 2017, 'WTDC Res. 67 (Rev. Buenos Aires, 2017)'),
    ];
    const after = [
      resolution('PP', '102', 'Busan', 2014, 'PP Res. 102 (Rev. Busan, 2014)'),
      resolution('WTDC', '45', 'Kigali', 2022, 'WTDC Res. 45 (Rev. Kigali, 2022)'),
      resolution('WTSA', '50', 'Hammamet', 2016, 'WTSA Res. 50 (Rev. Hammamet, 2016)'),
    ];
    expect(compareResolutions(before, after)).toEqual({
      field: 'goals.resolutions',
      kind: 'set',
      added: ['WTSA Res. 50 (Rev. Hammamet, 2016)'],
      removed: ['WTDC Res. 67 (Rev. Buenos Aires, 2017)'],
      revised: [
        { resolution: 'PP Res. 102', before: null, after: 'Rev. Busan, 2014' },
        { resolution: 'WTDC Res. 45', before: 'Rev. Dubai, 2014', after: 'Rev. Kigali, 2022' },
      ],
    });
  });

  it('compares resolutions by canonical form, not by how they were printed', () => {
    const a = resolution('WTSA', '58', 'Dubai', 2012, 'WTSA Res. 58 (Rev. Dubai, 2012)');
    expect(compareResolutions([a], [{ ...a, raw: 'WTSA Res. 50, 52 (Rev. Hammamet, 2016), 58 (Rev. Dubai 2012)' }])).toBeNull();
  });
});

describe('outcome fields', () => {
  it('compares timing by its years, not by how the range was printed', () => {
    const before = outcome(edition2018(), 'C2.geneva.A');
    const reprinted = { ...structuredClone(before), timing: { raw: '2016 – 2019', from: 2016, to: 2019 } };
    expect(compareOutcomes(before, reprinted)).toEqual([]);
    const lost = { ...structuredClone(before), timing: null };
    expect(compareOutcomes(before, lost)).toEqual([{ field: 'timing', kind: 'value', before: before.timing, after: null }]);
  });

  it('diffs sub-items as lines with their markers', () => {
    const before = outcome(edition2018(), 'C6.geneva.c');
    const after = structuredClone(before);
    after.subItems[1]!.text = 'manage, as appropriate, their respective country code Top-Level Domain name (ccTLD);';
    expect(compareOutcomes(before, after)).toEqual([
      {
        field: 'subItems',
        kind: 'text',
        ops: [
          { op: 'equal', text: '(i) facilitate the establishment of national and regional Internet Exchange Centres;\n(ii) manage' },
          { op: 'delete', text: ' or supervise' },
          { op: 'equal', text: ', as appropriate, their respective country code Top-Level Domain name (ccTLD);\n(iii) promote awareness of the Internet.' },
        ],
      },
    ]);
  });
});
