/**
 * Which outcome of the old edition is which outcome of the new one.
 *
 * 1. By key: `C2.geneva.F` in both editions is, at first, the same outcome.
 * 2. By content: outcomes are paired by text similarity (see similarity.ts), best pairs first,
 *    each outcome at most once, the same action line preferred. A content pair takes the place
 *    of key pairs when its texts differ much less than theirs do: when ITU deletes outcome F,
 *    G becomes F, H becomes G and so on; the old G and the new F then share their text but not
 *    their key, while the old F and the new F share a key but not their text. Each shifted
 *    outcome is one renamed outcome, not a rewrite of the one that now holds its old letter.
 * What stays unpaired was added or removed.
 */
import type { Outcome } from '../schema/roadmap.js';
import { textSimilarity, wordsOf } from './similarity.js';

/**
 * The least similarity for pairing two outcomes by content alone (their keys differ): more
 * than half of the words of both texts, in order, are shared. In the 2018 edition, outcomes
 * that say different things stay below 0.5 even when they share a stock phrase ("Governments,
 * in cooperation with other stakeholders, should …": 0.49), while a reworded outcome keeps
 * most of its words. Outcomes that share a long lead-in (C5 B1–B5: 0.61–0.80) or are repeated
 * in two action lines (C5.C and C6.i: 0.97) do pass it: those are told apart by the key and by
 * pairing each outcome only once, best pairs first, not by this threshold.
 */
export const CONTENT_MATCH_THRESHOLD = 0.6;

/**
 * A content pair replaces a key pair when its texts differ less than half as much
 * ((1 − content) < ratio · (1 − key)). A shifted outcome usually keeps its whole text (1.0),
 * while its new neighbour under the same letter may still look 0.6–0.8 alike when the two share
 * a lead-in, so "the key pair is below the threshold" would not catch it; an outcome whose text
 * did not change at all (key similarity 1) is never taken from its key.
 */
export const CONTENT_OVER_KEY_RATIO = 0.5;

/** Added to the rank (not the similarity) of a content pair within one action line. */
export const SAME_ACTION_LINE_PREFERENCE = 0.1;

export interface OutcomePair {
  from: Outcome | null;
  to: Outcome | null;
  /** Text similarity of a matched pair, rounded to 3 decimals; null when unmatched. */
  similarity: number | null;
}

interface Candidate {
  from: number;
  to: number;
  similarity: number;
  rank: number;
}

/** Every outcome of both editions, once: pairs in `to` order, then the removed in `from` order. */
export function matchOutcomes(from: readonly Outcome[], to: readonly Outcome[]): OutcomePair[] {
  const fromWords = from.map((o) => wordsOf(o.text));
  const toWords = to.map((o) => wordsOf(o.text));
  const toIndexByKey = new Map(to.map((o, i) => [o.key, i]));

  // partnerOfFrom[i] = j: old outcome i is paired with new outcome j (and back).
  const partnerOfFrom = new Array<number | null>(from.length).fill(null);
  const partnerOfTo = new Array<number | null>(to.length).fill(null);
  const similarityOfFrom = new Array<number>(from.length).fill(0);
  const byKey = new Array<boolean>(from.length).fill(false);
  const pair = (i: number, j: number, similarity: number, keyed: boolean): void => {
    partnerOfFrom[i] = j;
    partnerOfTo[j] = i;
    similarityOfFrom[i] = similarity;
    byKey[i] = keyed;
  };
  const unpair = (i: number): void => {
    const j = partnerOfFrom[i];
    if (j === null || j === undefined) return;
    partnerOfFrom[i] = null;
    partnerOfTo[j] = null;
  };

  from.forEach((outcome, i) => {
    const j = toIndexByKey.get(outcome.key);
    if (j !== undefined) pair(i, j, textSimilarity(fromWords[i]!, toWords[j]!), true);
  });

  // Outcomes whose key pair kept the whole text are settled: no content pair can outweigh it.
  const settledFrom = (i: number) => byKey[i] === true && partnerOfFrom[i] !== null && similarityOfFrom[i] === 1;
  const settledTo = (j: number) => partnerOfTo[j] !== null && settledFrom(partnerOfTo[j]!);
  const candidates: Candidate[] = [];
  for (let i = 0; i < from.length; i++) {
    if (settledFrom(i)) continue;
    for (let j = 0; j < to.length; j++) {
      if (settledTo(j) || from[i]!.key === to[j]!.key) continue;
      const similarity = textSimilarity(fromWords[i]!, toWords[j]!);
      if (similarity < CONTENT_MATCH_THRESHOLD) continue;
      const rank = similarity + (from[i]!.actionLine === to[j]!.actionLine ? SAME_ACTION_LINE_PREFERENCE : 0);
      candidates.push({ from: i, to: j, similarity, rank });
    }
  }
  candidates.sort((a, b) => b.rank - a.rank || a.to - b.to || a.from - b.from);

  // A pair taken by content can free an outcome whose earlier candidate was turned down while
  // it still had its key pair, so go over the candidates until nothing changes.
  const byContent = new Set<number>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const candidate of candidates) {
      const { from: i, to: j, similarity } = candidate;
      if (byContent.has(i) || (partnerOfTo[j] !== null && !byKey[partnerOfTo[j]!])) continue;
      const oldKeyPair = partnerOfFrom[i] !== null ? similarityOfFrom[i]! : null;
      const newKeyPair = partnerOfTo[j] !== null ? similarityOfFrom[partnerOfTo[j]!]! : null;
      if (oldKeyPair !== null && !outweighs(similarity, oldKeyPair)) continue;
      if (newKeyPair !== null && !outweighs(similarity, newKeyPair)) continue;
      unpair(i);
      if (partnerOfTo[j] !== null) unpair(partnerOfTo[j]!);
      pair(i, j, similarity, false);
      byContent.add(i);
      changed = true;
    }
  }

  const pairs: OutcomePair[] = to.map((outcome, j) => {
    const i = partnerOfTo[j];
    return i === null || i === undefined
      ? { from: null, to: outcome, similarity: null }
      : { from: from[i]!, to: outcome, similarity: round(similarityOfFrom[i]!) };
  });
  from.forEach((outcome, i) => {
    if (partnerOfFrom[i] === null) pairs.push({ from: outcome, to: null, similarity: null });
  });
  return pairs;
}

/** Does a content pair with this similarity outweigh a key pair with that one? */
function outweighs(content: number, key: number): boolean {
  return 1 - content < CONTENT_OVER_KEY_RATIO * (1 - key);
}

function round(similarity: number): number {
  return Math.round(similarity * 1000) / 1000;
}
