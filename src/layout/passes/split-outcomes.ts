/**
 * A pass after a row closes: one outcome cell holding two (or more) outcomes is split at the next
 * id of the sequence; every part keeps the row's other cells.
 */
import { Diagnostics } from '../../diagnostics.js';
import type { RowDraft } from '../model.js';
import { successors } from '../outcome-ids.js';

/**
 * One outcome cell holding two outcomes ("h. Develop … information. i. Governments …"): split at
 * the next id of the sequence when it follows a sentence end and starts a sentence. Both parts
 * share the row's other cells.
 */
/**
 * At most this many outcomes are split out of one cell. Real editions put two (rarely three) in a
 * cell; every part repeats the row's other cells, so an unbounded split of a crafted cell with
 * thousands of ids would multiply the work and the output by thousands.
 */
export const MAX_OUTCOMES_PER_CELL = 8;

export function splitDoubleOutcome(row: RowDraft, depth = 1): RowDraft[] {
  if (row.printed.kind !== 'id' || !/^[A-Za-z]\d{0,2}$/.test(row.printed.text)) return [row];
  const own = row.printed.text;
  const next = successors(own, /[a-z]/.test(own) ? 'lower' : 'upper');
  for (let f = 0; f < row.cells.outcome.length; f++) {
    const fragment = row.cells.outcome[f]!;
    for (const id of next) {
      const at = new RegExp(`[.;]\\s+(${id})[.:]\\s+(?=[A-Z])`).exec(fragment.text);
      if (!at) continue;
      if (depth >= MAX_OUTCOMES_PER_CELL) {
        row.diagnostics.warn('outcome-split', `one cell holds more than ${MAX_OUTCOMES_PER_CELL} outcomes; the rest stays in this outcome's text`, fragment.place);
        return [row];
      }
      const cut = at.index + 1;
      const firstCells = { ...row.cells, outcome: [...row.cells.outcome.slice(0, f), { ...fragment, text: fragment.text.slice(0, cut).trim() }] };
      const secondText = fragment.text.slice(cut + at[0].length - 1).trim();
      const secondCells = {
        outcome: [{ ...fragment, text: secondText }, ...row.cells.outcome.slice(f + 1)],
        timing: [...row.cells.timing],
        goals: [...row.cells.goals],
        sdgs: [...row.cells.sdgs],
        results: [...row.cells.results],
      };
      const message = `one cell held outcomes ${own} and ${id}; split at "${id}." (both keep the row's other cells)`;
      const firstDiagnostics = row.diagnostics;
      firstDiagnostics.warn('outcome-split', message, fragment.place);
      const secondDiagnostics = new Diagnostics();
      secondDiagnostics.warn('outcome-split', message, fragment.place);
      const first: RowDraft = { ...row, cells: firstCells, diagnostics: firstDiagnostics };
      const second: RowDraft = { ...row, printed: { kind: 'id', text: id }, cells: secondCells, diagnostics: secondDiagnostics };
      return [first, ...splitDoubleOutcome(second, depth + 1)];
    }
  }
  return [row];
}

