/**
 * The lattice strategy on one page: ruled grids filled with the glyphs inside their cells.
 * Inside a ruled row, whitespace may still separate rows (a group drawn as one band whose
 * entries start on new lines in the first column); such rows are split (sub-rows.ts).
 */
import { cellText } from './cell-text.js';
import { dropEmptyRowsAndColumns } from './compact.js';
import { takeFrameFurniture } from './furniture.js';
import type { Box } from '../pdf/geometry.js';
import { cellBoxes, latticeGrids, type LatticeGrid } from './lattice.js';
import type { Glyph } from '../pdf/reader.js';
import { shadingEdges, type PageRulings, type Ruling } from '../pdf/rulings.js';
import type { PdfSettings } from '../pdf/settings.js';
import { splitSubColumns } from './sub-columns.js';
import { splitSubRows } from './sub-rows.js';
import type { Table, TableCell } from './table.js';

/** A grid with the glyphs of each of its cells (same order as grid.cells). */
export interface FilledGrid {
  grid: LatticeGrid;
  glyphs: Glyph[][];
}

/** Where a glyph counts as being: the middle of its x-height. */
export function glyphPoint(g: Glyph): [number, number] {
  return [(g.x0 + g.x1) / 2, g.baseline - 0.3 * g.size];
}

function indexOf(edges: readonly number[], value: number): number {
  // The last edge at or before the value; -1 outside.
  if (value < edges[0]! || value > edges[edges.length - 1]!) return -1;
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Puts each glyph into the grid cell that covers its middle; returns the glyphs no cell took. */
export function fillGrid(grid: LatticeGrid, glyphs: readonly Glyph[]): { filled: FilledGrid; rest: Glyph[] } {
  const owner: number[][] = grid.ys.slice(1).map(() => grid.xs.slice(1).map(() => -1));
  for (const [i, cell] of grid.cells.entries()) {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) for (let c = cell.column; c < cell.column + cell.columnSpan; c++) owner[r]![c] = i;
  }
  const byCell: Glyph[][] = grid.cells.map(() => []);
  const rest: Glyph[] = [];
  for (const g of glyphs) {
    const [x, y] = glyphPoint(g);
    const r = indexOf(grid.ys, y);
    const c = indexOf(grid.xs, x);
    const i = r >= 0 && c >= 0 ? owner[r]![c]! : -1;
    if (i >= 0) byCell[i]!.push(g);
    else rest.push(g);
  }
  return { filled: { grid, glyphs: byCell }, rest };
}

/** Ruled tables on a page (drawn lines first, then cell shading); returns them and the glyphs outside them. */
export function ruledTables(page: number, rulings: PageRulings, glyphs: readonly Glyph[], settings: PdfSettings): { tables: Table[]; rest: Glyph[] } {
  const drawn = latticeTables(page, rulings.horizontal, rulings.vertical, glyphs, 1, settings);
  if (rulings.shaded.length < 2 || overlapping(rulings.shaded)) return drawn;
  const edges = shadingEdges(rulings.shaded, settings);
  // A grid of shading alone needs two rows: one band is a row of a striped table (stream's to read).
  const shaded = latticeTables(page, edges.horizontal, edges.vertical, drawn.rest, 2, settings);
  return { tables: [...drawn.tables, ...shaded.tables], rest: shaded.rest };
}

/** Shaded boxes that lie on one another (a cell's fill with an inset fill over it): their edges are padding, not cell borders. */
function overlapping(boxes: readonly Box[]): boolean {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1) return true;
    }
  }
  return false;
}


/**
 * A row broken by the page end (or continued from the page before) is drawn without its
 * closing line: the column lines just stop. Where two or more verticals end (or start) at the
 * same height with no line there, a line is assumed between them.
 */
export function closeOpenEnds(horizontal: readonly Ruling[], vertical: readonly Ruling[], snap: number): Ruling[] {
  const added: Ruling[] = [];
  for (const end of ['from', 'to'] as const) {
    const groups: Ruling[][] = [];
    for (const v of [...vertical].sort((a, b) => a[end] - b[end])) {
      const group = groups[groups.length - 1];
      if (group && Math.abs(v[end] - group[0]![end]) <= snap) group.push(v);
      else groups.push([v]);
    }
    for (const group of groups) {
      if (group.length < 2) continue;
      const y = group.reduce((s, v) => s + v[end], 0) / group.length;
      const x0 = Math.min(...group.map((v) => v.at));
      const x1 = Math.max(...group.map((v) => v.at));
      const closed = horizontal.some((h) => Math.abs(h.at - y) <= snap && h.from <= x0 + snap && h.to >= x1 - snap);
      if (!closed) added.push({ orientation: 'horizontal', at: y, from: x0, to: x1 });
    }
  }
  return added.length === 0 ? [...horizontal] : [...horizontal, ...added];
}

/**
 * A grid drawn without its outer sides: the row lines run past the outermost column lines. Where
 * two consecutive row lines end at the same x, with no line there, and a column line crosses
 * both (so they belong to one grid), a side is assumed between them.
 */
export function closeOpenSides(horizontal: readonly Ruling[], vertical: readonly Ruling[], snap: number): Ruling[] {
  const crosses = (v: Ruling, h: Ruling) => v.at > h.from + snap && v.at < h.to - snap && h.at >= v.from - snap && h.at <= v.to + snap;
  const gridLines = horizontal.filter((h) => vertical.some((v) => crosses(v, h)));
  const added: Ruling[] = [];
  for (const end of ['from', 'to'] as const) {
    const groups: Ruling[][] = [];
    for (const h of [...gridLines].sort((a, b) => a[end] - b[end])) {
      const group = groups[groups.length - 1];
      if (group && Math.abs(h[end] - group[0]![end]) <= snap) group.push(h);
      else groups.push([h]);
    }
    for (const group of groups) {
      const x = group.reduce((s, h) => s + h[end], 0) / group.length;
      const rows = group.sort((a, b) => a.at - b.at);
      for (let i = 1; i < rows.length; i++) {
        const [upper, lower] = [rows[i - 1]!, rows[i]!];
        const sameGrid = vertical.some((v) => crosses(v, upper) && crosses(v, lower));
        const closed = vertical.some((v) => Math.abs(v.at - x) <= snap && v.from <= upper.at + snap && v.to >= lower.at - snap);
        if (sameGrid && !closed) added.push({ orientation: 'vertical', at: x, from: upper.at, to: lower.at });
      }
    }
  }
  return added.length === 0 ? [...vertical] : [...vertical, ...added];
}

function latticeTables(page: number, drawnHorizontal: readonly Ruling[], drawnVertical: readonly Ruling[], glyphs: readonly Glyph[], minRows: number, settings: PdfSettings): { tables: Table[]; rest: Glyph[] } {
  const vertical = closeOpenSides(drawnHorizontal, drawnVertical, settings.rulings.rulingSnap);
  const horizontal = closeOpenEnds(drawnHorizontal, vertical, settings.rulings.rulingSnap);
  const boxes = cellBoxes(horizontal, vertical, settings.rulings.rulingSnap);
  let rest: Glyph[] = [...glyphs];
  const tables: Table[] = [];
  for (const grid of latticeGrids(boxes, settings.rulings.rulingSnap)) {
    if (grid.xs.length < 3 && grid.ys.length < 3) continue; // a lone framed box is not a table
    const { filled, rest: outside } = fillGrid(grid, rest);
    const texts = filled.glyphs.filter((g) => g.some((x) => !x.space)).length;
    if (texts < 2) continue;
    // Rules drawn through the words of many cells are not cell borders: a chart's bars under
    // their value labels (a table may clip a word or two at a cell's edge). The text is the
    // figure's, not a table's: no other algorithm reads it.
    const cut = wordsCut(filled);
    if (cut >= 2 && cut >= CUT_SHARE * texts) {
      rest = outside;
      continue;
    }
    const furniture = takeFrameFurniture(filled);
    const table = dropEmptyRowsAndColumns(toTable(page, splitSubColumns(splitSubRows(filled, settings), settings), settings));
    // One ruled column is a framed text box (a callout, a boxed note), and one ruled row a boxed
    // line (a chart's legend, a form field): not a table, its text stays for the other algorithms.
    if (table.columnCount < 2 || table.rowCount < Math.max(2, minRows)) continue;
    if (furniture.caption.length > 0) table.caption = cellText(furniture.caption, settings).replace(/\n/g, ' ');
    if (furniture.notes.length > 0) table.notes = cellText(furniture.notes, settings).split('\n');
    tables.push(table);
    rest = outside;
  }
  return { tables, rest };
}

/** A grid whose lines cut words in this share of its cells with text is a figure. */
const CUT_SHARE = 0.1;

/**
 * How many words the grid's lines cut: glyphs set closer than a word space on one baseline that
 * fall into different cells (a table's rules run between words, never through them).
 */
function wordsCut(filled: FilledGrid): number {
  const placed = filled.glyphs.flatMap((glyphs, cell) => glyphs.filter((g) => !g.space).map((g) => ({ g, cell })));
  placed.sort((a, b) => a.g.baseline - b.g.baseline || a.g.x0 - b.g.x0);
  let cuts = 0;
  for (let i = 1; i < placed.length; i++) {
    const [a, b] = [placed[i - 1]!, placed[i]!];
    if (a.cell === b.cell || Math.abs(a.g.baseline - b.g.baseline) > 0.1 * a.g.size) continue;
    if (b.g.x0 - a.g.x1 < 0.1 * a.g.size && b.g.x0 > a.g.x0) cuts++;
  }
  return cuts;
}

export function toTable(page: number, filled: FilledGrid, settings: PdfSettings): Table {
  const { grid } = filled;
  const cells: TableCell[] = grid.cells.map((cell, i) => ({
    text: cellText(filled.glyphs[i]!, settings),
    row: cell.row,
    column: cell.column,
    rowSpan: cell.rowSpan,
    columnSpan: cell.columnSpan,
    page,
    box: cell.box,
  }));
  return {
    strategy: 'lattice',
    regions: [{ page, box: { x0: grid.xs[0]!, top: grid.ys[0]!, x1: grid.xs[grid.xs.length - 1]!, bottom: grid.ys[grid.ys.length - 1]! } }],
    rowCount: grid.ys.length - 1,
    columnCount: grid.xs.length - 1,
    columns: grid.xs.slice(1).map((x1, i) => ({ x0: grid.xs[i]!, x1 })),
    cells,
    headerRows: 0,
  };
}
