/**
 * Layout text → grid: one grid line per source line, cells split on tabs (a PDF-to-text
 * converter writes a table row as tab-separated columns).
 */
import type { Grid, GridLine } from './grid.js';
import { cleanCell } from './clean-cell.js';

export function textToGrid(lines: readonly string[]): Grid {
  const gridLines: GridLine[] = lines.map((source, index) => ({
    line: index + 1,
    page: null,
    cells: source.split('\t').map((raw) => ({ raw, ...cleanCell(raw) })),
  }));
  return { lines: gridLines, pages: null };
}
