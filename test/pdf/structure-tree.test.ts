/**
 * Tables read from a tagged PDF's structure tree (src/pdf/structure-tree.ts), on small PDFs written
 * by hand (structure-tree-pdf.ts): what the tree says when it agrees with the page, and each way a
 * tree can contradict the page (cells out of order, a cell across two columns, text in no cell,
 * rows out of order). Expectations come from the positions written below.
 */
import { describe, expect, it } from 'vitest';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openPdf } from '../../src/pdf/open-document.js';
import { readPageContent } from '../../src/pdf/reader.js';
import { DEFAULT_PDF_SETTINGS } from '../../src/pdf/settings.js';
import { markContinuedRow, StructureTrees, tablesOfTree, type TaggedTable } from '../../src/pdf/structure-tree.js';
import { makePdf, PageBuilder } from '../load/pdf/make-pdf.js';
import { taggedPdf, type PlacedText, type TaggedPdfSpec } from './structure-tree-pdf.js';

/** Three columns whose text starts at these x; rows: a header at y 100, row 1 at 130 and 142, row 2 at 172. */
const X = [40, 220, 400];

/** A 3 × 3 table (header row of TH, two body rows) printed where its tree says. */
function agreeing(): TaggedPdfSpec {
  const texts: PlacedText[] = [
    { page: 1, x: X[0]!, y: 100, text: 'Outcome', bold: true, cell: [0, 0, 0] },
    { page: 1, x: X[1]!, y: 100, text: 'Timing', bold: true, cell: [0, 0, 1] },
    { page: 1, x: X[2]!, y: 100, text: 'Results', bold: true, cell: [0, 0, 2] },
    { page: 1, x: X[0]!, y: 130, text: 'A: Governments should', cell: [0, 1, 0] },
    { page: 1, x: X[0]!, y: 142, text: 'take action', cell: [0, 1, 0] },
    { page: 1, x: X[1]!, y: 130, text: '2016-2019', cell: [0, 1, 1] },
    { page: 1, x: X[2]!, y: 130, text: 'Harmonized standards', cell: [0, 1, 2] },
    { page: 1, x: X[0]!, y: 172, text: 'B: Develop networks', cell: [0, 2, 0] },
    { page: 1, x: X[1]!, y: 172, text: '2018', cell: [0, 2, 1] },
    { page: 1, x: X[2]!, y: 172, text: 'Affordable access', cell: [0, 2, 2] },
    // Outside the table: a title and a page number, untagged.
    { page: 1, x: 40, y: 60, text: 'A title above the table', size: 14 },
    { page: 1, x: 400, y: 560, text: 'Page 1' },
  ];
  return { pages: 1, texts, tables: [{ rows: [['TH', 'TH', 'TH'], ['TD', 'TD', 'TD'], ['TD', 'TD', 'TD']] }] };
}

async function read(bytes: Uint8Array, onPage?: (page: PDFPageProxy) => void) {
  const document = await openPdf(bytes, 'tagged.pdf');
  try {
    const trees = new StructureTrees(true);
    const pages: { tables: TaggedTable[]; ignored: { table: number; reason: string }[] }[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      onPage?.(page);
      const content = await readPageContent(page, number);
      const tree = await trees.ofPage(page);
      pages.push(tree ? tablesOfTree(tree, content.glyphs, DEFAULT_PDF_SETTINGS) : { tables: [], ignored: [] });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

const cellText = (table: TaggedTable, row: number, cell: number) => table.rows[row]!.cells[cell]!.glyphs.map((g) => g.text).join('');

describe('a structure tree that agrees with the page', () => {
  it('gives the table as rows of cells, header cells marked, each column in its own x-range', async () => {
    const [page] = await read(taggedPdf(agreeing()));
    expect(page!.ignored).toEqual([]);
    expect(page!.tables).toHaveLength(1);
    const table = page!.tables[0]!;
    expect(table.rows.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(table.rowCount).toBe(3);
    expect(table.rows.map((r) => r.cells.map((c) => c.header))).toEqual([
      [true, true, true],
      [false, false, false],
      [false, false, false],
    ]);
    // Glyphs without spaces, in drawing order: both lines of the first cell.
    expect(cellText(table, 1, 0)).toBe('A:Governmentsshouldtakeaction');
    expect(cellText(table, 2, 1)).toBe('2018');
    expect(table.columns.map((c) => Math.round(c.x0))).toEqual(X);
    for (let i = 1; i < table.columns.length; i++) expect(table.columns[i - 1]!.x1).toBeLessThan(table.columns[i]!.x0);
    expect(table.rows[1]!.cells.map((c) => [c.column, c.columnSpan])).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
  });

  it('reads rows grouped in THead and TBody, and custom roles through the RoleMap', async () => {
    const spec = agreeing();
    spec.tables = [{ head: 1, rows: [['Head', 'Head', 'Head'], ['Cell', 'Cell', 'Cell'], ['Cell', 'Cell', 'Cell']] }];
    spec.roleMap = { Head: 'TH', Cell: 'TD' };
    const [page] = await read(taggedPdf(spec));
    expect(page!.ignored).toEqual([]);
    expect(page!.tables[0]!.rows.map((r) => r.cells.map((c) => c.header))).toEqual([
      [true, true, true],
      [false, false, false],
      [false, false, false],
    ]);
  });

  it('places the cells of a row with fewer cells (a span) by where their text starts', async () => {
    const spec = agreeing();
    // Row 3: one cell across the table (a section title), printed from the first column's x.
    spec.texts.push({ page: 1, x: X[0]!, y: 200, text: 'Geneva Plan of Action and Tunis Agenda for the Information Society', cell: [0, 3, 0] });
    // Row 4: two cells, the second spanning the last two columns.
    spec.texts.push({ page: 1, x: X[0]!, y: 228, text: 'C: Encourage', cell: [0, 4, 0] }, { page: 1, x: X[1]!, y: 228, text: 'See the results of the row above', cell: [0, 4, 1] });
    spec.tables[0]!.rows.push(['TD'], ['TD', 'TD']);
    const [page] = await read(taggedPdf(spec));
    expect(page!.ignored).toEqual([]);
    const table = page!.tables[0]!;
    expect(table.rows[3]!.cells.map((c) => [c.column, c.columnSpan])).toEqual([[0, 3]]);
    expect(table.rows[4]!.cells.map((c) => [c.column, c.columnSpan])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('gives a row split by a page break the same index on both pages', async () => {
    const spec = agreeing();
    spec.pages = 2;
    // Row 2 goes on at the top of page 2 (its results cell), then row 3.
    spec.texts.push({ page: 2, x: X[2]!, y: 60, text: 'and more access', cell: [0, 2, 2] });
    spec.texts.push({ page: 2, x: X[0]!, y: 90, text: 'C: Encourage', cell: [0, 3, 0] }, { page: 2, x: X[1]!, y: 90, text: '2020', cell: [0, 3, 1] }, { page: 2, x: X[2]!, y: 90, text: 'Use', cell: [0, 3, 2] });
    spec.tables[0]!.rows.push(['TD', 'TD', 'TD']);
    const [first, second] = await read(taggedPdf(spec));
    expect(first!.tables[0]!.rows.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(second!.ignored).toEqual([]);
    expect(second!.tables[0]!.rows.map((r) => r.index)).toEqual([2, 3]);
    expect(second!.tables[0]!.rowCount).toBe(4);
    expect(cellText(second!.tables[0]!, 0, 2)).toBe('andmoreaccess');
    expect(second!.tables[0]!.continuedRow).toBeNull();
    markContinuedRow(first!.tables, second!.tables);
    expect(second!.tables[0]!.continuedRow).toBe(2);
  });
});

describe('a structure tree that contradicts the page is ignored, with the reason', () => {
  it('cells out of order: the tree puts the timing first in one row', async () => {
    const spec = agreeing();
    // Row 1's first two cells swapped in the tree (the page still prints the outcome at the left).
    for (const t of spec.texts) if (t.cell?.[1] === 1 && t.cell[2] < 2) t.cell = [0, 1, 1 - t.cell[2]];
    const [page] = await read(taggedPdf(spec));
    expect(page!.tables).toEqual([]);
    expect(page!.ignored).toHaveLength(1);
    expect(page!.ignored[0]!.reason).toMatch(/columns 1 and 2 overlap or are out of order/);
  });

  it('a cell holding the text of two columns (its neighbour empty)', async () => {
    const spec = agreeing();
    // Row 2: the tree's second cell holds the timing and the results; its third cell is empty.
    for (const t of spec.texts) if (t.cell?.[1] === 2 && t.cell[2] === 2) t.cell = [0, 2, 1];
    const [page] = await read(taggedPdf(spec));
    expect(page!.tables).toEqual([]);
    expect(page!.ignored[0]!.reason).toMatch(/columns 2 and 3 overlap or are out of order/);
  });

  it('text printed inside the table in no cell', async () => {
    const spec = agreeing();
    spec.texts.push({ page: 1, x: X[1]!, y: 142, text: 'stray' });
    const [page] = await read(taggedPdf(spec));
    expect(page!.tables).toEqual([]);
    expect(page!.ignored[0]!.reason).toMatch(/5 glyphs inside the table belong to no cell \("stray"\)/);
  });

  it('text that two cells claim', async () => {
    const spec = agreeing();
    // "2018" (row 2's timing) is also listed in row 2's results cell.
    spec.texts.find((t) => t.text === '2018')!.alsoIn = [0, 2, 2];
    const [page] = await read(taggedPdf(spec));
    expect(page!.tables).toEqual([]);
    expect(page!.ignored[0]!.reason).toMatch(/1 piece of marked content belongs to two cells/);
  });

  it('rows out of order: the tree\'s second row is printed below its third', async () => {
    const spec = agreeing();
    for (const t of spec.texts) if (t.cell?.[1] === 1) t.y += 60;
    const [page] = await read(taggedPdf(spec));
    expect(page!.tables).toEqual([]);
    expect(page!.ignored[0]!.reason).toMatch(/rows 2 and 3 overlap or are out of order/);
  });
});

describe('which documents are asked for a tree', () => {
  it('an untagged PDF: only its first page is asked (one round trip), and no table comes back', async () => {
    const pages = [0, 1, 2].map(() => new PageBuilder().text(40, 100, 'Outcome').text(220, 100, 'Timing'));
    let asked = 0;
    const read3 = await read(makePdf(pages), (page) => {
      const own = page.getStructTree.bind(page);
      page.getStructTree = () => {
        asked++;
        return own();
      };
    });
    expect(read3.map((p) => p.tables.length)).toEqual([0, 0, 0]);
    expect(asked).toBe(1);
  });

  it('a tree without MarkInfo in the catalog is read all the same', async () => {
    const [page] = await read(taggedPdf({ ...agreeing(), marked: false }));
    expect(page!.tables).toHaveLength(1);
  });

  it('no tree is read when the setting turns it off', async () => {
    const document = await openPdf(taggedPdf(agreeing()), 'tagged.pdf');
    try {
      expect(await new StructureTrees(false).ofPage(await document.getPage(1))).toBeNull();
    } finally {
      await document.destroy();
    }
  });
});
