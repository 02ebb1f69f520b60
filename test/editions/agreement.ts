/**
 * Field agreement between an extracted edition and a hand-written expected.json of
 * fixtures/editions/ (format: fixtures/editions/README.md). Shared by the test and by
 * scripts/edition-agreement.ts, which prints the figures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildIndex } from '../../src/index/build-index.js';
import { columnKindOf } from '../../src/layout/vocabulary.js';
import { sha256 } from '../../src/load/source.js';
import { extractRoadmap } from '../../src/pipeline.js';
import type { Outcome, RoadmapEdition } from '../../src/schema/roadmap.js';

export const EDITIONS = path.join(import.meta.dirname, '..', '..', 'fixtures', 'editions');

interface ExpectedOutcome {
  key: string;
  text?: string;
  timing?: [number, number] | null;
  strategicGoals?: number[];
  strategicTargets?: string[];
  objectives?: string[];
  priorities?: string[];
  programmes?: string[];
  regionalInitiatives?: string[];
  gcaPillars?: number[];
  resolutions?: string[];
  sdgGoals?: number[];
  sdgTargets?: string[];
  expectedResults?: string[];
  activities?: string[];
  otherColumns?: Record<string, string>;
  warnings?: string[];
}

export interface ExpectedEdition {
  actionPlan: string | null;
  strategicPlan: [number, number] | null;
  columns: Record<string, string[]>;
  documentWarnings: string[];
  outcomes: ExpectedOutcome[];
}

export interface Disagreement {
  where: string;
  field: string;
  got: unknown;
  want: unknown;
}

export interface Agreement {
  fields: number;
  agreed: number;
  disagreements: Disagreement[];
}

const SET_FIELDS = ['strategicGoals', 'strategicTargets', 'objectives', 'priorities', 'programmes', 'regionalInitiatives', 'gcaPillars', 'resolutions', 'sdgGoals', 'sdgTargets'] as const;

function asSet(list: readonly (string | number)[]): string {
  return JSON.stringify([...list].map(String).sort());
}

function gotField(o: Outcome, field: (typeof SET_FIELDS)[number]): (string | number)[] {
  switch (field) {
    case 'resolutions':
      return o.goals.resolutions.map((r) => r.canonical);
    case 'sdgGoals':
      return o.sdgs.goals;
    case 'sdgTargets':
      return o.sdgs.targets;
    default:
      return (o.goals as unknown as Record<string, (string | number)[] | undefined>)[field] ?? [];
  }
}

export async function extractSlice(name: string): Promise<RoadmapEdition> {
  const bytes = new Uint8Array(readFileSync(path.join(EDITIONS, name, 'input.txt')));
  return extractRoadmap({ path: `fixtures/editions/${name}/input.txt`, bytes, sha256: sha256(bytes), format: 'text' }, { edition: name });
}

export function readExpected(name: string): ExpectedEdition {
  return JSON.parse(readFileSync(path.join(EDITIONS, name, 'expected.json'), 'utf8')) as ExpectedEdition;
}

/** Compares every hand-checked field; a missing outcome disagrees on all its fields. */
export function compareEdition(edition: RoadmapEdition, want: ExpectedEdition): Agreement {
  const result: Agreement = { fields: 0, agreed: 0, disagreements: [] };
  const check = (where: string, field: string, got: unknown, wanted: unknown, same: boolean): void => {
    result.fields++;
    if (same) result.agreed++;
    else result.disagreements.push({ where, field, got, want: wanted });
  };
  const index = buildIndex(edition);
  check('edition', 'actionPlan', index.actionPlan, want.actionPlan, index.actionPlan === want.actionPlan);
  const period = index.strategicPlan?.period ?? null;
  check('edition', 'strategicPlan', period, want.strategicPlan, JSON.stringify(period) === JSON.stringify(want.strategicPlan));
  for (const [id, kinds] of Object.entries(want.columns)) {
    const line = edition.actionLines.find((a) => a.id === id);
    const got = line ? line.columns.map((label) => columnKindOf(label) ?? 'unknown') : null;
    check(id, 'columns', got, kinds, JSON.stringify(got) === JSON.stringify(kinds));
  }
  const docCodes = edition.warnings.map((w) => w.code);
  check('edition', 'warnings', docCodes, want.documentWarnings, asSet(docCodes) === asSet(want.documentWarnings));
  const keys = edition.actionLines.flatMap((a) => a.outcomes.map((o) => o.key));
  check('edition', 'keys', keys, want.outcomes.map((o) => o.key), JSON.stringify(keys) === JSON.stringify(want.outcomes.map((o) => o.key)));
  const byKey = new Map(edition.actionLines.flatMap((a) => a.outcomes).map((o) => [o.key, o]));
  for (const w of want.outcomes) {
    const o = byKey.get(w.key);
    if (w.text !== undefined) check(w.key, 'text', o?.text, w.text, o?.text === w.text);
    const timing = o?.timing ? [o.timing.from, o.timing.to] : null;
    check(w.key, 'timing', timing, w.timing ?? null, JSON.stringify(timing) === JSON.stringify(w.timing ?? null));
    for (const field of SET_FIELDS) {
      const got = o ? gotField(o, field) : null;
      const wanted = w[field] ?? [];
      check(w.key, field, got, wanted, got !== null && asSet(got) === asSet(wanted));
    }
    for (const field of ['expectedResults', 'activities'] as const) {
      const got = o?.[field] ?? null;
      check(w.key, field, got, w[field] ?? [], JSON.stringify(got) === JSON.stringify(w[field] ?? []));
    }
    const other = o?.otherColumns ?? {};
    check(w.key, 'otherColumns', other, w.otherColumns ?? {}, JSON.stringify(sortKeys(other)) === JSON.stringify(sortKeys(w.otherColumns ?? {})));
    const codes = o?.warnings.map((x) => x.code) ?? null;
    check(w.key, 'warnings', o?.warnings.map((x) => `${x.code}: ${x.message}`), w.warnings ?? [], codes !== null && asSet(codes) === asSet(w.warnings ?? []));
  }
  return result;
}

function sortKeys(record: Record<string, string>): [string, string][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1));
}
