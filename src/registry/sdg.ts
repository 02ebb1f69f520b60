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
  goals: z.array(z.object({ id: z.number().int().min(1), title: z.string().min(1), short: z.string() })).min(1),
  targets: z
    .array(z.object({ id: z.string().regex(SDG_TARGET_ID), goal: z.number().int().min(1), text: z.string().min(1) }))
    .min(1),
});

const registry = SdgDataSchema.parse(data);

const goalIds = new Set(registry.goals.map((g) => g.id));
const targetTexts = new Map(registry.targets.map((t) => [t.id, t.text]));

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
