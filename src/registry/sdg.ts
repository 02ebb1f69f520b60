/**
 * The official SDG goals and targets (UN global indicator framework), loaded once from the
 * copied data file and checked at load so that a bad data file fails loudly, not silently.
 */
import { z } from 'zod';
import data from './data/sdg-targets.json' with { type: 'json' };

/** An SDG target id as printed in the framework: goal number, a dot, a number or a letter. */
export const SDG_TARGET_ID = /^(\d{1,2})\.(\d{1,2}|[a-z])$/;

const SdgDataSchema = z.object({
  source: z.string().min(1),
  retrieved: z.string().min(1),
  counts: z.object({ goals: z.literal(17), targets: z.literal(169) }),
  goals: z.array(z.object({ id: z.number().int().min(1).max(17), title: z.string().min(1), short: z.string() })).length(17),
  targets: z
    .array(z.object({ id: z.string().regex(SDG_TARGET_ID), goal: z.number().int().min(1), text: z.string().min(1) }))
    .length(169),
});

const registry = SdgDataSchema.parse(data);

const goalIds = new Set(registry.goals.map((g) => g.id));
const goalTitles = new Map(registry.goals.map((g) => [g.id, g.title]));
const targetTexts = new Map(registry.targets.map((t) => [t.id, t.text]));
if (goalIds.size !== 17 || targetTexts.size !== 169) throw new Error('sdg-targets.json: a goal or target id repeats');

for (const t of registry.targets) {
  // A target belongs to the goal its id names; anything else is a broken data file.
  if (!goalIds.has(t.goal) || !t.id.startsWith(`${t.goal}.`)) {
    throw new Error(`sdg-targets.json: target ${t.id} does not belong to goal ${t.goal}`);
  }
}

export function isSdgGoal(n: number): boolean {
  return goalIds.has(n);
}

export function isSdgTarget(id: string): boolean {
  return targetTexts.has(id);
}

/** The official title of a goal ("End poverty in all its forms everywhere"), or null. */
export function sdgGoalTitle(n: number): string | null {
  return goalTitles.get(n) ?? null;
}

/** The goal a target id belongs to (9 for "9.c"), read from the id. */
export function sdgTargetGoal(id: string): number | null {
  const m = SDG_TARGET_ID.exec(id);
  return m ? Number(m[1]) : null;
}

/** The official wording of a target, or null when the id is no official target. */
export function sdgTargetText(id: string): string | null {
  return targetTexts.get(id) ?? null;
}

/**
 * Document order of targets: by goal, then numbered targets (ascending) before lettered
 * "means of implementation" targets (alphabetical): 9.1 < 9.2 < 9.10 < 9.a < 9.c.
 * Ids of any other shape sort after well-formed ones, by plain string order.
 */
export function compareSdgTargets(a: string, b: string): number {
  const ma = SDG_TARGET_ID.exec(a);
  const mb = SDG_TARGET_ID.exec(b);
  if (!ma || !mb) {
    if (ma) return -1;
    if (mb) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const goalDiff = Number(ma[1]) - Number(mb[1]);
  if (goalDiff !== 0) return goalDiff;
  const sa = ma[2] ?? '';
  const sb = mb[2] ?? '';
  const na = /^\d/.test(sa);
  const nb = /^\d/.test(sb);
  if (na && nb) return Number(sa) - Number(sb);
  if (na !== nb) return na ? -1 : 1;
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
