/**
 * The stream strategy (borderless tables): the region's text lines, columns from the gutters
 * of the body lines (columns.ts), rows that keep wrapped cells whole (stream-rows.ts).
 */
import { columnExtents, findGutters, segmentLine, type Segment } from './columns.js';
import { dropEmptyRowsAndColumns } from './compact.js';
import { boxOf, type Box } from '../pdf/geometry.js';
import type { Glyph } from '../pdf/reader.js';
import type { Ruling } from '../pdf/rulings.js';
import type { PdfSettings } from '../pdf/settings.js';
import { headerRule } from './header.js';
import { segmentText, streamRows, type StreamLine } from './stream-rows.js';
import type { Table, TableCell } from './table.js';
import { textLines } from '../pdf/lines.js';

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

export function streamTable(page: number, glyphs: readonly Glyph[], horizontal: readonly Ruling[], region: Box, settings: PdfSettings): Table | null {
  const lines = textLines(glyphs, settings);
  if (lines.length === 0) return null;
  const textWidth = { x0: Math.min(...lines.map((l) => l.x0)), x1: Math.max(...lines.map((l) => l.x1)) };
  const inside = horizontal.filter((r) => r.at >= region.top - 2 && r.at <= region.bottom + 2);
  const closing = headerRule(lines, inside, textWidth);
  const body = closing ? lines.filter((l) => l.baseline >= closing.at) : lines;
  const gutters = findGutters(body, settings);
  // Header labels may sit a word space apart over narrow columns: cut them word by word. Body
  // text is cut only between phrases.
  const inHeader = (l: { baseline: number }) => closing !== null && l.baseline < closing.at;
  const streamLines: StreamLine[] = lines.map((line) => ({ line, segments: segmentLine(line, gutters, inHeader(line) ? 0 : settings.tables.chunkGap) }));
  const columns = gutters.length + 1;
  const extents = columnExtents(
    streamLines.filter((l) => !closing || l.line.baseline >= closing.at).map((l) => l.segments),
    columns,
    region,
  );
  const rows = streamRows(streamLines, closing, inside, extents, settings);
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
    columnCount: columns,
    // Where each column's text lies: from the end of the gutter before it to the start of the one after.
    columns: Array.from({ length: columns }, (_, k) => ({
      x0: k === 0 ? textWidth.x0 : gutters[k - 1]!.to,
      x1: k === columns - 1 ? textWidth.x1 : gutters[k]!.from,
    })),
    cells,
    headerRows: rows.headerRows,
  };
  return dropEmptyRowsAndColumns(table);
}
