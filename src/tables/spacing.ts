/**
 * The page's own word space. Column gaps are judged against it: a gap counts as a possible
 * column gap ("phrase" boundary, gutter) when it is clearly wider than the space between words
 * of running text in this document's fonts, not wider than a fixed share of the font size. A
 * dense numeric table may leave only half an em between columns in a font whose space is a
 * quarter em; a font with wide spaces would see column gaps everywhere at a fixed threshold.
 */
import type { TextLine } from '../pdf/lines.js';
import type { PdfSettings } from '../pdf/settings.js';

/** A column gap is at least this many word spaces wide. */
const SPACES_PER_GAP = 1.6;
/** Gaps wider than this (em) are not word spaces (columns, tabs): they are left out of the measure. */
const WIDEST_SPACE = 0.6;
/** Fewer word gaps than this on a page: too few to measure, keep the configured widths. */
const MIN_SAMPLES = 20;

/** The median gap between consecutive words (em), over gaps narrow enough to be word spaces; null when too few. */
export function wordSpace(lines: readonly TextLine[], settings: PdfSettings): number | null {
  const gaps: number[] = [];
  for (const line of lines) {
    for (let i = 1; i < line.words.length; i++) {
      const a = line.words[i - 1]!;
      const b = line.words[i]!;
      const size = Math.max(a.size, b.size);
      if (size <= 0) continue;
      const gap = (b.x0 - a.x1) / size;
      if (gap > settings.text.wordGap && gap < WIDEST_SPACE) gaps.push(gap);
    }
  }
  if (gaps.length < MIN_SAMPLES) return null;
  gaps.sort((x, y) => x - y);
  return gaps[Math.floor(gaps.length / 2)]!;
}

/**
 * The settings with the phrase gap and the narrowest gutter lowered to what the page's word space
 * allows (never raised: justified text stretches its spaces, columns stay at least as wide).
 */
export function withPageSpacing(lines: readonly TextLine[], settings: PdfSettings): PdfSettings {
  const space = wordSpace(lines, settings);
  if (space === null) return settings;
  const gap = SPACES_PER_GAP * space;
  return { ...settings, tables: { ...settings.tables, chunkGap: Math.min(settings.tables.chunkGap, gap), minGutter: Math.min(settings.tables.minGutter, gap) } };
}
