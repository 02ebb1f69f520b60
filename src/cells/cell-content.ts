/**
 * What the rows stage hands to a cell parser: the cell's text, line by line, already cleaned
 * (markup and footnote superscripts stripped by the grid stage, OCR ghosts dropped by the rows
 * stage). A fragment with empty text is a paragraph break: a source line on which the row
 * continued but this cell was empty. Parsers are pure functions of a CellContent plus a
 * Diagnostics collector; they never throw on odd input, they report.
 */
import type { Place } from '../diagnostics.js';

export interface CellFragment {
  text: string;
  place: Place;
}

export type CellContent = readonly CellFragment[];

/** Folds runs of whitespace (including NBSP) to single spaces and trims. */
export function foldWhitespace(text: string): string {
  // Most text is folded already: given back as it is, neither scanned by the regex nor copied
  // (a copy of every cell's text was a third of a large edition's grid).
  return isFolded(text) ? text : text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** What `\s` matches (and trim removes) besides the plain space: tab to CR, NBSP and the Unicode spaces. */
function isOtherSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** No whitespace but single plain spaces between other characters. */
function isFolded(text: string): boolean {
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (isOtherSpace(c)) {
      return false;
    } else {
      afterSpace = false;
    }
  }
  return !afterSpace || text.length === 0;
}

/** The cell as one string: its non-empty fragments joined by single spaces, whitespace folded. */
export function cellText(cell: CellContent): string {
  return foldWhitespace(cell.map((f) => f.text).join(' '));
}

/** The place of the first non-empty fragment (or of the first fragment, or nowhere). */
export function cellPlace(cell: CellContent): Place {
  const first = cell.find((f) => f.text.trim() !== '') ?? cell[0];
  return first ? first.place : { line: null, page: null };
}

/** Builds a one-fragment cell: handy for tests and for formats without line structure. */
export function singleFragment(text: string, line: number | null = null, page: number | null = null): CellContent {
  return [{ text, place: { line, page } }];
}
