/**
 * Does a line read as a reference? A line that parses whole as resolutions ("WTSA Res. 50, 58
 * (Rev. Geneva, 2022)"), SDG ids ("9.1, 9.c"), a timing ("2024-2027") or strategic goals ("Goal 1
 * Goal 2") is content: the ghost rule must never drop it, however much it looks like its
 * neighbour (a list of 2022 revisions repeats its year line after line).
 */
import { singleFragment } from '../cells/cell-content.js';
import { parseGoals } from '../cells/goals.js';
import { parseResolutions } from '../cells/resolutions.js';
import { parseSdgs } from '../cells/sdgs.js';
import { parseTiming } from '../cells/timing.js';
import { Diagnostics, NOWHERE } from '../diagnostics.js';

export function readsAsReference(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const cell = singleFragment(text);
  const quiet = (): Diagnostics => new Diagnostics();
  let diag = quiet();
  if (parseTiming(cell, diag) !== null && diag.items.length === 0) return true;
  diag = quiet();
  const sdgs = parseSdgs(cell, diag);
  if (sdgs.goals.length + sdgs.targets.length > 0 && diag.items.length === 0) return true;
  diag = quiet();
  if (parseResolutions(text, NOWHERE, diag).length > 0 && !diag.items.some((d) => d.code === 'resolution-unparsed')) return true;
  diag = quiet();
  const goals = parseGoals(cell, diag);
  return goals.strategicGoals.length > 0 && diag.items.length === 0;
}
