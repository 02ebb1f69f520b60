/**
 * Tables continued over pages. The last table on a page and the first table on the next are one
 * table when they have the same columns (same count, edges within a few points). The header
 * that the next page repeats is dropped; a first row whose first column is empty while the
 * row before the page break has one is the rest of that row (a row broken by the page end), and
 * is joined to it. A table below a title of its own on the next page is a new table.
 */
import { median } from './columns.js';
import type { Glyph } from '../pdf/reader.js';
import type { PdfSettings } from '../pdf/settings.js';
import type { Table, TableCell } from './table.js';
import { textLines } from '../pdf/lines.js';
import { foldWhitespace } from '../cells/cell-content.js';

/** Column edges of two pages' parts may differ by this much (points) and still be one table. */
const EDGE_TOLERANCE = 6;

function sameColumns(a: Table, b: Table): boolean {
  if (a.columnCount !== b.columnCount || a.columns.length !== b.columns.length) return false;
  if (a.strategy === 'lattice' && b.strategy === 'lattice') {
    return a.columns.every((c, k) => Math.abs(c.x0 - b.columns[k]!.x0) <= EDGE_TOLERANCE && Math.abs(c.x1 - b.columns[k]!.x1) <= EDGE_TOLERANCE);
  }
  // A borderless column's text extent depends on what the page holds: the columns must overlap.
  return a.columns.every((c, k) => {
    const d = b.columns[k]!;
    const shared = Math.min(c.x1, d.x1) - Math.max(c.x0, d.x0);
    return shared >= 0.5 * Math.min(c.x1 - c.x0, d.x1 - d.x0);
  });
}

function rowTexts(table: Table, row: number): string[] {
  const texts = Array.from({ length: table.columnCount }, () => '');
  for (const c of table.cells) if (c.row === row) texts[c.column] = foldWhitespace(c.text);
  return texts;
}

/**
 * How many of the next part's first rows repeat the table's first rows (its header). The last
 * repeated row may have taken in the first lines of the next row (a header and a broken row's
 * rest, read as one row): then each of its cells starts with the header's text, and what
 * follows is returned as the rest.
 */
function repeatedHeaderRows(table: Table, next: Table): { rows: number; rest: Map<number, string> | null } {
  const limit = Math.min(Math.max(table.headerRows, 1) + 2, table.rowCount, next.rowCount);
  let rows = 0;
  for (let r = 0; r < limit; r++) {
    const a = rowTexts(table, r);
    const b = rowTexts(next, r);
    if (a.every((t) => t === '')) break;
    if (a.join('\u0000') === b.join('\u0000')) {
      rows = r + 1;
      continue;
    }
    // The header with more text under it in some columns.
    if (a.every((t, k) => b[k]!.startsWith(t)) && a.filter((t) => t !== '').length >= 2) {
      const rest = new Map<number, string>();
      const raw = next.cells.filter((c) => c.row === r);
      for (const [k, t] of a.entries()) {
        const cell = raw.find((c) => c.column === k);
        if (!cell || foldWhitespace(cell.text) === t) continue;
        rest.set(k, stripPrefix(cell.text, t));
      }
      return { rows: r + 1, rest };
    }
    break;
  }
  return { rows, rest: null };
}

/** The text after a prefix given with folded spaces. */
function stripPrefix(text: string, prefix: string): string {
  let i = 0;
  let k = 0;
  while (k < prefix.length && i < text.length) {
    if (/\s/.test(prefix[k]!)) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      k++;
    } else if (text[i] === prefix[k]) {
      i++;
      k++;
    } else break;
  }
  return text.slice(i).trim();
}

function shifted(cells: readonly TableCell[], rows: number): TableCell[] {
  return cells.map((c) => ({ ...c, row: c.row + rows }));
}

function join(table: Table, next: Table): Table {
  const { rows: repeated, rest } = repeatedHeaderRows(table, next);
  let cells = next.cells.filter((c) => c.row >= repeated).map((c) => ({ ...c, row: c.row - repeated }));
  let rows = next.rowCount - repeated;
  if (rest && rest.size > 0) {
    // The text read with the repeated header becomes a row of its own, before the others.
    const source = next.cells.filter((c) => c.row === repeated - 1);
    cells = cells.map((c) => ({ ...c, row: c.row + 1 }));
    for (const [column, text] of rest) {
      const cell = source.find((c) => c.column === column)!;
      cells.push({ ...cell, text, row: 0, rowSpan: 1 });
    }
    rows += 1;
  }
  const merged = [...table.cells];
  // A row broken by the page end: its rest starts the next part without a first-column entry.
  const lastRow = table.rowCount - 1;
  const firstCells = cells.filter((c) => c.row === 0);
  const hasStub = (list: readonly TableCell[]) => list.some((c) => c.column === 0 && foldWhitespace(c.text) !== '');
  const before = table.cells.filter((c) => c.row === lastRow);
  if (rows > 0 && firstCells.some((c) => foldWhitespace(c.text) !== '') && !hasStub(firstCells) && hasStub(before) && before.every((c) => c.rowSpan === 1)) {
    for (const piece of firstCells) {
      if (foldWhitespace(piece.text) === '') continue;
      const target = merged.find((c) => c.row === lastRow && c.column === piece.column);
      if (target) {
        const index = merged.indexOf(target);
        merged[index] = { ...target, text: target.text === '' ? piece.text : `${target.text}\n${piece.text}` };
      } else merged.push({ ...piece, row: lastRow });
    }
    cells = cells.filter((c) => c.row > 0).map((c) => ({ ...c, row: c.row - 1 }));
    rows -= 1;
  }
  merged.push(...shifted(cells, table.rowCount));
  return {
    ...table,
    // A header the next page repeats is a header, whatever the first page said.
    headerRows: Math.max(table.headerRows, repeated),
    regions: [...table.regions, ...next.regions],
    rowCount: table.rowCount + rows,
    cells: merged.sort((a, b) => a.row - b.row || a.column - b.column),
    notes: [...(table.notes ?? []), ...(next.notes ?? [])].length > 0 ? [...(table.notes ?? []), ...(next.notes ?? [])] : undefined,
  };
}

/**
 * Text above a table on its page, set at least as large as the table's own text (a title, a
 * caption, a paragraph): the table is a new one, not the continuation of the last one.
 * Smaller text (footnotes running over from the page before, a running header) is not.
 */
export function titledAbove(table: Table, glyphs: readonly Glyph[], settings: PdfSettings): boolean {
  const box = table.regions[0]!.box;
  const inside = glyphs.filter((g) => !g.space && g.baseline >= box.top && g.baseline <= box.bottom + 1 && g.x0 >= box.x0 - 1 && g.x1 <= box.x1 + 1);
  const size = median(inside.map((g) => g.size));
  const above = glyphs.filter((g) => !g.space && g.bottom < box.top);
  // Text inside a later column is a cell's, not a title's.
  const secondColumn = table.columns[1]?.x0 ?? Infinity;
  return textLines(above, settings).some((line) => line.size >= 0.95 * size && line.x0 < secondColumn);
}

/**
 * Joins tables continued from one page to the next; `perPage` lists each read page's tables in
 * reading order. `startsFresh` says whether a table begins below a title of its own.
 */
export function joinContinuedTables(perPage: readonly (readonly Table[])[], startsFresh: (table: Table) => boolean = () => false): Table[] {
  const result: Table[] = [];
  // The last table of the previous page read, which the next page may continue.
  let open: Table | null = null;
  for (const tables of perPage) {
    for (const [i, table] of tables.entries()) {
      const page = table.regions[0]!.page;
      const openPage = open?.regions[open.regions.length - 1]!.page;
      if (i === 0 && open && openPage === page - 1 && sameColumns(open, table) && !startsFresh(table)) {
        const joined = join(open, table);
        result[result.indexOf(open)] = joined;
        open = joined;
      } else {
        result.push(table);
        open = table;
      }
    }
    if (tables.length === 0) open = null;
  }
  return result;
}
