/**
 * Glyphs → words → text lines. A line is the glyphs whose baselines agree (within a share of
 * the font size); a word ends at a space glyph or at a gap wider than a share of the font size.
 * Glyphs drawn twice at nearly the same place (fake bold) are read once. A small glyph raised
 * above a line (a footnote marker) belongs to that line.
 */
import type { Glyph } from './page-content.js';
import type { TableSettings } from './settings.js';

export interface Word {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  size: number;
}

export interface TextLine {
  words: Word[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  /** The size of most of the line's text. */
  size: number;
}

/** Groups glyphs into lines (top to bottom), each with its words left to right. */
export function textLines(glyphs: readonly Glyph[], settings: TableSettings): TextLine[] {
  const rows = lineGlyphs(glyphs, settings);
  return rows.map((row) => toLine(wordsOf(row, settings)));
}

/** Clusters glyphs by baseline; a raised smaller glyph joins the line it rides on. */
function lineGlyphs(glyphs: readonly Glyph[], settings: TableSettings): Glyph[][] {
  const sorted = [...glyphs].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const lines: { baseline: number; size: number; glyphs: Glyph[] }[] = [];
  for (const glyph of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(glyph.baseline - last.baseline) <= settings.baselineTolerance * Math.max(last.size, glyph.size)) {
      last.glyphs.push(glyph);
      if (!glyph.space && glyph.size > last.size) last.size = glyph.size;
    } else lines.push({ baseline: glyph.baseline, size: glyph.space ? 0 : glyph.size, glyphs: [glyph] });
  }
  // Superscripts: a line of small glyphs whose baseline sits within the next line's ascent.
  const merged: { baseline: number; size: number; glyphs: Glyph[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const small = line.size > 0 && next && line.size <= settings.superscriptSizeRatio * next.size && next.baseline - line.baseline <= settings.superscriptMaxRise * next.size;
    if (small && next) {
      next.glyphs.push(...line.glyphs);
      continue;
    }
    merged.push(line);
  }
  return merged.map((l) => l.glyphs.sort((a, b) => a.x0 - b.x0)).filter((g) => g.some((x) => !x.space));
}

function wordsOf(glyphs: readonly Glyph[], settings: TableSettings): Word[] {
  const words: Word[] = [];
  let current: Glyph[] = [];
  let pendingSpace = false;
  const flush = () => {
    if (current.length > 0) words.push(toWord(current));
    current = [];
  };
  let previous: Glyph | null = null;
  for (const glyph of glyphs) {
    if (glyph.space) {
      pendingSpace = true;
      continue;
    }
    if (previous) {
      const size = Math.max(previous.size, glyph.size);
      const gap = glyph.x0 - previous.x1;
      // Fake bold: the same glyph drawn again a hair to the side.
      if (glyph.text === previous.text && Math.abs(glyph.x0 - previous.x0) < settings.duplicateGlyphShift * size) continue;
      if (pendingSpace || gap > settings.wordGap * size) flush();
    }
    pendingSpace = false;
    current.push(glyph);
    previous = glyph;
  }
  flush();
  return words;
}

function toWord(glyphs: readonly Glyph[]): Word {
  let text = '';
  let x0 = Infinity;
  let x1 = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  let size = 0;
  for (const g of glyphs) {
    text += g.text;
    x0 = Math.min(x0, g.x0);
    x1 = Math.max(x1, g.x1);
    top = Math.min(top, g.top);
    bottom = Math.max(bottom, g.bottom);
    size = Math.max(size, g.size);
  }
  // The baseline of the word's full-size glyphs (a superscript rides higher).
  let sum = 0;
  let count = 0;
  for (const g of glyphs) {
    if (g.size >= 0.9 * size) {
      sum += g.baseline;
      count++;
    }
  }
  return { text, x0, x1, top, bottom, baseline: sum / count, size };
}

function toLine(words: Word[]): TextLine {
  const weight = new Map<number, number>();
  for (const w of words) weight.set(w.size, (weight.get(w.size) ?? 0) + w.text.length);
  const size = [...weight].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
  const main = words.filter((w) => w.size === size);
  return {
    words,
    x0: Math.min(...words.map((w) => w.x0)),
    x1: Math.max(...words.map((w) => w.x1)),
    top: Math.min(...words.map((w) => w.top)),
    bottom: Math.max(...words.map((w) => w.bottom)),
    baseline: main.reduce((s, w) => s + w.baseline, 0) / main.length,
    size,
  };
}

/** A line's text: its words joined by single spaces. */
export function lineText(words: readonly Word[]): string {
  return words.map((w) => w.text).join(' ');
}
