/**
 * Layout text → grid: one grid line per source line, cells split on tabs (a PDF-to-text
 * converter writes a table row as tab-separated columns).
 */
import type { Grid, GridLine } from './grid.js';
import { cleanCell } from './clean-cell.js';

export function textToGrid(lines: readonly string[]): Grid {
  return { lines: lines.map(textGridLine), pages: null };
}

/** Source line `index` (0-based) as a grid line. */
export function textGridLine(source: string, index: number): GridLine {
  return {
    line: index + 1,
    page: null,
    cells: source.split('\t').map((raw) => ({ raw, ...cleanCell(raw) })),
  };
}

/** The grid lines of the text one at a time, for a reader that needs each only once (textToGrid holds them all). */
export function* textGridLines(lines: readonly string[]): Generator<GridLine> {
  for (let i = 0; i < lines.length; i++) yield textGridLine(lines[i]!, i);
}
