/**
 * Columns that a ruled table does not rule in some rows: a band drawn as one cell across several
 * columns (body rows under a header whose column lines stop at the header, a total row) whose
 * text still lies in the columns the grid draws elsewhere. Where the cell's text leaves a column
 * line of the grid free on every one of its lines, with more than a word space on each side of
 * it, the cell is split there. A label centred over several columns covers the line between
 * them, and running text leaves only word spaces, so neither is split; nor is a band whose text
 * parts into more columns than the grid draws.
 */
import { chunksOf } from './columns.js';
import type { Box } from '../pdf/geometry.js';
import type { GridCell } from './lattice.js';
import type { Glyph } from '../pdf/reader.js';
import type { FilledGrid } from './ruled.js';
import { textLines, type TextLine } from '../pdf/lines.js';
import type { PdfSettings } from '../pdf/settings.js';

/** Whether column line x is free on every line, with at least `gap` × font size clear on its left and right. */
function freeAt(lines: readonly TextLine[], x: number, gap: number): boolean {
  for (const line of lines) {
    if (line.words.some((w) => w.x0 < x && w.x1 > x)) return false;
    const left = Math.max(-Infinity, ...line.words.filter((w) => w.x1 <= x).map((w) => w.x1));
    const right = Math.min(Infinity, ...line.words.filter((w) => w.x0 >= x).map((w) => w.x0));
    if (Number.isFinite(left) && Number.isFinite(right) && right - left < gap * line.size) return false;
  }
  return true;
}

export function splitSubColumns(filled: FilledGrid, settings: PdfSettings): FilledGrid {
  const { grid } = filled;
  const cells: GridCell[] = [];
  const glyphs: Glyph[][] = [];
  let changed = false;
  for (const [i, cell] of grid.cells.entries()) {
    const own = filled.glyphs[i]!;
    const visible = own.filter((g) => !g.space);
    if (cell.columnSpan < 2 || visible.length === 0) {
      cells.push(cell);
      glyphs.push(own);
      continue;
    }
    const lines = textLines(visible, settings);
    const cuts = [cell.column];
    for (let k = cell.column + 1; k < cell.column + cell.columnSpan; k++) if (freeAt(lines, grid.xs[k]!, settings.tables.chunkGap)) cuts.push(k);
    cuts.push(cell.column + cell.columnSpan);
    const pieces = cuts.slice(0, -1).map((from, p) => {
      const to = cuts[p + 1]!;
      const [x0, x1] = [grid.xs[from]!, grid.xs[to]!];
      const mine = own.filter((g) => {
        const middle = (g.x0 + g.x1) / 2;
        return (from === cell.column || middle >= x0) && (to === cell.column + cell.columnSpan || middle < x1);
      });
      const box: Box = { ...cell.box, x0: from === cell.column ? cell.box.x0 : x0, x1: to === cell.column + cell.columnSpan ? cell.box.x1 : x1 };
      return { cell: { ...cell, column: from, columnSpan: to - from, box }, glyphs: mine };
    });
    // Split only when the text really lies in more than one of the pieces, and the grid's columns
    // account for all of it: a piece whose lines still part into phrases holds columns the grid
    // does not draw, and cutting at some of them would not give the row's cells.
    const filledPieces = pieces.filter((p) => p.glyphs.some((g) => !g.space));
    const onePhrase = (p: (typeof pieces)[number]) => textLines(p.glyphs.filter((g) => !g.space), settings).every((l) => chunksOf(l, settings.tables.chunkGap).length === 1);
    if (filledPieces.length < 2 || !filledPieces.every(onePhrase)) {
      cells.push(cell);
      glyphs.push(own);
      continue;
    }
    changed = true;
    for (const p of pieces) {
      cells.push(p.cell);
      glyphs.push(p.glyphs);
    }
  }
  return changed ? { grid: { ...grid, cells }, glyphs } : filled;
}
