/**
 * Where the table is on a page and how it is divided, by three strategies (tabula's lattice and
 * stream ideas): ruling lines when the page draws them; else the header row's labels (the
 * header repeats on each page in most editions); else the previous page's columns (a header
 * printed only on the first page).
 */
import type { GridLine } from '../../grid/grid.js';
import { readTableHeader } from '../../layout/columns.js';
import type { TextLine } from './lines.js';
import type { Ruling } from './rulings.js';
import type { PdfSettings } from './settings.js';

export interface TableLayout {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Column edges left to right (n + 1 edges for n columns). */
  columnEdges: number[];
  /** Row edges top to bottom when the page draws them; null when rows must be found from their content. */
  rowEdges: number[] | null;
  source: 'rulings' | 'header' | 'previous-page';
}

/** Sorted positions with those closer than `snap` merged. */
function snapPositions(values: readonly number[], snap: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const result: number[] = [];
  for (const v of sorted) if (result.length === 0 || v - result[result.length - 1]! > snap) result.push(v);
  return result;
}

/** Tables drawn with vertical rulings: groups of verticals that overlap vertically, at least two columns. */
export function ruledTables(rulings: readonly Ruling[], settings: PdfSettings): TableLayout[] {
  const verticals = rulings.filter((r) => r.orientation === 'vertical').sort((a, b) => a.from - b.from);
  const groups: Ruling[][] = [];
  for (const v of verticals) {
    const group = groups.find((g) => g.some((o) => v.from <= o.to + settings.rulingSnap && o.from <= v.to + settings.rulingSnap));
    if (group) group.push(v);
    else groups.push([v]);
  }
  const tables: TableLayout[] = [];
  for (const group of groups) {
    const columnEdges = snapPositions(group.map((v) => v.at), settings.rulingSnap);
    if (columnEdges.length < 3) continue;
    const left = columnEdges[0]!;
    const right = columnEdges[columnEdges.length - 1]!;
    const top = Math.min(...group.map((v) => v.from));
    const bottom = Math.max(...group.map((v) => v.to));
    const rowEdges = horizontalEdges(rulings, left, right, top, bottom, settings);
    tables.push({ left, right, top, bottom, columnEdges, rowEdges: rowEdges.length >= 2 ? rowEdges : null, source: 'rulings' });
  }
  return tables;
}

/** Horizontal rulings across most of a table's width, between its top and bottom. */
export function horizontalEdges(rulings: readonly Ruling[], left: number, right: number, top: number, bottom: number, settings: PdfSettings): number[] {
  const width = right - left;
  const edges = rulings
    .filter((r) => r.orientation === 'horizontal')
    .filter((r) => r.at >= top - settings.rulingSnap && r.at <= bottom + settings.rulingSnap)
    .filter((r) => Math.min(r.to, right) - Math.max(r.from, left) >= 0.5 * width)
    .map((r) => r.at);
  return snapPositions(edges, settings.rulingSnap);
}

/** A line's pieces separated by wide gaps: the cells of a header line. */
export function chunksOf(line: TextLine, gap: number): { text: string; x0: number; x1: number }[] {
  const chunks: { text: string; x0: number; x1: number }[] = [];
  for (const run of [...line.runs].sort((a, b) => a.x0 - b.x0)) {
    const last = chunks[chunks.length - 1];
    if (last && run.x0 - last.x1 <= gap * line.fontSize) {
      last.text += (run.x0 - last.x1 > 0.15 * line.fontSize ? ' ' : '') + run.text;
      last.x1 = Math.max(last.x1, run.x1);
    } else chunks.push({ text: run.text, x0: run.x0, x1: run.x1 });
  }
  return chunks.map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ').trim() }));
}

/** Gap (× font size) that separates two header labels; words of one label are closer. */
const HEADER_LABEL_GAP = 1.2;

function asGridLine(texts: readonly string[]): GridLine {
  return { line: null, page: null, cells: texts.map((t) => ({ text: t, raw: t, markers: [] })) };
}

/**
 * A table found from its header labels: the first page line whose gap-separated pieces name at
 * least three column kinds. Column edges sit just left of each label; the next lines that only
 * continue labels ("Timing" under "Proposed") add nothing but are part of the header.
 */
export function headerTable(lines: readonly TextLine[], pageRight: number, pageBottom: number, settings: PdfSettings): TableLayout | null {
  for (const line of lines) {
    const chunks = chunksOf(line, HEADER_LABEL_GAP);
    if (chunks.length < 3) continue;
    if (!readTableHeader(asGridLine(chunks.map((c) => c.text)))) continue;
    const slack = settings.columnStartSlack * line.fontSize;
    const columnEdges = [...chunks.map((c) => c.x0 - slack), Math.max(pageRight, line.x1 + slack)];
    return {
      left: columnEdges[0]!,
      right: columnEdges[columnEdges.length - 1]!,
      top: line.baseline - line.fontSize * 1.2,
      bottom: pageBottom,
      columnEdges,
      rowEdges: null,
      source: 'header',
    };
  }
  return null;
}

/** The column a position falls in (the last whose left edge is at or before it), or -1 outside. */
export function columnAt(edges: readonly number[], x: number): number {
  if (x < edges[0]! || x > edges[edges.length - 1]!) return -1;
  for (let i = edges.length - 2; i >= 0; i--) if (x >= edges[i]!) return i;
  return -1;
}
