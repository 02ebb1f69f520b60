/**
 * Tables of a tagged PDF, read from its structure tree: the `Table` elements of a page with their
 * rows (`TR`, also inside `THead`/`TBody`/`TFoot`) and cells (`TH`, `TD`), each cell holding the
 * page's glyphs drawn in its marked content (pdf.js's `page.getStructTree()` names a cell's
 * content `p<page ref>_mc<MCID>`; the page reader keeps each glyph's MCID). Chromium, Word and
 * LibreOffice write such trees.
 *
 * A tree is a producer's claim, not a fact: each table is checked against where its glyphs are
 * printed (`contradictions`) before anyone uses it. Cells of one column share an x-range, left to
 * right in tree order; rows follow each other down the page without overlapping; every glyph
 * printed inside the table belongs to exactly one of its cells. A table that fails is reported
 * and the page's geometry decides instead.
 *
 * pdf.js passes neither ColSpan nor RowSpan (nor any attribute but a bounding box), so spans are
 * taken from the geometry: in a row with fewer cells than the table's widest row, each cell
 * covers the columns from where it starts to where the next one starts.
 *
 * The tree is asked for only when the document has one (a StructTreeRoot), once per page: an
 * untagged PDF pays one round trip to pdf.js for the whole document (StructureTrees).
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { boxOf, median, type Box } from './geometry.js';
import type { Glyph } from './reader.js';
import type { PdfSettings } from './settings.js';

/** A node of pdf.js's serialised structure tree (its own type is not exported by the legacy build). */
export interface StructNode {
  role?: string;
  children?: StructNode[];
  /** For marked content: 'content' (with an `_mc<MCID>` id), 'object' or 'annotation'. */
  type?: string;
  id?: string;
}

export interface TaggedCell {
  /** A header cell (TH). */
  header: boolean;
  /** The first column the cell covers (0-based), and how many it covers (inferred from the geometry). */
  column: number;
  columnSpan: number;
  /** The cell's glyphs on this page (none when its content is on another page, or it is empty). */
  glyphs: Glyph[];
  /** The glyphs' box, or null for an empty cell. */
  box: Box | null;
}

export interface TaggedRow {
  /** The row's position in its table, counting the rows on every page (a row split by a page break has the same index on both). */
  index: number;
  cells: TaggedCell[];
  /** The row's glyph box on this page. */
  box: Box;
}

export interface TaggedTable {
  /** Rows with glyphs on this page, top to bottom as the tree orders them. */
  rows: TaggedRow[];
  /** Rows the table has in all (on every page). */
  rowCount: number;
  /** Each column's x-range: the extent of the single-column cells in it. */
  columns: { x0: number; x1: number }[];
  box: Box;
  /** The marked content of its cells. */
  mcids: ReadonlySet<number>;
  /** Marked-content pieces that two of its cells claim (a tree error). */
  sharedContent: number;
  /** The index of its row that began on the previous page and goes on here (continuedRows), or null. */
  continuedRow: number | null;
}

/** A table of the tree that contradicts the page (its number on the page, 1-based, and why). */
export interface IgnoredTable {
  table: number;
  reason: string;
}

const CONTENT_ID = /_mc(\d+)$/;

/**
 * Reads the structure tree of each page of one document, for a tagged document only. Whether it
 * is tagged, the first page's tree says: pdf.js gives null at once when the catalog has no
 * StructTreeRoot, and then no other page is asked (an untagged PDF pays one round trip to pdf.js
 * in all). MarkInfo is not needed: a tree without it is read, and checked against the page, all
 * the same.
 */
export class StructureTrees {
  /** null: not known until the first page's tree is asked for. */
  private tagged: boolean | null;

  /** `enabled` false (settings.tables.structureTree): no tree is ever read. */
  constructor(enabled: boolean) {
    this.tagged = enabled ? null : false;
  }

  /** The page's tree, or null (untagged, or a tree pdf.js could not read: the geometry reads the page). */
  async ofPage(page: PDFPageProxy): Promise<StructNode | null> {
    if (this.tagged === false) return null;
    const tree = (await page.getStructTree().catch(() => null)) as StructNode | null;
    this.tagged ??= tree !== null;
    return tree;
  }
}

/** The tables of a page's tree with their cells' glyphs; each table checked against the page. */
export function tablesOfTree(tree: StructNode, glyphs: readonly Glyph[], settings: PdfSettings): { tables: TaggedTable[]; ignored: IgnoredTable[] } {
  const byMcid = new Map<number, Glyph[]>();
  for (const glyph of glyphs) {
    if (glyph.space || glyph.mcid === null) continue;
    const list = byMcid.get(glyph.mcid);
    if (list) list.push(glyph);
    else byMcid.set(glyph.mcid, [glyph]);
  }
  const tables: TaggedTable[] = [];
  const ignored: IgnoredTable[] = [];
  let number = 0;
  for (const node of tableNodes(tree)) {
    const table = readTable(node, byMcid);
    if (!table) continue; // no glyph of it on this page
    number++;
    const reasons = contradictions(table, glyphs, settings);
    if (reasons.length === 0) tables.push(table);
    else ignored.push({ table: number, reason: reasons.join('; ') });
  }
  return { tables, ignored };
}

/**
 * Marks the row a page's first table takes over from the previous page: the tree lists a table's
 * rows on every page it is on, so when the previous page's last table (of as many rows) ended with
 * row k and this page's first table has row k, that row was broken by the page end. (A header
 * row repeated on each page comes before it and is not the one.)
 */
export function markContinuedRow(previousPage: readonly TaggedTable[], page: readonly TaggedTable[]): void {
  const before = previousPage[previousPage.length - 1];
  const first = page[0];
  if (!before || !first || before.rowCount !== first.rowCount || before.columns.length !== first.columns.length) return;
  const last = before.rows[before.rows.length - 1]!.index;
  if (last > 0 && first.rows.some((r) => r.index === last)) first.continuedRow = last;
}

/** The Table elements of a tree, outer tables before the tables nested in their cells. */
function tableNodes(tree: StructNode): StructNode[] {
  const found: StructNode[] = [];
  const stack: StructNode[] = [tree];
  // Depth-first with an explicit stack: a hostile tree may be deep (pdf.js caps it, but at 40 levels of recursion per call).
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.role === 'Table') found.push(node);
    const children = Array.isArray(node.children) ? node.children : [];
    for (let i = children.length - 1; i >= 0; i--) if (children[i] && typeof children[i] === 'object') stack.push(children[i]!);
  }
  return found;
}

/** The MCIDs of the marked content under a node, in tree order. */
function mcidsUnder(node: StructNode): number[] {
  const mcids: number[] = [];
  const stack: StructNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'content' && typeof current.id === 'string') {
      const match = CONTENT_ID.exec(current.id);
      if (match) mcids.push(Number(match[1]));
      continue;
    }
    const children = Array.isArray(current.children) ? current.children : [];
    for (let i = children.length - 1; i >= 0; i--) if (children[i] && typeof children[i] === 'object') stack.push(children[i]!);
  }
  return mcids;
}

/** A table's rows: its TR children, also those grouped in THead, TBody and TFoot. */
function rowNodes(table: StructNode): StructNode[] {
  const rows: StructNode[] = [];
  for (const child of table.children ?? []) {
    if (child.role === 'TR') rows.push(child);
    else if (child.role === 'THead' || child.role === 'TBody' || child.role === 'TFoot') rows.push(...(child.children ?? []).filter((c) => c.role === 'TR'));
  }
  return rows;
}

const isCell = (node: StructNode) => node.role === 'TD' || node.role === 'TH';

function readTable(node: StructNode, byMcid: ReadonlyMap<number, Glyph[]>): TaggedTable | null {
  const rowList = rowNodes(node);
  const rows: TaggedRow[] = [];
  const mcids = new Set<number>();
  let shared = 0;
  rowList.forEach((row, index) => {
    const cells: TaggedCell[] = (row.children ?? []).filter(isCell).map((c) => {
      const glyphs: Glyph[] = [];
      for (const mcid of mcidsUnder(c)) {
        if (mcids.has(mcid)) shared++;
        mcids.add(mcid);
        const drawn = byMcid.get(mcid);
        if (drawn) for (const g of drawn) glyphs.push(g);
      }
      return { header: c.role === 'TH', column: 0, columnSpan: 1, glyphs, box: glyphs.length > 0 ? boxOf(glyphs) : null };
    });
    const boxes = cells.flatMap((c) => (c.box ? [c.box] : []));
    if (boxes.length > 0) rows.push({ index, cells, box: boxOf(boxes) });
  });
  if (rows.length === 0) return null;
  // The widest row (on any page: pdf.js lists every row's cells) says how many columns there are.
  const width = Math.max(...rowList.map((r) => (r.children ?? []).filter(isCell).length));
  const columns = columnRanges(rows, width);
  for (const row of rows) placeCells(row, columns, width);
  return { rows, rowCount: rowList.length, columns, box: boxOf(rows.map((r) => r.box)), mcids, sharedContent: shared, continuedRow: null };
}

/** Each column's x-range from the rows that have a cell for every column (no span possible there). */
function columnRanges(rows: readonly TaggedRow[], width: number): { x0: number; x1: number }[] {
  const columns = Array.from({ length: width }, () => ({ x0: Infinity, x1: -Infinity }));
  for (const row of rows) {
    if (row.cells.length !== width) continue;
    row.cells.forEach((cell, i) => {
      if (!cell.box) return;
      columns[i]!.x0 = Math.min(columns[i]!.x0, cell.box.x0);
      columns[i]!.x1 = Math.max(columns[i]!.x1, cell.box.x1);
    });
  }
  return columns;
}

/**
 * Which columns each cell of a row covers. A full row: one each. A shorter row (spans): a cell
 * starts in the column its text starts in (or the one after the previous cell when it is empty
 * on this page) and covers the columns up to where the next one starts; the last one to the end.
 */
function placeCells(row: TaggedRow, columns: readonly { x0: number; x1: number }[], width: number): void {
  if (row.cells.length === width) {
    row.cells.forEach((cell, i) => Object.assign(cell, { column: i, columnSpan: 1 }));
    return;
  }
  const starts: number[] = [];
  row.cells.forEach((cell, i) => {
    const after = i === 0 ? 0 : starts[i - 1]! + 1;
    let start = after;
    if (cell.box) {
      // The last column that starts at or before the cell's text (columns known on this page only).
      for (let c = width - 1; c >= after; c--) {
        if (Number.isFinite(columns[c]!.x0) && columns[c]!.x0 <= cell.box.x0 + 0.5) {
          start = c;
          break;
        }
      }
    }
    starts.push(Math.min(start, width - 1));
  });
  row.cells.forEach((cell, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! : width;
    Object.assign(cell, { column: starts[i]!, columnSpan: Math.max(1, end - starts[i]!) });
  });
}

/** Where a glyph's ink is centred, vertically (as the loader places words between row edges). */
export const glyphMiddle = (glyph: { baseline: number; size: number }, settings: PdfSettings) => glyph.baseline - settings.text.glyphCentre * glyph.size;

/** The highest and lowest glyph middle of a row. */
export function middleRange(row: TaggedRow, settings: PdfSettings): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const cell of row.cells) {
    for (const g of cell.glyphs) {
      const m = glyphMiddle(g, settings);
      if (m < first) first = m;
      if (m > last) last = m;
    }
  }
  return { first, last };
}

/** The size of a table's text: the median over its cells of each cell's first glyph's size. */
export function textSize(table: TaggedTable): number {
  return median(table.rows.flatMap((r) => r.cells.flatMap((c) => (c.glyphs.length > 0 ? [c.glyphs[0]!.size] : []))));
}

/**
 * Why a table of the tree cannot be what the page prints (none when it agrees):
 * - cells of one column do not share an x-range, or a row's cells are not left to right in tree order;
 * - a row starts above the end of the row before it (rows overlap or are out of order);
 * - a glyph inside the table belongs to no cell, or to two.
 * Tolerances are shares of the table's own text size (a glyph box's rounding, not a layout rule).
 */
export function contradictions(table: TaggedTable, pageGlyphs: readonly Glyph[], settings: PdfSettings): string[] {
  const reasons: string[] = [];
  const size = textSize(table) || 1;
  // Glyph advance boxes of neighbouring cells touch at most; a tenth of an em absorbs rounding.
  const slack = 0.1 * size;
  const known = table.columns.map((c, i) => ({ ...c, i })).filter((c) => Number.isFinite(c.x0));
  for (let k = 1; k < known.length; k++) {
    const [a, b] = [known[k - 1]!, known[k]!];
    if (a.x1 > b.x0 + slack) {
      reasons.push(`the cells of columns ${a.i + 1} and ${b.i + 1} overlap or are out of order (x ${a.x0.toFixed(0)}–${a.x1.toFixed(0)} and ${b.x0.toFixed(0)}–${b.x1.toFixed(0)})`);
      break;
    }
  }
  for (const row of table.rows) {
    const boxes = row.cells.flatMap((c) => (c.box ? [c.box] : []));
    const outOfOrder = boxes.findIndex((b, i) => i > 0 && boxes[i - 1]!.x1 > b.x0 + slack);
    if (outOfOrder > 0) {
      reasons.push(`row ${row.index + 1}: cell ${outOfOrder + 1} is printed left of the cell before it`);
      break;
    }
    // A cell of a row with fewer cells (a span) must not reach into the column after its span.
    const straying = row.cells.find((c) => c.box && c.column + c.columnSpan < table.columns.length && Number.isFinite(table.columns[c.column + c.columnSpan]!.x0) && c.box.x1 > table.columns[c.column + c.columnSpan]!.x0 + slack);
    if (straying && row.cells.length < table.columns.length) {
      reasons.push(`row ${row.index + 1}: a cell runs into column ${straying.column + straying.columnSpan + 1}`);
      break;
    }
  }
  const middles = table.rows.map((r) => ({ index: r.index, ...middleRange(r, settings) }));
  for (let k = 1; k < middles.length; k++) {
    if (middles[k]!.first <= middles[k - 1]!.last) {
      reasons.push(`rows ${middles[k - 1]!.index + 1} and ${middles[k]!.index + 1} overlap or are out of order`);
      break;
    }
  }
  const shared = table.sharedContent;
  if (shared > 0) reasons.push(shared === 1 ? '1 piece of marked content belongs to two cells' : `${shared} pieces of marked content belong to two cells`);
  const { x0, x1, top, bottom } = table.box;
  const strays = pageGlyphs.filter((g) => {
    if (g.space || (g.mcid !== null && table.mcids.has(g.mcid))) return false;
    const cx = (g.x0 + g.x1) / 2;
    const cy = glyphMiddle(g, settings);
    return cx > x0 && cx < x1 && cy > top && cy < bottom;
  });
  if (strays.length > 0) {
    const text = strays.map((g) => g.text).join('').slice(0, 20);
    reasons.push(`${strays.length === 1 ? '1 glyph' : `${strays.length} glyphs`} inside the table ${strays.length === 1 ? 'belongs' : 'belong'} to no cell ("${text}")`);
  }
  return reasons;
}
