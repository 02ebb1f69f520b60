/**
 * One table's text runs → grid lines, one cell per column. The header becomes one grid line with
 * each label whole ("Proposed Timing"). Body rows come from drawn row boundaries when the page
 * draws them between rows (each drawn row's columns are interleaved line by line, the first line
 * marked `rowStart`); else each visual line is a grid line and the rows stage finds the rows from
 * what the lines say. A cell that spans the table (a section title) is one grid line with its
 * text in the first cell. Cells mark paragraph breaks (a wider gap between two of their lines).
 */
import { cleanCell } from '../../grid/clean-cell.js';
import type { GridCell, GridLine } from '../../grid/grid.js';
import { readTableHeader } from '../../layout/columns.js';
import { joinWrappedLines } from './hyphenation.js';
import { groupLines, linesBox, type TextLine } from './lines.js';
import type { PdfSettings } from './settings.js';
import { columnAt, piecesOf, type TableLayout } from './tables.js';
import type { TextRun } from './text-runs.js';

export interface PlacedLine {
  /** Where the line sits on the page, for putting table and prose lines in reading order. */
  y: number;
  line: GridLine;
}

/** A grid cell; `from` are the page lines its text came from (their box is the cell's, for `roadmap inspect`). */
export function cell(text: string, paragraphBefore = false, from: readonly TextLine[] = []): GridCell {
  const cleaned = cleanCell(text);
  const made: GridCell = paragraphBefore ? { raw: text, ...cleaned, paragraphBefore } : { raw: text, ...cleaned };
  if (from.length > 0) made.box = linesBox(from);
  return made;
}

function gridLine(cells: GridCell[], rowStart?: boolean): GridLine {
  const line: GridLine = { line: null, page: null, cells, emptyCellsAreBreaks: false };
  if (rowStart !== undefined) line.rowStart = rowStart;
  return line;
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The column a run (or piece) starts in; text just outside the table belongs to its first or last column. */
function columnOf(run: { x0: number; fontSize: number }, table: TableLayout, settings: PdfSettings): number {
  const x = run.x0 + settings.columnStartSlack * run.fontSize;
  const column = columnAt(table.columnEdges, x);
  if (column >= 0) return column;
  return x < table.columnEdges[0]! ? 0 : table.columnEdges.length - 2;
}

/** Each column's lines among some runs. */
function columnLines(runs: readonly TextRun[], table: TableLayout, settings: PdfSettings): TextLine[][] {
  const columns = table.columnEdges.length - 1;
  const byColumn: TextRun[][] = Array.from({ length: columns }, () => []);
  for (const run of runs) byColumn[columnOf(run, table, settings)]!.push(run);
  return byColumn.map((r) => groupLines(r, settings));
}

/** Is a column edge drawn as a ruling across this line? (Then no text crosses it, however close two cells' texts come.) */
function drawnAcross(edge: number, line: TextLine, table: TableLayout, settings: PdfSettings): boolean {
  const middle = line.baseline - settings.glyphCentre * line.fontSize;
  return table.verticals.some((v) => Math.abs(v.at - edge) <= settings.rulingSnap && v.from <= middle && middle <= v.to);
}

/**
 * Is this line a cell spanning the table (a section title, a note)? Its text is one piece that
 * starts in the first column and runs on across a column edge, where no ruling is drawn.
 */
function spansColumns(line: TextLine, table: TableLayout, settings: PdfSettings): boolean {
  const pieces = piecesOf(line, settings);
  if (pieces.length !== 1 || columnOf(pieces[0]!, table, settings) !== 0) return false;
  const piece = pieces[0]!;
  const overlap = settings.spanOverlap * piece.fontSize;
  return table.columnEdges.slice(1, -1).some((edge) => piece.x0 < edge - overlap && piece.x1 > edge + overlap && !drawnAcross(edge, line, table, settings));
}

/** The usual distance between consecutive lines of one column, for telling paragraph breaks. */
function usualSpacing(columns: readonly (readonly TextLine[])[]): number {
  const gaps: number[] = [];
  for (const lines of columns) for (let i = 1; i < lines.length; i++) gaps.push(lines[i]!.baseline - lines[i - 1]!.baseline);
  return medianOf(gaps);
}

/** The header as one grid line: each column's label lines joined. */
function headerLine(runs: readonly TextRun[], table: TableLayout, settings: PdfSettings): PlacedLine {
  const labels = columnLines(runs, table, settings).map((lines) => cell(joinWrappedLines(lines.map((l) => l.text)), false, lines));
  return { y: Math.min(...runs.map((r) => r.baseline)), line: gridLine(labels, true) };
}

function readsAsHeader(runs: readonly TextRun[], table: TableLayout, settings: PdfSettings): boolean {
  return runs.length > 0 && readTableHeader(headerLine(runs, table, settings).line) !== null;
}

/** A spanning cell as a grid line: all its text in the first cell. */
function spanningLine(lines: readonly TextLine[], columns: number, rowStart?: boolean): GridLine {
  const cells = Array.from({ length: columns }, (_, c) => (c === 0 ? cell(joinWrappedLines(lines.map((l) => l.text)), false, lines) : cell('')));
  return gridLine(cells, rowStart);
}

export function tableLines(runs: readonly TextRun[], table: TableLayout, settings: PdfSettings): PlacedLine[] {
  if (runs.length === 0) return [];
  const placed: PlacedLine[] = [];
  let body = runs;
  const bands = table.rowEdges ? bandsOf(runs, table.rowEdges, settings) : [];
  if (table.headerBottom !== null) {
    const limit = table.headerBottom + settings.baselineTolerance * medianOf(runs.map((r) => r.fontSize));
    const header = runs.filter((r) => r.baseline <= limit);
    body = runs.filter((r) => r.baseline > limit);
    if (header.length > 0) placed.push(headerLine(header, table, settings));
  } else if (bands.length > 0 && readsAsHeader(bands[0]!, table, settings)) {
    placed.push(headerLine(bands[0]!, table, settings));
    body = bands.slice(1).flat();
  }
  const bodyBands = table.rowEdges ? bandsOf(body, table.rowEdges, settings) : [];
  // Rulings under the header and at the table's end only (or a page holding one row) do not
  // divide rows: then rows are found from what the lines say.
  placed.push(...(bodyBands.length >= 2 ? drawnRows(bodyBands, table, settings) : flowingRows(body, table, settings)));
  return placed;
}

/** The runs between each pair of row edges (by the middle of their glyphs), non-empty bands only. */
function bandsOf(runs: readonly TextRun[], edges: readonly number[], settings: PdfSettings): TextRun[][] {
  const bands: TextRun[][] = edges.slice(1).map(() => []);
  for (const run of runs) {
    const middle = run.baseline - settings.glyphCentre * run.fontSize;
    const band = edges.findIndex((edge, i) => i < edges.length - 1 && middle >= edge && middle < edges[i + 1]!);
    if (band >= 0) bands[band]!.push(run);
  }
  return bands.filter((b) => b.length > 0);
}

/** Rows between drawn row boundaries: each column's lines, interleaved into grid lines. */
function drawnRows(bands: readonly TextRun[][], table: TableLayout, settings: PdfSettings): PlacedLine[] {
  const columns = table.columnEdges.length - 1;
  const placed: PlacedLine[] = [];
  for (const rowRuns of bands) {
    const top = Math.min(...rowRuns.map((r) => r.baseline));
    const visual = groupLines(rowRuns, settings);
    if (visual.some((line) => spansColumns(line, table, settings))) {
      placed.push({ y: top, line: spanningLine(visual, columns, true) });
      continue;
    }
    const lines = columnLines(rowRuns, table, settings);
    const spacing = usualSpacing(lines) || settings.lineSpacing * medianOf(rowRuns.map((r) => r.fontSize));
    const height = Math.max(...lines.map((l) => l.length));
    for (let i = 0; i < height; i++) {
      const cells = lines.map((column) => {
        const line = column[i];
        if (!line) return cell('');
        const before = column[i - 1];
        return cell(line.text, before !== undefined && line.baseline - before.baseline > settings.paragraphGap * spacing, [line]);
      });
      // The row's lines keep their order whatever their baselines (columns wrap independently).
      placed.push({ y: top + i * 0.001, line: gridLine(cells, i === 0) });
    }
  }
  return placed;
}

/** Width of the first word of a line (from its first run, by its share of the characters). */
function firstWordWidth(line: TextLine): number {
  const run = line.runs[0]!;
  const word = /^\S+/.exec(run.text.trimStart())?.[0] ?? '';
  return ((run.x1 - run.x0) * word.length) / Math.max(1, run.text.trim().length);
}

/**
 * Does `line` go on with the spanning cell above it? It starts where the span starts, is one
 * piece, follows at a line's distance, and its first word would not have fitted at the end of
 * the line above (so the text wrapped there).
 */
function continuesSpan(span: TextLine, line: TextLine, textRight: number, settings: PdfSettings): boolean {
  return (
    piecesOf(line, settings).length === 1 &&
    Math.abs(line.x0 - span.x0) <= settings.columnStartSlack * line.fontSize &&
    line.baseline - span.baseline <= settings.proseLineGap * line.fontSize &&
    span.x1 + settings.cellGap * line.fontSize + firstWordWidth(line) > textRight
  );
}

/** Rows without drawn boundaries: one grid line per visual line, its runs split into the columns. */
function flowingRows(runs: readonly TextRun[], table: TableLayout, settings: PdfSettings): PlacedLine[] {
  const columns = table.columnEdges.length - 1;
  const textRight = Math.max(...runs.map((r) => r.x1));
  // Each visual line is a spanning cell's line (a new one, or the wrapped rest of the one above)
  // or a row's line split into columns.
  const items: ({ span: TextLine[] } | { line: TextLine; parts: (TextLine | null)[] })[] = [];
  for (const line of groupLines(runs, settings)) {
    const previous = items[items.length - 1];
    const span = previous && 'span' in previous ? previous.span : null;
    if (span && continuesSpan(span[span.length - 1]!, line, textRight, settings)) span.push(line);
    else if (spansColumns(line, table, settings)) items.push({ span: [line] });
    else items.push({ line, parts: columnLines(line.runs, table, settings).map((c) => c[0] ?? null) });
  }
  const columnTexts: TextLine[][] = Array.from({ length: columns }, () => []);
  for (const item of items) if ('parts' in item) item.parts.forEach((part, c) => part && columnTexts[c]!.push(part));
  const spacing = usualSpacing(columnTexts) || settings.lineSpacing * medianOf(runs.map((r) => r.fontSize));

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
      return cell(part.text, last != null && part.baseline - last > settings.paragraphGap * spacing, [part]);
    });
    return { y: item.line.baseline, line: gridLine(cells) };
  });
}
