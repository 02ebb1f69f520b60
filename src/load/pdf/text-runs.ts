/**
 * Text runs: pdf.js text items in page coordinates (y grows downwards), with their font size.
 * Whitespace-only items are dropped: spaces are decided from the gaps between runs (lines.ts).
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { multiply, type Matrix } from './geometry.js';
import type { PdfSettings } from './settings.js';

export interface TextRun {
  text: string;
  x0: number;
  x1: number;
  /** The baseline's y. */
  baseline: number;
  fontSize: number;
  /** The font (pdf.js's name for the loaded font face): bold header labels differ from body text by it. */
  font: string;
}

export interface PageText {
  runs: TextRun[];
  /** Number of non-space characters on the page (0 means an image-only page). */
  characters: number;
  /** Runs skipped because they are not horizontal. */
  rotated: number;
}

export async function readTextRuns(page: PDFPageProxy, viewportTransform: Matrix, settings: PdfSettings): Promise<PageText> {
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
    if (fontSize === 0 || Math.abs(m[1]) / (horizontalScale || 1) > settings.maxTextSkew) {
      rotated++;
      continue;
    }
    // item.width is in user space; the viewport scale is 1, so it is already in page points.
    runs.push({ text, x0: m[4], x1: m[4] + item.width, baseline: m[5], fontSize, font: (item as TextItem).fontName });
  }
  return { runs, characters, rotated };
}
