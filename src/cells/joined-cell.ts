/**
 * A cell as one string that still knows which source line each character came from, so a
 * parser working on the whole text can report a warning at the fragment it concerns.
 */
import { NOWHERE, type Place } from '../diagnostics.js';
import { type CellContent, cellPlace, foldWhitespace } from './cell-content.js';

export interface JoinedCell {
  /** Non-empty fragments, whitespace folded, joined by one space (or "\n" at a paragraph break). */
  readonly text: string;
  /** The place of the fragment holding the character at `offset`. */
  placeAt(offset: number): Place;
}

/**
 * Joins the fragments. Without `keepBreaks` the text equals `cellText(cell)`; with it, a
 * paragraph break (empty fragment) between two texts becomes a single "\n".
 */
export function joinCell(cell: CellContent, keepBreaks = false): JoinedCell {
  const starts: number[] = [];
  const places: Place[] = [];
  let text = '';
  let pendingBreak = false;
  for (const fragment of cell) {
    const folded = foldWhitespace(fragment.text);
    if (folded === '') {
      pendingBreak = keepBreaks && text !== '';
      continue;
    }
    if (text !== '') text += pendingBreak ? '\n' : ' ';
    pendingBreak = false;
    starts.push(text.length);
    places.push(fragment.place);
    text += folded;
  }
  const fallback = cell.length > 0 ? cellPlace(cell) : NOWHERE;
  return {
    text,
    placeAt(offset: number): Place {
      // Binary search for the last fragment starting at or before the offset.
      let lo = 0;
      let hi = starts.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((starts[mid] ?? 0) <= offset) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return places[found] ?? places[0] ?? fallback;
    },
  };
}
