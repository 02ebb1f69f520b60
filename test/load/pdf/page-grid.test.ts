/**
 * One page → grid lines: rows from drawn boundaries (wrapped cells interleaved line by line,
 * the first line of each drawn row marked), rows without rulings (one grid line per visual
 * line), cells spanning the table (section titles), paragraph breaks in cells, words wrapped at
 * a hyphen, and text outside the table. Runs are built by hand, 10-pt text, 5 pt per character.
 */
import { describe, expect, it } from 'vitest';
import type { GridLine } from '../../../src/grid/grid.js';
import { pageGrid, type PageInput } from '../../../src/load/pdf/page-grid.js';
import type { Ruling } from '../../../src/pdf/geometry.js';
import type { Word } from '../../../src/pdf/lines.js';
import { wordAt } from './make-pdf.js';
import { DEFAULT_PDF_SETTINGS } from '../../../src/pdf/settings.js';

const S = DEFAULT_PDF_SETTINGS;
const run = (text: string, x0: number, baseline: number, { size = 10, font = 'Helvetica' } = {}): Word => 
  wordAt({ text, x0, x1: x0 + (text.length * size) / 2, baseline, size, font });
const h = (at: number, from = 30, to = 810): Ruling => ({ orientation: 'horizontal', at, from, to });
const v = (at: number, from: number, to: number): Ruling => ({ orientation: 'vertical', at, from, to });

/** Five columns: outcome, timing, goals, SDGs, results. Text starts 4 pt right of each edge. */
const EDGES = [30, 230, 300, 450, 560, 810];
const X = EDGES.slice(0, -1).map((e) => e + 4);
const header = (y: number, font = 'Helvetica-Bold') =>
  ['WSIS Outcomes (WSIS AL C2)', 'Timing', 'Strategic Goals', 'SDGs', 'Expected Results'].map((label, i) => run(label, X[i]!, y, { font }));

function grid(runs: Word[], rulings: Ruling[] = []): GridLine[] {
  const input: PageInput = { page: 3, width: 842, height: 595, words: runs, rulings, settings: S };
  return pageGrid(input, null, S).lines;
}

/** A grid line as "▶ a │ b │ …" (▶ drawn row start, · inside a drawn row, ¶ paragraph break). */
const show = (line: GridLine) =>
  `${line.rowStart === true ? '▶ ' : line.rowStart === false ? '· ' : ''}${line.cells.map((c) => (c.paragraphBefore ? '¶' : '') + c.raw).join(' │ ')}`;

describe('a ruled table', () => {
  // Row edges at 90 (table top), 110 (under the header), 130 (under the section title), 200, 260.
  const columns = (from: number, to: number) => EDGES.map((x) => v(x, from, to));
  const rulings = [h(90), h(110), h(130), h(200), h(260), ...[EDGES[0]!, EDGES[5]!].map((x) => v(x, 90, 260)), ...columns(90, 110), ...columns(130, 260)];
  const runs = [
    ...header(103),
    // The section title row has no inner verticals: its text runs across the column edges.
    run('Geneva Plan of Action and Tunis Agenda for the Information Society and more words', 34, 123),
    run('A: Governments should take', 34, 143),
    run('action, in the framework of', 34, 155),
    run('national e-', 34, 167),
    run('strategies', 34, 179),
    run('2016-2019', X[1]!, 143),
    run('Goal 1', X[2]!, 143),
    run('Goal 2', X[2]!, 155),
    run('1, 2, 3', X[3]!, 143),
    run('Expected Results:', X[4]!, 143),
    run('- Implementation', X[4]!, 155),
    run('ITU Activities:', X[4]!, 179),
    run('B: Encourage', 34, 213),
    run('2016-2019', X[1]!, 213),
  ];
  const lines = grid(runs, rulings).map(show);

  it('makes the header row one grid line', () => {
    expect(lines[0]).toBe('▶ WSIS Outcomes (WSIS AL C2) │ Timing │ Strategic Goals │ SDGs │ Expected Results');
  });

  it('makes a row that spans the table one grid line with its text in the first cell', () => {
    expect(lines[1]).toBe('▶ Geneva Plan of Action and Tunis Agenda for the Information Society and more words │  │  │  │ ');
  });

  it('interleaves a drawn row\'s columns line by line, marks its first line, and rejoins a word wrapped at its hyphen', () => {
    expect(lines.slice(2, 6)).toEqual([
      '▶ A: Governments should take │ 2016-2019 │ Goal 1 │ 1, 2, 3 │ Expected Results:',
      '· action, in the framework of │  │ Goal 2 │  │ - Implementation',
      '· national e-strategies │  │  │  │ ¶ITU Activities:',
      '·  │  │  │  │ ',
    ]);
  });

  it('starts the next drawn row on its own grid line', () => {
    expect(lines[6]).toBe('▶ B: Encourage │ 2016-2019 │  │  │ ');
    expect(lines).toHaveLength(7);
  });
});

describe('a table without rulings', () => {
  const runs = [
    run('WSIS Action Line C2: Infrastructure', 34, 70, { size: 13 }),
    ...header(90),
    // A section title spanning the table, wrapped onto a short second line: its first line ends
    // near the table's right edge (where "Results of activities in this area include:" ends).
    { ...run('WSIS+10 Outcome Documents (WSIS+10 Statement on the Implementation of WSIS Outcomes and WSIS +10', 34, 108), x1: 770 },
    run('Vision for WSIS Beyond 2015)', 34, 120),
    run('a. Develop a well-planned,', 34, 136),
    run('robust infrastructure', 34, 148),
    run('2016-2019', X[1]!, 136),
    run('Goal 1', X[2]!, 136),
    run('- Development of', X[4]!, 136),
    run('broadband plans', X[4]!, 148),
    run('Results of activities in this area include:', X[4]!, 172),
    // A footnote under the table in a smaller font, its marker raised.
    run('1', 34, 197, { size: 5 }),
    run('WSIS outcomes for each action line will be listed in accordance with the Geneva Plan of Action', 37, 200, { size: 8 }),
  ];
  const lines = grid(runs).map(show);

  it('gives one grid line per visual line, without row marks (the header aside), and keeps the title and footnote apart', () => {
    expect(lines).toEqual([
      'WSIS Action Line C2: Infrastructure',
      '▶ WSIS Outcomes (WSIS AL C2) │ Timing │ Strategic Goals │ SDGs │ Expected Results',
      'WSIS+10 Outcome Documents (WSIS+10 Statement on the Implementation of WSIS Outcomes and WSIS +10 Vision for WSIS Beyond 2015) │  │  │  │ ',
      'a. Develop a well-planned, │ 2016-2019 │ Goal 1 │  │ - Development of',
      'robust infrastructure │  │  │  │ broadband plans',
      ' │  │  │  │ ¶Results of activities in this area include:',
      '¹WSIS outcomes for each action line will be listed in accordance with the Geneva Plan of Action',
    ]);
  });

  it('says that empty cells are not paragraph breaks (columns wrap independently)', () => {
    expect(grid(runs).filter((l) => l.cells.length === 5).every((l) => l.emptyCellsAreBreaks === false)).toBe(true);
  });
});

describe('rules between rows only (no column lines)', () => {
  const runs = [...header(90), run('A: Governments', 34, 110), run('should act', 34, 122), run('2016-2019', X[1]!, 110), run('B: Encourage', 34, 142), run('2016-2019', X[1]!, 142)];

  it('finds columns from the header and rows from the rules', () => {
    expect(grid(runs, [h(80), h(96), h(130), h(160)]).map(show)).toEqual([
      '▶ WSIS Outcomes (WSIS AL C2) │ Timing │ Strategic Goals │ SDGs │ Expected Results',
      '▶ A: Governments │ 2016-2019 │  │  │ ',
      '· should act │  │  │  │ ',
      '▶ B: Encourage │ 2016-2019 │  │  │ ',
    ]);
  });

  it('leaves rows to their content when the only rules are under the header and at the end', () => {
    expect(grid(runs, [h(80), h(96), h(160)]).map(show)).toEqual([
      '▶ WSIS Outcomes (WSIS AL C2) │ Timing │ Strategic Goals │ SDGs │ Expected Results',
      'A: Governments │ 2016-2019 │  │  │ ',
      'should act │  │  │  │ ',
      'B: Encourage │ 2016-2019 │  │  │ ',
    ]);
  });
});

describe('words wrapped at a hyphen', () => {
  const table = (outcome: string[], timing: string[]) => [
    ...header(90),
    ...outcome.map((text, i) => run(text, 34, 110 + 12 * i)),
    ...timing.map((text, i) => run(text, X[1]!, 110 + 12 * i)),
  ];
  const cellsOf = (runs: Word[], column: number) => grid(runs).slice(1).map((l) => l.cells[column]!.raw);

  it('rejoins a compound and a year range, but not a suspended hyphen ("small- and medium-sized")', () => {
    const runs = table(['A: Support e-', 'government and small-', 'and medium-sized firms'], ['2016-', '2019']);
    expect(cellsOf(runs, 0)).toEqual(['A: Support e-government', 'and small-', 'and medium-sized firms']);
    expect(cellsOf(runs, 1)).toEqual(['2016-2019', '', '']);
  });

  it('rejoins a compound whose rest starts with a word that may follow a suspended hyphen ("to-government")', () => {
    const runs = table(['A: responsible for government-', 'to-government cooperation'], []);
    expect(cellsOf(runs, 0)).toEqual(['A: responsible for government-to-government', 'cooperation']);
  });

  it('leaves a dash after a space and a bullet alone', () => {
    const runs = table(['Expected Results: -', 'Implementation'], []);
    expect(cellsOf(runs, 0)).toEqual(['Expected Results: -', 'Implementation']);
  });
});
