/**
 * The find query engine: the outcomes of an edition that cite an SDG goal or target, a
 * resolution, a regional initiative or an ITU strategic goal, looked up in the edition's index
 * (src/index). Several selectors narrow the list: an outcome must match each of them.
 */
import { parseResolutions } from '../cells/resolutions.js';
import { Diagnostics, NOWHERE } from '../diagnostics.js';
import { UsageError } from '../errors.js';
import { placeKey } from '../registry/assemblies.js';
import { isSdgGoal, isSdgTarget } from '../registry/sdg.js';
import type { EditionIndex } from '../schema/index.js';
import type { Outcome, RoadmapEdition } from '../schema/roadmap.js';

export interface FindQuery {
  /** An SDG goal ("9") or target ("9.c"). */
  sdg?: string;
  /** "WTDC Res. 45" (any revision), "WTDC Res. 45 (Rev. Dubai, 2014)", or a bare number. */
  resolution?: string;
  /** A regional initiative code, e.g. "EUR4". */
  initiative?: string;
  /** An ITU strategic goal number. */
  goal?: string;
}

/** How an outcome cites what was asked for: the roadmap.json field it is in, in this order. */
export const VIAS = ['sdgs.goals', 'sdgs.targets', 'goals.resolutions', 'mentions', 'goals.regionalInitiatives', 'goals.strategicGoals'] as const;
export type Via = (typeof VIAS)[number];

export interface FoundOutcome {
  key: string;
  id: string;
  actionLine: string;
  /** The whole outcome text. */
  text: string;
  via: Via[];
}

/** Outcome keys per selector, with how each cites it. */
type Matches = Map<string, Set<Via>>;

function add(matches: Matches, keys: readonly string[], via: Via): void {
  for (const key of keys) {
    const set = matches.get(key) ?? new Set<Via>();
    set.add(via);
    matches.set(key, set);
  }
}

function matchSdg(index: EditionIndex, sdg: string): Matches {
  const matches: Matches = new Map();
  if (/^\d{1,2}$/.test(sdg) && isSdgGoal(Number(sdg))) {
    const entry = index.sdgGoals.find((g) => g.id === Number(sdg));
    add(matches, entry?.outcomes ?? [], 'sdgs.goals');
    add(matches, entry?.viaTargets ?? [], 'sdgs.targets');
    return matches;
  }
  if (isSdgTarget(sdg)) {
    add(matches, index.sdgTargets.find((t) => t.id === sdg)?.outcomes ?? [], 'sdgs.targets');
    return matches;
  }
  throw new UsageError(`--sdg ${sdg}: not an SDG goal (1-17) or target (e.g. 9.c)`);
}

/**
 * A resolution query: "WTDC Res. 45" matches every revision of it; a revision in the query
 * ("WTDC Res. 45 (Rev. Dubai, 2014)") must match too; a bare number ("1305") matches any body.
 */
function matchResolution(index: EditionIndex, query: string): Matches {
  const [parsed] = parseResolutions(query, NOWHERE, new Diagnostics());
  const bare = /^(?:Res(?:olution)?\.?\s?)?(\d+)$/i.exec(query.trim());
  if (!parsed && !bare) throw new UsageError(`--resolution ${JSON.stringify(query)}: not a resolution reference such as "WTDC Res. 45"`);
  const matches: Matches = new Map();
  for (const entry of index.resolutions) {
    const fits = parsed
      ? entry.body === parsed.body &&
        entry.number === parsed.number &&
        (parsed.year === null || entry.year === parsed.year) &&
        (parsed.place === null || (entry.place !== null && placeKey(entry.place) === placeKey(parsed.place)))
      : entry.number === bare?.[1]?.replace(/^0+(?=\d)/, '');
    if (!fits) continue;
    add(matches, entry.outcomes, 'goals.resolutions');
    add(matches, entry.mentionedBy, 'mentions');
  }
  return matches;
}

function matchInitiative(index: EditionIndex, code: string): Matches {
  const wanted = code.trim().toUpperCase();
  if (!/^[A-Z]{3}\d+$/.test(wanted)) throw new UsageError(`--initiative ${code}: not a regional initiative code such as EUR4`);
  const matches: Matches = new Map();
  add(matches, index.regionalInitiatives.find((i) => i.id === wanted)?.outcomes ?? [], 'goals.regionalInitiatives');
  return matches;
}

function matchGoal(index: EditionIndex, goal: string): Matches {
  if (!/^\d+$/.test(goal.trim())) throw new UsageError(`--goal ${goal}: not an ITU strategic goal number`);
  const matches: Matches = new Map();
  add(matches, index.strategicGoals.find((g) => g.id === Number(goal))?.outcomes ?? [], 'goals.strategicGoals');
  return matches;
}

/**
 * The outcomes that match every selector given, in document order. A selector that cannot be
 * read, or none at all, is a UsageError.
 */
export function findOutcomes(roadmap: RoadmapEdition, index: EditionIndex, query: FindQuery): FoundOutcome[] {
  const selections: Matches[] = [];
  if (query.sdg !== undefined) selections.push(matchSdg(index, query.sdg.trim()));
  if (query.resolution !== undefined) selections.push(matchResolution(index, query.resolution));
  if (query.initiative !== undefined) selections.push(matchInitiative(index, query.initiative));
  if (query.goal !== undefined) selections.push(matchGoal(index, query.goal));
  if (selections.length === 0) throw new UsageError('find needs at least one of --sdg, --resolution, --initiative, --goal');
  const outcomes: Outcome[] = roadmap.actionLines.flatMap((a) => a.outcomes);
  return outcomes
    .filter((o) => selections.every((m) => m.has(o.key)))
    .map((o) => ({
      key: o.key,
      id: o.id,
      actionLine: o.actionLine,
      text: o.text,
      via: VIAS.filter((via) => selections.some((m) => m.get(o.key)?.has(via))),
    }));
}
