/**
 * After a programme label ("BDT Programme", "Doha Action Plan Programmes", "Programme"): the
 * programme numbers ("3", "2 and 3"), checked against the edition's action plan (the Doha Action
 * Plan has six). Canonical: "ITU-D Programme 3" (the BDT runs the ITU-D's programmes).
 */
import type { Diagnostics, Place } from '../diagnostics.js';
import { actionPlanProgrammes } from '../registry/codes.js';
import type { ReferenceContext } from './reference-context.js';
import { LIST_SEPARATOR, type Scanner } from './scanner.js';

const NUMBER = /\d{1,2}(?!\w)/y;
const PLAN_QUALIFIER = /\(\s?(?:[A-Z][a-z]+\s){1,3}Action\sPlan\s?\)/y;
const PUNCTUATION = /[:]/y;

export function readProgrammes(s: Scanner, place: Place, diag: Diagnostics, context: ReferenceContext | null): string[] {
  const found: string[] = [];
  let listOpen = true;
  while (s.more()) {
    const start = s.offset;
    let m: RegExpExecArray | null;
    if ((m = s.take(NUMBER))) {
      if (!listOpen) {
        s.leftovers.push({ start, end: s.offset });
        continue;
      }
      const n = Number(m[0]);
      found.push(`ITU-D Programme ${n}`);
      if (context) checkProgramme(n, place, diag, context);
      listOpen = false;
    } else if (s.take(LIST_SEPARATOR)) {
      listOpen = true;
    } else if (!s.take(PLAN_QUALIFIER) && !s.take(PUNCTUATION)) {
      s.skipUnreadable();
      listOpen = false;
    }
  }
  return found;
}

function checkProgramme(n: number, place: Place, diag: Diagnostics, context: ReferenceContext): void {
  const plan = context.actionPlan;
  const programmes = plan ? actionPlanProgrammes(plan.key) : null;
  if (plan && programmes) {
    if (programmes.some((p) => p.n === n)) return;
    diag.warn('programme-unknown', `Programme ${n} is no programme of the ${plan.key} (programmes 1-${programmes.length}); kept.`, place);
    return;
  }
  const key = `programme ${n}`;
  if (context.unverified.has(key)) return;
  context.unverified.add(key);
  const why = plan ? `the registry does not list the ${plan.key}'s programmes` : 'the goals cells name no action plan the registry knows';
  diag.warn('programme-unverified', `Programme ${n} could not be checked: ${why} (reported once per edition, at its first citation).`, place);
}
