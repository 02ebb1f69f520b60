/**
 * Rows of a borderless table. A table row may take several text lines (a wrapped cell), so a
 * line starts a new row only on a signal:
 *   - a rule drawn across the table, or a blank line (more space than the usual line spacing);
 *   - otherwise the first column decides: text starting in lower case continues the row (a
 *     wrapped label); an empty first column continues it unless the line would put a second
 *     entry into a column the row already filled; an indented label continues a group title
 *     that has no values on either line; a label wrapped at the column's edge continues when
 *     its other columns read on too;
 *   - anything else starts a row.
 * When a table draws rules between its rows, only rules and blank lines part rows.
 */
import type { Segment } from './columns.js';
import { headerCells, spansTable } from './header.js';
import type { Ruling } from '../pdf/rulings.js';
import type { PdfSettings } from '../pdf/settings.js';
import { wordsText, type TextLine } from '../pdf/lines.js';

export interface StreamLine {
  line: TextLine;
  segments: Segment[];
}

/** A cell before its text is joined: the segments that make it. */
export interface StreamCell {
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
  segments: Segment[];
}

export type Extent = { x0: number; x1: number };

export interface StreamRows {
  cells: StreamCell[];
  rowCount: number;
  headerRows: number;
}

const LOWER_START = /^[\p{Ll}]/u;

export function segmentText(s: Segment): string {
  return wordsText(s.words);
}

/**
 * Body lines → rows of cells. Rules drawn across the table between lines always part rows. When
 * the table draws rules between its rows, they (and blank lines) are the only row boundaries;
 * rules that set off groups of many one-line rows each (the signals find a row on most lines of
 * a band) are not.
 */
function bodyRows(lines: readonly StreamLine[], rowRules: readonly number[], extents: readonly Extent[], settings: PdfSettings): StreamLine[][] {
  const pitch = linePitch(lines);
  const ruleAbove = (line: StreamLine, previous: StreamLine) => rowRules.some((y) => y > previous.line.baseline && y < line.line.top + 0.2 * line.line.size);
  const group = (ruled: boolean): StreamLine[][] => {
    const rows: StreamLine[][] = [];
    for (const [i, line] of lines.entries()) {
      const row = rows[rows.length - 1];
      const previous = i > 0 ? lines[i - 1]! : null;
      let starts: boolean;
      if (!row || !previous || ruleAbove(line, previous)) starts = true;
      else if (ruled) starts = blankBefore(line, previous, pitch, settings);
      else {
        // The first row's lines stack (a header's labels) as long as the first column stays empty.
        const stacking = rows.length === 1 && !line.segments.some((s) => s.first === 0) && !blankBefore(line, previous, pitch, settings);
        starts = !stacking && startsRow(line, previous, row, pitch, extents, settings);
      }
      if (starts || !row) rows.push([line]);
      else row.push(line);
    }
    return rows;
  };
  const inferred = group(false);
  if (rowRules.length < 2) return inferred;
  // Rows per band, as the signals see them.
  const rowsPerBand = new Map<number, number>();
  const linesPerBand = new Map<number, number>();
  const bandOf = (l: StreamLine) => rowRules.filter((y) => y < l.line.baseline).length;
  for (const row of inferred) rowsPerBand.set(bandOf(row[0]!), (rowsPerBand.get(bandOf(row[0]!)) ?? 0) + 1);
  for (const l of lines) linesPerBand.set(bandOf(l), (linesPerBand.get(bandOf(l)) ?? 0) + 1);
  const groups = [...rowsPerBand].some(([band, rows]) => rows >= 3 && rows >= 0.5 * linesPerBand.get(band)!);
  return groups ? inferred : group(true);
}

/** The usual distance between baselines of consecutive lines (single spacing). */
function linePitch(lines: readonly StreamLine[]): number {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) steps.push(lines[i]!.line.baseline - lines[i - 1]!.line.baseline);
  if (steps.length === 0) return 0;
  // The lower quartile: the spacing inside wrapped cells, not between rows.
  const sorted = steps.sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 4)]!;
}

/** More space above the line than the usual line spacing: a blank line, or the wider spacing between rows. */
function blankBefore(line: StreamLine, previous: StreamLine | null, pitch: number, settings: PdfSettings): boolean {
  return previous !== null && line.line.baseline - previous.line.baseline - pitch > settings.tables.rowGap * line.line.size;
}

function startsRow(line: StreamLine, previous: StreamLine, row: readonly StreamLine[], pitch: number, extents: readonly Extent[], settings: PdfSettings): boolean {
  const size = line.line.size;
  if (blankBefore(line, previous, pitch, settings)) return true;
  const first = line.segments.find((s) => s.first === 0);
  if (!first) return conflicts(line, previous, row, extents);
  const rowFirst = row.map((l) => l.segments.find((s) => s.first === 0)).find((s) => s !== undefined);
  if (!rowFirst) return !LOWER_START.test(segmentText(first));
  if (LOWER_START.test(segmentText(first))) return conflicts(line, previous, row, extents);
  const others = (l: StreamLine) => l.segments.filter((s) => s.first > 0);
  // A group title wrapped onto an indented line (no values on either line).
  const indented = first.x0 > rowFirst.x0 + settings.tables.indent * size;
  if (indented && others(line).length === 0 && row.every((l) => others(l).length === 0)) return false;
  // A label wrapped at the column's edge, whose other columns read on too (start in lower case).
  const previousFirst = previous.segments.find((s) => s.first === 0);
  if (previousFirst && wrapsBefore(previousFirst, first, extents[0]!, size) && others(line).length > 0 && others(line).every((s) => LOWER_START.test(segmentText(s)))) {
    return false;
  }
  return true;
}

/**
 * The segment above was broken because the next word did not fit: the first word of the
 * segment below would not have fitted after it within the column's text width. (Single words,
 * such as numbers, are entries, not wrapped lines.)
 */
function wrapsBefore(above: Segment, below: Segment, extent: Extent, size: number): boolean {
  if (above.words.length < 2) return false;
  const next = below.words[0]!;
  return above.x1 + 0.25 * size + (next.x1 - next.x0) > extent.x1 + 0.5;
}

/** Text that reads on from the segment above it: it starts in lower case, the line above was wrapped, or it ends in a hyphen or comma. */
function continues(segment: Segment, above: Segment, extents: readonly Extent[], size: number): boolean {
  return LOWER_START.test(segmentText(segment)) || wrapsBefore(above, segment, extents[above.last]!, size) || /[-,;:–]$/.test(segmentText(above));
}

/**
 * The line would put a second entry into a column the row already filled: the row's text in
 * that column is on an earlier line than the previous one (a cell's lines are consecutive), or
 * it is on the previous line and this text does not read on from it.
 */
function conflicts(line: StreamLine, previous: StreamLine, row: readonly StreamLine[], extents: readonly Extent[]): boolean {
  for (const s of line.segments) {
    if (s.first === 0) continue;
    const overlapping = (l: StreamLine) => l.segments.find((p) => p.first <= s.last && p.last >= s.first);
    const holder = [...row].reverse().find((l) => overlapping(l) !== undefined);
    if (!holder) continue; // a column the row has not used yet
    const above = overlapping(holder)!;
    if (holder !== previous) {
      if (!LOWER_START.test(segmentText(s))) return true;
      continue;
    }
    if (!continues(s, above, extents, line.line.size)) return true;
  }
  return false;
}

/** Header and body lines → cells in rows. `closing` is the rule under the header, if the table has one. */
export function streamRows(lines: readonly StreamLine[], closing: Ruling | null, rulings: readonly Ruling[], extents: readonly Extent[], settings: PdfSettings): StreamRows {
  const width = { x0: Math.min(...lines.map((l) => l.line.x0)), x1: Math.max(...lines.map((l) => l.line.x1)) };
  const headerLines = closing ? lines.filter((l) => l.line.baseline < closing.at) : [];
  const body = closing ? lines.filter((l) => l.line.baseline >= closing.at) : lines;
  const cells: StreamCell[] = [];
  let rowCount = 0;
  let headerRows = 0;
  if (closing && headerLines.length > 0) {
    const top = Math.min(...headerLines.map((l) => l.line.top));
    const straddles = rulings.filter((r) => r !== closing && r.at > top && r.at < closing.at && !spansTable(r, width));
    const header = headerCells(headerLines, straddles, extents);
    cells.push(...header.cells);
    rowCount = header.rowCount;
    headerRows = header.headerRows;
  }
  // Rules across the table with body text above and below them part rows.
  const rowRules = rulings
    .filter((r) => r !== closing && spansTable(r, width))
    .map((r) => r.at)
    .filter((y) => body.some((l) => l.line.baseline < y) && body.some((l) => l.line.top > y - 1));
  for (const row of bodyRows(body, rowRules, extents, settings)) {
    const byColumn = new Map<number, StreamCell>();
    for (const l of row) {
      for (const s of l.segments) {
        const cell = byColumn.get(s.first);
        if (cell) {
          cell.segments.push(s);
          cell.columnSpan = Math.max(cell.columnSpan, s.last - s.first + 1);
        } else byColumn.set(s.first, { row: rowCount, column: s.first, rowSpan: 1, columnSpan: s.last - s.first + 1, segments: [s] });
      }
    }
    cells.push(...byColumn.values());
    rowCount++;
  }
  return { cells, rowCount, headerRows };
}
