/**
 * One PDF page → grid lines. The page's tables become grid lines with one cell per column
 * (table-rows.ts); text outside them becomes one grid line per paragraph (titles, footnotes,
 * prose). Lines are put in reading order, top to bottom.
 */
import type { GridLine } from '../../grid/grid.js';
import { rejoinWrappedWords } from './hyphenation.js';
import { dominantSize, groupLines, type TextLine, type Word } from '../../pdf/lines.js';
import { paragraphs } from './paragraphs.js';
import { snapPositions, type Ruling } from '../../pdf/geometry.js';
import type { PdfSettings } from '../../pdf/settings.js';
import type { TaggedTable } from '../../pdf/structure-tree.js';
import { dividedByTree, tablesOnlyInTree } from './tagged-tables.js';
import { tableLines, type PlacedLine } from './table-rows.js';
import { columnAt, headerTables, horizontalEdges, piecesOf, ruledTables, type Piece, type TableLayout } from './tables.js';

export interface PageInput {
  page: number;
  width: number;
  height: number;
  words: readonly Word[];
  rulings: readonly Ruling[];
  /** The settings with this page's measured tolerances (src/pdf/measure.ts). */
  settings: PdfSettings;
  /** A tagged PDF's tables on this page, as its structure tree has them (checked against the page); absent when untagged. */
  tagged?: readonly TaggedTable[];
}

/**
 * The tables on this page: every drawn table; else the tables found from their header labels,
 * with, above the first, the previous page's table going on (a header printed only once, or a
 * table that words on above the next action line's table).
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
    return rows.length > 0 ? { ...table, rowEdges: snapPositions([table.top, ...rows, table.bottom], settings.rulings.rulingSnap) } : table;
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
  const startsColumn = (piece: Piece) => edges.some((edge) => piece.x0 >= edge && piece.x0 <= edge + 2 * settings.roadmap.columnStartSlack * piece.size);
  const multiColumn = pieces.filter((p) => new Set(p.map((piece) => columnAt(previous.columnEdges, piece.x0 + settings.roadmap.columnStartSlack * piece.size))).size >= 2);
  const all = pieces.flat();
  return multiColumn.length >= 2 && all.filter(startsColumn).length >= settings.roadmap.continuationAlignedShare * all.length;
}

/**
 * The size of a table's body text: that of its lines with text in several cells (footnotes and
 * titles below or between tables are single pieces); without such lines, the size the table (or
 * the previous page's) is known to have, else that of its header.
 */
function tableTextSize(body: readonly Word[], header: readonly Word[], known: number | null, settings: PdfSettings): { size: number; range: [number, number] | null } {
  const multiCell = groupLines(body, settings).filter((l) => piecesOf(l, settings).length >= 2);
  if (multiCell.length > 0) {
    const sizes = multiCell.map((l) => l.size);
    return { size: dominantSize(multiCell.flatMap((l) => l.words)), range: [Math.min(...sizes), Math.max(...sizes)] };
  }
  return { size: known ?? (dominantSize(header) || dominantSize(body)), range: null };
}

/** Sizes within this share of each other are one size (rounding of the recogniser's line heights). */
const SIZE_ROUNDING = 0.05;

/**
 * A small word that sits just above table text of normal size, right after it (a footnote marker
 * in a header label or cell; the marker that opens a footnote below the table precedes its text).
 */
function isRaisedMarker(word: Word, words: readonly Word[], settings: PdfSettings): boolean {
  return words.some(
    (o) =>
      o.size > word.size &&
      o.baseline > word.baseline &&
      o.baseline - word.baseline <= settings.text.superscriptMaxRise * o.size &&
      word.x0 > o.x0 &&
      Math.abs(o.x1 - word.x0) <= settings.text.markerGap * o.size,
  );
}

/** The words of a table: inside its bounds; without drawn borders, its header and body text of the table's size only. */
function runsOfTable(words: readonly Word[], table: TableLayout, settings: PdfSettings): { words: Word[]; textSize: number | null } {
  const inBounds = words.filter(
    (word) => word.x0 + settings.roadmap.columnStartSlack * word.size >= table.left && word.x0 <= table.right && word.baseline >= table.top && word.baseline <= table.bottom,
  );
  if (table.source === 'rulings' || table.source === 'structure-tree') return { words: inBounds, textSize: table.textSize };
  const isHeader = (word: Word) => table.headerBottom !== null && word.baseline <= table.headerBottom + settings.text.baselineTolerance * word.size;
  const header = inBounds.filter(isHeader);
  const { size, range } = tableTextSize(inBounds.filter((r) => !isHeader(r)), header, table.textSize, settings);
  const tolerance = settings.roadmap.tableFontTolerance * size;
  // An OCR layer sizes each line by its box in the scan (one paragraph comes out at 7 to 12 pt):
  // its table text is text within the range of sizes of the lines that are surely table text
  // (text in two cells or more), so that smaller notes below the table still stay out.
  const ofTableSize = (r: Word) =>
    r.invisible && range ? r.size >= range[0] * (1 - SIZE_ROUNDING) && r.size <= range[1] * (1 + SIZE_ROUNDING) : Math.abs(r.size - size) <= tolerance;
  const kept = inBounds.filter((r) => isHeader(r) || ofTableSize(r) || isRaisedMarker(r, inBounds, settings));
  // (Also where no line of the table has text in two cells, and its size is only the one known.)
  return { words: inBounds.some((r) => r.invisible) ? withOcrNeighbours(kept, inBounds, table, settings) : kept, textSize: size };
}

/**
 * OCR text sized outside the table's range still belongs to a cell when it lies inside one column
 * and either sits within a line's distance (paragraph spacing) of the table text above or below
 * it in that column, or shares a line with table text in another column (a row's line whose
 * pieces the recogniser sized differently): it only sized its box differently. Each piece of a
 * line is judged on its own, since one visual line of a table crosses all its columns. Notes
 * below the table and titles across it stand apart or cross column edges, and stay out.
 */
function withOcrNeighbours(kept: readonly Word[], all: readonly Word[], table: TableLayout, settings: PdfSettings): Word[] {
  const taken = new Set(kept);
  const edges = table.columnEdges;
  const columnOfPiece = (piece: Piece) => {
    const column = columnAt(edges, piece.x0 + settings.roadmap.columnStartSlack * piece.size);
    return column >= 0 && column < edges.length - 1 && piece.x1 <= edges[column + 1]! + settings.roadmap.columnStartSlack * piece.size ? column : -1;
  };
  const candidates = groupLines(
    all.filter((w) => !taken.has(w) && w.invisible),
    settings,
  ).flatMap((line) =>
    piecesOf(line, settings)
      .filter((piece) => columnOfPiece(piece) >= 0)
      .map((piece) => ({ ...piece, baseline: line.baseline, column: columnOfPiece(piece) })),
  );
  let grown = true;
  while (grown) {
    grown = false;
    for (const piece of candidates) {
      if (taken.has(piece.words[0]!)) continue;
      const reach = settings.roadmap.paragraphGap * piece.size;
      const sameLine = settings.text.baselineTolerance * piece.size;
      const near = [...taken].some(
        (o) =>
          (Math.abs(o.baseline - piece.baseline) <= reach && Math.min(o.x1, piece.x1) - Math.max(o.x0, piece.x0) > 0) ||
          (Math.abs(o.baseline - piece.baseline) <= sameLine && columnAt(edges, o.x0 + settings.roadmap.columnStartSlack * o.size) !== piece.column),
      );
      if (near) {
        for (const w of piece.words) taken.add(w);
        grown = true;
      }
    }
  }
  return all.filter((w) => taken.has(w));
}

export function pageGrid(input: PageInput, previous: TableLayout | null, settings: PdfSettings): { lines: GridLine[]; table: TableLayout | null; tables: TableLayout[] } {
  const allLines = groupLines(input.words, settings);
  const found = findTables(input, allLines, previous, settings);
  const tagged = input.tagged ?? [];
  const tables = [...found.map((t) => dividedByTree(t, tagged, settings)), ...tablesOnlyInTree(found, tagged, previous, settings)]
    .sort((a, b) => a.top - b.top)
    .map((t) => ({ ...t, textSize: t.textSize ?? previous?.textSize ?? null }));
  const placed: PlacedLine[] = [];
  const taken = new Set<Word>();
  tables.forEach((table, i) => {
    const { words, textSize } = runsOfTable(
      input.words.filter((r) => !taken.has(r)),
      table,
      settings,
    );
    tables[i] = { ...table, textSize };
    for (const word of words) taken.add(word);
    placed.push(...tableLines(words, table, settings));
  });
  const outside = input.words.filter((r) => !taken.has(r));
  const bodySize = dominantSize([...taken]) || dominantSize(input.words);
  placed.push(...paragraphs(outside, bodySize, settings));
  placed.sort((a, b) => a.y - b.y);
  const lines = placed.map((p) => ({ ...p.line, page: input.page }));
  rejoinWrappedWords(lines);
  return { lines, table: tables[tables.length - 1] ?? null, tables };
}
