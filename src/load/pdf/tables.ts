/**
 * Where the tables are on a page and how they are divided, by three strategies (tabula's lattice
 * and stream ideas): ruling lines when the page draws columns; else the header rows' labels (the
 * header repeats on each page in most editions), with the column edges moved left to where the
 * text below them starts; else the previous page's columns (a header printed only once).
 */
import type { GridLine } from '../../grid/grid.js';
import { cleanCell } from '../../grid/clean-cell.js';
import { readTableHeader } from '../../layout/columns.js';
import { dominantFont, toLine, type TextLine, type Word } from '../../pdf/lines.js';
import { snapPositions, type Ruling } from '../../pdf/geometry.js';
import { atColumnEnd, atColumnStart, inEqualRun, lineGaps, spacingOf } from '../../pdf/measure.js';
import type { PdfSettings } from '../../pdf/settings.js';

export interface TableLayout {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Column edges left to right (n + 1 edges for n columns). */
  columnEdges: number[];
  /** Row edges top to bottom when the page draws them; null when rows must be found from their content. */
  rowEdges: number[] | null;
  /** The baseline of the header's last line, when the table was found from its header. */
  headerBottom: number | null;
  /** The size of the table's body text, once known (carried to the next page's tables). */
  textSize: number | null;
  /** The vertical rulings that divide the columns, where the page draws them (a spanning cell has none across it). */
  verticals: readonly Ruling[];
  /** A structure tree's row that goes on from the previous page lies between these y (its first line starts no row). */
  continuedRow?: { top: number; bottom: number };
  /** How it was found; 'structure-tree': found by the geometry, divided by a tagged PDF's tree (tagged-tables.ts). */
  source: 'rulings' | 'header' | 'previous-page' | 'structure-tree';
}

/** Tables drawn with vertical rulings: groups of verticals that overlap vertically, at least two columns. */
export function ruledTables(rulings: readonly Ruling[], settings: PdfSettings): TableLayout[] {
  const verticals = rulings.filter((r) => r.orientation === 'vertical').sort((a, b) => a.from - b.from);
  const groups: Ruling[][] = [];
  for (const v of verticals) {
    const group = groups.find((g) => g.some((o) => v.from <= o.to + settings.rulings.rulingSnap && o.from <= v.to + settings.rulings.rulingSnap));
    if (group) group.push(v);
    else groups.push([v]);
  }
  const tables: TableLayout[] = [];
  for (const group of groups) {
    const columnEdges = snapPositions(group.map((v) => v.at), settings.rulings.rulingSnap);
    if (columnEdges.length < 3) continue;
    const left = columnEdges[0]!;
    const right = columnEdges[columnEdges.length - 1]!;
    const top = Math.min(...group.map((v) => v.from));
    const bottom = Math.max(...group.map((v) => v.to));
    // The verticals' ends bound the first and last rows too: a row broken by the page end has no
    // bottom rule of its own.
    const rowEdges = snapPositions([top, ...horizontalEdges(rulings, left, right, top, bottom, settings), bottom], settings.rulings.rulingSnap);
    tables.push({ left, right, top, bottom, columnEdges, rowEdges, headerBottom: null, textSize: null, verticals: group, source: 'rulings' });
  }
  return tables;
}

/** Horizontal rulings across most of a table's width, between its top and bottom. */
export function horizontalEdges(rulings: readonly Ruling[], left: number, right: number, top: number, bottom: number, settings: PdfSettings): number[] {
  const width = right - left;
  const edges = rulings
    .filter((r) => r.orientation === 'horizontal')
    .filter((r) => r.at >= top - settings.rulings.rulingSnap && r.at <= bottom + settings.rulings.rulingSnap)
    .filter((r) => Math.min(r.to, right) - Math.max(r.from, left) >= settings.roadmap.minRowRulingShare * width)
    .map((r) => r.at);
  return snapPositions(edges, settings.rulings.rulingSnap);
}

/** A piece of a line: words with no cell gap between them. */
export interface Piece {
  words: Word[];
  x0: number;
  x1: number;
  size: number;
}

/**
 * A line's pieces, split where the gap between words is wide enough to separate table cells (the
 * page's measured cell gap). On a justified page, a gap equal to its neighbour is one of the
 * line's stretched word spaces, however wide, and splits nothing, unless the word after it starts
 * where the page's columns start (a cell gap as wide as the stretched spaces by chance).
 */
export function piecesOf(line: TextLine, settings: PdfSettings, gap = settings.roadmap.cellGap): Piece[] {
  const pieces: Piece[] = [];
  const words = [...line.words].sort((a, b) => a.x0 - b.x0);
  const gaps = settings.text.justified ? lineGaps({ ...line, words }) : [];
  for (const [i, word] of words.entries()) {
    const last = pieces[pieces.length - 1];
    if (last && (word.x0 - last.x1 <= gap * line.size || (settings.text.justified && stretchedSpace(words, gaps, i, last, line.size, settings)))) {
      last.words.push(word);
      last.x1 = Math.max(last.x1, word.x1);
    } else pieces.push({ words: [word], x0: word.x0, x1: word.x1, size: line.size });
  }
  return pieces;
}

/**
 * On a justified page, is the gap before word i one of its line's stretched spaces? It is when it
 * equals a neighbouring gap (a run of equal spaces), or when it is the one space of a line of two
 * words stretched to its cell (the piece so far is one word and word i ends where the page's
 * stretched lines end) — unless word i starts where the page's columns start.
 */
function stretchedSpace(words: readonly Word[], gaps: readonly number[], i: number, piece: Piece, size: number, settings: PdfSettings): boolean {
  const word = words[i]!;
  if (atColumnStart(word.x0, size, settings)) return false;
  if (inEqualRun(gaps, i - 1)) return true;
  const endsPiece = i === words.length - 1 || words[i + 1]!.x0 - word.x1 > settings.roadmap.cellGap * size;
  return piece.words.length === 1 && endsPiece && atColumnEnd(word.x1, size, settings);
}

/** The text of some words on one line, with spaces and superscript markers as in a line. */
export function textOf(words: readonly Word[], settings: PdfSettings): string {
  return toLine(words, settings).text;
}

/** A header label: the pieces of one column over the header's lines. */
interface Label {
  texts: string[];
  x0: number;
  x1: number;
  /** The right end of the label's last line. */
  lastLineEnd: number;
  /** The words of the label's last line. */
  lastLine: readonly Word[];
  /** A line of the label is justified (its spaces stretched to the label's width). */
  stretched: boolean;
  /** The font most of the label's first line is set in. */
  font: string;
}

function newLabel(piece: Piece, settings: PdfSettings): Label {
  const { words, x0, x1 } = piece;
  return { texts: [textOf(words, settings)], x0, x1, lastLineEnd: x1, lastLine: words, stretched: spacingOf(words, settings) === 'stretched', font: dominantFont(words) };
}

function asGridLine(texts: readonly string[]): GridLine {
  return { line: null, page: null, cells: texts.map((t) => ({ raw: t, ...cleanCell(t) })) };
}

function headerOf(labels: readonly Label[]) {
  return readTableHeader(asGridLine(labels.map((l) => l.texts.join(' '))));
}

/** Width of the first word of a piece. */
function firstWordWidth(piece: Piece): number {
  const word = piece.words[0]!;
  // (A word may hold spaces when a producer spaces with gaps inside one word: by its share of characters.)
  const first = /^\S+/.exec(word.text.trimStart())?.[0] ?? '';
  return ((word.x1 - word.x0) * first.length) / Math.max(1, word.text.trim().length);
}

/**
 * Adds a header line's pieces to the labels they sit under ("Timing" under "Proposed"); a piece
 * under no label starts a label of its own (bottom-aligned header cells). Null when a piece
 * spans two labels or is set in another font than its label (bold labels, plain body text), or
 * when its label has ended (justified labels: a label line with natural spaces).
 * `wrapped` says whether every piece under a label is the rest of a label line that had no room
 * for its first word (the label's column ends where the next label starts, the last one at
 * `textRight`).
 */
function addHeaderLine(labels: readonly Label[], pieces: readonly Piece[], textRight: number, settings: PdfSettings): { labels: Label[]; wrapped: boolean } | null {
  const next = labels.map((l) => ({ ...l, texts: [...l.texts] }));
  let wrapped = true;
  for (const piece of pieces) {
    const under = next.filter((l) => piece.x0 < l.x1 && l.x0 < piece.x1);
    if (under.length > 1) return null;
    const text = textOf(piece.words, settings);
    const label = under[0];
    if (label && dominantFont(piece.words) !== label.font) return null;
    // When the labels are justified, a label line with natural spaces is the label's last line.
    if (label && next.some((l) => l.stretched) && spacingOf(label.lastLine, settings) === 'natural') return null;
    if (label) {
      const right = next[next.indexOf(label) + 1]?.x0 ?? textRight;
      if (label.lastLineEnd + settings.roadmap.cellGap * piece.size + firstWordWidth(piece) <= right) wrapped = false;
      label.texts.push(text);
      label.x0 = Math.min(label.x0, piece.x0);
      label.x1 = Math.max(label.x1, piece.x1);
      label.lastLineEnd = piece.x1;
      label.lastLine = piece.words;
      label.stretched ||= spacingOf(piece.words, settings) === 'stretched';
    } else {
      next.push(newLabel(piece, settings));
      next.sort((a, b) => a.x0 - b.x0);
    }
  }
  return { labels: next, wrapped };
}

/**
 * A number standing on its own (a timing, an SDG list, "Goal 4"): body text, not a label. Digits
 * glued to letters are a label's: a footnote marker set as plain digits ("Outcomes1", "d2") or
 * an action line's name wrapped onto the label's next line ("(WSIS AL" / "C2)").
 */
const BODY_NUMBER = /(?<!\p{L})\d+(?!\p{L})/u;

/**
 * The header that starts at `lines[start]`, if one does: the line's pieces are the labels, and
 * the next closely spaced lines without digits, above any rule drawn under the header, continue
 * them ("Proposed" / "Timing"). When the labels are set in another font than the body (bold
 * labels), the font says which lines are labels; else a line continues the labels only when it
 * is their wrapped rest (the first body line may sit as close under the header as a label's
 * second line). It is a header when the labels name at least three column kinds.
 */
function headerAt(lines: readonly TextLine[], start: number, textRight: number, rules: readonly number[], settings: PdfSettings): { labels: Label[]; last: number } | null {
  const first = lines[start]!;
  // A line with a number of its own is a body row ("… outcome │ Goal 2 │ 4, 5 │ - more results"), however its words read.
  if (BODY_NUMBER.test(first.text)) return null;
  const firstPieces = piecesOf(first, settings);
  if (firstPieces.length < 2) return null;
  let labels: Label[] = firstPieces.map((p) => newLabel(p, settings));
  // The body's font is that of most text below; when no label has it, the font tells labels from body text.
  let fontTells: boolean | null = null;
  const labelsByFont = () => {
    const bodyFont = dominantFont(lines.slice(start + 1).flatMap((l) => l.words));
    return bodyFont !== '' && !labels.some((l) => l.font === bodyFont);
  };
  let last = start;
  for (let i = start + 1; i < lines.length && i - start < settings.roadmap.maxHeaderLines; i++) {
    const line = lines[i]!;
    const above = lines[i - 1]!.baseline;
    if (line.baseline - above > settings.roadmap.headerLineGap * line.size || BODY_NUMBER.test(line.text)) break;
    // A rule drawn between the two lines ends the header.
    if (rules.some((y) => y > above && y < line.baseline - settings.text.glyphCentre * line.size)) break;
    const added = addHeaderLine(labels, piecesOf(line, settings), textRight, settings);
    if (!added) break;
    fontTells ??= labelsByFont();
    if (!fontTells && !added.wrapped) break;
    labels = added.labels;
    last = i;
  }
  return headerOf(labels) ? { labels, last } : null;
}

/**
 * Tables found from their header labels: each header starts a table that words down to the next
 * header or the page end. Column edges sit just left of each label, or of the body text that
 * starts further left (columnEdgesOf).
 */
export function headerTables(lines: readonly TextLine[], rulings: readonly Ruling[], pageRight: number, pageBottom: number, settings: PdfSettings): TableLayout[] {
  const rules = rulings.filter((r) => r.orientation === 'horizontal').map((r) => r.at);
  const found: { top: number; headerBottom: number; labels: Label[]; size: number }[] = [];
  const textRight = Math.max(...lines.map((l) => l.x1));
  for (let i = 0; i < lines.length; i++) {
    const header = headerAt(lines, i, textRight, rules, settings);
    if (!header) continue;
    const first = lines[i]!;
    // Glyphs rise less than one em above their baseline.
    found.push({ top: first.baseline - first.size, headerBottom: lines[header.last]!.baseline, labels: header.labels, size: first.size });
    i = header.last;
  }
  return found.map((header, k) => {
    const bottom = found[k + 1]?.top ?? pageBottom;
    const body = lines.filter((l) => l.baseline > header.headerBottom && l.baseline < bottom);
    const columnEdges = columnEdgesOf(header.labels, body, pageRight, header.size, settings);
    return {
      left: columnEdges[0]!,
      right: columnEdges[columnEdges.length - 1]!,
      top: header.top,
      bottom,
      columnEdges,
      rowEdges: null,
      headerBottom: header.headerBottom,
      textSize: null,
      verticals: [],
      source: 'header' as const,
    };
  });
}

/**
 * Column edges from header labels. A label lies inside its column, but it may be centred, so its
 * left end need not be where the column's text starts: text of the body that starts between the
 * previous label's right end and this label's left end can only be this column's, and moves the
 * edge left to just before it.
 */
function columnEdgesOf(labels: readonly Label[], body: readonly TextLine[], pageRight: number, size: number, settings: PdfSettings): number[] {
  const slack = settings.roadmap.columnStartSlack * size;
  const starts = body.flatMap((line) => piecesOf(line, settings)).map((p) => p.x0);
  const edges = labels.map((label, i) => {
    const after = i === 0 ? -Infinity : labels[i - 1]!.x1;
    return Math.min(label.x0, ...starts.filter((x) => x > after && x < label.x0)) - slack;
  });
  const lastLabel = labels[labels.length - 1]!;
  return [...edges, Math.max(pageRight, lastLabel.x1 + slack)];
}

/** The column a position falls in (the last whose left edge is at or before it), or -1 outside. */
export function columnAt(edges: readonly number[], x: number): number {
  if (x < edges[0]! || x > edges[edges.length - 1]!) return -1;
  for (let i = edges.length - 2; i >= 0; i--) if (x >= edges[i]!) return i;
  return -1;
}
