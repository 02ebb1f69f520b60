/**
 * Tolerances measured on the page itself rather than fixed: what a word space is on this page,
 * how wide a gap between two table cells must be, and whether the text is justified.
 *
 * A typeset page spaces words by about 0.25–0.35 em; a monospaced font by one character (0.6 em);
 * an OCR text layer by 0.5–1 em (its word boxes are narrower than the printed words); justified
 * text stretches the spaces of each line by its own amount, up to several em. A fixed cell gap
 * holds for the first only. So each page's settings are the given ones with these measured values
 * in place (`forPage`), and every rule downstream reads them as it reads any setting.
 */
import { median } from './geometry.js';
import { dominantFont, dominantSize, type TextLine, type Word } from './lines.js';
import type { PdfSettings } from './settings.js';

/**
 * The page's word space is the median of its gaps between words (most gaps on a line are word
 * spaces; cell gaps are the wide minority)…
 */
const WORD_SPACE_QUANTILE = 0.5;
/**
 * …but on a justified page this lower quantile: justification only stretches spaces, so the
 * narrow end of the distribution is the natural space (stretched spaces are the wide end).
 */
const JUSTIFIED_WORD_SPACE_QUANTILE = 0.1;
/** A gap between two table cells is at least this many word spaces (cell padding on both sides, or a gutter). */
const CELL_GAP_IN_WORD_SPACES = 2;
/** Two gaps of one line equal within this many em are the same stretched space (justification rounds to hundredths of a point). */
const EQUAL_GAP = 0.03;
/** A space stretched beyond this many word spaces is justification, not a word space. */
const STRETCHED = 1.5;
/** A page is justified when at least this share of its lines (and three lines) show a run of three equal stretched spaces. */
const JUSTIFIED_LINE_SHARE = 0.05;
/**
 * A page with fewer lines of four words or more than this (the last page of a table, a page of
 * notes) is too short to show whether it is justified: it is what the page before it is (a
 * document is set in one style).
 */
const JUSTIFIED_EVIDENCE_LINES = 10;
/**
 * A column starts where the text of at least this many lines starts: at the line's start or after
 * a gap wider than a cell gap that is not one of the line's stretched spaces. Two, because a
 * table's first page may hold one body row under its header (the label's next line and the
 * row's cell start there); stretched words land at the very same x on two other lines hardly
 * ever (justified word positions differ from line to line).
 */
const COLUMN_START_LINES = 2;

/**
 * An OCR layer sets each recognised line at its own baseline and size (the height of the line's
 * box in the scan), so words printed on one line sit up to a few points apart. Words belong to one line when their baselines differ by less
 * than this share of the layer's own line pitch (under half: two printed lines never merge)…
 */
const OCR_LINE_PITCH_SHARE = 0.4;
/**
 * An OCR layer draws one run per recognised word, so the gaps between its runs are word spaces
 * (its runs are narrower than the printed words: the spaces look wide). A gap under this share
 * of the layer's usual word space is a word the recogniser cut in two (`Re s.`, `201 4`).
 */
const OCR_SPLIT_WORD_SHARE = 0.5;

export interface PageMeasures {
  /** The page's natural space between two words (em). */
  wordSpace: number;
  /** The narrowest gap (em) that parts two cells on this page. */
  cellGap: number;
  /** The page's lines are justified: equal stretched spaces on a line are word spaces, however wide. */
  justified: boolean;
  /** On a justified page, where its text starts columns (x, points, left to right); else none. */
  columnStarts: number[];
  /** On a justified page, where its stretched lines end (x, points, left to right): the columns' right text edges; else none. */
  columnEnds: number[];
  /** On a justified page, each font's natural word space (em); else none. */
  naturalSpaces: Record<string, number>;
  /** Most of the page's text is an invisible (OCR) layer. */
  ocrLayer: boolean;
  /** Two words are on one line when their baselines differ by at most this × font size (wider on an OCR layer: measured). */
  baselineTolerance: number;
  /** A gap narrower than this × font size between two words is no space (wider on an OCR layer: measured). */
  wordGap: number;
}

/** Gaps between the boxes of consecutive words of a line, in em (the line's size). */
function boxGaps(line: TextLine): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < line.words.length; i++) gaps.push((line.words[i]!.x0 - line.words[i - 1]!.x1) / (line.size || 1));
  return gaps;
}

/**
 * The spaces between consecutive words of a line as set, in em (the line's size): from the
 * space glyph's start where the page drew one between them (kerning may pull it into the word
 * before, by up to this share of an em), else from the previous word's end. Justification adds
 * the same amount to each space of a line: set spaces of one line are equal to a hair, gaps
 * between word boxes differ by the kerning of each word's last letter with the space.
 */
const SPACE_KERN = 0.2;
export function lineGaps(line: { words: readonly Word[]; size: number }): number[] {
  const size = line.size || 1;
  const gaps: number[] = [];
  for (let i = 1; i < line.words.length; i++) {
    const [previous, word] = [line.words[i - 1]!, line.words[i]!];
    const at = word.spaceAt;
    const from = at !== undefined && at >= previous.x1 - SPACE_KERN * size && at <= word.x0 ? at : previous.x1;
    gaps.push((word.x0 - from) / size);
  }
  return gaps;
}

/** Does gap i of the line belong to a run of equal gaps (the stretched spaces of a justified line)? */
export function inEqualRun(gaps: readonly number[], i: number): boolean {
  const g = gaps[i]!;
  return (i > 0 && Math.abs(gaps[i - 1]! - g) <= EQUAL_GAP) || (i + 1 < gaps.length && Math.abs(gaps[i + 1]! - g) <= EQUAL_GAP);
}

export function measurePage(lines: readonly TextLine[], settings: PdfSettings, previous: PageMeasures | null = null): PageMeasures {
  // Only spaces count: glued markers and kerned pieces are not word spaces.
  const gaps = lines.flatMap(boxGaps).filter((g) => g > settings.text.wordGap).sort((a, b) => a - b);
  // Without word gaps to measure (a page of single words), the setting stands.
  const quantile = (q: number) => (gaps.length > 0 ? gaps[Math.floor(q * (gaps.length - 1))]! : settings.roadmap.cellGap / CELL_GAP_IN_WORD_SPACES);
  const narrowSpace = quantile(JUSTIFIED_WORD_SPACE_QUANTILE);
  const stretched = lines.filter((line) => {
    const gaps = lineGaps(line);
    // Three equal stretched spaces in a row: two by chance happen in an OCR layer, three hardly.
    return gaps.some((g, i) => g > STRETCHED * narrowSpace && i + 2 < gaps.length && Math.abs(gaps[i + 1]! - g) <= EQUAL_GAP && Math.abs(gaps[i + 2]! - g) <= EQUAL_GAP);
  }).length;
  // An OCR text layer places each word where it was recognised, with noisy widths: its spaces say
  // nothing exact, and justification is not read from them.
  const words = lines.flatMap((l) => l.words);
  const ocrLayer = words.filter((w) => w.invisible).length > words.length / 2;
  const evidence = lines.filter((line) => lineGaps(line).filter((g) => g > settings.text.wordGap).length >= 3).length;
  const justified = !ocrLayer && (stretched >= Math.max(3, JUSTIFIED_LINE_SHARE * lines.length) || (evidence < JUSTIFIED_EVIDENCE_LINES && previous?.justified === true));
  const wordSpace = justified ? narrowSpace : quantile(WORD_SPACE_QUANTILE);
  // On a justified page stretched spaces come in runs (piecesOf skips those), so any other space
  // wider than a stretched one parts cells, even one narrower than two word spaces.
  const cellGap = Math.max(settings.roadmap.cellGap, (justified ? STRETCHED : CELL_GAP_IN_WORD_SPACES) * wordSpace);
  const noise = ocrLayer ? ocrNoise(lines) : null;
  return {
    wordSpace,
    cellGap,
    justified,
    ...(justified ? columnBounds(lines, cellGap) : { columnStarts: [], columnEnds: [] }),
    naturalSpaces: justified ? naturalSpaces(lines, settings) : {},
    ocrLayer,
    baselineTolerance: Math.max(settings.text.baselineTolerance, noise?.baselineTolerance ?? 0),
    wordGap: ocrLayer ? Math.max(settings.text.wordGap, OCR_SPLIT_WORD_SHARE * wordSpace) : settings.text.wordGap,
  };
}

/** Positions (with their line and size) that at least COLUMN_START_LINES lines share within EQUAL_GAP: each group's middle. */
function sharedPositions(marks: { x: number; size: number; line: number }[]): number[] {
  const sorted = [...marks].sort((a, b) => a.x - b.x);
  const found: number[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.x - sorted[j - 1]!.x <= EQUAL_GAP * sorted[j]!.size) j++;
    const group = sorted.slice(i, j);
    if (new Set(group.map((m) => m.line)).size >= COLUMN_START_LINES) found.push(group[0]!.x + (group[group.length - 1]!.x - group[0]!.x) / 2);
    i = j;
  }
  return found;
}

/**
 * Where the text of a page starts and ends columns. Starts: x positions where at least COLUMN_START_LINES lines
 * start text that is surely a cell's (the line's first word, or a word after a wide gap that is
 * not one of its line's equal stretched spaces), within EQUAL_GAP. A table's cells start each
 * of their lines at the very same x, whatever the justification does to the spaces between.
 * Ends: where at least COLUMN_START_LINES stretched lines end (their last word after a run of
 * equal stretched spaces), a column's right text edge. A line of two words stretched to its
 * cell's width has one wide space and its last word ends at a column's end: that word starts
 * nothing.
 */
function columnBounds(lines: readonly TextLine[], cellGap: number): { columnStarts: number[]; columnEnds: number[] } {
  const starts: { x: number; size: number; line: number; x1: number; last: boolean }[] = [];
  const ends: { x: number; size: number; line: number }[] = [];
  lines.forEach((line, n) => {
    const gaps = lineGaps(line);
    line.words.forEach((word, i) => {
      // The word ends its piece: the line ends, or a wide gap that is no stretched space follows.
      const last = i === gaps.length || (gaps[i]! > cellGap && !inEqualRun(gaps, i));
      if (i === 0 || (gaps[i - 1]! > cellGap && !inEqualRun(gaps, i - 1))) starts.push({ x: word.x0, size: line.size, line: n, x1: word.x1, last });
      // A stretched line's last word ends where its column ends.
      if (i > 0 && last && gaps[i - 1]! > cellGap && inEqualRun(gaps, i - 1)) ends.push({ x: word.x1, size: line.size, line: n });
    });
  });
  const columnEnds = sharedPositions(ends);
  const atEnd = (s: (typeof starts)[number]) => s.last && columnEnds.some((x) => Math.abs(x - s.x1) <= EQUAL_GAP * s.size);
  return { columnStarts: sharedPositions(starts.filter((s) => !atEnd(s))), columnEnds };
}

/**
 * Each font's natural word space on a justified page: the narrowest space in a run of equal
 * spaces between words of that font. Justification only stretches spaces, so the last lines of
 * paragraphs (not stretched) show it; a page-wide quantile would mix fonts (a bold header's
 * space is wider) and, where most lines are stretched, land on a stretched space.
 */
function naturalSpaces(lines: readonly TextLine[], settings: PdfSettings): Record<string, number> {
  const spaces: Record<string, number> = {};
  for (const line of lines) {
    const gaps = lineGaps(line);
    gaps.forEach((gap, i) => {
      const font = line.words[i]!.font;
      if (gap > settings.text.wordGap && font === line.words[i + 1]!.font && inEqualRun(gaps, i)) spaces[font] = Math.min(spaces[font] ?? Infinity, gap);
    });
  }
  return spaces;
}

/**
 * How the spaces of some words of one line (gaps wider than a word gap) are set: all at their
 * font's natural word space (settings.text.naturalSpaces), or some stretched beyond it. On a
 * justified page, a line of several words set naturally is the last line of its paragraph (a line
 * that wraps is stretched). Null when the words have no space between them or their font's
 * natural space is not known (nothing to tell).
 */
export function spacingOf(words: readonly Word[], settings: PdfSettings): 'natural' | 'stretched' | null {
  const natural = settings.text.naturalSpaces[dominantFont(words)];
  const spaces = lineGaps({ words, size: dominantSize(words) }).filter((g) => g > settings.text.wordGap);
  if (natural === undefined || spaces.length === 0) return null;
  return spaces.every((g) => g <= natural + EQUAL_GAP) ? 'natural' : 'stretched';
}

/** Does a word ending at x end where the page's stretched lines end (settings.text.columnEnds)? */
export function atColumnEnd(x: number, size: number, settings: PdfSettings): boolean {
  return settings.text.columnEnds.some((end) => Math.abs(end - x) <= EQUAL_GAP * size);
}

/** Does a word starting at x start one of the page's columns (settings.text.columnStarts)? */
export function atColumnStart(x: number, size: number, settings: PdfSettings): boolean {
  return settings.text.columnStarts.some((start) => Math.abs(start - x) <= EQUAL_GAP * size);
}

/**
 * The noise of an OCR layer, measured on it: its line pitch (the median distance from a line to
 * the next one below that shares its horizontal extent, i.e. the next line of the same column).
 */
function ocrNoise(lines: readonly TextLine[]): { baselineTolerance: number } | null {
  const words = lines.flatMap((l) => l.words);
  if (words.length === 0) return null;
  const size = median(words.map((w) => w.size));
  const pitches: number[] = [];
  lines.forEach((line, i) => {
    const below = lines.slice(i + 1).find((o) => o.baseline > line.baseline && Math.min(o.x1, line.x1) - Math.max(o.x0, line.x0) > 0);
    if (below) pitches.push(below.baseline - line.baseline);
  });
  return {
    baselineTolerance: pitches.length > 0 ? (OCR_LINE_PITCH_SHARE * median(pitches)) / size : 0,
  };
}

/** The settings for one page: the given ones with the page's measured tolerances. */
export function forPage(settings: PdfSettings, measures: PageMeasures): PdfSettings {
  return {
    ...settings,
    text: {
      ...settings.text,
      justified: measures.justified,
      columnStarts: measures.columnStarts,
      columnEnds: measures.columnEnds,
      naturalSpaces: measures.naturalSpaces,
      baselineTolerance: measures.baselineTolerance,
      wordGap: measures.wordGap,
    },
    roadmap: { ...settings.roadmap, cellGap: measures.cellGap },
  };
}
