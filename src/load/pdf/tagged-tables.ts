/**
 * A tagged PDF's structure tree dividing the tables the page's geometry found: where a table of
 * the tree (already checked against the page, src/pdf/structure-tree.ts) lies on a table found
 * from rulings or header labels, the column edges run between the tree's columns and the row
 * edges between its rows (each TR a drawn row, rules or not), and the table ends with its last
 * row (footnotes below stay out). The geometry still says where a table starts, so a header that
 * the producer marked as an artifact (LibreOffice and Word repeat header rows untagged) stays the
 * table's header.
 */
import { middleRange, textSize, type TaggedTable } from '../../pdf/structure-tree.js';
import { overlap } from '../../pdf/geometry.js';
import type { PdfSettings } from '../../pdf/settings.js';
import type { TableLayout } from './tables.js';

/** The table with the tree's columns and rows, or as it was when no table of the tree lies on it. */
export function dividedByTree(table: TableLayout, tagged: readonly TaggedTable[], settings: PdfSettings): TableLayout {
  const match = onTable(table, tagged);
  if (!match) return table;
  const rows = match.rows.map((row) => {
    const middles = middleRange(row, settings);
    return { top: row.box.top, bottom: row.box.bottom, firstMiddle: middles.first, lastMiddle: middles.last };
  });
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  // Text above the tree's first row stays in the table (an untagged repeated header), except on a
  // page that goes on with the previous page's table, whose top is the page's.
  const top = table.source === 'previous-page' ? first.top : Math.min(table.top, first.top);
  const rowEdges = [top, ...(top < first.top ? [first.top] : [])];
  for (let k = 1; k < rows.length; k++) rowEdges.push((rows[k - 1]!.lastMiddle + rows[k]!.firstMiddle) / 2);
  rowEdges.push(last.bottom);
  // The band of a row that began on the previous page (rowEdges has one more edge when text stands above the first row).
  const k = match.rows.findIndex((r) => r.index === match.continuedRow);
  const shift = rowEdges.length - rows.length - 1;
  const continuedRow = k >= 0 ? { top: rowEdges[k + shift]!, bottom: rowEdges[k + shift + 1]! } : undefined;
  return { ...table, top, bottom: last.bottom, columnEdges: columnEdges(table, match, settings), rowEdges, continuedRow, source: 'structure-tree' };
}

/**
 * Tables of the tree on which the geometry found no table, as the previous page's table going on
 * (a header printed once, text that does not line up with the previous page's columns closely
 * enough to tell): the tree says a table is there and how it is divided. Without a previous table
 * there is no header to read the columns by, and the geometry's reading stands.
 */
export function tablesOnlyInTree(found: readonly TableLayout[], tagged: readonly TaggedTable[], previous: TableLayout | null, settings: PdfSettings): TableLayout[] {
  if (!previous) return [];
  return tagged
    .filter((t) => t.columns.length >= 2 && !found.some((f) => overlap(t.box.top, t.box.bottom, f.top, f.bottom) > 0))
    .map((t) => dividedByTree({ ...previous, top: t.box.top, bottom: t.box.bottom, rowEdges: null, headerBottom: null, verticals: [], source: 'previous-page' }, [t], settings));
}

/**
 * The table of the tree that divides this one: of those that overlap it, the one with the most
 * columns inside it (two at least), then the most overlap. A layout table around the real one (its
 * text all in one cell) divides it into fewer columns than the table nested in that cell, and a
 * small table nested in a cell fewer than the table around it.
 */
function onTable(table: TableLayout, tagged: readonly TaggedTable[]): TaggedTable | null {
  let best: TaggedTable | null = null;
  let bestColumns = 1;
  let bestShared = 0;
  for (const candidate of tagged) {
    const { box } = candidate;
    const shared = overlap(box.x0, box.x1, table.left, table.right) * overlap(box.top, box.bottom, table.top, table.bottom);
    if (shared <= 0) continue;
    const columns = candidate.columns.filter((c) => overlap(c.x0, c.x1, table.left, table.right) > 0).length;
    if (columns < 2) continue;
    if (columns > bestColumns || (columns === bestColumns && shared > bestShared)) [best, bestColumns, bestShared] = [candidate, columns, shared];
  }
  return best;
}

/**
 * Edges where the loader puts them (tables.ts): one column-start slack left of where a column's
 * text starts, but never over the text of the column before (then midway between the two). The
 * outer ones where the table's or the tree's text ends, whichever is further out. When a column
 * has no text on this page (only rows with spans, or cells continued from elsewhere), the tree
 * cannot place it and the geometry's edges stay.
 */
function columnEdges(table: TableLayout, tree: TaggedTable, settings: PdfSettings): number[] {
  const columns = tree.columns;
  if (columns.some((c) => !Number.isFinite(c.x0))) return table.columnEdges;
  const slack = settings.roadmap.columnStartSlack * textSize(tree);
  const edges = [Math.min(table.left, columns[0]!.x0 - slack)];
  for (let i = 1; i < columns.length; i++) edges.push(Math.max((columns[i - 1]!.x1 + columns[i]!.x0) / 2, columns[i]!.x0 - slack));
  edges.push(Math.max(table.right, columns[columns.length - 1]!.x1));
  return edges;
}
