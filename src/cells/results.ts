/**
 * The "Expected Results of ITU Activities" cell: results after an "Expected Results" label,
 * activities after an "ITU Activities" label (capital A: "ITU activities under ..." is an item),
 * each cut into items. With no label at all, the whole cell is results.
 */
import { Diagnostics } from '../diagnostics.js';
import type { CellContent } from './cell-content.js';
import { cutRunTogether, itemPieces, type ItemPieces } from './items.js';
import { joinCell } from './joined-cell.js';
import { quote } from './quote.js';

const LABEL = /\bExpected\s[Rr]esults\b\s?:?|\bITU\sActivities\b\s?:?/g;

export interface Results {
  expectedResults: string[];
  activities: string[];
}

/** `known`: the document's items printed on their own (see knownItems), to cut run-together items at. */
export function parseResults(cell: CellContent, diag: Diagnostics, known: ReadonlySet<string> = new Set()): Results {
  const pieces = resultPieces(cell);
  if (pieces.unlabelledAt !== null) {
    const { text, placeAt } = pieces.joined;
    diag.warn('results-unlabelled', `${quote(text.slice(0, pieces.firstLabel!).trim())} precedes the "Expected Results" label; kept as a result.`, placeAt(pieces.unlabelledAt));
  }
  return resultsOf(pieces, known);
}

/** A results cell read up to its items, before any run-together item is cut (none of it depends on the known items). */
interface ResultPieces {
  joined: ReturnType<typeof joinCell>;
  /** The items before the first label, then after each label. */
  stretches: { activities: boolean; pieces: ItemPieces }[];
  /** Where text before an "Expected Results" label starts (for its warning), or null when there is none. */
  unlabelledAt: number | null;
  firstLabel: number | null;
}

function resultPieces(cell: CellContent): ResultPieces {
  const joined = joinCell(cell, true);
  const { text } = joined;
  const labels = [...text.matchAll(LABEL)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    activities: m[0].startsWith('ITU'),
  }));

  const first = labels[0];
  const before = text.slice(0, first?.start ?? text.length);
  const beforePieces = itemPieces(before);
  const hasBefore = beforePieces.unbulleted.length + beforePieces.bulleted.length > 0;
  const stretches = [{ activities: false, pieces: beforePieces }];
  labels.forEach((label, k) => stretches.push({ activities: label.activities, pieces: itemPieces(text.slice(label.end, labels[k + 1]?.start ?? text.length)) }));
  return {
    joined,
    stretches,
    unlabelledAt: hasBefore && labels.some((l) => !l.activities) ? text.length - text.trimStart().length : null,
    firstLabel: first?.start ?? null,
  };
}

function resultsOf(pieces: ResultPieces, known: ReadonlySet<string>): Results {
  const out: Results = { expectedResults: [], activities: [] };
  for (const stretch of pieces.stretches) (stretch.activities ? out.activities : out.expectedResults).push(...cutRunTogether(stretch.pieces, known));
  return out;
}

/**
 * The items a document prints on their own, read from all its results cells: each round adds the
 * items the round before could cut out, so an item found run together in one cell helps cut it in
 * another. Two rounds settle the 2018 edition; a third changes nothing. Each cell is read up to
 * its items once; the rounds only cut them again.
 */
export function knownItems(cells: readonly CellContent[], rounds = 2): Set<string> {
  const pieces = cells.map(resultPieces);
  let known = new Set<string>();
  for (let round = 0; round < rounds; round++) {
    const next = new Set<string>();
    for (const cell of pieces) {
      const { expectedResults, activities } = resultsOf(cell, known);
      for (const item of [...expectedResults, ...activities]) next.add(item.replace(/[.;]$/, ''));
    }
    known = next;
  }
  return known;
}
