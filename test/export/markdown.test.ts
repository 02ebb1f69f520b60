/**
 * The Markdown export: escaping (by hand, and as a property: whatever the text, the loader reads
 * back exactly that text), and the layout of an exported roadmap, written out by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.js';
import { escapeCell, escapeHeading, escapeInline, escapeParagraph } from '../../src/export/markdown-escape.js';
import { roadmapToMarkdown } from '../../src/export/markdown.js';
import { resultsCellLines } from '../../src/export/results-cell.js';
import { markdownToGrid } from '../../src/load/markdown.js';
import type { Outcome, RoadmapEdition } from '../../src/schema/roadmap.js';

describe('escaping', () => {
  it.each([
    ['plain roadmap text stays as it is', 'Goals 1 & 4, ITU-D Objective 2/Output 2.2 (2016-2019)', 'Goals 1 & 4, ITU-D Objective 2/Output 2.2 (2016-2019)'],
    ['pipes', 'a | b|c', 'a \\| b\\|c'],
    ['emphasis and code', '*key* _x_ `c` ~~old~~', '\\*key\\* \\_x\\_ \\`c\\` \\~\\~old\\~\\~'],
    ['links and footnote references', '[draft](x) [^1]', '\\[draft\\](x) \\[^1\\]'],
    ['HTML and autolinks', '<br> <u>x</u> <http://x>', '\\<br> \\<u>x\\</u> \\<http\\://x>'],
    ['a character reference, not a lone ampersand', 'R&amp;D &#169; AT&T', 'R\\&amp;D \\&#169; AT&T'],
    ['a backslash', 'C:\\ITU', 'C:\\\\ITU'],
    ['bare URLs and e-mail addresses (GFM would make links that keep escapes)', 'www.itu.int/a_b https://itu.int info@itu.int', 'www\\.itu.int/a\\_b https\\://itu.int info\\@itu.int'],
  ])('inline: %s', (_name, text, escaped) => {
    expect(escapeInline(text)).toBe(escaped);
  });

  it.each([
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. first', '1\\. first'],
    ['12) twelfth', '12\\) twelfth'],
    ['# hash', '\\# hash'],
    ['> quote', '\\> quote'],
    ['===', '\\==='],
    ['2016-2019 is a range', '2016-2019 is a range'],
    ['a line\nbreak', 'a line break'],
  ])('paragraph start: %j → %j', (text, escaped) => {
    expect(escapeParagraph(text)).toBe(escaped);
  });

  it('escapes the closing hashes of a heading, and writes a cell line break as <br>', () => {
    expect(escapeHeading('Security in C#')).toBe('Security in C\\#');
    expect(escapeCell('first line\nsecond | line\r\nthird')).toBe('first line<br>second \\| line<br>third');
  });

  /** Markdown → grid, and the text of one place in it. */
  const read = (markdown: string) => markdownToGrid(markdown, new Diagnostics()).lines;
  const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
  // Letters, digits, whitespace, every ASCII punctuation mark, and the strings GFM reacts to.
  const hazard = fc.constantFrom(...'abXY09 \n\t', ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', 'www.', 'http://', 'a@b.org', '&amp;', '<br>', '[^1]', 'é', '–');
  const text = fc.array(hazard, { maxLength: 30 }).map((parts) => parts.join(''));

  it('property: the loader reads back any text from a heading, a paragraph and a table cell (whitespace folded)', () => {
    fc.assert(
      fc.property(text, (t) => {
        // An empty paragraph is no paragraph: "x" stands in.
        const paragraph = fold(t) === '' ? 'x' : t;
        const lines = read(`## T ${escapeHeading(t)}\n\n${escapeParagraph(paragraph)}\n\n| a | b | c |\n| --- | --- | --- |\n| x | ${escapeCell(t)} | y |\n`);
        const [heading, readParagraph, , ...row] = lines;
        expect(heading!.cells[0]!.text).toBe(fold(`T ${t}`));
        expect(readParagraph!.cells[0]!.text).toBe(fold(paragraph));
        expect(fold(row.map((l) => l.cells[1]!.text).join(' '))).toBe(fold(t));
      }),
      { numRuns: 300 },
    );
  });
});

describe('resultsCellLines', () => {
  it('writes each list under its label, one hyphen bullet per item, and nothing for an empty cell', () => {
    expect(resultsCellLines(['Improved connectivity', 'Trained staff'], ['Workshops'])).toEqual([
      'Expected Results:',
      '- Improved connectivity',
      '- Trained staff',
      'ITU Activities:',
      '- Workshops',
    ]);
    expect(resultsCellLines([], ['Workshops'])).toEqual(['ITU Activities:', '- Workshops']);
    expect(resultsCellLines([], [])).toEqual([]);
  });
});

describe('roadmapToMarkdown', () => {
  const outcome = (fields: Partial<Outcome>): Outcome => ({
    key: 'C5.geneva.A1',
    actionLine: 'C5',
    section: 'geneva',
    sectionTitle: 'Geneva Plan of Action and Tunis Agenda for the Information Society',
    id: 'A1',
    printedId: 'A1',
    idRepaired: false,
    text: '',
    subItems: [],
    timing: null,
    goals: { raw: '', strategicGoals: [], strategicTargets: [], objectives: [], regionalInitiatives: [], gcaPillars: [], resolutions: [] },
    sdgs: { raw: '', goals: [], targets: [] },
    expectedResults: [],
    activities: [],
    provenance: { lines: [80, 91], pages: null },
    warnings: [],
    ...fields,
  });
  const edition: RoadmapEdition = {
    schemaVersion: 1,
    edition: '2018',
    title: 'WSIS Action Lines Roadmaps C2, C5, C6',
    source: { path: 'x.txt', sha256: '0'.repeat(64), format: 'text', pages: null },
    actionLines: [
      {
        id: 'C5',
        title: 'Building Confidence and Security in Use of ICTs',
        note: 'GCA – Global Cybersecurity Agenda',
        // Another column order than usual: the cells follow the labels.
        columns: ['WSIS Outcomes (WSIS AL C5)', 'Linkages with the SDGs', 'Proposed Timing', 'ITU Strategic Goals and Relevant Resolutions', 'Expected Results of ITU Activities'],
        footnotes: [{ marker: '12', text: 'Relevant ITU Strategic Goals should be linked with each outcome.' }],
        outcomes: [
          outcome({
            text: 'Address security | privacy issues',
            timing: { raw: '2016-2019', from: 2016, to: 2019 },
            goals: { ...outcome({}).goals, raw: 'ITU Strategic Goal 3 (Target 3.1)', strategicGoals: [3], strategicTargets: ['3.1'] },
            sdgs: { raw: '7.1, 7.a', goals: [], targets: ['7.1', '7.a'] },
            expectedResults: ['Incident *response* teams'],
            activities: ['ITU-D CIRT programme'],
          }),
          outcome({ key: 'C5.wsis10.a', section: 'wsis10', sectionTitle: 'WSIS+10 Outcome Documents', id: 'a', printedId: 'C.', idRepaired: true, text: 'Build confidence' }),
        ],
      },
    ],
    warnings: [],
  };

  it('writes the title, the action line with its note, one table with an id column and section rows, and the footnotes', () => {
    expect(roadmapToMarkdown(edition).split('\n')).toEqual([
      '# WSIS Action Lines Roadmaps C2, C5, C6',
      '',
      '## WSIS Action Line C5: Building Confidence and Security in Use of ICTs',
      '',
      'Note: GCA – Global Cybersecurity Agenda',
      '',
      '|  | WSIS Outcomes (WSIS AL C5) | Linkages with the SDGs | Proposed Timing | ITU Strategic Goals and Relevant Resolutions | Expected Results of ITU Activities |',
      '| --- | --- | --- | --- | --- | --- |',
      '|  | **Geneva Plan of Action and Tunis Agenda for the Information Society** |  |  |  |  |',
      '| A1 | Address security \\| privacy issues | 7.1, 7.a | 2016-2019 | ITU Strategic Goal 3 (Target 3.1) | Expected Results:<br>- Incident \\*response\\* teams<br>ITU Activities:<br>- ITU-D CIRT programme |',
      '|  | **WSIS+10 Outcome Documents** |  |  |  |  |',
      // The intended id, not the printed "C.".
      '| a | Build confidence |  |  |  |  |',
      '',
      '¹² Relevant ITU Strategic Goals should be linked with each outcome.',
      '',
    ]);
  });

  it('leaves out what is missing: no document title, no note, no action-line title; standard labels for unreadable columns', () => {
    const bare: RoadmapEdition = {
      ...edition,
      title: '',
      actionLines: [{ ...edition.actionLines[0]!, title: '', note: null, columns: [], footnotes: [], outcomes: [] }],
    };
    expect(roadmapToMarkdown(bare)).toBe(
      [
        '|  | WSIS Outcomes (WSIS AL C5) | Proposed Timing | ITU Strategic Goals and Relevant Resolutions | Linkages with the SDGs | Expected Results of ITU Activities |',
        '| --- | --- | --- | --- | --- | --- |',
        '',
      ].join('\n'),
    );
  });
});
