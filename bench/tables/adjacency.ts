/**
 * The ICDAR 2013 table-competition measure (Göbel et al.): every non-empty cell paired with its
 * nearest non-empty neighbour to the right (same row) and below (same column); precision,
 * recall and F1 over the multiset of (text, text, direction) triples. It tolerates an extra or
 * missing empty row or column, and scores a split or merged cell by the relations it breaks.
 */

export type Normalise = (text: string) => string;

/** Whitespace folded to one space, ends trimmed. */
export const foldSpaces: Normalise = (text) => text.replace(/\s+/g, ' ').trim();
/** All whitespace removed (tools disagree about spaces between close glyphs). */
export const removeSpaces: Normalise = (text) => text.replace(/\s+/g, '');

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  expected: number;
  found: number;
  matched: number;
}

/** The adjacency relations of one table (rows of cell texts), as a multiset. */
export function adjacencyRelations(rows: readonly (readonly string[])[], normalise: Normalise, into = new Map<string, number>()): Map<string, number> {
  const texts = rows.map((row) => row.map(normalise));
  const width = Math.max(0, ...texts.map((r) => r.length));
  const add = (a: string, b: string, direction: string) => {
    const key = `${a}\u0000${b}\u0000${direction}`;
    into.set(key, (into.get(key) ?? 0) + 1);
  };
  for (let r = 0; r < texts.length; r++) {
    for (let c = 0; c < width; c++) {
      const text = texts[r]![c] ?? '';
      if (text === '') continue;
      for (let k = c + 1; k < width; k++) {
        const right = texts[r]![k] ?? '';
        if (right !== '') {
          add(text, right, 'right');
          break;
        }
      }
      for (let k = r + 1; k < texts.length; k++) {
        const below = texts[k]![c] ?? '';
        if (below !== '') {
          add(text, below, 'below');
          break;
        }
      }
    }
  }
  return into;
}

/** Scores found tables (their relations pooled) against the expected table(s). */
export function adjacencyScore(expected: readonly (readonly (readonly string[])[])[], found: readonly (readonly (readonly string[])[])[], normalise: Normalise): Score {
  const want = new Map<string, number>();
  for (const t of expected) adjacencyRelations(t, normalise, want);
  const got = new Map<string, number>();
  for (const t of found) adjacencyRelations(t, normalise, got);
  let matched = 0;
  for (const [key, n] of got) matched += Math.min(n, want.get(key) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + n, 0);
  const nExpected = total(want);
  const nFound = total(got);
  const precision = nFound === 0 ? 0 : matched / nFound;
  const recall = nExpected === 0 ? 0 : matched / nExpected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, expected: nExpected, found: nFound, matched };
}
