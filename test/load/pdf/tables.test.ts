/**
 * Finding columns: from drawn rulings (lattice), from the header row's labels (one line or
 * wrapped over several, left-aligned or centred, bold or not), and from the previous page when a
 * page has no header. Runs are built by hand: x positions in points, 10-pt text unless said.
 */
import { describe, expect, it } from 'vitest';
import { groupLines } from '../../../src/pdf/lines.js';
import { findTables } from '../../../src/load/pdf/page-grid.js';
import type { Ruling } from '../../../src/pdf/geometry.js';
import type { Word } from '../../../src/pdf/lines.js';
import { wordAt } from './make-pdf.js';
import { DEFAULT_PDF_SETTINGS } from '../../../src/pdf/settings.js';
import { headerTables, ruledTables, type TableLayout } from '../../../src/load/pdf/tables.js';

const S = DEFAULT_PDF_SETTINGS;
const PLAIN = 'Helvetica';
const BOLD = 'Helvetica-Bold';
/** A run of `text` at x0 with an average glyph width of 5 pt (10-pt text). */
const run = (text: string, x0: number, baseline: number, font = PLAIN, size = 10): Word => wordAt({ text, x0, x1: x0 + text.length * 5, baseline, size, font });
const h = (at: number, from: number, to: number): Ruling => ({ orientation: 'horizontal', at, from, to });
const v = (at: number, from: number, to: number): Ruling => ({ orientation: 'vertical', at, from, to });
const tablesOf = (runs: Word[], rulings: Ruling[] = []) => headerTables(groupLines(runs, S), rulings, 842, 595, S);

/** Column starts of a five-column table, and its one-line header. */
const X = [40, 200, 300, 440, 580];
const HEADER = ['WSIS Outcomes (WSIS AL C2)', 'Proposed Timing', 'ITU Strategic Goals', 'Linkages with the SDGs', 'Expected Results'];
const headerRuns = (y: number, font = BOLD) => HEADER.map((label, i) => run(label, X[i]!, y, font));

describe('columns from drawn rulings', () => {
  it('takes the verticals as column edges and the horizontals across the table as row edges', () => {
    const rulings = [...[40, 200, 260, 420, 500, 800].map((x) => v(x, 50, 550)), h(50, 40, 800), h(80, 40, 800), h(300, 40, 800), h(550, 40, 800), h(400, 40, 120)];
    const [table] = ruledTables(rulings, S);
    expect(table).toMatchObject({ columnEdges: [40, 200, 260, 420, 500, 800], rowEdges: [50, 80, 300, 550], top: 50, bottom: 550, source: 'rulings' });
  });

  it('bounds the last row by the verticals\' end when a row runs on to the next page (no bottom rule)', () => {
    const rulings = [...[40, 200, 800].map((x) => v(x, 50, 560)), h(50, 40, 800), h(300, 40, 800)];
    expect(ruledTables(rulings, S)[0]!.rowEdges).toEqual([50, 300, 560]);
  });

  it('reads verticals drawn cell by cell as one table, and two tables apart as two', () => {
    const cellByCell = [40, 200, 800].flatMap((x) => [v(x, 50, 100), v(x, 100, 200)]);
    const second = [40, 400, 800].map((x) => v(x, 300, 400));
    expect(ruledTables([...cellByCell, ...second], S).map((t) => [t.top, t.bottom, t.columnEdges])).toEqual([
      [50, 200, [40, 200, 800]],
      [300, 400, [40, 400, 800]],
    ]);
  });

  it('does not take a box (two verticals) for a table', () => {
    expect(ruledTables([v(40, 50, 100), v(800, 50, 100), h(50, 40, 800), h(100, 40, 800)], S)).toEqual([]);
  });
});

describe('columns from header labels', () => {
  it('puts each edge half an em left of its label, and the last at the page edge', () => {
    const [table] = tablesOf([...headerRuns(100), run('A: Governments should', 40, 115), run('2016-2019', 200, 115)]);
    expect(table).toMatchObject({ columnEdges: [35, 195, 295, 435, 575, 842], headerBottom: 100, top: 90, bottom: 595, source: 'header' });
  });

  it('reads labels wrapped over two lines as one header ("Proposed" / "Timing")', () => {
    const runs = [
      run('WSIS Outcomes', 40, 100, BOLD),
      run('Proposed', 200, 100, BOLD), // ends at 240; "Timing" (30 pt) cannot follow before 260
      run('ITU Strategic Goals', 260, 100, BOLD),
      run('Linkages with', 420, 100, BOLD),
      run('Expected Results', 500, 100, BOLD),
      run('Timing', 200, 112, BOLD),
      run('and Resolutions', 260, 112, BOLD),
      run('the SDGs', 420, 112, BOLD),
      run('A: Governments should', 40, 127),
      run('2016-2019', 200, 127),
    ];
    const [table] = tablesOf(runs);
    expect(table).toMatchObject({ headerBottom: 112, columnEdges: [35, 195, 255, 415, 495, 842] });
  });

  it('reads a label line holding an action line\'s digit ("(WSIS AL" / "C2)") and a marker line as one header', () => {
    const runs = [
      run('WSIS Outcomes (WSIS AL', 40, 100, BOLD),
      run('Propose', 200, 100, BOLD),
      run('ITU Strategic Goals', 260, 100, BOLD),
      run('Linkages with', 420, 100, BOLD),
      run('Expected Results', 500, 100, BOLD),
      run('C2)', 40, 110, BOLD),
      run('d2', 200, 110, BOLD),
      run('and Resolutions', 260, 110, BOLD),
      run('the SDGs', 420, 110, BOLD),
      run('Timing', 200, 120, BOLD),
      run('A: Governments should', 40, 135),
      run('2016-2019', 200, 135),
      run('Goal 1', 260, 135),
    ];
    // One header over three lines (not a second header from "C2) d2 and Resolutions the SDGs").
    const tables = tablesOf(runs);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ headerBottom: 120, columnEdges: [35, 195, 255, 415, 495, 842] });
  });

  it('ends the header at a line with a number of its own (a body row in the labels\' font)', () => {
    const runs = [...headerRuns(100), run('Goal 4', 300, 112, BOLD), run('17', 440, 112, BOLD)];
    expect(tablesOf(runs)[0]!.headerBottom).toBe(100);
  });

  it('keeps a plain body line just under a bold header out of the header', () => {
    // The results column goes on from the previous page right under the repeated header.
    const [table] = tablesOf([...headerRuns(100), run('and Satellite Diversity', 580, 112), run('Feasibility study', 580, 124)]);
    expect(table!.headerBottom).toBe(100);
  });

  it('keeps a body line out of a header in the body font when the label had room for it (not a wrap)', () => {
    const [table] = tablesOf([...headerRuns(100, PLAIN), run('and Satellite Diversity', 580, 112), run('Feasibility study', 580, 124)]);
    expect(table!.headerBottom).toBe(100);
  });

  it('ends the header at a rule drawn under it', () => {
    // "Proposed" ends at 240 and "Timing" (30 pt) would not fit before the next label at 270: a wrapped label line.
    const runs = [run('WSIS Outcomes', 40, 100), run('Proposed', 200, 100), run('Strategic Goals', 270, 100), run('Expected Results', 580, 100), run('Timing', 200, 112)];
    expect(tablesOf(runs, [h(104, 35, 800)])[0]!.headerBottom).toBe(100);
    expect(tablesOf(runs)[0]!.headerBottom).toBe(112);
  });

  it('moves an edge left to where a centred label\'s column text starts', () => {
    // "Proposed Timing" centred over a column whose text starts at 200; the outcome text ends at 190.
    const runs = [
      run('WSIS Outcomes', 40, 100, BOLD),
      run('Proposed', 225, 100, BOLD),
      ...HEADER.slice(2).map((label, i) => run(label, X[i + 2]! + 10, 100, BOLD)),
      run('Timing', 232, 112, BOLD),
      run('A: Governments', 40, 127),
      run('2016-2019', 200, 127),
      run('Goal 1', 300, 127),
      run('1, 2, 3', 440, 127),
      run('Expected Results:', 580, 127),
    ];
    const [table] = tablesOf(runs);
    expect(table).toMatchObject({ headerBottom: 112, columnEdges: [35, 195, 295, 435, 575, 842] });
  });

  it('finds two tables on one page, the first ending where the second header starts', () => {
    const runs = [...headerRuns(100), run('A: Governments', 40, 115), run('2016-2019', 200, 115), ...headerRuns(300), run('A1: Promote', 40, 315), run('2016-2019', 200, 315)];
    // The second header's top is one em above its baseline.
    expect(tablesOf(runs).map((t) => [t.top, t.bottom])).toEqual([
      [90, 290],
      [290, 595],
    ]);
  });

  it('needs three column kinds: two labels are not a header', () => {
    expect(tablesOf([run('WSIS Outcomes', 40, 100), run('Expected Results', 500, 100)])).toEqual([]);
  });
});

describe('columns from the previous page', () => {
  const previous: TableLayout = {
    left: 35,
    right: 842,
    top: 90,
    bottom: 595,
    columnEdges: [35, 195, 295, 435, 575, 842],
    rowEdges: null,
    headerBottom: 100,
    textSize: 10,
    verticals: [],
    source: 'header',
  };
  const page = (runs: Word[]) => ({ page: 2, width: 842, height: 595, words: runs, rulings: [], settings: S });
  const find = (runs: Word[]) => findTables(page(runs), groupLines(runs, S), previous, S);

  it('goes on in the previous page\'s columns on a page without a header', () => {
    const runs = [run('continues the outcome', 40, 60), run('Goal 2', 300, 60), run('4, 5', 440, 60), run('- more results', 580, 60), run('B: In the context', 40, 80), run('2016-2019', 200, 80)];
    expect(find(runs)).toMatchObject([{ source: 'previous-page', columnEdges: previous.columnEdges, top: 0, bottom: 595, headerBottom: null }]);
  });

  it('does not read a page of prose into the previous page\'s columns', () => {
    const prose = [60, 72, 84, 96].map((y) => run('Roadmaps are detailed plans to guide progress towards the goals', 40, y));
    expect(find(prose)).toEqual([]);
  });

  it('takes the new header\'s table below, and the previous table above it', () => {
    const runs = [run('ends the outcome', 40, 60), run('- last result', 580, 60), run('Goal 4', 300, 72), run('17', 440, 72), ...headerRuns(300)];
    expect(find(runs).map((t) => [t.source, t.top, t.bottom])).toEqual([
      ['previous-page', 0, 290],
      ['header', 290, 595],
    ]);
  });
});
