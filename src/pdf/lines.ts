/**
 * The one line builder of the PDF engine: glyphs → words → text lines.
 *
 * Words: glyphs on one baseline, left to right, up to a space glyph, a gap wider than the word
 * gap, or a change of size (a footnote marker set smaller right after its word is a word of its
 * own, so that the line can tell it). Glyphs drawn twice at nearly the same place (fake
 * bold) are read once.
 *
 * Lines: words whose baselines agree (within a tolerance scaled by font size), in x order. A
 * small word raised above the line is a superscript (a footnote marker) and belongs to the line
 * it rides on, even when it was drawn before that line's text. A line's text has a space between
 * two words where the page drew a space glyph or left a word gap, and its superscript digits as
 * Unicode superscripts ("Outcomes¹"), so that later stages treat them exactly as in layout text.
 */
import { foldWhitespace } from '../cells/cell-content.js';
import type { Glyph } from './reader.js';
import { boxOf } from './geometry.js';
import type { PdfSettings } from './settings.js';

export interface Word {
  text: string;
  x0: number;
  x1: number;
  /** Top and bottom of the glyphs' ascent/descent boxes. */
  top: number;
  bottom: number;
  baseline: number;
  /** Font size in page points. */
  size: number;
  /** The font most of the word is set in (bold header labels differ from body text by it). */
  font: string;
  /**
   * A space glyph or a word gap parts the word from the one before it on its baseline (true for
   * the first); false when the word goes on in another face (a footnote marker glued to its word).
   */
  spaceBefore: boolean;
  /** The page drew a space glyph right before the word (a space even where the gap is narrow). */
  spaceGlyph: boolean;
  /**
   * Where that space glyph starts (its left end, kerning with the letter before it included), or
   * absent. From there to the word is the space as set: justification stretches it by the same
   * amount on a whole line, while the gap between the two words' boxes also varies with kerning.
   */
  spaceAt?: number;
  /** Drawn invisibly: an OCR text layer. */
  invisible: boolean;
  /** The marked-content id of the word's first glyph (tagged PDFs), or null. */
  mcid: number | null;
}

export interface TextLine {
  words: Word[];
  /** The line's text: words spaced as printed, superscript digits as Unicode superscripts. */
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  /** The size of most of the line's text. */
  size: number;
}

const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** A character after which a gap makes no space (an opening bracket), and one before which it makes none (closing punctuation). */
const OPENS = /^[\s([{]$/;
const CLOSES = /^[\s,.;:!?)\]}]$/;

/** Glyphs of one size are those within this share of each other's size (rounding in producers' font matrices). */
const SAME_SIZE = 0.05;

// --- words

/** Words from glyphs: clustered by baseline, then cut left to right. */
export function wordsOf(glyphs: readonly Glyph[], settings: PdfSettings): Word[] {
  const words: Word[] = [];
  for (const row of baselineRows(glyphs, settings)) cutWords(row, settings, words);
  return words;
}

/**
 * Glyphs on one baseline (within the tolerance), each row left to right. A row of small glyphs
 * just above the next row (superscripts drawn on a raised baseline) is part of that row, so that
 * a marker glued to its word stays glued.
 */
function baselineRows(glyphs: readonly Glyph[], settings: PdfSettings): Glyph[][] {
  const sorted = [...glyphs].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const rows: { baseline: number; size: number; glyphs: Glyph[] }[] = [];
  for (const glyph of sorted) {
    const last = rows[rows.length - 1];
    if (last && Math.abs(glyph.baseline - last.baseline) <= settings.text.baselineTolerance * Math.max(last.size, glyph.size)) {
      last.glyphs.push(glyph);
      if (!glyph.space && glyph.size > last.size) last.size = glyph.size;
    } else rows.push({ baseline: glyph.baseline, size: glyph.space ? 0 : glyph.size, glyphs: [glyph] });
  }
  const merged: typeof rows = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const next = rows[i + 1];
    if (
      next &&
      row.size > 0 &&
      row.size <= settings.text.superscriptSizeRatio * next.size &&
      next.baseline - row.baseline <= settings.text.superscriptMaxRise * next.size &&
      !stacked(row.glyphs, next.glyphs)
    ) {
      next.glyphs.push(...row.glyphs);
      continue;
    }
    merged.push(row);
  }
  return merged.map((r) => r.glyphs.sort((a, b) => a.x0 - b.x0));
}

/**
 * Do some glyphs of a raised row stand over glyphs of the row below (by more than half the
 * narrower one's width)? Markers sit beside the words they follow; a row drawn over the next
 * row's text is a line of its own (an OCR layer sizes each line by its box in the scan, so a
 * line set smaller just above another looks raised and small).
 */
function stacked(raised: readonly Glyph[], below: readonly Glyph[]): boolean {
  const a = raised.filter((g) => !g.space).sort((p, q) => p.x0 - q.x0);
  const b = below.filter((g) => !g.space).sort((p, q) => p.x0 - q.x0);
  let j = 0;
  for (const g of a) {
    while (j < b.length && b[j]!.x1 <= g.x0) j++;
    for (let k = j; k < b.length && b[k]!.x0 < g.x1; k++) {
      const overlap = Math.min(g.x1, b[k]!.x1) - Math.max(g.x0, b[k]!.x0);
      if (overlap > 0.5 * Math.min(g.x1 - g.x0, b[k]!.x1 - b[k]!.x0)) return true;
    }
  }
  return false;
}

function cutWords(glyphs: readonly Glyph[], settings: PdfSettings, out: Word[]): void {
  let current: Glyph[] = [];
  let spaceBefore = true;
  let spaceGlyph = false;
  let pendingSpace = false;
  let spaceAt: number | undefined;
  let pendingSpaceAt: number | undefined;
  let previous: Glyph | null = null;
  const flush = () => {
    if (current.length > 0) out.push(toWord(current, spaceBefore, spaceGlyph, spaceAt));
    current = [];
  };
  for (const glyph of glyphs) {
    if (glyph.space) {
      if (!pendingSpace) pendingSpaceAt = glyph.x0;
      pendingSpace = true;
      continue;
    }
    if (previous) {
      const size = Math.max(previous.size, glyph.size);
      const gap = glyph.x0 - previous.x1;
      // Fake bold: the same glyph drawn again a hair to the side.
      if (glyph.text === previous.text && Math.abs(glyph.x0 - previous.x0) < settings.text.duplicateGlyphShift * size) continue;
      // A change of size (a marker set smaller) starts a word; a change of font alone does not
      // (a symbol font inside a word, a bold letter).
      const otherFace = Math.abs(glyph.size - previous.size) > SAME_SIZE * size;
      const wordGap = gap > settings.text.wordGap * size;
      if (pendingSpace || wordGap || otherFace) {
        flush();
        spaceBefore = pendingSpace || wordGap;
        spaceGlyph = pendingSpace;
        spaceAt = pendingSpace ? pendingSpaceAt : undefined;
      }
    } else {
      spaceGlyph = pendingSpace;
      spaceAt = pendingSpace ? pendingSpaceAt : undefined;
    }
    pendingSpace = false;
    current.push(glyph);
    previous = glyph;
  }
  flush();
}

function toWord(glyphs: readonly Glyph[], spaceBefore: boolean, spaceGlyph: boolean, spaceAt: number | undefined): Word {
  let text = '';
  let x0 = Infinity;
  let x1 = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  let size = 0;
  let baseline = 0;
  for (const g of glyphs) {
    text += g.text;
    x0 = Math.min(x0, g.x0);
    x1 = Math.max(x1, g.x1);
    top = Math.min(top, g.top);
    bottom = Math.max(bottom, g.bottom);
    size = Math.max(size, g.size);
    baseline += g.baseline;
  }
  const first = glyphs[0]!;
  // (spaceAt always set, undefined or not: one object shape for every word.)
  return { text, x0, x1, top, bottom, baseline: baseline / glyphs.length, size, font: first.font, spaceBefore, spaceGlyph, spaceAt, invisible: first.invisible, mcid: first.mcid };
}

// --- lines

/** The size of most of the words' text (by characters): a line's size, which superscripts are compared with. */
export function dominantSize(words: readonly { size: number; text: string }[]): number {
  const weight = new Map<number, number>();
  for (const word of words) {
    const size = Math.round(word.size * 10) / 10;
    weight.set(size, (weight.get(size) ?? 0) + word.text.length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight || (w === bestWeight && size > best)) [best, bestWeight] = [size, w];
  return best;
}

/** The font most of some words' characters are set in. */
export function dominantFont(words: readonly { font: string; text: string }[]): string {
  const weight = new Map<string, number>();
  for (const word of words) weight.set(word.font, (weight.get(word.font) ?? 0) + word.text.length);
  return [...weight].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/**
 * The size of a line's text: that of most of its characters, unless those are raised markers
 * above larger text ("d¹⁰" on a wrapped label's own line: the marker has more characters than
 * the word it follows), when it is the larger text's.
 */
function lineTextSize(words: readonly Word[], settings: PdfSettings): number {
  const size = dominantSize(words);
  const larger = words.filter((w) => size < settings.text.superscriptSizeRatio * w.size);
  if (larger.length === 0) return size;
  const mean = (ws: readonly Word[]) => ws.reduce((s, w) => s + w.baseline, 0) / ws.length;
  const largerSize = dominantSize(larger);
  const markers = words.filter((w) => Math.round(w.size * 10) / 10 === size);
  return mean(larger) - mean(markers) >= settings.text.superscriptRise * largerSize ? largerSize : size;
}

/** A word smaller than the line's text, raised above its baseline, not as far as a line of its own. */
function isRaised(word: Word, lineSize: number, lineBaseline: number, settings: PdfSettings): boolean {
  return word.size < settings.text.superscriptSizeRatio * lineSize && word.baseline < lineBaseline && lineBaseline - word.baseline <= settings.text.superscriptMaxRise * lineSize;
}

/** Raised at least the superscript rise: a footnote marker (a word only a hair higher is on the line). */
function isSuperscript(word: Word, lineSize: number, lineBaseline: number, settings: PdfSettings): boolean {
  return isRaised(word, lineSize, lineBaseline, settings) && lineBaseline - word.baseline >= settings.text.superscriptRise * lineSize;
}

interface Group {
  words: Word[];
  size: number;
  baseline: number;
  /** By rounded size: the characters, the sum of baselines and the number of words (kept as words join). */
  bySize: Map<number, { chars: number; baselines: number; count: number }>;
  /** The largest size of a word. */
  largest: number;
}

function newGroup(word: Word): Group {
  const group: Group = { words: [], size: Math.round(word.size * 10) / 10, baseline: word.baseline, bySize: new Map(), largest: 0 };
  tally(group, word);
  return group;
}

function tally(group: Group, word: Word): void {
  group.words.push(word);
  const size = Math.round(word.size * 10) / 10;
  const entry = group.bySize.get(size);
  if (entry) {
    entry.chars += word.text.length;
    entry.baselines += word.baseline;
    entry.count++;
  } else group.bySize.set(size, { chars: word.text.length, baselines: word.baseline, count: 1 });
  group.largest = Math.max(group.largest, word.size);
}

/**
 * measure() for a group that just took one more word, from its tallies: the same size and
 * baseline (sums in the same order), without reading the whole line again for every word. A line
 * with text larger than its dominant size (a line of markers) is measured in full.
 */
function remeasure(group: Group, settings: PdfSettings): void {
  let size = 0;
  let bestChars = -1;
  for (const [s, { chars }] of group.bySize) if (chars > bestChars || (chars === bestChars && s > size)) [size, bestChars] = [s, chars];
  if (size < settings.text.superscriptSizeRatio * group.largest) {
    measure(group, settings);
    return;
  }
  const { baselines, count } = group.bySize.get(size)!;
  group.size = size;
  group.baseline = baselines / count;
}

function measure(group: Group, settings: PdfSettings): void {
  group.size = lineTextSize(group.words, settings);
  const normal = group.words.filter((w) => Math.round(w.size * 10) / 10 === group.size);
  const counted = normal.length > 0 ? normal : group.words;
  group.baseline = counted.reduce((s, w) => s + w.baseline, 0) / counted.length;
}

/** Groups words into lines, top to bottom. */
export function groupLines(words: readonly Word[], settings: PdfSettings): TextLine[] {
  const sorted = [...words].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const groups: Group[] = [];
  for (const word of sorted) {
    // Join the last line whose baseline is close enough, or whose text this word rides above as a superscript.
    const group = groups.findLast(
      (g) => Math.abs(word.baseline - g.baseline) <= settings.text.baselineTolerance * Math.max(g.size, word.size) || isRaised(word, g.size, g.baseline, settings),
    );
    if (group) {
      tally(group, word);
      remeasure(group, settings);
    } else groups.push(newGroup(word));
  }
  // A superscript seen before the text it belongs to started its own group: merge it down.
  const merged: Group[] = [];
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    const next = groups[i + 1];
    if (next && group.words.every((w) => isRaised(w, next.size, next.baseline, settings))) {
      next.words.push(...group.words);
      measure(next, settings);
      continue;
    }
    merged.push(group);
  }
  return merged.map((g) => toLine(g.words, settings)).sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
}

/** Lines from glyphs (the table stage's entry). */
export function textLines(glyphs: readonly Glyph[], settings: PdfSettings): TextLine[] {
  return groupLines(wordsOf(glyphs, settings), settings);
}

/** Is there a space between these two words of one line? A space glyph before it or a word gap says so. */
export function spaced(previous: Word, word: Word, settings: PdfSettings): boolean {
  return word.spaceGlyph || word.x0 - previous.x1 > settings.text.wordGap * Math.max(previous.size, word.size);
}

/** One line of words (already known to share a baseline): its text with spaces and superscript markers. */
export function toLine(group: readonly Word[], settings: PdfSettings): TextLine {
  const size = lineTextSize(group, settings);
  const normal = group.filter((w) => Math.round(w.size * 10) / 10 === size);
  const baseline = (normal.length > 0 ? normal : group).reduce((s, w) => s + w.baseline, 0) / (normal.length || group.length);
  const words = [...group].sort((a, b) => a.x0 - b.x0);
  let text = '';
  let previous: Word | null = null;
  for (const word of words) {
    const superscript = isSuperscript(word, size, baseline, settings) && /^\d+$/.test(word.text);
    const piece = superscript ? [...word.text].map((c) => SUPERSCRIPT[c] ?? c).join('') : word.text;
    // A space glyph is kept as printed; a gap alone makes no space before closing punctuation or
    // after an opening bracket (loose kerning around them).
    // (The last character alone is tested: a regex anchored at the end of the growing text would read all of it for each word.)
    if (previous && (word.spaceGlyph || (spaced(previous, word, settings) && !OPENS.test(text.slice(-1)) && !CLOSES.test(piece.slice(0, 1))))) text += ' ';
    text += piece;
    previous = word;
  }
  const { x0, x1, top, bottom } = boxOf(words);
  return { words, text: foldWhitespace(text), x0, x1, top, bottom, baseline, size };
}

/** Words as printed, for the table stage: spaced where the page spaced them, markers as plain digits. */
export function wordsText(words: readonly Word[]): string {
  let text = '';
  for (const [i, word] of words.entries()) text += i > 0 && word.spaceBefore ? ` ${word.text}` : word.text;
  return text;
}
