/**
 * The list fields a correction can change, each with how to read and write it on an outcome,
 * what makes two items the same, and the contract's sort order (so a corrected outcome is
 * sorted like an extracted one). Results and activities keep document order: an added item goes
 * last.
 */
import { foldWhitespace } from '../cells/cell-content.js';
import { parseResolutions, sortResolutions } from '../cells/resolutions.js';
import { Diagnostics, NOWHERE } from '../diagnostics.js';
import { compareSdgTargets } from '../registry/sdg.js';
import type { ListField } from '../schema/corrections.js';
import type { Outcome, Resolution } from '../schema/roadmap.js';

type Item = string | number | Resolution;

interface ListAccess {
  get(outcome: Outcome): Item[];
  set(outcome: Outcome, items: Item[]): void;
  /** What makes two items the same item. */
  identity(item: Item): string;
  /** A correction's item (as written in corrections.json) as an item of the field. */
  read(value: string | number): Item;
  sort(items: Item[]): Item[];
}

const byNumber = (items: Item[]) => [...(items as number[])].sort((a, b) => a - b);
const byDottedId = (items: Item[]) => [...(items as string[])].sort(compareSdgTargets);
const alphabetically = (items: Item[]) => [...(items as string[])].sort();
const inDocumentOrder = (items: Item[]) => items;

function simple(get: (o: Outcome) => Item[], set: (o: Outcome, items: never) => void, sort: (items: Item[]) => Item[]): ListAccess {
  return {
    get,
    set: set as (o: Outcome, items: Item[]) => void,
    identity: (item) => (typeof item === 'string' ? foldWhitespace(item) : String(item)),
    read: (value) => (typeof value === 'string' ? foldWhitespace(value) : value),
    sort,
  };
}

export const LISTS: Record<ListField, ListAccess> = {
  'goals.strategicGoals': simple((o) => o.goals.strategicGoals, (o, v: number[]) => (o.goals.strategicGoals = v), byNumber),
  'goals.strategicTargets': simple((o) => o.goals.strategicTargets, (o, v: string[]) => (o.goals.strategicTargets = v), byDottedId),
  'goals.objectives': simple((o) => o.goals.objectives, (o, v: string[]) => (o.goals.objectives = v), alphabetically),
  'goals.regionalInitiatives': simple((o) => o.goals.regionalInitiatives, (o, v: string[]) => (o.goals.regionalInitiatives = v), alphabetically),
  'goals.gcaPillars': simple((o) => o.goals.gcaPillars, (o, v: number[]) => (o.goals.gcaPillars = v), byNumber),
  'goals.resolutions': {
    get: (o) => o.goals.resolutions,
    set: (o, items) => (o.goals.resolutions = items as Resolution[]),
    identity: (item) => (item as Resolution).canonical,
    read: (value) => readResolution(String(value)),
    sort: (items) => sortResolutions(items as Resolution[]),
  },
  'sdgs.goals': simple((o) => o.sdgs.goals, (o, v: number[]) => (o.sdgs.goals = v), byNumber),
  'sdgs.targets': simple((o) => o.sdgs.targets, (o, v: string[]) => (o.sdgs.targets = v), byDottedId),
  expectedResults: simple((o) => o.expectedResults, (o, v: string[]) => (o.expectedResults = v), inDocumentOrder),
  activities: simple((o) => o.activities, (o, v: string[]) => (o.activities = v), inDocumentOrder),
};

/** "WTDC Res. 45 (Rev. Kigali, 2022)" as a Resolution; the schema has checked it reads as one. */
function readResolution(reference: string): Resolution {
  const [resolution] = parseResolutions(reference, NOWHERE, new Diagnostics());
  return resolution!;
}
