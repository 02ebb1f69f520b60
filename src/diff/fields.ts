/**
 * The field changes between two versions of one outcome, in the contract's field order. Timing
 * is a value, the reference lists are sets, the texts are word diffs. `raw` cells, provenance,
 * warnings and the printed id are what the extractor saw, not what the roadmap says, so they
 * are not compared; key, action line, section and id show in the match (renamed) instead.
 */
import type { FieldChange, TextChange } from '../schema/diff.js';
import type { Outcome, SubItem, Timing } from '../schema/roadmap.js';
import { PLAN_OF_FIELD, type EditionPlans } from './frameworks.js';
import { compareResolutions, compareSets as compareSetValues } from './sets.js';
import { diffItems, diffText } from './text.js';

/**
 * `plans`: the plans each edition is read against; a reference list whose plan changed is
 * re-based (kind "rebased") when it differs, never removed and added.
 */
export function compareOutcomes(before: Outcome, after: Outcome, plans: { before: EditionPlans; after: EditionPlans } | null = null): FieldChange[] {
  const compareSets = (field: string, a: readonly (string | number)[], b: readonly (string | number)[]): FieldChange | null => {
    const plan = PLAN_OF_FIELD[field];
    if (plans && plan && plans.before[plan] !== plans.after[plan]) {
      const same = a.length === b.length && a.every((x, i) => x === b[i]);
      return same ? null : { field, kind: 'rebased', planBefore: plans.before[plan], planAfter: plans.after[plan], before: [...a], after: [...b] };
    }
    return compareSetValues(field, a, b);
  };
  const changes: (FieldChange | null)[] = [
    textChange('text', diffText(before.text, after.text)),
    textChange('subItems', diffItems(before.subItems.map(subItemLine), after.subItems.map(subItemLine))),
    sameTiming(before.timing, after.timing) ? null : { field: 'timing', kind: 'value', before: before.timing, after: after.timing },
    compareSets('goals.strategicGoals', before.goals.strategicGoals, after.goals.strategicGoals),
    compareSets('goals.strategicTargets', before.goals.strategicTargets, after.goals.strategicTargets),
    compareSets('goals.objectives', before.goals.objectives, after.goals.objectives),
    compareSets('goals.regionalInitiatives', before.goals.regionalInitiatives, after.goals.regionalInitiatives),
    compareSets('goals.priorities', before.goals.priorities ?? [], after.goals.priorities ?? []),
    compareSets('goals.programmes', before.goals.programmes ?? [], after.goals.programmes ?? []),
    compareSets('goals.gcaPillars', before.goals.gcaPillars, after.goals.gcaPillars),
    compareResolutions(before.goals.resolutions, after.goals.resolutions),
    compareSets('sdgs.goals', before.sdgs.goals, after.sdgs.goals),
    compareSets('sdgs.targets', before.sdgs.targets, after.sdgs.targets),
    textChange('expectedResults', diffItems(before.expectedResults, after.expectedResults)),
    textChange('activities', diffItems(before.activities, after.activities)),
  ];
  return changes.filter((change): change is FieldChange => change !== null);
}

/** A sub-item as one line of the list, its marker in front: "(D1) encourage public-private partnership". */
function subItemLine(item: SubItem): string {
  return `(${item.id}) ${item.text}`;
}

/** Timing is its years; how the range was printed ("2016-2019", "2016 – 2019") does not count. */
function sameTiming(a: Timing | null, b: Timing | null): boolean {
  if (a === null || b === null) return a === b;
  return a.from === b.from && a.to === b.to;
}

function textChange(field: TextChange['field'], ops: TextChange['ops'] | null): TextChange | null {
  return ops === null ? null : { field, kind: 'text', ops };
}
