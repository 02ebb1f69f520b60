/**
 * The roadmap PDF loader on a tagged page (src/load/pdf/tagged-tables.ts): a roadmap table without
 * rules whose cells are centred vertically in their rows (as LibreOffice sets them), so that a
 * row's timing is printed beside the middle of its outcome text. The tree's rows say which lines
 * belong together; a tree that contradicts the page is ignored with a warning, and the page then
 * reads exactly as it does without a tree.
 */
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.js';
import type { Grid } from '../../src/grid/grid.js';
import { loadPdfGrid } from '../../src/load/pdf/load-pdf.js';
import type { TableLayout } from '../../src/load/pdf/tables.js';
import { dividedByTree } from '../../src/load/pdf/tagged-tables.js';
import { boxOf } from '../../src/pdf/geometry.js';
import type { Glyph } from '../../src/pdf/reader.js';
import { DEFAULT_PDF_SETTINGS, pdfSettings } from '../../src/pdf/settings.js';
import type { TaggedTable } from '../../src/pdf/structure-tree.js';
import { taggedPdf, type PlacedText, type TaggedPdfSpec } from './structure-tree-pdf.js';

/** Column starts: outcome, timing, goals, SDGs, results. */
const X = [40, 250, 330, 450, 580];
const LINE = 11;

const HEADER = ['WSIS Outcomes (WSIS AL C2)', 'Proposed Timing', 'ITU Strategic Goals', 'Linkages with the SDGs', 'Expected Results'];
/** Each row's cells, line by line. */
const ROWS: string[][][] = [
  [['A: Governments should take action,', 'in the framework of national', 'policies, to support investment'], ['2016-2019'], ['Goal 1'], ['1, 2, 3'], ['Expected Results:', '- Harmonized standards', '- Better access']],
  [['B: Develop broadband networks'], ['2018'], ['Goal 2', 'Goal 3'], ['9.1'], ['Expected Results:', '- Affordable connectivity', '- More networks']],
];

/** The table as LibreOffice prints it: no rules, each cell's lines centred in the row's height. */
function centredTable(): TaggedPdfSpec {
  const texts: PlacedText[] = [{ page: 1, x: 40, y: 50, text: 'WSIS Action Line C2: Information and communication infrastructure', size: 12, bold: true }];
  HEADER.forEach((label, c) => texts.push({ page: 1, x: X[c]!, y: 90, text: label, bold: true, cell: [0, 0, c] }));
  let top = 100;
  ROWS.forEach((cells, r) => {
    const lines = Math.max(...cells.map((c) => c.length));
    cells.forEach((cell, c) => {
      const offset = ((lines - cell.length) * LINE) / 2;
      cell.forEach((text, l) => texts.push({ page: 1, x: X[c]!, y: top + offset + (l + 1) * LINE, text, cell: [0, r + 1, c] }));
    });
    top += lines * LINE + 12;
  });
  return { pages: 1, texts, tables: [{ rows: [HEADER.map(() => 'TH'), ...ROWS.map((cells) => cells.map(() => 'TD'))] }] };
}

async function grid(spec: TaggedPdfSpec, structureTree = true): Promise<{ grid: Grid; warnings: string[] }> {
  const diagnostics = new Diagnostics();
  const result = await loadPdfGrid(taggedPdf(spec), 'tagged.pdf', diagnostics, { settings: pdfSettings({ tables: { structureTree } }) });
  return { grid: result, warnings: diagnostics.items.map((d) => `${d.code}: page ${d.place.page}: ${d.message}`) };
}

const texts = (g: Grid) => g.lines.map((l) => l.cells.map((c) => c.text));

describe('a tagged roadmap page whose cells are centred in their rows', () => {
  it('reads each row from the tree: the row\'s lines together, the first one starting the row', async () => {
    const { grid: read, warnings } = await grid(centredTable());
    expect(warnings).toEqual([]);
    expect(texts(read)).toEqual([
      ['WSIS Action Line C2: Information and communication infrastructure'],
      HEADER,
      ['A: Governments should take action,', '2016-2019', 'Goal 1', '1, 2, 3', 'Expected Results:'],
      ['in the framework of national', '', '', '', '- Harmonized standards'],
      ['policies, to support investment', '', '', '', '- Better access'],
      ['B: Develop broadband networks', '2018', 'Goal 2', '9.1', 'Expected Results:'],
      ['', '', 'Goal 3', '', '- Affordable connectivity'],
      ['', '', '', '', '- More networks'],
    ]);
    expect(read.lines.slice(2).map((l) => l.rowStart)).toEqual([true, false, false, true, false, false]);
  });

  it('without the tree, the geometry puts the centred timing on the outcome\'s second line', async () => {
    const { grid: read } = await grid(centredTable(), false);
    const timingLine = read.lines.find((l) => l.cells[1]?.text === '2016-2019')!;
    expect(timingLine.cells[0]!.text).toBe('in the framework of national');
  });

  it('a tree that contradicts the page is ignored with a warning, and the page reads as without a tree', async () => {
    const spec = centredTable();
    // The tree swaps row A's timing and goals cells (the tree's row 2: the header is its row 1).
    for (const t of spec.texts) if (t.cell?.[1] === 1 && (t.cell[2] === 1 || t.cell[2] === 2)) t.cell = [0, 1, 3 - t.cell[2]];
    const { grid: read, warnings } = await grid(spec);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^structure-tree-ignored: page 1: table 1 of the structure tree contradicts the page: the cells of columns 2 and 3 overlap or are out of order \(x 250–\d+ and 250–\d+\); row 2: cell 3 is printed left of the cell before it; the page's geometry was read instead$/);
    expect(texts(read)).toEqual(texts((await grid(spec, false)).grid));
  });

  it('a tagged PDF whose tree has no table where the page prints one: a warning, and the geometry', async () => {
    const spec = centredTable();
    for (const t of spec.texts) delete t.cell;
    spec.tables = [];
    const { grid: read, warnings } = await grid(spec);
    expect(warnings).toEqual(['structure-tree-ignored: page 1: the PDF is tagged but its structure tree has no table where the page prints one; the page\'s geometry was read instead']);
    expect(texts(read)).toEqual(texts((await grid(spec, false)).grid));
  });

  it('the rest of a row broken by the page end starts no row on the next page, even with a timing and outcome text', async () => {
    const spec = centredTable();
    spec.pages = 2;
    // Row B (the tree's row 3) goes on at the top of page 2 under the repeated header (untagged, as
    // LibreOffice repeats it): the rest of its outcome, and its timing, centred in that part.
    HEADER.forEach((label, c) => spec.texts.push({ page: 2, x: X[c]!, y: 60, text: label, bold: true }));
    spec.texts.push(
      { page: 2, x: X[0]!, y: 80, text: 'and satellite systems', cell: [0, 2, 0] },
      { page: 2, x: X[0]!, y: 91, text: 'for all countries', cell: [0, 2, 0] },
      { page: 2, x: X[1]!, y: 86, text: '2019', cell: [0, 2, 1] },
    );
    const { grid: read, warnings } = await grid(spec);
    expect(warnings).toEqual([]);
    const page2 = read.lines.filter((l) => l.page === 2);
    expect(page2.map((l) => l.cells.map((c) => c.text))).toEqual([HEADER, ['and satellite systems', '2019', '', '', ''], ['for all countries', '', '', '', '']]);
    expect(page2.map((l) => l.rowStart)).toEqual([true, false, false]);
  });
});

/** A table of the tree made by hand: one 9-pt glyph run per cell, from x0 to x1 on the row's baseline. */
function handTable(columns: [number, number][][], baselines: number[]): TaggedTable {
  const glyph = (x0: number, x1: number, baseline: number): Glyph => ({ text: 'x', x0, x1, top: baseline - 7, bottom: baseline + 2, baseline, size: 9, font: 'F', space: false, invisible: false, mcid: null });
  const rows = baselines.map((y, index) => {
    const cells = columns[index]!.map(([x0, x1], column) => {
      const glyphs = [glyph(x0, x1, y)];
      return { header: false, column, columnSpan: 1, glyphs, box: boxOf(glyphs) };
    });
    return { index, cells, box: boxOf(cells.map((c) => c.box)) };
  });
  const width = Math.max(...columns.map((c) => c.length));
  const full = columns.filter((c) => c.length === width);
  const ranges = Array.from({ length: width }, (_, i) => ({ x0: Math.min(...full.map((c) => c[i]![0])), x1: Math.max(...full.map((c) => c[i]![1])) }));
  return { rows, rowCount: rows.length, columns: ranges, box: boxOf(rows.map((r) => r.box)), mcids: new Set(), sharedContent: 0, continuedRow: null };
}

describe('which table of the tree divides a table the geometry found', () => {
  const found: TableLayout = { left: 30, right: 800, top: 80, bottom: 300, columnEdges: [30, 200, 400, 800], rowEdges: null, headerBottom: 90, textSize: null, verticals: [], source: 'header' };
  const inner = handTable(
    [
      [[40, 150], [220, 350], [420, 700]],
      [[40, 120], [220, 300], [420, 650]],
    ],
    [100, 130],
  );
  // A layout table around it: a narrow margin column and one cell holding all of the inner table's text.
  const outer = handTable([[[10, 25], [40, 780]], [[10, 25], [40, 780]]], [70, 380]);

  it('the table nested in a layout table\'s cell, not the layout table: its columns and rows', () => {
    const divided = dividedByTree(found, [outer, inner], DEFAULT_PDF_SETTINGS);
    expect(divided.source).toBe('structure-tree');
    // Edges one slack (0.5 × 9 pt) left of each column's text, the outer ones the geometry's.
    expect(divided.columnEdges).toEqual([30, 215.5, 415.5, 800]);
    // The header above the first row (from the geometry's top), the first row's top, midway between
    // the rows' glyph middles (97.3 and 127.3), and the last row's bottom, where the table now ends.
    expect(divided.rowEdges!.map((e) => Math.round(e * 10) / 10)).toEqual([80, 93, 112.3, 132]);
    expect(divided.bottom).toBe(132);
  });

  it('a layout table alone (one column over the found table) leaves the table to the geometry', () => {
    expect(dividedByTree(found, [outer], DEFAULT_PDF_SETTINGS)).toEqual(found);
  });
});
