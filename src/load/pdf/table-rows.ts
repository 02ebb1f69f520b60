/**
 * One table's text words → grid lines, one cell per column. The header becomes one grid line with
 * each label whole ("Proposed Timing"). Body rows come from drawn row boundaries when the page
 * draws them between rows (each drawn row's columns are interleaved line by line, the first line
 * marked `rowStart`); else each visual line is a grid line and the rows stage finds the rows from
 * what the lines say. A cell that spans the table (a section title) is one grid line with its
 * text in the first cell. Cells mark paragraph breaks (a wider gap between two of their lines).
 */
import { cleanCell } from '../../grid/clean-cell.js';
import type { GridCell, GridLine } from '../../grid/grid.js';
import { readTableHeader } from '../../layout/columns.js';
import { median } from '../../pdf/geometry.js';
import { joinWrappedLines } from './hyphenation.js';
import { groupLines, type TextLine, type Word } from '../../pdf/lines.js';
import type { PdfSettings } from '../../pdf/settings.js';
import { columnAt, piecesOf, type TableLayout } from './tables.js';

export interface PlacedLine {
  /** Where the line sits on the page, for putting table and prose lines in reading order. */
  y: number;
  line: GridLine;
}

/** A grid cell; `from` are the page lines its text came from (their box is the cell's, for `roadmap inspect`). */
export function cell(text: string, paragraphBefore = false, from: readonly TextLine[] = []): GridCell {
  const cleaned = cleanCell(text);
  const made: GridCell = paragraphBefore ? { raw: text, ...cleaned, paragraphBefore } : { raw: text, ...cleaned };
  if (from.length > 0) {
    made.box = { x0: Math.min(...from.map((l) => l.x0)), y0: Math.min(...from.map((l) => l.top)), x1: Math.max(...from.map((l) => l.x1)), y1: Math.max(...from.map((l) => l.bottom)) };
  }
  return made;
}

function gridLine(cells: GridCell[], rowStart?: boolean): GridLine {
  const line: GridLine = { line: null, page: null, cells, emptyCellsAreBreaks: false };
  if (rowStart !== undefined) line.rowStart = rowStart;
  return line;
}

/** The column a word (or piece) starts in; text just outside the table belongs to its first or last column. */
function columnOf(word: { x0: number; size: number }, table: TableLayout, settings: PdfSettings): number {
  const x = word.x0 + settings.roadmap.columnStartSlack * word.size;
  const column = columnAt(table.columnEdges, x);
  if (column >= 0) return column;
  return x < table.columnEdges[0]! ? 0 : table.columnEdges.length - 2;
}

/** Each column's lines among some words. */
function columnLines(words: readonly Word[], table: TableLayout, settings: PdfSettings): TextLine[][] {
  const columns = table.columnEdges.length - 1;
  const byColumn: Word[][] = Array.from({ length: columns }, () => []);
  for (const word of words) byColumn[columnOf(word, table, settings)]!.push(word);
  return byColumn.map((r) => groupLines(r, settings));
}

/** Is a column edge drawn as a ruling across this line? (Then no text crosses it, however close two cells' texts come.) */
function drawnAcross(edge: number, line: TextLine, table: TableLayout, settings: PdfSettings): boolean {
  const middle = line.baseline - settings.text.glyphCentre * line.size;
  return table.verticals.some((v) => Math.abs(v.at - edge) <= settings.rulings.rulingSnap && v.from <= middle && middle <= v.to);
}

/**
 * Is this line a cell spanning the table (a section title, a note)? Its text is one piece that
 * starts in the first column and words on across a column edge, where no ruling is drawn.
 */
function spansColumns(line: TextLine, table: TableLayout, settings: PdfSettings): boolean {
  const pieces = piecesOf(line, settings);
  if (pieces.length !== 1 || columnOf(pieces[0]!, table, settings) !== 0) return false;
  const piece = pieces[0]!;
  const overlap = settings.roadmap.spanOverlap * piece.size;
  return table.columnEdges.slice(1, -1).some((edge) => piece.x0 < edge - overlap && piece.x1 > edge + overlap && !drawnAcross(edge, line, table, settings));
}

/** The usual distance between consecutive lines of one column, for telling paragraph breaks. */
function usualSpacing(columns: readonly (readonly TextLine[])[]): number {
  const gaps: number[] = [];
  for (const lines of columns) for (let i = 1; i < lines.length; i++) gaps.push(lines[i]!.baseline - lines[i - 1]!.baseline);
  return median(gaps);
}

/** The header as one grid line: each column's label lines joined. */
function headerLine(words: readonly Word[], table: TableLayout, settings: PdfSettings): PlacedLine {
  const labels = columnLines(words, table, settings).map((lines) => cell(joinWrappedLines(lines.map((l) => l.text)), false, lines));
  return { y: Math.min(...words.map((r) => r.baseline)), line: gridLine(labels, true) };
}

function readsAsHeader(words: readonly Word[], table: TableLayout, settings: PdfSettings): boolean {
  return words.length > 0 && readTableHeader(headerLine(words, table, settings).line) !== null;
}

/** A spanning cell as a grid line: all its text in the first cell. */
function spanningLine(lines: readonly TextLine[], columns: number, rowStart?: boolean): GridLine {
  const cells = Array.from({ length: columns }, (_, c) => (c === 0 ? cell(joinWrappedLines(lines.map((l) => l.text)), false, lines) : cell('')));
  return gridLine(cells, rowStart);
}

export function tableLines(words: readonly Word[], table: TableLayout, settings: PdfSettings): PlacedLine[] {
  if (words.length === 0) return [];
  const placed: PlacedLine[] = [];
  let body = words;
  const bands = table.rowEdges ? bandsOf(words, table.rowEdges, settings) : [];
  if (table.headerBottom !== null) {
    const limit = table.headerBottom + settings.text.baselineTolerance * median(words.map((r) => r.size));
    const header = words.filter((r) => r.baseline <= limit);
    body = words.filter((r) => r.baseline > limit);
    if (header.length > 0) placed.push(headerLine(header, table, settings));
  } else if (bands.length > 0 && readsAsHeader(bands[0]!, table, settings)) {
    placed.push(headerLine(bands[0]!, table, settings));
    body = bands.slice(1).flat();
  }
  const bodyBands = table.rowEdges ? bandsOf(body, table.rowEdges, settings) : [];
  // Rulings under the header and at the table's end only (or a page holding one row) do not
  // divide rows: then rows are found from what the lines say. A structure tree's rows are rows.
  placed.push(...(bodyBands.length >= 2 || (table.source === 'structure-tree' && bodyBands.length > 0) ? drawnRows(bodyBands, table, settings) : flowingRows(body, table, settings)));
  return placed;
}

/** The words between each pair of row edges (by the middle of their glyphs), non-empty bands only. */
function bandsOf(words: readonly Word[], edges: readonly number[], settings: PdfSettings): Word[][] {
  const bands: Word[][] = edges.slice(1).map(() => []);
  for (const word of words) {
    const middle = word.baseline - settings.text.glyphCentre * word.size;
    const band = edges.findIndex((edge, i) => i < edges.length - 1 && middle >= edge && middle < edges[i + 1]!);
    if (band >= 0) bands[band]!.push(word);
  }
  return bands.filter((b) => b.length > 0);
}

/** Rows between drawn row boundaries: each column's lines, interleaved into grid lines. */
function drawnRows(bands: readonly Word[][], table: TableLayout, settings: PdfSettings): PlacedLine[] {
  const columns = table.columnEdges.length - 1;
  const placed: PlacedLine[] = [];
  for (const rowWords of bands) {
    const top = Math.min(...rowWords.map((r) => r.baseline));
    const visual = groupLines(rowWords, settings);
    const starts = !continuesRow(rowWords, table, settings);
    if (visual.some((line) => spansColumns(line, table, settings))) {
      placed.push({ y: top, line: spanningLine(visual, columns, starts) });
      continue;
    }
    const lines = columnLines(rowWords, table, settings);
    const spacing = usualSpacing(lines) || settings.roadmap.lineSpacing * median(rowWords.map((r) => r.size));
    const height = Math.max(...lines.map((l) => l.length));
    for (let i = 0; i < height; i++) {
      const cells = lines.map((column) => {
        const line = column[i];
        if (!line) return cell('');
        const before = column[i - 1];
        return cell(line.text, before !== undefined && line.baseline - before.baseline > settings.roadmap.paragraphGap * spacing, [line]);
      });
      // The row's lines keep their order whatever their baselines (columns wrap independently).
      placed.push({ y: top + i * 0.001, line: gridLine(cells, i === 0 && starts) });
    }
  }
  return placed;
}

/** Is this band the rest of a row broken by the page end (a structure tree says so)? */
function continuesRow(words: readonly Word[], table: TableLayout, settings: PdfSettings): boolean {
  const range = table.source === 'structure-tree' ? table.continuedRow : undefined;
  if (!range) return false;
  const middle = words[0]!.baseline - settings.text.glyphCentre * words[0]!.size;
  return middle >= range.top && middle < range.bottom;
}

/** Width of the first word of a line. */
function firstWordWidth(line: TextLine): number {
  const word = line.words[0]!;
  // (A word may hold spaces when a producer spaces with gaps inside one word: by its share of characters.)
  const first = /^\S+/.exec(word.text.trimStart())?.[0] ?? '';
  return ((word.x1 - word.x0) * first.length) / Math.max(1, word.text.trim().length);
}

/**
 * Does `line` go on with the spanning cell above it? It starts where the span starts, is one
 * piece, follows at a line's distance, and its first word would not have fitted at the end of
 * the line above (so the text wrapped there).
 */
function continuesSpan(span: TextLine, line: TextLine, textRight: number, settings: PdfSettings): boolean {
  return (
    piecesOf(line, settings).length === 1 &&
    Math.abs(line.x0 - span.x0) <= settings.roadmap.columnStartSlack * line.size &&
    line.baseline - span.baseline <= settings.roadmap.proseLineGap * line.size &&
    span.x1 + settings.roadmap.cellGap * line.size + firstWordWidth(line) > textRight
  );
}

/** Rows without drawn boundaries: one grid line per visual line, its words split into the columns. */
function flowingRows(words: readonly Word[], table: TableLayout, settings: PdfSettings): PlacedLine[] {
  const columns = table.columnEdges.length - 1;
  const textRight = Math.max(...words.map((r) => r.x1));
  // Each visual line is a spanning cell's line (a new one, or the wrapped rest of the one above)
  // or a row's line split into columns.
  const items: ({ span: TextLine[] } | { line: TextLine; parts: (TextLine | null)[] })[] = [];
  for (const line of groupLines(words, settings)) {
    const previous = items[items.length - 1];
    const span = previous && 'span' in previous ? previous.span : null;
    if (span && continuesSpan(span[span.length - 1]!, line, textRight, settings)) span.push(line);
    else if (spansColumns(line, table, settings)) items.push({ span: [line] });
    else items.push({ line, parts: columnLines(line.words, table, settings).map((c) => c[0] ?? null) });
  }
  const columnTexts: TextLine[][] = Array.from({ length: columns }, () => []);
  for (const item of items) if ('parts' in item) item.parts.forEach((part, c) => part && columnTexts[c]!.push(part));
  const spacing = usualSpacing(columnTexts) || settings.roadmap.lineSpacing * median(words.map((r) => r.size));

  const lastBaseline: (number | null)[] = Array.from({ length: columns }, () => null);
  return items.map((item) => {
    if ('span' in item) {
      lastBaseline.fill(null);
      return { y: item.span[0]!.baseline, line: spanningLine(item.span, columns) };
    }
    const cells = item.parts.map((part, c) => {
      if (!part) return cell('');
      const last = lastBaseline[c];
      lastBaseline[c] = part.baseline;
      return cell(part.text, last != null && part.baseline - last > settings.roadmap.paragraphGap * spacing, [part]);
    });
    return { y: item.line.baseline, line: gridLine(cells) };
  });
}
