/**
 * Field-by-field agreement of a roadmap read from one rendering with the roadmap of the text
 * edition (output/2018/roadmap.json): which outcomes were found, missed or invented, and which
 * of their fields are equal. Shared by the PDF variant tests and scripts/variant-scores.ts, so
 * the tests and the per-layout table count the same way.
 */
import type { Outcome, RoadmapEdition } from '../../src/schema/roadmap.js';

export const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

function withoutRaw<T extends { raw: unknown }>(value: T): Omit<T, 'raw'> {
  const { raw: _raw, ...rest } = value;
  return rest;
}

/** The fields compared: structured fields without `raw` (the cell as printed), texts folded. */
export function comparable(outcome: Outcome) {
  return {
    text: fold(outcome.text),
    subItems: outcome.subItems.map((s) => s.id),
    timing: outcome.timing,
    goals: { ...withoutRaw(outcome.goals), resolutions: outcome.goals.resolutions.map((r) => withoutRaw(r)) },
    sdgs: withoutRaw(outcome.sdgs),
    expectedResults: outcome.expectedResults.map(fold),
    activities: outcome.activities.map(fold),
  };
}
export type Field = keyof ReturnType<typeof comparable>;
export const FIELDS: readonly Field[] = ['text', 'subItems', 'timing', 'goals', 'sdgs', 'expectedResults', 'activities'];

/**
 * Fields in which an OCR copy may differ (words it misread); a difference in any other field
 * (ids of sub-items, timing, goals and resolutions, SDGs) is not allowed, nor a missing or
 * invented outcome.
 */
export const WORD_FIELDS: ReadonlySet<Field> = new Set(['text', 'expectedResults', 'activities']);

export const outcomesOf = (edition: RoadmapEdition) => new Map(edition.actionLines.flatMap((a) => a.outcomes).map((o) => [o.key, o]));

/** Deep equality of two JSON-like values (the comparable fields are plain data). */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface Agreement {
  /** Outcomes of the text edition. */
  expected: number;
  /** Outcomes read whose key the text edition has. */
  found: number;
  /** Keys of the text edition not read. */
  missing: string[];
  /** Outcomes read that the text edition does not have: unknown keys, and a key read twice. */
  invented: string[];
  /** Fields compared: every field of every expected outcome (a missing outcome's fields count as unequal). */
  fields: number;
  /** Fields equal to the text edition's (or to the listed legitimate value). */
  equal: number;
  /** `key.field` of each unequal field of a found outcome. */
  differing: string[];
  /** Whether the outcome keys come in the text edition's order. */
  sameOrder: boolean;
}

/**
 * Compares `got` with `expected`. `differences` maps `key.field` to the value expected instead,
 * where a rendering legitimately reads differently.
 */
export function agreement(got: RoadmapEdition, expected: RoadmapEdition, differences: Record<string, () => unknown> = {}): Agreement {
  const want = outcomesOf(expected);
  const read = got.actionLines.flatMap((a) => a.outcomes);
  const seen = new Set<string>();
  const invented: string[] = [];
  for (const o of read) {
    if (!want.has(o.key) || seen.has(o.key)) invented.push(o.key);
    seen.add(o.key);
  }
  const gotByKey = outcomesOf(got);
  const missing = [...want.keys()].filter((k) => !gotByKey.has(k));
  const differing: string[] = [];
  let equal = 0;
  for (const [key, outcome] of want) {
    const mine = gotByKey.get(key);
    if (!mine) continue;
    const wantFields = comparable(outcome);
    const gotFields = comparable(mine);
    for (const field of FIELDS) {
      const id = `${key}.${field}`;
      const value = differences[id] ? differences[id]() : wantFields[field];
      if (same(gotFields[field], value)) equal++;
      else differing.push(id);
    }
  }
  const order = read.map((o) => o.key).filter((k) => want.has(k));
  return {
    expected: want.size,
    found: want.size - missing.length,
    missing,
    invented,
    fields: want.size * FIELDS.length,
    equal,
    differing,
    sameOrder: same([...new Set(order)], [...want.keys()].filter((k) => gotByKey.has(k))),
  };
}

/** Splits differing fields into word differences (allowed in an OCR copy) and the rest. */
export function byKind(differing: readonly string[]): { words: string[]; structured: string[] } {
  const words = differing.filter((id) => WORD_FIELDS.has(id.slice(id.lastIndexOf('.') + 1) as Field));
  return { words, structured: differing.filter((id) => !words.includes(id)) };
}
