/**
 * Rows of a borderless table. A table row may take several text lines (a wrapped cell), so a
 * line starts a new row only on a signal:
 *   - a blank line (more vertical space than the usual line spacing) always does;
 *   - otherwise the first column decides: text starting with a lower-case letter continues the
 *     row (a wrapped label); an empty first column continues it unless the line would put a
 *     second entry into a column the row already filled; an indented first column continues a
 *     label that has no values on either line (a group title wrapped);
 *   - anything else starts a row.
 * Header lines (above the rule that closes the header) stack into header cells per column; a
 * label over a short rule ("straddle rule") spans the columns the rule covers.
 */
import type { Box } from './geometry.js';
import type { Segment } from './columns.js';
import { median } from './columns.js';
import type { Ruling } from './rulings.js';
import type { TableSettings } from './settings.js';
import type { TextLine } from './words.js';

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

export interface StreamRows {
  cells: StreamCell[];
  rowCount: number;
  headerRows: number;
}

const LOWER_START = /^[\p{Ll}]/u;

function segmentText(s: Segment): string {
  return s.words.map((w) => w.text).join(' ');
}

/** The rule that closes a header: the first wide horizontal rule with a few lines above and more below. */
export function headerRule(lines: readonly StreamLine[], rulings: readonly Ruling[], width: { x0: number; x1: number }): Ruling | null {
  const span = width.x1 - width.x0;
  const wide = rulings
    .filter((r) => Math.min(r.to, width.x1) - Math.max(r.from, width.x0) >= 0.8 * span)
    .sort((a, b) => a.at - b.at);
  for (const rule of wide) {
    const above = lines.filter((l) => l.line.baseline < rule.at).length;
    const below = lines.length - above;
    if (above === 0) continue;
    // A header is a few lines (or a minority of a long table's lines).
    if (above <= Math.max(4, 0.4 * lines.length) && below >= 2) return rule;
    return null;
  }
  return null;
}

/** Header lines → header cells in tiers (a label over a straddle rule spans the columns beneath it). */
function headerCells(lines: readonly StreamLine[], straddles: readonly Ruling[], extents: readonly { x0: number; x1: number }[]): StreamRows {
  const segments: { segment: Segment; baseline: number }[] = lines.flatMap((l) => l.segments.map((segment) => ({ segment: { ...segment, words: [...segment.words] }, baseline: l.line.baseline })));
  // A label right above a straddle rule spans the columns the rule covers.
  for (const rule of straddles) {
    const covered = extents.map((e, k) => ({ e, k })).filter(({ e }) => e.x1 > e.x0 && (e.x0 + e.x1) / 2 >= rule.from && (e.x0 + e.x1) / 2 <= rule.to);
    if (covered.length < 2) continue;
    const first = covered[0]!.k;
    const last = covered[covered.length - 1]!.k;
    const above = segments.filter(({ baseline, segment }) => baseline < rule.at && rule.at - baseline < 2 * segment.words[0]!.size && segment.x0 >= rule.from - 2 && segment.x1 <= rule.to + 2);
    if (above.length === 0) continue;
    const lineOf = Math.max(...above.map((a) => a.baseline));
    const onLine = above.filter((a) => a.baseline === lineOf);
    const merged = onLine[0]!.segment;
    for (const other of onLine.slice(1)) {
      merged.words.push(...other.segment.words);
      merged.x1 = Math.max(merged.x1, other.segment.x1);
      segments.splice(segments.indexOf(other), 1);
    }
    merged.first = first;
    merged.last = last;
  }
  const spanning = segments.filter((s) => s.segment.last > s.segment.first);
  const tierOf = (s: { segment: Segment; baseline: number }) =>
    spanning.filter((o) => o !== s && o.baseline < s.baseline && o.segment.first <= s.segment.first && o.segment.last >= s.segment.last).length;
  const byPlace = new Map<string, StreamCell>();
  let tiers = 1;
  for (const s of segments) {
    const tier = tierOf(s);
    tiers = Math.max(tiers, tier + 1);
    const key = `${tier}:${s.segment.first}`;
    const cell = byPlace.get(key);
    if (cell) {
      cell.segments.push(s.segment);
      cell.columnSpan = Math.max(cell.columnSpan, s.segment.last - s.segment.first + 1);
    } else byPlace.set(key, { row: tier, column: s.segment.first, rowSpan: 1, columnSpan: s.segment.last - s.segment.first + 1, segments: [s.segment] });
  }
  const cells = [...byPlace.values()];
  // A label no spanning label sits over runs down through all tiers.
  for (const cell of cells) {
    const under = spanning.some((o) => o.segment.first <= cell.column && o.segment.last >= cell.column + cell.columnSpan - 1 && !cell.segments.includes(o.segment));
    if (cell.row === 0 && !under) cell.rowSpan = tiers;
  }
  return { cells, rowCount: tiers, headerRows: tiers };
}

/**
 * Body lines → rows of cells. Rules drawn across the table between lines always part rows; when
 * the table draws several, they (and blank lines) are the only row boundaries.
 */
function bodyRows(lines: readonly StreamLine[], rowRules: readonly number[], extents: readonly { x0: number; x1: number }[], settings: TableSettings): StreamLine[][] {
  const rows: StreamLine[][] = [];
  const pitch = linePitch(lines);
  // Rules between several rows: the table marks its rows itself; inside a band only a blank line parts rows.
  const ruled = rowRules.length >= 2;
  for (const [i, line] of lines.entries()) {
    const row = rows[rows.length - 1];
    const previous = i > 0 ? lines[i - 1]! : null;
    const ruleAbove = previous !== null && rowRules.some((y) => y > previous.line.baseline && y < line.line.top + 0.2 * line.line.size);
    // The first row's lines stack (a header's labels) as long as the first column stays empty.
    const stacking = rows.length === 1 && !line.segments.some((s) => s.first === 0) && !blankBefore(line, previous, pitch, settings);
    const inferred = ruled ? blankBefore(line, previous, pitch, settings) : !stacking && previous !== null && startsRow(line, previous, row ?? [], pitch, extents, settings);
    const starts = !row || !previous || ruleAbove || inferred;
    if (starts) rows.push([line]);
    else row.push(line);
  }
  return rows;
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

type Extent = { x0: number; x1: number };

/** More space above the line than the usual line spacing: a blank line, or the wider spacing between rows. */
function blankBefore(line: StreamLine, previous: StreamLine | null, pitch: number, settings: TableSettings): boolean {
  return previous !== null && line.line.baseline - previous.line.baseline - pitch > settings.rowGap * line.line.size;
}

function startsRow(line: StreamLine, previous: StreamLine, row: readonly StreamLine[], pitch: number, extents: readonly Extent[], settings: TableSettings): boolean {
  const size = line.line.size;
  if (blankBefore(line, previous, pitch, settings)) return true;
  const first = line.segments.find((s) => s.first === 0);
  if (!first) return conflicts(line, previous, row, extents);
  const rowFirst = row.map((l) => l.segments.find((s) => s.first === 0)).find((s) => s !== undefined);
  if (!rowFirst) return !LOWER_START.test(segmentText(first));
  if (LOWER_START.test(segmentText(first))) return conflicts(line, previous, row, extents);
  const others = (l: StreamLine) => l.segments.filter((s) => s.first > 0);
  // A group title wrapped onto an indented line (no values on either line).
  const indented = first.x0 > rowFirst.x0 + settings.indent * size;
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

export function streamRows(lines: readonly StreamLine[], rulings: readonly Ruling[], extents: readonly { x0: number; x1: number }[], region: Box, settings: TableSettings): StreamRows {
  const textWidth = { x0: Math.min(...lines.map((l) => l.line.x0)), x1: Math.max(...lines.map((l) => l.line.x1)) };
  const closing = headerRule(lines, rulings, textWidth);
  const headerLines = closing ? lines.filter((l) => l.line.baseline < closing.at) : [];
  const body = closing ? lines.filter((l) => l.line.baseline >= closing.at) : lines;
  const cells: StreamCell[] = [];
  let rowCount = 0;
  let headerRows = 0;
  if (headerLines.length > 0) {
    const top = Math.min(...headerLines.map((l) => l.line.top));
    const straddles = rulings.filter((r) => r !== closing && r.at > top && r.at < closing!.at && r.to - r.from < 0.8 * (textWidth.x1 - textWidth.x0));
    const header = headerCells(headerLines, straddles, extents);
    cells.push(...header.cells);
    rowCount = header.rowCount;
    headerRows = header.headerRows;
  }
  void region;
  // Rules across the table with body text above and below them part rows.
  const rowRules = rulings
    .filter((r) => r !== closing && r.to - r.from >= 0.8 * (textWidth.x1 - textWidth.x0))
    .map((r) => r.at)
    .filter((y) => body.some((l) => l.line.baseline < y) && body.some((l) => l.line.top > y - 1));
  for (const row of bodyRows(body, rowRules, extents, settings)) {
    const byPlace = new Map<number, StreamCell>();
    for (const l of row) {
      for (const s of l.segments) {
        const cell = byPlace.get(s.first);
        if (cell) {
          cell.segments.push(s);
          cell.columnSpan = Math.max(cell.columnSpan, s.last - s.first + 1);
        } else byPlace.set(s.first, { row: rowCount, column: s.first, rowSpan: 1, columnSpan: s.last - s.first + 1, segments: [s] });
      }
    }
    cells.push(...byPlace.values());
    rowCount++;
  }
  void median;
  return { cells, rowCount, headerRows };
}
