/**
 * ITU codes a roadmap cites: ITU-D regional initiatives (AFR3, EUR4, ...) and the five pillars
 * of the Global Cybersecurity Agenda (GCA). Loaded from the hand-compiled data file, whose
 * source/evidence fields stay as they are; only the fields used here are checked at load.
 */
import { z } from 'zod';
import data from './data/itu-codes.json' with { type: 'json' };

const InitiativeSchema = z.object({
  code: z.string().regex(/^[A-Z]{3}\d+$/),
  region: z.string().min(1),
  actionPlan: z.string().min(1),
});

const CodesDataSchema = z.object({
  source: z.string().min(1),
  regionalInitiatives: z.object({ items: z.array(InitiativeSchema).min(1) }),
  globalCybersecurityAgenda: z.object({
    pillars: z.array(z.object({ n: z.number().int().min(1).max(5), name: z.string().min(1) })).length(5),
  }),
});

const registry = CodesDataSchema.parse(data);

/** Region letters of an initiative code ("AFR" of "AFR3") to the region's name. */
const regions = new Map<string, string>();
/** Known codes per ITU-D action plan: codes are re-used with other meanings in each plan. */
const initiativesByPlan = new Map<string, Set<string>>();

for (const item of registry.regionalInitiatives.items) {
  const prefix = item.code.slice(0, 3);
  const known = regions.get(prefix);
  if (known !== undefined && known !== item.region) {
    throw new Error(`itu-codes.json: prefix ${prefix} names two regions (${known}, ${item.region})`);
  }
  regions.set(prefix, item.region);
  const codes = initiativesByPlan.get(item.actionPlan) ?? new Set<string>();
  codes.add(item.code);
  initiativesByPlan.set(item.actionPlan, codes);
}

/** The region prefixes of regional initiative codes, sorted: AFR, AMS, ARB, ASP, CIS, EUR. */
export const REGION_PREFIXES: readonly string[] = [...regions.keys()].sort();

export function isRegionPrefix(prefix: string): boolean {
  return regions.has(prefix);
}

/** "Africa" for "AFR"; null for an unknown prefix. */
export function regionName(prefix: string): string | null {
  return regions.get(prefix) ?? null;
}

/** The action plans the data knows initiative codes for, sorted. */
export const ACTION_PLANS: readonly string[] = [...initiativesByPlan.keys()].sort();

const NO_CODES: ReadonlySet<string> = new Set();

/** Initiative codes known for one action plan (the data is incomplete: absence proves nothing). */
export function knownInitiatives(actionPlan: string): ReadonlySet<string> {
  return initiativesByPlan.get(actionPlan) ?? NO_CODES;
}

export interface GcaPillar {
  readonly n: number;
  readonly name: string;
}

/** The five GCA pillars in number order. */
export const GCA_PILLARS: readonly GcaPillar[] = [...registry.globalCybersecurityAgenda.pillars]
  .sort((a, b) => a.n - b.n)
  .map((p) => ({ n: p.n, name: p.name }));

if (new Set(GCA_PILLARS.map((p) => p.n)).size !== GCA_PILLARS.length) {
  throw new Error('itu-codes.json: GCA pillar numbers repeat');
}

export function gcaPillarName(n: number): string | null {
  return GCA_PILLARS.find((p) => p.n === n)?.name ?? null;
}
