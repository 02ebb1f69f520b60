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

/** Whitespace that folding changes: any but a plain space, two spaces, a space at either end. */
const UNFOLDED = /[^\S ]| {2}|^ | $/;

/** Folds runs of whitespace (including NBSP) to single spaces and trims. */
export function foldWhitespace(text: string): string {
  // Most texts are folded already (a cell's text is folded again by later stages): returned as they are.
  if (!UNFOLDED.test(text)) return text;
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
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
