/**
 * After a priority label ("Kigali Action Plan Priority:", "ITU-D Priorities:"): the names of the
 * action plan's ITU-D priorities ("Affordable connectivity; Digital transformation"). A name is
 * matched whole against the registry's names of the edition's plan (case and spacing aside), so
 * the "and" inside "Resource mobilization and international cooperation" never splits it.
 * Canonical: "ITU-D Priority: Affordable connectivity", in the registry's spelling.
 */
import type { Diagnostics, Place } from '../diagnostics.js';
import { actionPlanPriorities, ALL_PRIORITIES } from '../registry/codes.js';
import { foldWhitespace } from './cell-content.js';
import { quote } from './quote.js';
import type { ReferenceContext } from './reference-context.js';
import { LIST_SEPARATOR, type Scanner } from './scanner.js';

const PUNCTUATION = /[:"“”‘’'()]/y;
// "(Kigali Action Plan)": says which plan the names belong to; nothing to record.
const PLAN_QUALIFIER = /\(\s?(?:[A-Z][a-z]+\s){1,3}Action\sPlan\s?\)/y;
/** An unknown name runs to the next comma or semicolon (an "and" may be part of it). */
const UNKNOWN_NAME = /[^,;]+/y;

export function canonicalPriority(name: string): string {
  return `ITU-D Priority: ${name}`;
}

/**
 * The length of `text`'s prefix that reads as `name` (case and runs of spaces aside), ending at
 * a word boundary; null when it does not.
 */
export function matchName(text: string, name: string): number | null {
  let i = 0;
  let j = 0;
  while (j < name.length) {
    const a = text[i];
    const b = name[j]!;
    if (a === undefined) return null;
    if (/\s/.test(b)) {
      if (!/\s/.test(a)) return null;
      while (i < text.length && /\s/.test(text[i]!)) i++;
      while (j < name.length && /\s/.test(name[j]!)) j++;
      continue;
    }
    if (a.toLowerCase() !== b.toLowerCase()) return null;
    i++;
    j++;
  }
  return i < text.length && /[\p{L}\p{N}]/u.test(text[i]!) ? null : i;
}

export function readPriorities(s: Scanner, place: Place, diag: Diagnostics, context: ReferenceContext | null): string[] {
  const plan = context?.actionPlan ?? null;
  const listed = plan ? actionPlanPriorities(plan.key) : null;
  // Longest first, so that a name that starts another is not taken for it.
  const names = [...(listed ?? ALL_PRIORITIES)].sort((a, b) => b.length - a.length);
  const found: string[] = [];
  while (s.more()) {
    if (s.take(PLAN_QUALIFIER) || s.take(PUNCTUATION) || s.take(LIST_SEPARATOR)) continue;
    const rest = s.rest();
    const name = names.map((n) => ({ n, length: matchName(rest, n) })).find((m) => m.length !== null);
    if (name) {
      s.advance(name.length!);
      found.push(canonicalPriority(name.n));
      if (listed === null) {
        const why = plan ? `the registry lists no priorities for the ${plan.key}` : 'the goals cells name no action plan the registry knows';
        diag.warn('priority-unknown', `Priority ${quote(name.n)} could not be checked: ${why}; kept.`, place);
      }
      continue;
    }
    const m = s.take(UNKNOWN_NAME);
    if (!m) {
      s.skipUnreadable();
      continue;
    }
    const printed = trimEnd(foldWhitespace(m[0]));
    if (printed === '') continue;
    found.push(canonicalPriority(printed));
    const known = listed ? `the ${plan!.key}'s priorities are ${listed.join('; ')}` : 'no plan the registry knows has such a priority';
    diag.warn('priority-unknown', `Priority ${quote(printed)} is not an ITU-D priority of the edition's action plan (${known}); kept as printed.`, place);
  }
  return found;
}

/** Without trailing spaces, full stops and colons (a loop: a regex anchored at the end backtracks on long runs). */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && ' .:'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
