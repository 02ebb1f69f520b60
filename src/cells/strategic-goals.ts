/**
 * After a "Goal"/"Goals"/"ITU Strategic Goal" label: the goal numbers ("1 & 4", "1, 2 and 3")
 * and the strategic targets in parentheses ("3 (Target 3.1)").
 */
import { LIST_SEPARATOR, type Scanner } from './scanner.js';

const NUMBER = /\d+(?!\w)/y;
const TARGETS = /\(\s?Targets?\s?([^()]*)\)/y;
const TARGET_ID = /^\d+\.\d+$/;
/** A goal's name in brackets after its number: "1 (Universal connectivity)". */
const NAME = /\(\s?(?!Targets?\b)(\p{L}[\p{L} ,'’/-]{0,78})\)/uy;

export interface StrategicGoals {
  goals: number[];
  targets: string[];
  /** Names printed in brackets after a goal number, by number. */
  names: Map<number, string>;
}

/** Reads the label's body; returns what it read (empty lists when nothing). */
export function readStrategicGoals(s: Scanner): StrategicGoals {
  const read: StrategicGoals = { goals: [], targets: [], names: new Map() };
  // Numbers of a list are separated ("1 & 4", "1, 2 and 3"); a number right after another
  // one is no part of the list.
  let listOpen = true;
  while (s.more()) {
    const start = s.offset;
    let m: RegExpExecArray | null;
    if ((m = s.take(NUMBER))) {
      const n = Number(m[0]);
      if (listOpen && n > 0) read.goals.push(n);
      else s.leftovers.push({ start, end: s.offset });
      listOpen = false;
    } else if (read.goals.length > 0 && (m = s.take(NAME))) {
      read.names.set(read.goals.at(-1)!, (m[1] ?? '').trim());
    } else if ((m = s.take(TARGETS))) {
      const ids = (m[1] ?? '').split(/[,;&]|\band\b/).map((t) => t.trim());
      if (ids.every((id) => TARGET_ID.test(id))) read.targets.push(...ids);
      else s.leftovers.push({ start, end: s.offset });
    } else if (s.take(LIST_SEPARATOR)) {
      listOpen = true;
    } else {
      s.skipUnreadable();
      listOpen = false;
    }
  }
  return read;
}
