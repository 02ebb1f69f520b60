/**
 * The "Expected Results of ITU Activities" cell: results after an "Expected Results" label,
 * activities after an "ITU Activities" label (capital A: "ITU activities under ..." is an item),
 * each cut into items. With no label at all, the whole cell is results.
 */
import type { Diagnostics } from '../diagnostics.js';
import type { CellContent } from './cell-content.js';
import { splitItems } from './items.js';
import { joinCell } from './joined-cell.js';
import { quote } from './quote.js';

const LABEL = /\bExpected\s[Rr]esults\b\s?:?|\bITU\sActivities\b\s?:?/g;

export interface Results {
  expectedResults: string[];
  activities: string[];
}

export function parseResults(cell: CellContent, diag: Diagnostics): Results {
  const { text, placeAt } = joinCell(cell, true);
  const out: Results = { expectedResults: [], activities: [] };
  const labels = [...text.matchAll(LABEL)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    activities: m[0].startsWith('ITU'),
  }));

  const first = labels[0];
  const before = text.slice(0, first?.start ?? text.length);
  const beforeItems = splitItems(before);
  out.expectedResults.push(...beforeItems);
  if (beforeItems.length > 0 && labels.some((l) => !l.activities)) {
    const at = text.length - text.trimStart().length;
    diag.warn('results-unlabelled', `${quote(before.trim())} precedes the "Expected Results" label; kept as a result.`, placeAt(at));
  }

  labels.forEach((label, k) => {
    const items = splitItems(text.slice(label.end, labels[k + 1]?.start ?? text.length));
    (label.activities ? out.activities : out.expectedResults).push(...items);
  });
  return out;
}
