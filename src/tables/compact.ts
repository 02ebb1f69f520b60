/**
 * Drops the rows and columns in which every cell is empty: slivers between double lines, the
 * parts of a ruled frame outside the area asked for. A spanning cell loses the empty rows or
 * columns it covered.
 */
import type { Table, TableCell } from './table.js';

/** Old index → new index of each row (or column), −1 for one that no cell with text covers. */
function keptIndices(count: number, cells: readonly TableCell[], start: (c: TableCell) => number, span: (c: TableCell) => number): number[] {
  const used = new Array<boolean>(count).fill(false);
  for (const cell of cells) {
    if (cell.text.trim() === '') continue;
    for (let k = start(cell); k < start(cell) + span(cell); k++) used[k] = true;
  }
  const map: number[] = [];
  let next = 0;
  for (let k = 0; k < count; k++) map.push(used[k] ? next++ : -1);
  return map;
}

/** Maps [start, start + span) through `map` (−1 = dropped) to a new start and span, or null when nothing is left. */
function remap(map: readonly number[], start: number, span: number): [number, number] | null {
  const kept = map.slice(start, start + span).filter((k) => k >= 0);
  return kept.length === 0 ? null : [kept[0]!, kept[kept.length - 1]! - kept[0]! + 1];
}

/** Column edges after dropping: a dropped column's width goes to the kept column on its left (or right, at the start). */
function mergedColumns(edges: readonly { x0: number; x1: number }[], map: readonly number[]): { x0: number; x1: number }[] {
  const kept: { x0: number; x1: number }[] = [];
  let pendingLeft: number | null = null;
  for (const [k, e] of edges.entries()) {
    if (map[k]! >= 0) {
      kept.push({ x0: pendingLeft ?? e.x0, x1: e.x1 });
      pendingLeft = null;
    } else if (kept.length > 0) kept[kept.length - 1]!.x1 = e.x1;
    else pendingLeft ??= e.x0;
  }
  return kept;
}

export function dropEmptyRowsAndColumns(table: Table): Table {
  const rows = keptIndices(table.rowCount, table.cells, (c) => c.row, (c) => c.rowSpan);
  const columns = keptIndices(table.columnCount, table.cells, (c) => c.column, (c) => c.columnSpan);
  const cells: TableCell[] = [];
  for (const cell of table.cells) {
    const r = remap(rows, cell.row, cell.rowSpan);
    const c = remap(columns, cell.column, cell.columnSpan);
    if (!r || !c) continue;
    cells.push({ ...cell, row: r[0], rowSpan: r[1], column: c[0], columnSpan: c[1] });
  }
  // Two cells may now claim one position (an empty cell beside a span that lost its rows): keep the one with text.
  const seen = new Map<string, TableCell>();
  for (const cell of cells) {
    const key = `${cell.row}:${cell.column}`;
    const other = seen.get(key);
    if (!other || (other.text === '' && cell.text !== '')) seen.set(key, cell);
  }
  const headerRows = rows.slice(0, table.headerRows).filter((k) => k >= 0).length;
  return {
    ...table,
    rowCount: Math.max(0, ...rows) + 1,
    columnCount: Math.max(0, ...columns) + 1,
    columns: mergedColumns(table.columns, columns),
    cells: [...seen.values()].sort((a, b) => a.row - b.row || a.column - b.column),
    headerRows,
  };
}
