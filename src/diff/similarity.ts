/**
 * How alike two outcome texts are, for matching outcomes across editions: the words both share
 * in the same order (the longest common subsequence of words, case and punctuation ignored), as
 * a share of all their words (Dice: 2·common / (words of a + words of b)). 1 for the same words,
 * 0 for none in common. Word order counts, so two texts that merely use the same vocabulary
 * score lower than a reworded copy.
 */
import { diffArrays } from 'diff';

/** Lower-case words of letters and digits: "ICT-based services," → ["ict", "based", "services"]. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function textSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  let common = 0;
  for (const change of diffArrays(a as string[], b as string[])) {
    if (!change.added && !change.removed) common += change.count;
  }
  return (2 * common) / (a.length + b.length);
}
