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
import { pdfSettings } from '../../src/pdf/settings.js';
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
