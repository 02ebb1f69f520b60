/**
 * Cleaning one cell's text: converters leave inline markup (`<u>`, `<mark>`, `<sup>`…), HTML
 * entities and footnote superscripts in the text. Markers are kept apart so the header can say
 * which column a footnote belongs to.
 */
import { foldWhitespace } from '../cells/cell-content.js';

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '\u2070': '0', '\u00b9': '1', '\u00b2': '2', '\u00b3': '3', '\u2074': '4',
  '\u2075': '5', '\u2076': '6', '\u2077': '7', '\u2078': '8', '\u2079': '9',
};
const SUPERSCRIPT_RUN = /[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+/g;
/** `<sup>12</sup>`: a footnote marker written as markup. */
const SUP_TAG = /<sup>\s*(\d{1,3})\s*<\/sup>/gi;
/** Any other tag: `<u>`, `</mark>`, `<span class="x">`, `<br/>`. A tag starts with a letter or '/'. */
const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]{0,200})?\/?>/gi;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

export function superscriptToDigits(run: string): string {
  return [...run].map((c) => SUPERSCRIPT_DIGITS[c] ?? c).join('');
}

export interface CleanedCell {
  text: string;
  markers: string[];
}

export function cleanCell(raw: string): CleanedCell {
  const markers: string[] = [];
  let text = raw.replace(SUP_TAG, (_m, digits: string) => {
    markers.push(digits);
    return ' ';
  });
  text = text.replace(TAG, (tag) => (/^<br/i.test(tag) ? ' ' : ''));
  text = text.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e] ?? e);
  text = text.replace(SUPERSCRIPT_RUN, (run) => {
    markers.push(superscriptToDigits(run));
    return ' ';
  });
  return { text: foldWhitespace(text), markers };
}
