/**
 * The CSV export: RFC 4180 quoting by hand, the header and one record written out by hand, and a
 * property that a strict RFC 4180 reader gets every field back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, neutraliseCell, roadmapToCsv } from '../../src/export/csv.js';
import type { Outcome, RoadmapEdition } from '../../src/schema/roadmap.js';

/** A strict RFC 4180 reader: records end with CRLF; quoted fields may hold commas, quotes (doubled) and line breaks. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unclosed quote');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted field at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else throw new Error(`expected "," or CRLF at ${i}`);
  }
  if (record.length > 0) throw new Error('the last record has no CRLF');
  return records;
}

describe('csvField', () => {
  it.each([
    ['a plain value', 'Goal 1', 'Goal 1'],
    ['an empty value', '', ''],
    ['a comma', '1, 2, 17', '"1, 2, 17"'],
    ['quotes, doubled', 'the "GSR" symposium', '"the ""GSR"" symposium"'],
    ['a line feed', 'a\nb', '"a\nb"'],
    ['a carriage return', 'a\rb', '"a\rb"'],
    ['CRLF', 'a\r\nb', '"a\r\nb"'],
    ['a semicolon and spaces stay unquoted', ' x; y ', ' x; y '],
  ])('%s', (_name, value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('ends a record with CRLF', () => {
    expect(csvRecord(['a', 'b,c', ''])).toBe('a,"b,c",\r\n');
  });

  it('property: a strict RFC 4180 reader gets back every field of every record', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', ',', '"', ';', '\r', '\n', 'é', '|') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }), (records) => {
        expect(readCsv(records.map(csvRecord).join(''))).toEqual(records);
      }),
      { numRuns: 300 },
    );
  });
});

describe('roadmapToCsv', () => {
  const outcome: Outcome = {
    key: 'C6.geneva.b',
    actionLine: 'C6',
    section: 'geneva',
    sectionTitle: 'Geneva Plan of Action and Tunis Agenda for the Information Society',
    id: 'b',
    printedId: 'C.',
    idRepaired: true,
    text: 'The group should, inter alia: i. develop a "working" definition; ii. identify issues',
    subItems: [
      { id: 'i', text: 'develop a "working" definition;' },
      { id: 'ii', text: 'identify issues' },
    ],
    timing: { raw: '2018', from: 2018, to: 2018 },
    goals: {
      raw: 'Goal 4 C09 Res 1305 ITU-D Objective 3',
      strategicGoals: [4],
      strategicTargets: [],
      objectives: ['ITU-D Objective 3'],
      regionalInitiatives: [],
      gcaPillars: [],
      resolutions: [{ body: 'Council', number: '1305', place: null, year: 2009, canonical: 'Council Res. 1305 (2009)', raw: 'C09 Res 1305' }],
    },
    sdgs: { raw: '17.16, 9.c', goals: [], targets: ['9.c', '17.16'] },
    expectedResults: ['Activities since 2003.', 'Reports, studies'],
    activities: [],
    provenance: { lines: [112, 140], pages: null },
    warnings: [{ code: 'id-repaired', message: 'x', line: 112, page: null }],
  };
  const edition: RoadmapEdition = {
    schemaVersion: 1,
    edition: '2018',
    title: 'T',
    source: { path: 'x.txt', sha256: '0'.repeat(64), format: 'text', pages: null },
    actionLines: [{ id: 'C6', title: 'Enabling Environment', note: null, columns: [], footnotes: [], outcomes: [outcome, { ...outcome, key: 'C6.geneva.c', id: 'c', timing: null, warnings: [] }] }],
    warnings: [],
  };

  it('writes a header of dotted field names and one CRLF-terminated record per outcome', () => {
    const records = readCsv(roadmapToCsv(edition));
    expect(records[0]).toEqual([
      'key', 'actionLine', 'section', 'sectionTitle', 'id', 'printedId', 'idRepaired', 'text', 'subItems.id',
      'timing.raw', 'timing.from', 'timing.to',
      'goals.raw', 'goals.strategicGoals', 'goals.strategicTargets', 'goals.objectives', 'goals.regionalInitiatives', 'goals.gcaPillars', 'goals.resolutions.canonical',
      'sdgs.raw', 'sdgs.goals', 'sdgs.targets', 'expectedResults', 'activities', 'provenance.firstLine', 'provenance.lastLine', 'provenance.pages', 'warnings.code',
    ]);
    expect(records).toHaveLength(3);
    expect(records[1]).toEqual([
      'C6.geneva.b', 'C6', 'geneva', 'Geneva Plan of Action and Tunis Agenda for the Information Society', 'b', 'C.', 'true',
      'The group should, inter alia: i. develop a "working" definition; ii. identify issues', 'i\r\nii',
      '2018', '2018', '2018',
      'Goal 4 C09 Res 1305 ITU-D Objective 3', '4', '', 'ITU-D Objective 3', '', '', 'Council Res. 1305 (2009)',
      '17.16, 9.c', '', '9.c\r\n17.16', 'Activities since 2003.\r\nReports, studies', '', '112', '140', '', 'id-repaired',
    ]);
    // No timing: empty fields, not "null".
    expect(records[2]!.slice(9, 12)).toEqual(['', '', '']);
  });

  it('quotes exactly the fields that need it', () => {
    const csv = roadmapToCsv(edition);
    const line = csv.slice(csv.indexOf('\r\n') + 2);
    expect(line.startsWith('C6.geneva.b,C6,geneva,Geneva Plan of Action and Tunis Agenda for the Information Society,b,C.,true,"The group should, inter alia: i. develop a ""working"" definition; ii. identify issues","i\r\nii",2018,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // One line ending everywhere: no bare LF or CR anywhere in the file.
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps an item holding "; " one item (one item per line in the cell)', () => {
    const joined = { ...outcome, expectedResults: ['first; still first', 'second'] };
    const records = readCsv(roadmapToCsv({ ...edition, actionLines: [{ ...edition.actionLines[0]!, outcomes: [joined] }] }));
    expect(records[1]![22]!.split('\r\n')).toEqual(['first; still first', 'second']);
  });

  it('neutralises cells a spreadsheet would run as formulas, per item, unless raw', () => {
    const hostile = { ...outcome, text: '=HYPERLINK("http://x","y")', expectedResults: ['@SUM(A1)', 'plain', '-1+2'], activities: ['\tTAB', '+cmd'] };
    const one = { ...edition, actionLines: [{ ...edition.actionLines[0]!, outcomes: [hostile] }] };
    const record = readCsv(roadmapToCsv(one))[1]!;
    expect(record[7]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(record[22]).toBe("'@SUM(A1)\r\nplain\r\n'-1+2");
    expect(record[23]).toBe("'\tTAB\r\n'+cmd");
    const raw = readCsv(roadmapToCsv(one, { raw: true }))[1]!;
    expect(raw[7]).toBe('=HYPERLINK("http://x","y")');
    expect(raw[22]).toBe('@SUM(A1)\r\nplain\r\n-1+2');
  });
});

describe('neutraliseCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@A1', "'@A1"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['a=1', 'a=1'],
    ['', ''],
    [' =1', ' =1'],
  ])('%j → %j', (value, written) => {
    expect(neutraliseCell(value)).toBe(written);
  });
});
