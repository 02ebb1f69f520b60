/**
 * What an edition's goals cells are checked against, found once per edition before the cells
 * are parsed:
 * - the ITU-D action plan the edition cites, for its regional initiative codes (codes are
 *   re-used with other meanings in each plan). It is the plan the goals cells name ("Buenos
 *   Aires Action Plan Objective 2", "(Buenos Aires Action Plan)"), most often if they name
 *   several. A name two WTDCs gave their plans (Buenos Aires, 1994 and 2017) means the latest
 *   such WTDC held no later than the edition's last timing year.
 * - the ITU strategic plan in force for the edition's timing, for strategic goal numbers: the
 *   plan whose period holds the most outcomes' first timing year.
 */
import type { Diagnostics, Place } from '../diagnostics.js';
import { wtdcsAdopting } from '../registry/assemblies.js';
import {
  actionPlanKey,
  initiativeStatus,
  MAX_STRATEGIC_GOAL,
  regionCodes,
  regionName,
  STRATEGIC_PLANS,
  type StrategicPlan,
} from '../registry/codes.js';
import type { CellContent } from './cell-content.js';
import { joinCell } from './joined-cell.js';
import { quote } from './quote.js';

export interface ActionPlan {
  /** "Buenos Aires Action Plan" */
  name: string;
  /** The WTDC that adopted it: "WTDC-17". */
  wtdc: string;
  /** The registry's key for the plan: "Buenos Aires Action Plan (WTDC-17)". */
  key: string;
}

export interface ReferenceContext {
  actionPlan: ActionPlan | null;
  strategicPlan: StrategicPlan | null;
  /** Edition-level warnings (about the action plan the goals cells name). */
  edition: Diagnostics;
  /** Initiative codes already reported as unverifiable in this edition. */
  unverified: Set<string>;
}

// "Buenos Aires Action Plan": one to three capitalised words before "Action Plan".
const PLAN_NAME = /\b((?:\p{Lu}\p{Ll}+\s){1,3})Action\sPlan\b/gu;

/** A row as far as the context needs it. */
export interface ContextRow {
  goals: CellContent;
  /** The row's timing, once read: its years. */
  timing: { from: number; to: number } | null;
}

export function detectReferenceContext(rows: readonly ContextRow[], edition: Diagnostics): ReferenceContext {
  const timings = rows.flatMap((r) => (r.timing ? [r.timing] : []));
  const lastYear = timings.length > 0 ? Math.max(...timings.map((t) => t.to)) : null;
  const strategicPlan = detectStrategicPlan(timings.map((t) => t.from));
  if (strategicPlan === null && timings.length > 0) {
    const first = Math.min(...timings.map((t) => t.from));
    edition.warn(
      'strategic-plan-unknown',
      `No ITU strategic plan in the registry covers the edition's timing (${first}-${lastYear}); strategic goal numbers are checked only against the largest goal number of any plan.`,
      { line: null, page: null },
    );
  }
  return { actionPlan: detectActionPlan(rows, lastYear, edition), strategicPlan, edition, unverified: new Set() };
}

function detectActionPlan(rows: readonly ContextRow[], lastYear: number | null, diag: Diagnostics): ActionPlan | null {
  const named = new Map<string, { count: number; place: Place }>();
  for (const row of rows) {
    const { text, placeAt } = joinCell(row.goals);
    PLAN_NAME.lastIndex = 0;
    for (let m = PLAN_NAME.exec(text); m; m = PLAN_NAME.exec(text)) {
      const name = planName((m[1] ?? '').trim().split(' '));
      const seen = named.get(name);
      if (seen) seen.count++;
      else named.set(name, { count: 1, place: placeAt(m.index) });
    }
  }
  if (named.size === 0) return null;
  const ranked = [...named.entries()].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
  const [name, { place }] = ranked[0]!;
  if (ranked.length > 1) {
    const list = ranked.map(([n, v]) => `the ${n} (${v.count} times)`).join(', ');
    diag.warn('action-plan-ambiguous', `The goals cells name ${list}; regional initiatives are checked against the ${name}.`, ranked[1]![1].place);
  }
  const wtdcs = wtdcsAdopting(name);
  if (wtdcs.length === 0) {
    diag.warn('action-plan-unknown', `The goals cells name the ${name}, which no WTDC in the registry adopted; regional initiatives are not checked against a plan.`, place);
    return null;
  }
  const held = lastYear === null ? wtdcs : wtdcs.filter((w) => w.year <= lastYear);
  const wtdc = (held.length > 0 ? held : wtdcs).at(-1)!;
  return { name, wtdc: wtdc.id, key: actionPlanKey(name, wtdc.id) };
}

/**
 * The plan's name from the capitalised words before "Action Plan": the longest run of the last
 * words that names a plan the registry knows ("Initiatives Buenos Aires" → "Buenos Aires Action
 * Plan"), else all of them.
 */
function planName(words: readonly string[]): string {
  for (let k = 0; k < words.length; k++) {
    const name = `${words.slice(k).join(' ')} Action Plan`;
    if (wtdcsAdopting(name).length > 0) return name;
  }
  return `${words.join(' ')} Action Plan`;
}

function detectStrategicPlan(firstYears: readonly number[]): StrategicPlan | null {
  let best: StrategicPlan | null = null;
  let bestCount = 0;
  for (const plan of STRATEGIC_PLANS) {
    const count = firstYears.filter((y) => y >= plan.period[0] && y <= plan.period[1]).length;
    if (count > bestCount) {
      best = plan;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Checks a regional initiative code (its region already known) against the edition's plan:
 * a code the plan does not have is `initiative-unknown`; a code the registry cannot check is
 * `initiative-unverified`, once per edition, on the first outcome that cites it.
 */
export function checkInitiativeInPlan(code: string, place: Place, diag: Diagnostics, context: ReferenceContext): void {
  const plan = context.actionPlan;
  const status = plan ? initiativeStatus(plan.key, code) : 'unlisted';
  if (status === 'known') return;
  const prefix = code.slice(0, 3);
  if (status === 'unknown' && plan) {
    const codes = regionCodes(plan.key, prefix);
    diag.warn('initiative-unknown', `Regional initiative ${quote(code)} is not one of the ${plan.key}'s initiatives for ${regionName(prefix) ?? prefix} (${codes.join(', ')}); kept.`, place);
    return;
  }
  if (context.unverified.has(code)) return;
  context.unverified.add(code);
  const why = plan
    ? `the registry does not list the ${plan.key}'s initiatives for ${regionName(prefix) ?? prefix}`
    : 'the goals cells name no action plan the registry knows';
  diag.warn('initiative-unverified', `Regional initiative ${quote(code)} could not be checked: ${why} (reported once per edition, at its first citation).`, place);
}

function fold(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();
}

/** A strategic goal number the plan in force (or, with none found, any plan) does not have. */
export function checkStrategicGoal(n: number, place: Place, diag: Diagnostics, context: ReferenceContext, printedName: string | null = null): void {
  const plan = context.strategicPlan;
  if (plan) {
    const years = `${plan.period[0]}-${plan.period[1]}`;
    if (plan.goals === null) {
      // A plan known by its period only: say so once, rather than check against another plan.
      if (context.unverified.has(`plan ${plan.id}`)) return;
      context.unverified.add(`plan ${plan.id}`);
      diag.warn('strategic-plan-unknown', `ITU strategic goal ${n} could not be checked: the registry does not list the goals of the strategic plan for ${years} (reported once per edition).`, place);
      return;
    }
    const goal = plan.goals.find((g) => g.n === n);
    if (goal) {
      // A name printed with the number must be the plan's: another name means another plan.
      if (printedName !== null && fold(printedName) !== fold(goal.name)) {
        diag.warn('strategic-goal-unknown', `ITU strategic goal ${n} is printed as ${quote(printedName)}, but goal ${n} of the strategic plan for ${years} is ${quote(goal.name)}; kept.`, place);
      }
      return;
    }
    diag.warn('strategic-goal-unknown', `ITU strategic goal ${n} is no goal of the strategic plan for ${years} (goals 1-${plan.goals.length}); kept.`, place);
  } else if (n > MAX_STRATEGIC_GOAL) {
    diag.warn('strategic-goal-unknown', `ITU strategic goal ${n} is no goal of any ITU strategic plan the registry knows; kept.`, place);
  }
}
