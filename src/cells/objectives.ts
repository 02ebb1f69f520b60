/**
 * After an objective label ("ITU-D Objective", "ITU-T objectives", "Buenos Aires Action Plan
 * Objective"): objective numbers and the outputs/outcomes printed with them
 * ("2/Output 2.2 (Buenos Aires Action Plan)", "2/Outcome 2.2", "2/Output_2.2").
 */
import type { Diagnostics, Place } from '../diagnostics.js';
import { foldWhitespace } from './cell-content.js';
import { quote } from './quote.js';
import { LIST_SEPARATOR, type Scanner } from './scanner.js';

const NUMBER = /\d+(?:\.\d+)?(?!\w)/y;
// An output and an outcome are different things in an action plan: the printed kind is kept.
const PART = /\/\s?(Output|Outcome)s?[\s_]?(\d+(?:\.\d+)?)(?!\w)/iy;
// "(Buenos Aires Action Plan)": says which plan the numbers belong to; nothing to record.
const PLAN_QUALIFIER = /\(\s?(?:[A-Z][a-z]+\s){1,3}Action\sPlan\s?\)/y;

export type Sector = 'D' | 'T' | 'R';

export interface ObjectiveLabel {
  sector: Sector;
  /** "Objective", "Output" or "Outcome" as the label names it. */
  kind: string;
  plural: boolean;
  /** The label as printed, for an objective kept as printed. */
  printed: string;
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** Canonical objective names read from one label's body. */
export function readObjectives(s: Scanner, label: ObjectiveLabel, place: Place, diag: Diagnostics): string[] {
  const found: string[] = [];
  const kind = titleCase(label.kind);
  // Numbers of a list are separated ("2, 3", "2 and 3"); a number right after another one
  // ("Objective 1 110 1", an OCR ghost of the line) is no part of the list.
  let listOpen = true;
  while (s.more()) {
    const start = s.offset;
    let m: RegExpExecArray | null;
    if ((m = s.take(NUMBER))) {
      if (listOpen) found.push(`ITU-${label.sector} ${kind} ${m[0]}`);
      else s.leftovers.push({ start, end: s.offset });
      listOpen = false;
    } else if ((m = s.take(PART))) {
      found.push(`ITU-${label.sector} ${titleCase(m[1] ?? '')} ${m[2] ?? ''}`);
    } else if (s.take(LIST_SEPARATOR)) {
      listOpen = true;
    } else if (!s.take(PLAN_QUALIFIER)) {
      s.skipUnreadable();
      listOpen = false;
    }
  }
  if (found.length > 0) return found;
  // "ITU-T objectives": the sector's objectives in general.
  if (label.plural && kind === 'Objective') return [`ITU-${label.sector} objectives`];
  const printed = foldWhitespace(label.printed);
  diag.warn('objective-unknown', `Objective reference ${quote(printed)} has no number; kept as printed.`, place);
  return [printed];
}
