/**
 * The "Expected Results of ITU Activities" cell: results after an "Expected Results" label,
 * activities after an "ITU Activities" label (capital A: "ITU activities under ..." is an item),
 * each cut into items. With no label at all, the whole cell is results.
 */
import { Diagnostics } from '../diagnostics.js';
import type { CellContent } from './cell-content.js';
import { splitItems } from './items.js';
import { joinCell } from './joined-cell.js';
import { quote } from './quote.js';

const LABEL = /\bExpected\s[Rr]esults\b\s?:?|\bITU\sActivities\b\s?:?/g;

export interface Results {
  expectedResults: string[];
  activities: string[];
}

/** `known`: the document's items printed on their own (see knownItems), to cut run-together items at. */
export function parseResults(cell: CellContent, diag: Diagnostics, known: ReadonlySet<string> = new Set()): Results {
  const { text, placeAt } = joinCell(cell, true);
  const out: Results = { expectedResults: [], activities: [] };
  const labels = [...text.matchAll(LABEL)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    activities: m[0].startsWith('ITU'),
  }));

  const first = labels[0];
  const before = text.slice(0, first?.start ?? text.length);
  const beforeItems = splitItems(before, known);
  out.expectedResults.push(...beforeItems);
  if (beforeItems.length > 0 && labels.some((l) => !l.activities)) {
    const at = text.length - text.trimStart().length;
    diag.warn('results-unlabelled', `${quote(before.trim())} precedes the "Expected Results" label; kept as a result.`, placeAt(at));
  }

  labels.forEach((label, k) => {
    const items = splitItems(text.slice(label.end, labels[k + 1]?.start ?? text.length), known);
    (label.activities ? out.activities : out.expectedResults).push(...items);
  });
  return out;
}

/**
 * The items a document prints on their own, read from all its results cells: each round adds the
 * items the round before could cut out, so an item found run together in one cell helps cut it in
 * another. Two rounds settle the 2018 edition; a third changes nothing.
 */
export function knownItems(cells: readonly CellContent[], rounds = 2): Set<string> {
  let known = new Set<string>();
  for (let round = 0; round < rounds; round++) {
    const next = new Set<string>();
    for (const cell of cells) {
      const { expectedResults, activities } = parseResults(cell, new Diagnostics(), known);
      for (const item of [...expectedResults, ...activities]) next.add(item.replace(/[.;]$/, ''));
    }
    known = next;
  }
  return known;
}
