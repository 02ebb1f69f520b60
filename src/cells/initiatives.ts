/**
 * ITU-D regional initiative codes: region letters and a number ("AFR3", "EUR4"), listed after
 * "Regional Initiatives" as "(AFR3, ARB2)", ": (ARB2, EUR4)" or "(AFR3, ARB2, ASP5, CIS3,EUR4)".
 */
import type { Diagnostics, Place } from '../diagnostics.js';
import { isRegionPrefix, REGION_PREFIXES } from '../registry/codes.js';
import { quote } from './quote.js';
import { checkInitiativeInPlan, type ReferenceContext } from './reference-context.js';
import { LIST_SEPARATOR, type Scanner } from './scanner.js';

const CODE = /([A-Za-z]{3})\s?(\d{1,3})(?!\w)/y;
const PUNCTUATION = /[:()]/y;

function letters(word: string): string {
  return [...word].sort().join('');
}

/**
 * The code as it should read. Letters that are a permutation of exactly one known region
 * prefix are a typo for it ("ARF3" → "AFR3"); any other unknown prefix is kept and reported.
 * With a context, a code of a known region is also checked against the edition's action plan.
 */
export function checkInitiativeCode(printed: string, place: Place, diag: Diagnostics, context: ReferenceContext | null = null): string {
  const prefix = printed.slice(0, 3).toUpperCase();
  const code = prefix + printed.slice(3);
  if (isRegionPrefix(prefix)) {
    if (context) checkInitiativeInPlan(code, place, diag, context);
    return code;
  }
  const matches = REGION_PREFIXES.filter((p) => letters(p) === letters(prefix));
  const repaired = matches.length === 1 ? matches[0] : undefined;
  if (repaired !== undefined) {
    const fixed = repaired + printed.slice(3);
    diag.warn('initiative-repaired', `Regional initiative ${quote(printed)} read as ${quote(fixed)}.`, place);
    if (context) checkInitiativeInPlan(fixed, place, diag, context);
    return fixed;
  }
  diag.warn('initiative-unknown', `Regional initiative ${quote(printed)} is not of a known region.`, place);
  return code;
}

/** Codes read from the body of a "Regional Initiatives" label or a bare "(AFR3, ...)" list. */
export function readInitiatives(s: Scanner, placeAt: (offset: number) => Place, diag: Diagnostics, context: ReferenceContext | null = null): string[] {
  const codes: string[] = [];
  while (s.more()) {
    const start = s.offset;
    const m = s.take(CODE);
    if (m) codes.push(checkInitiativeCode(`${m[1] ?? ''}${m[2] ?? ''}`, placeAt(start), diag, context));
    else if (!s.take(PUNCTUATION) && !s.take(LIST_SEPARATOR)) s.skipUnreadable();
  }
  return codes;
}
