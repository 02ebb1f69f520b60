/** Builders shared by the cell parser tests. */
import type { CellContent } from '../../src/cells/cell-content.js';
import type { Diagnostics } from '../../src/diagnostics.js';

/** A cell from [line, text] pairs, as the rows stage hands it over ('' = paragraph break). */
export function cellOf(...rows: readonly (readonly [number, string])[]): CellContent {
  return rows.map(([line, text]) => ({ text, place: { line, page: null } }));
}

/** The warnings as [code, line] pairs, in the order they were raised. */
export function warningsOf(diag: Diagnostics): [string, number | null][] {
  return diag.items.map((d) => [d.code, d.place.line]);
}
