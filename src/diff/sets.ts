/**
 * Set changes of the list fields (strategic goals, SDG targets, resolutions…): what came and
 * what went. Resolutions are compared by canonical form, and a resolution whose number stayed
 * but whose revision changed ("WTDC Res. 45 (Rev. Dubai, 2014)" → "(Rev. Kigali, 2022)") is one
 * revision change, not a removal plus an addition.
 */
import type { ResolutionRevision, SetChange } from '../schema/diff.js';
import type { Resolution } from '../schema/roadmap.js';

/** Added and removed members, each in the order of its own side (the contract's sort order). */
export function compareSets<T extends string | number>(field: string, before: readonly T[], after: readonly T[]): SetChange | null {
  const old = new Set(before);
  const now = new Set(after);
  const added = after.filter((item) => !old.has(item));
  const removed = before.filter((item) => !now.has(item));
  if (added.length === 0 && removed.length === 0) return null;
  return { field, kind: 'set', added, removed, revised: [] };
}

export function compareResolutions(before: readonly Resolution[], after: readonly Resolution[]): SetChange | null {
  const old = new Set(before.map((r) => r.canonical));
  const now = new Set(after.map((r) => r.canonical));
  const gone = before.filter((r) => !now.has(r.canonical));
  const come = after.filter((r) => !old.has(r.canonical));
  const revised: ResolutionRevision[] = [];
  const added: string[] = [];
  for (const resolution of come) {
    // The same body and number on both sides: a new revision of that resolution.
    const index = gone.findIndex((r) => r.body === resolution.body && r.number === resolution.number);
    if (index < 0) {
      added.push(resolution.canonical);
      continue;
    }
    const [previous] = gone.splice(index, 1);
    revised.push({ resolution: `${resolution.body} Res. ${resolution.number}`, before: revisionOf(previous!), after: revisionOf(resolution) });
  }
  const removed = gone.map((r) => r.canonical);
  if (added.length === 0 && removed.length === 0 && revised.length === 0) return null;
  return { field: 'goals.resolutions', kind: 'set', added, removed, revised };
}

/** "Rev. Dubai, 2014", "Rev. Dubai", "2009" (a year without a place), or null. */
function revisionOf(resolution: Resolution): string | null {
  const { place, year } = resolution;
  if (place !== null) return year !== null ? `Rev. ${place}, ${year}` : `Rev. ${place}`;
  return year !== null ? String(year) : null;
}
