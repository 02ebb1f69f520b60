/**
 * Tables as CSV or JSON. CSV (RFC 4180): one record per row, every record ending with CRLF, a
 * spanning cell's text in its first position and the positions it covers empty; tables are
 * separated by an empty line. JSON: each table with its pages, its box on each page, and its
 * rows of cells (null where a spanning cell covers the position), boxes rounded to 0.01 pt.
 */
import { csvRecord } from '../export/csv.js';
import type { Box } from '../pdf/geometry.js';
import { tableGrid, tableTexts, type Table } from './table.js';

export function tablesToCsv(tables: readonly Table[]): string {
  return tables.map((table) => tableTexts(table).map(csvRecord).join('')).join('\r\n');
}

const round = (x: number) => Math.round(x * 100) / 100;
const roundBox = (b: Box) => ({ x0: round(b.x0), top: round(b.top), x1: round(b.x1), bottom: round(b.bottom) });

export interface TablesJson {
  file: string;
  /** Pages read. */
  pages: number[];
  tables: {
    strategy: Table['strategy'];
    pages: number[];
    regions: { page: number; box: ReturnType<typeof roundBox> }[];
    rowCount: number;
    columnCount: number;
    headerRows: number;
    caption?: string;
    notes?: string[];
    rows: ({ text: string; page: number; box: ReturnType<typeof roundBox>; rowSpan: number; columnSpan: number } | null)[][];
  }[];
}

export function tablesToJson(file: string, pages: readonly number[], tables: readonly Table[]): TablesJson {
  return {
    file,
    pages: [...pages],
    tables: tables.map((table) => ({
      strategy: table.strategy,
      pages: [...new Set(table.regions.map((r) => r.page))],
      regions: table.regions.map((r) => ({ page: r.page, box: roundBox(r.box) })),
      rowCount: table.rowCount,
      columnCount: table.columnCount,
      headerRows: table.headerRows,
      ...(table.caption !== undefined ? { caption: table.caption } : {}),
      ...(table.notes !== undefined ? { notes: table.notes } : {}),
      rows: tableGrid(table).map((row) =>
        row.map((cell) => (cell ? { text: cell.text, page: cell.page, box: roundBox(cell.box), rowSpan: cell.rowSpan, columnSpan: cell.columnSpan } : null)),
      ),
    })),
  };
}
