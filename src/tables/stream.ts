/**
 * The stream strategy (borderless tables): the region's text lines, columns from the gutters
 * of the body lines (columns.ts), rows that keep wrapped cells whole (stream-rows.ts).
 */
import { columnExtents, findGutters, segmentLine, type Gutter, type Segment } from './columns.js';
import { dropEmptyRowsAndColumns } from './compact.js';
import { boxOf, type Box } from '../pdf/geometry.js';
import type { Glyph } from '../pdf/reader.js';
import type { Ruling } from '../pdf/rulings.js';
import type { PdfSettings } from '../pdf/settings.js';
import { headerRule } from './header.js';
import { segmentText, streamRows, type StreamCell, type StreamLine } from './stream-rows.js';
import type { Table, TableCell } from './table.js';
import { textLines } from '../pdf/lines.js';
import { leaderWord, splitLeaders, type Leader } from './leaders.js';

/** A cell's text: its segments line by line (those on one baseline joined by a space), lines joined by line breaks. */
function segmentsText(segments: readonly Segment[]): string {
  const ordered = [...segments].sort((a, b) => a.words[0]!.baseline - b.words[0]!.baseline || a.x0 - b.x0);
  const lines: string[] = [];
  let lastBaseline: number | null = null;
  for (const s of ordered) {
    const { baseline, size } = s.words[0]!;
    const text = segmentText(s);
    if (lastBaseline !== null && Math.abs(baseline - lastBaseline) < 0.3 * size) lines[lines.length - 1] += ` ${text}`;
    else lines.push(text);
    lastBaseline = baseline;
  }
  return lines.join('\n');
}

/** A leader into the segment on its line that ends last before it (none: the leader is left out). */
function putBack(leader: Leader, lines: readonly StreamLine[], settings: PdfSettings): void {
  const line = lines.find((l) => Math.abs(l.line.baseline - leader.baseline) <= settings.text.baselineTolerance * l.line.size);
  const before = line?.segments.filter((s) => s.x1 <= leader.x0 + 0.01).pop();
  if (!before) return;
  const last = before.words[before.words.length - 1]!;
  before.words.push(leaderWord(leader, last));
}

/** Words of running text, at least: a cell this long that reads on into the next row is prose, not an entry. */
const PROSE_WORDS = 4;

/**
 * How often the rows cut running text: a column's cell of a few words or more, without a full
 * stop, followed in the next row by a cell of a few words or more that starts in lower case. Text
 * set in page columns beside a figure, read as a two-column table, has a row per line and cuts its
 * sentences everywhere. (A wide table of long text cells may cut many where its rows are hard to
 * tell, as the roadmap PDF variants do: only two-column tables are judged so.)
 */
function cutSentences(cells: readonly StreamCell[]): number {
  const at = new Map(cells.map((c) => [`${c.row}:${c.column}`, c]));
  const words = (c: StreamCell) => c.segments.reduce((n, s) => n + s.words.length, 0);
  let cuts = 0;
  for (const cell of cells) {
    const below = at.get(`${cell.row + 1}:${cell.column}`);
    if (!below || words(cell) < PROSE_WORDS || words(below) < PROSE_WORDS) continue;
    const text = cell.segments.map(segmentText).join(' ');
    if (/[.!?:]["”’)]?$/.test(text)) continue;
    if (/^\p{Ll}/u.test(segmentText(below.segments[0]!))) cuts++;
  }
  return cuts;
}

/** `columns`: edges the caller gave; the text is cut there instead of at the gutters found. */
/** Edges the caller gave as zero-width gutters, those inside the text's extent (outer edges bound nothing). */
function explicitGutters(edges: readonly number[], text: { x0: number; x1: number }): Gutter[] {
  return [...edges].sort((a, b) => a - b).filter((x) => x > text.x0 && x < text.x1).map((x) => ({ from: x, to: x }));
}

export function streamTable(page: number, glyphs: readonly Glyph[], horizontal: readonly Ruling[], region: Box, settings: PdfSettings, columns: readonly number[] | null = null): Table | null {
  // Columns and rows are read without dot leaders (filler between a label and its numbers); each leader goes back into the cell of the text it follows.
  const { content, leaders } = splitLeaders(glyphs);
  const lines = textLines(content, settings);
  if (lines.length === 0) return null;
  const textWidth = { x0: Math.min(...lines.map((l) => l.x0)), x1: Math.max(...lines.map((l) => l.x1)) };
  const inside = horizontal.filter((r) => r.at >= region.top - 2 && r.at <= region.bottom + 2);
  const closing = headerRule(lines, inside, textWidth);
  const body = closing ? lines.filter((l) => l.baseline >= closing.at) : lines;
  const gutters = columns ? explicitGutters(columns, textWidth) : findGutters(body, settings);
  // Header labels may sit a word space apart over narrow columns: cut them word by word. Body
  // text is cut only between phrases.
  const inHeader = (l: { baseline: number }) => closing !== null && l.baseline < closing.at;
  const streamLines: StreamLine[] = lines.map((line) => ({ line, segments: segmentLine(line, gutters, inHeader(line) ? 0 : settings.tables.chunkGap) }));
  const columnCount = gutters.length + 1;
  const extents = columnExtents(
    streamLines.filter((l) => !closing || l.line.baseline >= closing.at).map((l) => l.segments),
    columnCount,
    region,
  );
  for (const leader of leaders) putBack(leader, streamLines, settings);
  const rows = streamRows(streamLines, closing, inside, extents, settings);
  // Two columns whose rows cut running text are prose set in page columns (beside a figure).
  if (columnCount === 2 && cutSentences(rows.cells) >= Math.max(3, 0.25 * rows.rowCount)) return null;
  const cells: TableCell[] = rows.cells.map((cell) => {
    const words = cell.segments.flatMap((s) => s.words);
    return {
      text: segmentsText(cell.segments),
      row: cell.row,
      column: cell.column,
      rowSpan: cell.rowSpan,
      columnSpan: cell.columnSpan,
      page,
      box: boxOf(words),
    };
  });
  const table: Table = {
    strategy: 'stream',
    regions: [{ page, box: boxOf(lines) }],
    rowCount: rows.rowCount,
    columnCount,
    // Where each column's text lies: from the end of the gutter before it to the start of the one after.
    columns: Array.from({ length: columnCount }, (_, k) => ({
      x0: k === 0 ? textWidth.x0 : gutters[k - 1]!.to,
      x1: k === columnCount - 1 ? textWidth.x1 : gutters[k]!.from,
    })),
    cells,
    headerRows: rows.headerRows,
  };
  return dropEmptyRowsAndColumns(table);
}
