/**
 * The text of a cell from the glyphs inside it: lines top to bottom, joined by line breaks
 * (the page's own line breaks are kept; readers fold them as they need).
 */
import type { Glyph } from '../pdf/reader.js';
import type { PdfSettings } from '../pdf/settings.js';
import { textLines, wordsText } from '../pdf/lines.js';

export function cellText(glyphs: readonly Glyph[], settings: PdfSettings): string {
  if (glyphs.length === 0) return '';
  return textLines(glyphs, settings)
    .map((line) => wordsText(line.words))
    .join('\n');
}
