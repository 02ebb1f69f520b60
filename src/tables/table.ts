/**
 * What the table stage returns. A table is a grid of rows and columns; a cell sits at its
 * top-left grid position and may span several rows or columns. A table continued over several
 * pages is one table with the pages it covers.
 */
import type { Box } from '../pdf/geometry.js';

export interface TableCell {
  text: string;
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
  page: number;
  box: Box;
}

export type Strategy = 'lattice' | 'stream';

export interface TableRegion {
  page: number;
  box: Box;
}

export interface Table {
  strategy: Strategy;
  /** The part of the table on each page it covers, in page order. */
  regions: TableRegion[];
  rowCount: number;
  columnCount: number;
  /** Each column's left and right edge on the table's first page: its rulings, or for a borderless table the extent of its text. */
  columns: { x0: number; x1: number }[];
  /** Cells in reading order (by row, then column). */
  cells: TableCell[];
  /** How many header rows the table starts with (0 when no header was recognised). */
  headerRows: number;
  /** A caption boxed with the table (a larger first row spanning the table), when there was one. */
  caption?: string;
  /** Notes boxed with the table (a last row spanning it, set smaller or starting "Note:"/"Source:"), one per line. */
  notes?: string[];
}

/** The table as a rows × columns array of texts: a spanning cell's text in its top-left position, the positions it covers empty. */
export function tableTexts(table: Table): string[][] {
  const rows = Array.from({ length: table.rowCount }, () => Array.from({ length: table.columnCount }, () => ''));
  for (const cell of table.cells) rows[cell.row]![cell.column] = cell.text;
  return rows;
}

/** The table as rows of cells, with null where a position is covered by a spanning cell or empty. */
export function tableGrid(table: Table): (TableCell | null)[][] {
  const rows: (TableCell | null)[][] = Array.from({ length: table.rowCount }, () => Array.from({ length: table.columnCount }, () => null));
  for (const cell of table.cells) rows[cell.row]![cell.column] = cell;
  return rows;
}
