/**
 * The "Linkages with the SDGs" cell: a list of goal numbers ("1, 2, 3, 8, 17"), a list of
 * target ids ("1.4, 4.1, 5.b, 7.a,"), or target ids each followed by the target's wording
 * ("2.a: Increase investment, ... 9.1: Develop quality ..."; "17.6 Enhance North-South ...").
 * Goal numbers are only those the cell lists as goals; they are never derived from targets.
 */
import type { Diagnostics, Place } from '../diagnostics.js';
import { compareSdgTargets, isSdgGoal, isSdgTarget, sdgTargetText } from '../registry/sdg.js';
import type { SdgLinks } from '../schema/roadmap.js';
import type { CellContent } from './cell-content.js';
import { joinCell } from './joined-cell.js';
import { quote } from './quote.js';
import { wordingDifferences } from './sdg-wording.js';

const SPACE = /\s+/y;
// A target id at a token start, ending at ':' ',' ';' a full stop before a space or the end,
// a space, or the end of the cell. (What follows a space is checked separately.)
const TARGET = /(\d{1,2})\.(\d{1,2}|[a-z])(?=[:,;)]|\.(?:\s|$)|\s|$)/y;
// A range of targets of one goal: "4.4-4.6", "17.10–17.12", "9.a-c".
const TARGET_RANGE = /(\d{1,2})\.(\d{1,2}|[a-z])\s?[-\u2013]\s?(?:(\d{1,2})\.)?(\d{1,2}|[a-z])(?=[:,;)]|\.(?:\s|$)|\s|$)/y;
// A bare goal number in a list: ends like an id does.
const GOAL = /\d{1,2}(?=[:,;()]|\.(?:\s|$)|\s|$)/y;
// "All SDGs", "All 17 SDGs", "all Sustainable Development Goals": every goal.
const ALL_GOALS = /All\s(?:17\s|the\s)?(?:SDGs|Sustainable\sDevelopment\sGoals|Goals)\b/iy;
// A label word before ids ("SDG 9", "SDGs 4 and 9", "Goal 9", "Targets 4.4, 4.5"): nothing to record.
const LABEL_WORD = /(?:SDGs?|Goals?|Targets?)\b\.?/iy;
// Brackets around a goal's targets: "9 (9.1, 9.c)": an opener before an id, a closer after one.
const BRACKET = /\((?=\s?\d)|(?<=[\p{L}\p{N}])\)/uy;
const SEPARATOR = /(?:[,;:.&]|and(?!\w))/y;
const WORD = /[^\s,;:]+/y;
// Target wordings start with a capital ("Develop", "By 2030"): an id-like number followed by a
// lowercase word ("by 2.5 per cent") is part of a wording, not an id.
const LOWERCASE_NEXT = /\s\p{Ll}/uy;

function stick(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

export function parseSdgs(cell: CellContent, diag: Diagnostics): SdgLinks {
  const { text, placeAt } = joinCell(cell);
  const goals = new Set<number>();
  const targets = new Set<string>();
  // Before the first target id, words belong to no target; after it, they are its wording.
  let seenTarget = false;
  // Between a word and the next target id: numbers there are part of the wording.
  let inWording = false;
  const unattributed = { start: -1, end: -1 };
  // A label word ("SDG", "Goals") waiting for the id it labels.
  const label = { start: -1, end: -1 };
  const labelUnused = (): void => {
    if (label.start >= 0 && !seenTarget) {
      if (unattributed.start < 0) unattributed.start = label.start;
      unattributed.end = Math.max(unattributed.end, label.end);
    }
    label.start = -1;
  };
  // Where each target id was read: the wording quoted after it runs to the next id.
  const read: { id: string; start: number; end: number }[] = [];

  let at = 0;
  while (at < text.length) {
    let m = stick(SPACE, text, at);
    if (m) {
      at += m[0].length;
      continue;
    }
    const start = at;
    if (!inWording && (m = stick(ALL_GOALS, text, at))) {
      at += m[0].length;
      for (let n = 1; n <= 17; n++) goals.add(n);
      label.start = -1;
      continue;
    }
    if (!inWording && (m = stick(LABEL_WORD, text, at))) {
      // A label says nothing by itself: with no id after it, it is unattributed text.
      if (label.start < 0) label.start = start;
      at += m[0].length;
      label.end = at;
      continue;
    }
    if ((m = stick(TARGET_RANGE, text, at)) && (m[3] === undefined || m[3] === m[1])) {
      at += m[0].length;
      for (const id of expandRange(m[1]!, m[2]!, m[4]!)) {
        read.push({ id, start, end: at });
        if (isSdgTarget(id)) targets.add(id);
        else diag.warn('sdg-invalid', `${quote(id)} (of the range ${quote(m[0])}) is no official SDG target; dropped.`, placeAt(start));
      }
      seenTarget = true;
      inWording = false;
      label.start = -1;
      continue;
    }
    if ((m = stick(TARGET, text, at)) && !stick(LOWERCASE_NEXT, text, at + m[0].length)) {
      at += m[0].length;
      const id = m[0];
      read.push({ id, start, end: at });
      if (isSdgTarget(id)) targets.add(id);
      else diag.warn('sdg-invalid', `${quote(id)} is no official SDG target; dropped.`, placeAt(start));
      seenTarget = true;
      inWording = false;
      label.start = -1;
      continue;
    }
    if (!inWording && (m = stick(GOAL, text, at))) {
      at += m[0].length;
      label.start = -1;
      const n = Number(m[0]);
      if (isSdgGoal(n)) goals.add(n);
      else diag.warn('sdg-invalid', `${quote(m[0])} is no SDG goal; dropped.`, placeAt(start));
      continue;
    }
    if ((m = stick(SEPARATOR, text, at)) || (!inWording && (m = stick(BRACKET, text, at)))) {
      at += m[0].length;
      continue;
    }
    labelUnused();
    m = stick(WORD, text, at);
    at += m ? m[0].length : 1;
    // Numbers inside words are no goal list ("in particular 2 developing countries").
    inWording = true;
    if (!seenTarget) {
      if (unattributed.start < 0) unattributed.start = start;
      unattributed.end = at;
    }
  }

  labelUnused();
  checkWordings(text, read, placeAt, diag);
  if (unattributed.start >= 0) {
    const fragment = text.slice(unattributed.start, unattributed.end);
    diag.warn('sdg-text-unattributed', `${quote(fragment)} precedes the first SDG target and belongs to none.`, placeAt(unattributed.start));
  }
  return {
    raw: text,
    goals: [...goals].sort((a, b) => a - b),
    targets: [...targets].sort(compareSdgTargets),
  };
}

/**
 * The targets of a range: numbers ("4", "6" → 4.4, 4.5, 4.6) or letters ("a", "c" → 9.a, 9.b,
 * 9.c); a range from a number to a letter gives its two ends. At most 20 ids (a goal has fewer
 * targets), so a crafted range cannot blow up.
 */
function expandRange(goal: string, from: string, to: string): string[] {
  const numeric = /^\d+$/;
  if (numeric.test(from) && numeric.test(to) && Number(to) >= Number(from) && Number(to) - Number(from) < 20) {
    return Array.from({ length: Number(to) - Number(from) + 1 }, (_, k) => `${goal}.${Number(from) + k}`);
  }
  if (/^[a-z]$/.test(from) && /^[a-z]$/.test(to) && to >= from) {
    return Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, k) => `${goal}.${String.fromCharCode(from.charCodeAt(0) + k)}`);
  }
  return [`${goal}.${from}`, `${goal}.${to}`];
}

/** A target quoted with wording that differs materially from the official text is noted. */
/** Words between two ids that are no wording: labels, "and", goal numbers. */
const NON_WORDING_WORD = /^(?:SDGs?|Goals?|Targets?|and|\d{1,2})$/i;

function isNoWording(text: string): boolean {
  return text.split(/[\s(),;:.&-]+/).every((word) => word === '' || NON_WORDING_WORD.test(word));
}

function checkWordings(text: string, read: { id: string; start: number; end: number }[], placeAt: (offset: number) => Place, diag: Diagnostics): void {
  read.forEach((target, k) => {
    const official = sdgTargetText(target.id);
    const wording = text.slice(target.end, read[k + 1]?.start ?? text.length);
    // Labels, brackets and goal numbers between two ids ("), SDG 17 (") are no wording.
    if (official === null || !/\p{L}/u.test(wording) || isNoWording(wording)) return;
    const differences = wordingDifferences(wording, official);
    if (differences.length === 0) return;
    diag.warn('sdg-text-differs', `SDG target ${target.id} is quoted with wording that differs from the official text: ${differences.slice(0, 3).join('; ')}.`, placeAt(target.start));
  });
}
