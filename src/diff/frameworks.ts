/**
 * The plans an edition's references are read against: the ITU-D action plan its goals cells cite
 * and the ITU strategic plan for its timing (as index.json finds them). When a plan changes
 * between editions, a goal number or an initiative code means another thing: the diff says so
 * first, and reports those references as re-based under the new plan, not removed and added.
 */
import { singleFragment } from '../cells/cell-content.js';
import { detectReferenceContext, type ReferenceContext } from '../cells/reference-context.js';
import { Diagnostics } from '../diagnostics.js';
import type { Frameworks } from '../schema/diff.js';
import type { RoadmapEdition } from '../schema/roadmap.js';

export interface EditionPlans {
  actionPlan: string | null;
  strategicPlan: string | null;
}

/** Which plan each reference list is read against. */
export const PLAN_OF_FIELD: Readonly<Record<string, keyof EditionPlans>> = {
  'goals.strategicGoals': 'strategicPlan',
  'goals.strategicTargets': 'strategicPlan',
  'goals.objectives': 'actionPlan',
  'goals.regionalInitiatives': 'actionPlan',
  'goals.priorities': 'actionPlan',
  'goals.programmes': 'actionPlan',
};

export function plansOf(edition: RoadmapEdition): EditionPlans {
  const outcomes = edition.actionLines.flatMap((a) => a.outcomes);
  const context: ReferenceContext = detectReferenceContext(
    outcomes.map((o) => ({ goals: singleFragment(o.goals.raw), timing: o.timing })),
    new Diagnostics(),
  );
  const sp = context.strategicPlan;
  return { actionPlan: context.actionPlan?.key ?? null, strategicPlan: sp ? `ITU strategic plan ${sp.period[0]}-${sp.period[1]}` : null };
}

export function compareFrameworks(before: EditionPlans, after: EditionPlans): Frameworks {
  const change = (a: string | null, b: string | null) => ({ before: a, after: b, changed: a !== b });
  return { actionPlan: change(before.actionPlan, after.actionPlan), strategicPlan: change(before.strategicPlan, after.strategicPlan) };
}
