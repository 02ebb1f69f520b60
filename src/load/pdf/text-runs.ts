/**
 * Text runs: pdf.js text items in page coordinates (y grows downwards), with their font size.
 * Whitespace-only items are dropped: spaces are decided from the gaps between runs (lines.ts).
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { multiply, type Matrix } from './geometry.js';

export interface TextRun {
  text: string;
  x0: number;
  x1: number;
  /** The baseline's y. */
  baseline: number;
  fontSize: number;
}

/** Text whose direction is off horizontal by more than this (sin of the angle) is not read (rotated labels, watermarks). */
const MAX_SKEW = 0.1;

export interface PageText {
  runs: TextRun[];
  /** Number of non-space characters on the page (0 means an image-only page). */
  characters: number;
  /** Runs skipped because they are not horizontal. */
  rotated: number;
}

export async function readTextRuns(page: PDFPageProxy, viewportTransform: Matrix): Promise<PageText> {
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  let characters = 0;
  let rotated = 0;
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const text = (item as TextItem).str;
    const visible = text.replace(/\s+/g, '');
    characters += visible.length;
    if (visible === '') continue;
    const m = multiply(viewportTransform, item.transform as Matrix);
    const fontSize = Math.hypot(m[2], m[3]);
    const horizontalScale = Math.hypot(m[0], m[1]);
    if (fontSize === 0 || Math.abs(m[1]) / (horizontalScale || 1) > MAX_SKEW) {
      rotated++;
      continue;
    }
    // item.width is in user space; the viewport scale is 1, so it is already in page points.
    runs.push({ text, x0: m[4], x1: m[4] + item.width, baseline: m[5], fontSize });
  }
  return { runs, characters, rotated };
}
