/**
 * A pass after a row closes: OCR ghosts (garbled near-copies of a neighbouring line in the same
 * cell) and stray numbers after a finished sentence are dropped, each with a warning. A line that
 * reads as a reference is content and is never dropped as a ghost.
 */
import type { CellFragment } from '../../cells/cell-content.js';
import { clip, type Diagnostics } from '../../diagnostics.js';
import type { ColumnKind } from '../columns.js';
import { isGhostOf, type Lexicon } from '../ghosts.js';
import { readsAsReference } from '../reference-line.js';

/** Text columns, where a bare number after a finished sentence cannot belong to the cell. */
const PROSE_COLUMNS: readonly ColumnKind[] = ['outcome', 'results'];

export function dropGhostsAndGarbage(fragments: CellFragment[], kind: ColumnKind, lexicon: Lexicon, diagnostics: Diagnostics): CellFragment[] {
  const kept: CellFragment[] = [];
  fragments.forEach((fragment, i) => {
    if (fragment.text === '' || i === 0) {
      kept.push(fragment);
      return;
    }
    const above = nearestText(fragments, i, -1);
    const below = nearestText(fragments, i, +1);
    const ghost = (above && isGhostOf(fragment.text, above, true, lexicon)) || (below && isGhostOf(fragment.text, below, false, lexicon));
    // A line that reads as a reference is content, however like its neighbour it looks.
    if (ghost && !readsAsReference(fragment.text)) {
      diagnostics.warn('ghost-line-dropped', `dropped "${clip(fragment.text)}", a garbled copy of the neighbouring line in the ${kind} cell`, fragment.place);
      return;
    }
    if (PROSE_COLUMNS.includes(kind) && /^[\d\s.,;:()-]+$/.test(fragment.text) && !isPlausibleYear(fragment.text) && above && /[.;:!?]$/.test(above)) {
      diagnostics.warn('garbage-dropped', `dropped "${clip(fragment.text)}", a stray number after a finished sentence in the ${kind} cell`, fragment.place);
      return;
    }
    kept.push(fragment);
  });
  return kept;
}

/** "2018" or "2018." after a sentence can be real (a year on its own line); "1015." cannot. */
function isPlausibleYear(text: string): boolean {
  const year = /^\s*(\d{4})\.?\s*$/.exec(text);
  return year !== null && Number(year[1]) >= 1900 && Number(year[1]) <= 2100;
}

/** The text of the fragment next to `index` in `direction`, if it is on the adjacent line (no paragraph break between). */
function nearestText(fragments: readonly CellFragment[], index: number, direction: 1 | -1): string | null {
  const neighbour = fragments[index + direction];
  if (!neighbour || neighbour.text === '') return null;
  return neighbour.text;
}

