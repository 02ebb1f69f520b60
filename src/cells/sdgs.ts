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
const TARGET = /(\d{1,2})\.(\d{1,2}|[a-z])(?=[:,;]|\.(?:\s|$)|\s|$)/y;
// A bare goal number in a list: ends like an id does.
const GOAL = /\d{1,2}(?=[:,;]|\.(?:\s|$)|\s|$)/y;
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
    if ((m = stick(TARGET, text, at)) && !stick(LOWERCASE_NEXT, text, at + m[0].length)) {
      at += m[0].length;
      const id = m[0];
      read.push({ id, start, end: at });
      if (isSdgTarget(id)) targets.add(id);
      else diag.warn('sdg-invalid', `${quote(id)} is no official SDG target; dropped.`, placeAt(start));
      seenTarget = true;
      inWording = false;
      continue;
    }
    if (!inWording && (m = stick(GOAL, text, at))) {
      at += m[0].length;
      const n = Number(m[0]);
      if (isSdgGoal(n)) goals.add(n);
      else diag.warn('sdg-invalid', `${quote(m[0])} is no SDG goal; dropped.`, placeAt(start));
      continue;
    }
    if ((m = stick(SEPARATOR, text, at))) {
      at += m[0].length;
      continue;
    }
    m = stick(WORD, text, at);
    at += m ? m[0].length : 1;
    // Numbers inside words are no goal list ("in particular 2 developing countries").
    inWording = true;
    if (!seenTarget) {
      if (unattributed.start < 0) unattributed.start = start;
      unattributed.end = at;
    }
  }

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

/** A target quoted with wording that differs materially from the official text is noted. */
function checkWordings(text: string, read: { id: string; start: number; end: number }[], placeAt: (offset: number) => Place, diag: Diagnostics): void {
  read.forEach((target, k) => {
    const official = sdgTargetText(target.id);
    const wording = text.slice(target.end, read[k + 1]?.start ?? text.length);
    if (official === null || !/\p{L}/u.test(wording)) return;
    const differences = wordingDifferences(wording, official);
    if (differences.length === 0) return;
    diag.warn('sdg-text-differs', `SDG target ${target.id} is quoted with wording that differs from the official text: ${differences.slice(0, 3).join('; ')}.`, placeAt(target.start));
  });
}
