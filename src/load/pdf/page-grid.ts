/**
 * One PDF page → grid lines. The page's tables become grid lines with one cell per column
 * (table-rows.ts); text outside them becomes one grid line per paragraph (titles, footnotes,
 * prose). Lines are put in reading order, top to bottom.
 */
import type { GridLine } from '../../grid/grid.js';
import { rejoinWrappedWords } from './hyphenation.js';
import { dominantSize, groupLines, type TextLine } from './lines.js';
import { paragraphs } from './paragraphs.js';
import type { Ruling } from './rulings.js';
import type { PdfSettings } from './settings.js';
import { tableLines, type PlacedLine } from './table-rows.js';
import { columnAt, headerTables, horizontalEdges, piecesOf, ruledTables, snapPositions, type Piece, type TableLayout } from './tables.js';
import type { TextRun } from './text-runs.js';

export interface PageInput {
  page: number;
  width: number;
  height: number;
  runs: readonly TextRun[];
  rulings: readonly Ruling[];
}

/**
 * The tables on this page: every drawn table; else the tables found from their header labels,
 * with, above the first, the previous page's table going on (a header printed only once, or a
 * table that runs on above the next action line's table).
 */
export function findTables(input: PageInput, lines: readonly TextLine[], previous: TableLayout | null, settings: PdfSettings): TableLayout[] {
  const ruled = ruledTables(input.rulings, settings);
  if (ruled.length > 0) return ruled;
  const tables: TableLayout[] = [];
  const fromHeaders = headerTables(lines, input.rulings, input.width, input.height, settings);
  const carriedBottom = fromHeaders[0]?.top ?? input.height;
  if (previous && continuesColumns(lines.filter((l) => l.baseline < carriedBottom), previous, settings)) {
    tables.push({ ...previous, top: 0, bottom: carriedBottom, rowEdges: null, headerBottom: null, verticals: [], source: 'previous-page' });
  }
  tables.push(...fromHeaders);
  return tables.map((table) => {
    // Rules drawn between rows only (no column lines): they still divide the rows.
    const rows = horizontalEdges(input.rulings, table.left, table.right, table.top, table.bottom, settings);
    return rows.length > 0 ? { ...table, rowEdges: snapPositions([table.top, ...rows, table.bottom], settings.rulingSnap) } : table;
  });
}

/**
 * Does the page's text sit in the previous page's columns (a table whose header is printed once)?
 * Some lines have text in two columns or more, and most pieces of text start where a column's
 * text starts (just right of its edge).
 */
function continuesColumns(lines: readonly TextLine[], previous: TableLayout, settings: PdfSettings): boolean {
  const edges = previous.columnEdges.slice(0, -1);
  const pieces = lines.map((line) => piecesOf(line, settings));
  // Text starts about one slack right of a column edge (header edges sit one slack left of the text).
  const startsColumn = (piece: Piece) => edges.some((edge) => piece.x0 >= edge && piece.x0 <= edge + 2 * settings.columnStartSlack * piece.fontSize);
  const multiColumn = pieces.filter((p) => new Set(p.map((piece) => columnAt(previous.columnEdges, piece.x0 + settings.columnStartSlack * piece.fontSize))).size >= 2);
  const all = pieces.flat();
  return multiColumn.length >= 2 && all.filter(startsColumn).length >= settings.continuationAlignedShare * all.length;
}

/**
 * The size of a table's body text: that of its lines with text in several cells (footnotes and
 * titles below or between tables are single pieces); without such lines, the size the table (or
 * the previous page's) is known to have, else that of its header.
 */
function tableTextSize(body: readonly TextRun[], header: readonly TextRun[], known: number | null, settings: PdfSettings): number {
  const multiCell = groupLines(body, settings).filter((l) => piecesOf(l, settings).length >= 2);
  if (multiCell.length > 0) return dominantSize(multiCell.flatMap((l) => l.runs));
  return known ?? (dominantSize(header) || dominantSize(body));
}

/** A small run that sits just above table text of normal size (a footnote marker in a header label or cell). */
function isRaisedMarker(run: TextRun, runs: readonly TextRun[], settings: PdfSettings): boolean {
  return runs.some(
    (o) =>
      o.fontSize > run.fontSize &&
      o.baseline > run.baseline &&
      o.baseline - run.baseline <= settings.superscriptMaxRise * o.fontSize &&
      Math.abs(o.x1 - run.x0) <= settings.markerGap * o.fontSize,
  );
}

/** The runs of a table: inside its bounds; without drawn borders, its header and body text of the table's size only. */
function runsOfTable(runs: readonly TextRun[], table: TableLayout, settings: PdfSettings): { runs: TextRun[]; textSize: number | null } {
  const inBounds = runs.filter(
    (run) => run.x0 + settings.columnStartSlack * run.fontSize >= table.left && run.x0 <= table.right && run.baseline >= table.top && run.baseline <= table.bottom,
  );
  if (table.source === 'rulings') return { runs: inBounds, textSize: table.textSize };
  const isHeader = (run: TextRun) => table.headerBottom !== null && run.baseline <= table.headerBottom + settings.baselineTolerance * run.fontSize;
  const header = inBounds.filter(isHeader);
  const size = tableTextSize(inBounds.filter((r) => !isHeader(r)), header, table.textSize, settings);
  const tolerance = settings.tableFontTolerance * size;
  return { runs: inBounds.filter((r) => isHeader(r) || Math.abs(r.fontSize - size) <= tolerance || isRaisedMarker(r, inBounds, settings)), textSize: size };
}

export function pageGrid(input: PageInput, previous: TableLayout | null, settings: PdfSettings): { lines: GridLine[]; table: TableLayout | null; tables: TableLayout[] } {
  const allLines = groupLines(input.runs, settings);
  const tables = findTables(input, allLines, previous, settings).map((t) => ({ ...t, textSize: t.textSize ?? previous?.textSize ?? null }));
  const placed: PlacedLine[] = [];
  const taken = new Set<TextRun>();
  tables.forEach((table, i) => {
    const { runs, textSize } = runsOfTable(
      input.runs.filter((r) => !taken.has(r)),
      table,
      settings,
    );
    tables[i] = { ...table, textSize };
    for (const run of runs) taken.add(run);
    placed.push(...tableLines(runs, table, settings));
  });
  const outside = input.runs.filter((r) => !taken.has(r));
  const bodySize = dominantSize([...taken]) || dominantSize(input.runs);
  placed.push(...paragraphs(outside, bodySize, settings));
  placed.sort((a, b) => a.y - b.y);
  const lines = placed.map((p) => ({ ...p.line, page: input.page }));
  rejoinWrappedWords(lines);
  return { lines, table: tables[tables.length - 1] ?? null, tables };
}
