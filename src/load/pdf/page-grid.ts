/**
 * One PDF page → grid lines. Text outside the table becomes one grid line per paragraph (titles,
 * footnotes, page numbers, prose); the table becomes grid lines with one cell per column, and
 * says where drawn row boundaries are (`rowStart`) and where a cell has a paragraph break.
 */
import type { GridCell, GridLine } from '../../grid/grid.js';
import { cleanCell } from '../../grid/clean-cell.js';
import { readTableHeader } from '../../layout/columns.js';
import { groupLines, type TextLine } from './lines.js';
import type { Ruling } from './rulings.js';
import type { PdfSettings } from './settings.js';
import { chunksOf, columnAt, headerTable, horizontalEdges, ruledTables, type TableLayout } from './tables.js';
import type { TextRun } from './text-runs.js';

export interface PageInput {
  page: number;
  width: number;
  height: number;
  runs: readonly TextRun[];
  rulings: readonly Ruling[];
}

interface PlacedLine {
  y: number;
  line: GridLine;
}

/** Lines further apart than this × font size start a new paragraph outside the table. */
const PARAGRAPH_LINE_GAP = 1.6;
/** Lines in a smaller font than this × the table's text (footnotes below an unruled table) are not table text. */
const TABLE_FONT_RATIO = 0.9;

function cell(text: string, paragraphBefore = false): GridCell {
  const cleaned = cleanCell(text);
  return paragraphBefore ? { raw: text, ...cleaned, paragraphBefore } : { raw: text, ...cleaned };
}

/**
 * The tables on this page: every drawn table; else a table found from its header labels, with,
 * above it, the previous page's table going on (a header printed only once, or a new action
 * line's table starting mid-page).
 */
export function findTables(input: PageInput, lines: readonly TextLine[], previous: TableLayout | null, settings: PdfSettings): TableLayout[] {
  const ruled = ruledTables(input.rulings, settings);
  if (ruled.length > 0) return ruled;
  const tables: TableLayout[] = [];
  const fromHeader = headerTable(lines, input.width, input.height, settings);
  const carriedBottom = fromHeader ? fromHeader.top : input.height;
  if (previous && continuesColumns(lines.filter((l) => l.baseline < carriedBottom), previous)) {
    tables.push({ ...previous, top: 0, bottom: carriedBottom, source: 'previous-page' });
  }
  if (fromHeader) tables.push(fromHeader);
  return tables.map((table) => {
    const rows = horizontalEdges(input.rulings, table.left, table.right, table.top, table.bottom, settings);
    return { ...table, rowEdges: rows.length >= 2 ? rows : null };
  });
}

/** Does the page's text sit in the previous page's columns (a table whose header is printed once)? */
function continuesColumns(lines: readonly TextLine[], previous: TableLayout): boolean {
  const multiColumn = lines.filter((l) => new Set(l.runs.map((r) => columnAt(previous.columnEdges, r.x0 + 1))).size >= 2);
  return multiColumn.length >= Math.max(2, lines.length / 3);
}

export function pageGrid(input: PageInput, previous: TableLayout | null, settings: PdfSettings): { lines: GridLine[]; table: TableLayout | null } {
  const allLines = groupLines(input.runs, settings);
  const tables = findTables(input, allLines, previous, settings);
  const placed: PlacedLine[] = [];
  const taken = new Set<TextRun>();
  for (const table of tables) {
    const slackFor = (run: TextRun) => settings.columnStartSlack * run.fontSize;
    const inTable = (run: TextRun) =>
      !taken.has(run) && run.x0 + slackFor(run) >= table.left && run.x0 <= table.right && run.baseline >= table.top && run.baseline <= table.bottom;
    let tableRuns = input.runs.filter(inTable);
    if (table.source !== 'rulings') {
      // Below an unruled table, footnotes in a smaller font are not table text.
      const size = medianSize(tableRuns);
      tableRuns = tableRuns.filter((r) => r.fontSize >= TABLE_FONT_RATIO * size || isRaisedMarker(r, tableRuns));
    }
    for (const run of tableRuns) taken.add(run);
    const rows = table.rowEdges ? ruledRows(tableRuns, table, settings) : flowingRows(tableRuns, table, settings);
    rejoinHyphenatedWords(rows);
    placed.push(...rows);
  }
  const outside = input.runs.filter((r) => !taken.has(r));
  const bodySize = medianSize([...taken]) || medianSize(input.runs);
  placed.push(...paragraphs(outside, bodySize, settings));
  placed.sort((a, b) => a.y - b.y);
  return { lines: placed.map((p) => ({ ...p.line, page: input.page })), table: tables[tables.length - 1] ?? null };
}

function medianSize(runs: readonly TextRun[]): number {
  const sizes = runs.map((r) => r.fontSize).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 0;
}

/** A small run that sits just above table text of normal size (a footnote marker in a header label). */
function isRaisedMarker(run: TextRun, runs: readonly TextRun[]): boolean {
  return runs.some((o) => o.fontSize > run.fontSize && o.baseline > run.baseline && o.baseline - run.baseline < o.fontSize && Math.abs(o.x1 - run.x0) < o.fontSize);
}

function columnOf(run: TextRun, table: TableLayout, settings: PdfSettings): number {
  const column = columnAt(table.columnEdges, run.x0 + settings.columnStartSlack * run.fontSize);
  return column < 0 ? (run.x0 < table.left + 1 ? 0 : table.columnEdges.length - 2) : column;
}

/** The usual distance between consecutive lines of one column, for telling paragraph breaks. */
function usualSpacing(columns: readonly (readonly TextLine[])[]): number {
  const gaps: number[] = [];
  for (const lines of columns) for (let i = 1; i < lines.length; i++) gaps.push(lines[i]!.baseline - lines[i - 1]!.baseline);
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}

/** Rows between drawn row boundaries: each column's lines, interleaved into grid lines. */
function ruledRows(runs: readonly TextRun[], table: TableLayout, settings: PdfSettings): PlacedLine[] {
  const edges = table.rowEdges!;
  const columns = table.columnEdges.length - 1;
  const placed: PlacedLine[] = [];
  const byRow: TextRun[][] = edges.slice(1).map(() => []);
  for (const run of runs) {
    const middle = run.baseline - 0.3 * run.fontSize;
    const row = edges.findIndex((edge, i) => i < edges.length - 1 && middle >= edge && middle < edges[i + 1]!);
    if (row >= 0) byRow[row]!.push(run);
  }
  byRow.forEach((rowRuns, row) => {
    if (rowRuns.length === 0) return;
    const columnLines: TextLine[][] = Array.from({ length: columns }, (_, c) => groupLines(rowRuns.filter((r) => columnOf(r, table, settings) === c), settings));
    const joined = columnLines.map((lines) => lines.map((l) => l.text).join(' '));
    const top = Math.min(...rowRuns.map((r) => r.baseline));
    if (readTableHeader({ line: null, page: null, cells: joined.map((t) => cell(t)) })) {
      // A header row: one grid line, each label whole ("Proposed Timing").
      placed.push({ y: top, line: { line: null, page: null, cells: joined.map((t) => cell(t)), rowStart: true, emptyCellsAreBreaks: false } });
      return;
    }
    const spacing = usualSpacing(columnLines) || 1.2 * medianSize(rowRuns);
    const height = Math.max(...columnLines.map((l) => l.length));
    for (let i = 0; i < height; i++) {
      const cells = columnLines.map((lines) => {
        const line = lines[i];
        if (!line) return cell('');
        const before = lines[i - 1];
        return cell(line.text, before !== undefined && line.baseline - before.baseline > settings.paragraphGap * spacing);
      });
      placed.push({ y: top + i * 0.001, line: { line: null, page: null, cells, rowStart: i === 0, emptyCellsAreBreaks: false } });
    }
  });
  return placed;
}

/** Rows without drawn boundaries: one grid line per visual line, its runs split into the columns. */
function flowingRows(runs: readonly TextRun[], table: TableLayout, settings: PdfSettings): PlacedLine[] {
  const columns = table.columnEdges.length - 1;
  const lines = groupLines(runs, settings);
  const columnLines: TextLine[][] = Array.from({ length: columns }, () => []);
  const rendered = lines.map((line) => {
    const parts = Array.from({ length: columns }, (_, c) => groupLines(line.runs.filter((r) => columnOf(r, table, settings) === c), settings)[0] ?? null);
    parts.forEach((part, c) => part && columnLines[c]!.push(part));
    return { line, parts };
  });
  const spacing = usualSpacing(columnLines) || 1.2 * medianSize(runs);
  const lastBaseline: (number | null)[] = Array.from({ length: columns }, () => null);
  const placed: PlacedLine[] = [];
  for (const { line, parts } of rendered) {
    const cells = parts.map((part, c) => {
      if (!part) return cell('');
      const last = lastBaseline[c];
      lastBaseline[c] = part.baseline;
      return cell(part.text, last !== null && part.baseline - last! > settings.paragraphGap * spacing);
    });
    const previous = placed[placed.length - 1];
    // A header's labels wrapped onto a second line ("Proposed" / "Timing") join the header line.
    if (previous && isHeaderLine(previous.line) && continuesHeader(previous.line, cells) && line.baseline - previous.y <= PARAGRAPH_LINE_GAP * line.fontSize) {
      previous.line.cells = previous.line.cells.map((c, i) => cell([c.raw, cells[i]!.raw].filter(Boolean).join(' ')));
      continue;
    }
    placed.push({ y: line.baseline, line: { line: null, page: null, cells, emptyCellsAreBreaks: false } });
  }
  return placed;
}

/** Words after which a line-final hyphen is a suspended one ("small- and medium-sized"), not a wrap. */
const AFTER_SUSPENDED_HYPHEN = new Set(['and', 'or', 'nor', 'to', 'as']);

/**
 * A compound word wrapped at its hyphen ("well-" / "being") is one word again ("well-being"):
 * the next line's first word moves up, so joining lines with spaces does not split it.
 */
function rejoinHyphenatedWords(rows: PlacedLine[]): void {
  const columns = rows[0]?.line.cells.length ?? 0;
  for (let c = 0; c < columns; c++) {
    let previous: GridCell | null = null;
    for (const { line } of rows) {
      if (line.rowStart === true) previous = null;
      const current = line.cells[c];
      if (!current || current.text === '') continue;
      const next = /^(\p{L}[\p{L}\p{N}'’-]*[,.;:)]?)(?:\s+|$)/u.exec(current.raw);
      if (previous && !current.paragraphBefore && /\p{L}-$/u.test(previous.raw) && next && !AFTER_SUSPENDED_HYPHEN.has(next[1]!.replace(/[,.;:)]$/, ''))) {
        const moved = cell(previous.raw + next[1]!);
        Object.assign(previous, moved);
        const rest = cell(current.raw.slice(next[0].length), current.paragraphBefore ?? false);
        Object.assign(current, rest);
        if (current.text === '') continue;
      }
      previous = current;
    }
  }
}

function isHeaderLine(line: GridLine): boolean {
  return readTableHeader(line) !== null;
}

/** A line that only continues header labels: no digits (no timing, no ids), and the header still reads as one. */
function continuesHeader(header: GridLine, cells: GridCell[]): boolean {
  if (cells.some((c) => /\d/.test(c.text))) return false;
  const merged: GridLine = { line: null, page: null, cells: header.cells.map((c, i) => cell([c.raw, cells[i]?.raw ?? ''].filter(Boolean).join(' '))) };
  return readTableHeader(merged) !== null;
}

/**
 * A footnote in a smaller font than the body whose marker was set glued to its text in the same
 * text run ("5WSIS Outcomes…"): the leading number is the marker.
 */
const GLUED_MARKER = /^(\d{1,3})(?=\p{Lu})/u;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function markGluedFootnote(line: TextLine, bodySize: number): TextLine {
  if (line.fontSize >= TABLE_FONT_RATIO * bodySize) return line;
  const match = GLUED_MARKER.exec(line.text);
  if (!match) return line;
  const marker = [...match[1]!].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');
  return { ...line, text: marker + line.text.slice(match[1]!.length) };
}

/** Text outside the table: lines joined into paragraphs (same size, close together, no new footnote marker). */
function paragraphs(runs: readonly TextRun[], bodySize: number, settings: PdfSettings): PlacedLine[] {
  const lines = groupLines(runs, settings).map((line) => markGluedFootnote(line, bodySize));
  const placed: PlacedLine[] = [];
  let current: { y: number; texts: string[]; last: TextLine } | null = null;
  const flush = () => {
    if (current) placed.push({ y: current.y, line: { line: null, page: null, cells: [cell(current.texts.join(' '))] } });
  };
  for (const line of lines) {
    const startsNote = /^[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]/.test(line.text);
    const joins =
      current !== null &&
      !startsNote &&
      Math.abs(line.fontSize - current.last.fontSize) < 0.5 &&
      line.baseline - current.last.baseline <= PARAGRAPH_LINE_GAP * line.fontSize &&
      chunksOf(line, 3).length === 1;
    if (joins) {
      current!.texts.push(line.text);
      current!.last = line;
    } else {
      flush();
      current = { y: line.baseline, texts: [line.text], last: line };
    }
  }
  flush();
  return placed;
}
