/**
 * The lattice strategy: ruling lines → crossings → cells → tables, with spans where an inner
 * line is missing, borders drawn as thin filled rectangles, shading-only grids, rows parted by
 * blank lines inside one ruled band, and a framed caption or note row taken out of the table.
 */
import { describe, expect, it } from 'vitest';
import { cellBoxes, latticeGrids } from '../../src/tables/lattice.js';
import { fillGrid } from '../../src/tables/ruled.js';
import type { Ruling } from '../../src/pdf/rulings.js';
import { grid, PageBuilder, tablesOf, texts } from './pdf.js';

const h = (at: number, from: number, to: number): Ruling => ({ orientation: 'horizontal', at, from, to });
const v = (at: number, from: number, to: number): Ruling => ({ orientation: 'vertical', at, from, to });

describe('rulings → cells → grid', () => {
  it('finds the smallest closed rectangles between crossings', () => {
    const horizontal = [h(100, 50, 250), h(120, 50, 250), h(140, 50, 250)];
    const vertical = [v(50, 100, 140), v(150, 100, 140), v(250, 100, 140)];
    const boxes = cellBoxes(horizontal, vertical, 3);
    expect(boxes).toHaveLength(4);
    const [table] = latticeGrids(boxes, 3);
    expect(table!.xs).toEqual([50, 150, 250]);
    expect(table!.ys).toEqual([100, 120, 140]);
    expect(table!.cells.map((c) => [c.row, c.column, c.rowSpan, c.columnSpan])).toEqual([
      [0, 0, 1, 1],
      [0, 1, 1, 1],
      [1, 0, 1, 1],
      [1, 1, 1, 1],
    ]);
  });

  it('makes a cell span where an inner line stops short, and tolerates ends that miss by a point', () => {
    // The middle vertical starts at the second row: the header cell spans both columns.
    // The middle horizontal stops at x = 151: the left cells of rows 2 and 3 are one.
    const horizontal = [h(100, 50, 250), h(120, 49, 251), h(140, 151, 250), h(160, 50, 250)];
    const vertical = [v(50, 100, 160), v(150, 121, 160), v(250, 100, 160)];
    const [table] = latticeGrids(cellBoxes(horizontal, vertical, 3), 3);
    expect(table!.cells.map((c) => [c.row, c.column, c.rowSpan, c.columnSpan])).toEqual([
      [0, 0, 1, 2],
      [1, 0, 2, 1],
      [1, 1, 1, 1],
      [2, 1, 1, 1],
    ]);
  });

  it('drops a box thinner than the snap distance (two rulings a hair apart) instead of making a cell outside the grid', () => {
    // Ruled at 100, 120 and 121: the last two are one grid line, so the 1-pt sliver is no row.
    const boxes = [
      { x0: 50, top: 100, x1: 150, bottom: 120 },
      { x0: 50, top: 120, x1: 150, bottom: 121 },
    ];
    const [table] = latticeGrids(boxes, 3);
    expect(table!.ys).toHaveLength(2);
    expect(table!.cells.map((c) => [c.row, c.column, c.rowSpan, c.columnSpan])).toEqual([[0, 0, 1, 1]]);
    const glyph = { text: 'a', x0: 60, x1: 65, top: 104, bottom: 112, baseline: 110, size: 8, font: 'F', space: false, invisible: false, mcid: null };
    expect(fillGrid(table!, [glyph]).filled.glyphs).toEqual([[glyph]]);
  });

  it('keeps tables apart when they share no corner', () => {
    const horizontal = [h(100, 50, 150), h(120, 50, 150), h(300, 50, 150), h(320, 50, 150)];
    const vertical = [v(50, 100, 120), v(150, 100, 120), v(50, 300, 320), v(150, 300, 320)];
    expect(latticeGrids(cellBoxes(horizontal, vertical, 3), 3)).toHaveLength(2);
  });
});

describe('ruled tables in a PDF', () => {
  it('reads a grid with its cells, a wrapped cell kept whole', async () => {
    const page = grid(new PageBuilder(), [50, 150, 300], [100, 120, 160]);
    page.text(55, 114, 'Name').text(155, 114, 'Description');
    page.text(55, 134, 'Alpha').text(155, 134, 'first line of a cell').text(155, 146, 'and its second line');
    const [table] = await tablesOf([page]);
    expect(table!.strategy).toBe('lattice');
    expect(texts(table!)).toEqual([
      ['Name', 'Description'],
      ['Alpha', 'first line of a cell and its second line'],
    ]);
  });

  it('reads borders drawn as thin filled rectangles, and a header cell spanning two columns', async () => {
    const page = new PageBuilder();
    for (const y of [100, 120, 140]) page.fill(50, y, 300, 0.5);
    page.fill(50, 100, 0.5, 40).fill(350, 100, 0.5, 40).fill(200, 120, 0.5, 20);
    page.text(150, 114, 'Both years').text(55, 134, '2019').text(205, 134, '2020');
    const [table] = await tablesOf([page]);
    expect(texts(table!)).toEqual([
      ['Both years', ''],
      ['2019', '2020'],
    ]);
    expect(table!.cells[0]).toMatchObject({ row: 0, column: 0, columnSpan: 2 });
  });

  it('closes a grid drawn without its outer sides (row lines running past the column lines)', async () => {
    const page = new PageBuilder();
    for (const y of [100, 120, 140]) page.stroke(50, y, 350, y);
    page.stroke(200, 100, 200, 140);
    page.text(55, 114, 'Name').text(205, 114, 'Value').text(55, 134, 'Alpha').text(205, 134, '1');
    const [table] = await tablesOf([page]);
    expect(table!.strategy).toBe('lattice');
    expect(texts(table!)).toEqual([
      ['Name', 'Value'],
      ['Alpha', '1'],
    ]);
  });

  it('closes the last row where the column lines stop without a line (a row broken by the page end)', async () => {
    const page = new PageBuilder();
    for (const y of [100, 120]) page.stroke(50, y, 350, y);
    for (const x of [50, 200, 350]) page.stroke(x, 100, x, 160);
    page.text(55, 114, 'Name').text(205, 114, 'Value').text(55, 134, 'Alpha').text(205, 134, 'first half of').text(205, 146, 'a long cell');
    const [table] = await tablesOf([page]);
    expect(texts(table!)).toEqual([
      ['Name', 'Value'],
      ['Alpha', 'first half of a long cell'],
    ]);
  });

  it('does not take a single framed box for a table', async () => {
    const page = grid(new PageBuilder(), [50, 400], [100, 160]);
    page.text(55, 114, 'A boxed note with one paragraph.');
    expect(await tablesOf([page])).toEqual([]);
  });

  it('splits a ruled band into rows at blank lines where the first column starts a new entry', async () => {
    const page = grid(new PageBuilder(), [50, 150, 350], [100, 120, 220]);
    page.text(55, 114, 'Source').text(155, 114, 'Definition');
    page.text(55, 134, 'Stationary:');
    page.text(55, 158, 'Major').text(155, 158, 'Emissions of 10 tons per year or').text(155, 170, 'more of any one air toxic');
    page.text(55, 194, 'Area').text(155, 194, 'Emissions of less than 10 tons');
    const [table] = await tablesOf([page]);
    expect(texts(table!)).toEqual([
      ['Source', 'Definition'],
      ['Stationary:', ''],
      ['Major', 'Emissions of 10 tons per year or more of any one air toxic'],
      ['Area', 'Emissions of less than 10 tons'],
    ]);
  });

  it('splits a ruled band into rows where its lines line up across the band, labels included', async () => {
    // One box holds three one-line rows; a wrapped cell (next line in lower case) stays whole.
    const page = grid(new PageBuilder(), [50, 150, 250], [100, 120, 190]);
    page.text(55, 114, 'Region').text(155, 114, 'Count');
    page.text(55, 134, 'North').text(155, 134, '12');
    page.text(55, 146, 'South').text(155, 146, '7');
    page.text(55, 158, 'East and').text(155, 158, '30');
    page.text(55, 170, 'west coast').text(155, 170, '(total)');
    const [table] = await tablesOf([page]);
    expect(texts(table!)).toEqual([
      ['Region', 'Count'],
      ['North', '12'],
      ['South', '7'],
      ['East and west coast', '30 (total)'],
    ]);
  });

  it('keeps stacked header lines beside one label in one cell (they do not line up with the labels)', async () => {
    const page = grid(new PageBuilder(), [50, 150, 250, 350], [100, 140, 160]);
    page.text(155, 112, 'Percent of').text(255, 112, 'Percent of');
    page.text(155, 124, 'Districts').text(255, 124, 'Schools');
    page.text(55, 136, 'Benefit').text(155, 136, '(n = 154)').text(255, 136, '(n = 832)');
    page.text(55, 154, 'Clarity').text(155, 154, '69%').text(255, 154, '65%');
    const [table] = await tablesOf([page]);
    expect(texts(table!)).toEqual([
      ['Benefit', 'Percent of Districts (n = 154)', 'Percent of Schools (n = 832)'],
      ['Clarity', '69%', '65%'],
    ]);
  });

  it('splits a band ruled as one cell into the columns the header draws, where its text leaves the column lines free', async () => {
    // Column lines only in the header; each body row is one ruled band.
    const page = new PageBuilder();
    for (const y of [100, 120, 140, 160]) page.stroke(50, y, 350, y);
    for (const x of [50, 150, 250, 350]) page.stroke(x, 100, x, 120);
    page.stroke(50, 100, 50, 160).stroke(350, 100, 350, 160);
    page.text(55, 114, 'Country').text(155, 114, 'Sample').text(255, 114, '2007');
    page.text(55, 134, 'Austria').text(155, 134, 'Single').text(255, 134, '109');
    page.text(55, 154, 'A note that runs on across the whole width of the table');
    const [table] = await tablesOf([page]);
    expect(texts(table!)).toEqual([
      ['Country', 'Sample', '2007'],
      ['Austria', 'Single', '109'],
      ['A note that runs on across the whole width of the table', '', ''],
    ]);
    expect(table!.cells.find((c) => c.text.startsWith('A note'))!.columnSpan).toBe(3);
  });

  it('does not take a line stroked in white for a rule (it splits no cell)', async () => {
    const page = grid(new PageBuilder(), [50, 150, 350], [100, 120, 140]);
    // A white vertical through the second column (595 − y: PDF's y axis points up).
    page.raw('q 1 1 1 RG 0.5 w 250 495 m 250 455 l S Q');
    page.text(55, 114, 'Name').text(155, 114, 'Description');
    page.text(55, 134, 'Alpha').text(155, 134, 'first letter of the alphabet');
    const [table] = await tablesOf([page]);
    expect(texts(table!)).toEqual([
      ['Name', 'Description'],
      ['Alpha', 'first letter of the alphabet'],
    ]);
  });

  it('keeps a paragraph break inside a cell when the first column has nothing after it', async () => {
    const page = grid(new PageBuilder(), [50, 150, 350], [100, 120, 200]);
    page.text(55, 114, 'Item').text(155, 114, 'Notes');
    page.text(55, 134, 'Fees').text(155, 134, 'First paragraph.').text(155, 170, 'Second paragraph.');
    const [table] = await tablesOf([page]);
    expect(texts(table!)).toEqual([
      ['Item', 'Notes'],
      ['Fees', 'First paragraph. Second paragraph.'],
    ]);
  });

  it('takes a larger caption and a "Source:" note boxed with the table out of its rows', async () => {
    const page = new PageBuilder();
    // An outer frame from the caption to the note; the grid inside shares its sides.
    for (const y of [80, 110, 130, 150, 175]) page.stroke(50, y, 350, y);
    page.stroke(50, 80, 50, 175).stroke(350, 80, 350, 175).stroke(200, 110, 200, 150);
    page.text(60, 100, 'Exhibit 4. Costs', { size: 14 });
    page.text(55, 124, 'Item').text(205, 124, 'Cost').text(55, 144, 'Fees').text(205, 144, '12');
    page.text(55, 166, 'Source: the college.');
    const [table] = await tablesOf([page]);
    expect(texts(table!)).toEqual([
      ['Item', 'Cost'],
      ['Fees', '12'],
    ]);
    expect(table!.caption).toBe('Exhibit 4. Costs');
    expect(table!.notes).toEqual(['Source: the college.']);
  });

  it('reads a grid drawn only with cell shading (no lines)', async () => {
    const page = new PageBuilder().raw('0.85 0.9 0.95 rg');
    for (const [y, height] of [[100, 20], [121, 30]] as const) {
      page.raw(`50 ${595 - y - height} 99 ${height} re f 150 ${595 - y - height} 200 ${height} re f`);
    }
    page.raw('0 g').text(55, 114, 'Item').text(155, 114, 'Description').text(55, 135, 'Tuition').text(155, 135, 'The cost of taking a course');
    const [table] = await tablesOf([page]);
    expect(table!.strategy).toBe('lattice');
    expect(texts(table!)).toEqual([
      ['Item', 'Description'],
      ['Tuition', 'The cost of taking a course'],
    ]);
  });

  it('reads only the text inside an area, with the frame just outside it', async () => {
    const page = grid(new PageBuilder(), [50, 150, 300], [100, 120, 140]);
    page.text(55, 114, 'A').text(155, 114, 'B').text(55, 134, 'C').text(155, 134, 'D').text(55, 300, 'Elsewhere');
    const [table] = await tablesOf([page], { area: { x0: 52, top: 102, x1: 298, bottom: 138 } });
    expect(texts(table!)).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
  });
});
