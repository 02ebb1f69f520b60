/**
 * The text of a cell from the glyphs inside it: lines top to bottom, joined by line breaks
 * (the page's own line breaks are kept; readers fold them as they need).
 */
import type { Glyph } from './page-content.js';
import type { TableSettings } from './settings.js';
import { lineText, textLines } from './words.js';

export function cellText(glyphs: readonly Glyph[], settings: TableSettings): string {
  if (glyphs.length === 0) return '';
  return textLines(glyphs, settings)
    .map((line) => lineText(line.words))
    .join('\n');
}
