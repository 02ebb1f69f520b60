/**
 * ITU codes a roadmap cites: ITU-D regional initiatives (AFR3, EUR4, ...) keyed by the action
 * plan that adopted them, the five pillars of the Global Cybersecurity Agenda (GCA), and the ITU
 * strategic plans' goals. Loaded once from the hand-compiled data file, checked at load.
 */
import { z } from 'zod';
import data from './data/itu-codes.json' with { type: 'json' };

const EvidenceSchema = z.array(z.object({ url: z.string().min(1), quote: z.string().min(1) })).min(1);

const InitiativeSchema = z.object({
  code: z.string().regex(/^[A-Z]{3}\d+$/),
  region: z.string().min(1),
  actionPlan: z.string().min(1),
  period: z.string().min(1),
  title: z.string().min(1),
  status: z.string().min(1),
  evidence: EvidenceSchema,
});

const PlanCoverageSchema = z.object({
  actionPlan: z.string().min(1),
  wtdc: z.string().regex(/^WTDC-\d{2}$/),
  /** Region prefixes whose codes the items list completely for this plan. */
  completeRegions: z.array(z.string().regex(/^[A-Z]{3}$/)),
  added: z.string().min(1),
});

const StrategicPlanSchema = z.object({
  adoptedBy: z.string().min(1),
  period: z.tuple([z.number().int(), z.number().int()]),
  /** Null: the registry does not list the plan's goals (no source at hand); its goal numbers are not checked. */
  goals: z.array(z.object({ n: z.number().int().positive(), name: z.string().min(1), text: z.string().optional() })).min(1).nullable(),
  targetsCitedInSeed: z.record(z.string().regex(/^\d+\.\d+$/), z.string()).optional(),
  evidence: EvidenceSchema,
  added: z.record(z.string(), z.string()),
});

const CodesDataSchema = z.object({
  source: z.string().min(1),
  additions: z.string().min(1),
  regionalInitiatives: z.object({ plans: z.array(PlanCoverageSchema).min(1), items: z.array(InitiativeSchema).min(1) }),
  globalCybersecurityAgenda: z.object({
    pillars: z.array(z.object({ n: z.number().int().min(1).max(5), name: z.string().min(1) })).length(5),
    evidence: EvidenceSchema,
  }),
  ituStrategicGoals: z.record(z.string(), StrategicPlanSchema),
  /** Per action plan ("Kigali Action Plan (WTDC-22)"): its ITU-D priorities and programmes; null where not listed. */
  actionPlans: z.record(
    z.string(),
    z.object({
      priorities: z.array(z.string().min(1)).min(1).nullable(),
      programmes: z.array(z.object({ n: z.number().int().positive(), name: z.string().min(1) })).min(1).nullable(),
      evidence: EvidenceSchema,
      added: z.string().min(1),
    }),
  ),
});

const registry = CodesDataSchema.parse(data);

/** Region letters of an initiative code ("AFR" of "AFR3") to the region's name. */
const regions = new Map<string, string>();
/** Initiatives per action plan ("Buenos Aires Action Plan (WTDC-17)"): codes are re-used with other meanings in each plan. */
const initiativesByPlan = new Map<string, Map<string, { region: string; title: string }>>();

for (const item of registry.regionalInitiatives.items) {
  const prefix = item.code.slice(0, 3);
  const known = regions.get(prefix);
  if (known !== undefined && known !== item.region) {
    throw new Error(`itu-codes.json: prefix ${prefix} names two regions (${known}, ${item.region})`);
  }
  regions.set(prefix, item.region);
  const codes = initiativesByPlan.get(item.actionPlan) ?? new Map<string, { region: string; title: string }>();
  if (codes.has(item.code)) throw new Error(`itu-codes.json: ${item.code} repeats in ${item.actionPlan}`);
  codes.set(item.code, { region: item.region, title: item.title });
  initiativesByPlan.set(item.actionPlan, codes);
}

const coverage = new Map(registry.regionalInitiatives.plans.map((p) => [p.actionPlan, p]));
for (const plan of initiativesByPlan.keys()) {
  if (!coverage.has(plan)) throw new Error(`itu-codes.json: no plans entry for ${plan}`);
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

/** The action plans the data knows initiative codes for, sorted, e.g. "Buenos Aires Action Plan (WTDC-17)". */
export const ACTION_PLANS: readonly string[] = [...initiativesByPlan.keys()].sort();

const NO_CODES: ReadonlySet<string> = new Set();

/** Initiative codes known for one action plan (the data is incomplete: see initiativeStatus). */
export function knownInitiatives(actionPlan: string): ReadonlySet<string> {
  const codes = initiativesByPlan.get(actionPlan);
  return codes ? new Set(codes.keys()) : NO_CODES;
}

/** The initiative's title in that plan, or null when the registry does not list it. */
export function initiativeTitle(actionPlan: string, code: string): string | null {
  return initiativesByPlan.get(actionPlan)?.get(code)?.title ?? null;
}

/**
 * What the registry can say about a code in a plan: `known`; `unknown` (its region's codes are
 * listed completely for the plan, and this is not one of them); or `unlisted` (the registry does
 * not list the region's codes for the plan completely, so it can neither confirm nor refute).
 */
export function initiativeStatus(actionPlan: string, code: string): 'known' | 'unknown' | 'unlisted' {
  if (initiativesByPlan.get(actionPlan)?.has(code)) return 'known';
  return coverage.get(actionPlan)?.completeRegions.includes(code.slice(0, 3)) ? 'unknown' : 'unlisted';
}

/** "AFR1, AFR2, AFR3, AFR4, AFR5": the plan's codes of one region, in number order. */
export function regionCodes(actionPlan: string, prefix: string): string[] {
  return [...(initiativesByPlan.get(actionPlan)?.keys() ?? [])]
    .filter((c) => c.startsWith(prefix))
    .sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)));
}

/** The action plan key the registry uses: "Buenos Aires Action Plan (WTDC-17)". */
export function actionPlanKey(name: string, wtdc: string): string {
  return `${name} (${wtdc})`;
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

export interface StrategicPlan {
  /** "connect2020" */
  readonly id: string;
  /** The years the plan runs, inclusive: [2016, 2019]. */
  readonly period: readonly [number, number];
  /** Null when the registry does not list the plan's goals: its goal numbers cannot be checked. */
  readonly goals: readonly { n: number; name: string }[] | null;
  /** Strategic targets whose text the registry knows: "3.1" → "Cybersecurity readiness ...". */
  readonly targets: ReadonlyMap<string, string>;
}

/** The ITU strategic plans, oldest first. */
export const STRATEGIC_PLANS: readonly StrategicPlan[] = Object.entries(registry.ituStrategicGoals)
  .map(([id, plan]) => ({
    id,
    period: plan.period,
    goals: plan.goals?.map((g) => ({ n: g.n, name: g.name })) ?? null,
    targets: new Map(Object.entries(plan.targetsCitedInSeed ?? {})),
  }))
  .sort((a, b) => a.period[0] - b.period[0]);

/** The plan whose period holds `year`, or null. */
export function strategicPlanOfYear(year: number): StrategicPlan | null {
  return STRATEGIC_PLANS.find((p) => year >= p.period[0] && year <= p.period[1]) ?? null;
}

/** The largest goal number of any plan: a goal above it is no ITU strategic goal at all. */
export const MAX_STRATEGIC_GOAL = Math.max(...STRATEGIC_PLANS.flatMap((p) => (p.goals ?? []).map((g) => g.n)));

for (const plan of Object.keys(registry.actionPlans)) {
  if (!/^.+ Action Plan \(WTDC-\d{2}\)$/.test(plan)) throw new Error(`itu-codes.json: action plan key ${plan} is not "<Name> Action Plan (WTDC-yy)"`);
}

/**
 * The ITU-D priorities of an action plan ("Affordable connectivity", … for the Kigali Action
 * Plan), in the plan's order; null when the registry does not list them for the plan.
 */
export function actionPlanPriorities(actionPlanKey: string): readonly string[] | null {
  return registry.actionPlans[actionPlanKey]?.priorities ?? null;
}

/** The programmes of an action plan (Doha: 1–6), or null when the registry does not list them. */
export function actionPlanProgrammes(actionPlanKey: string): readonly { n: number; name: string }[] | null {
  return registry.actionPlans[actionPlanKey]?.programmes ?? null;
}

/** Every priority name any listed plan has: a priority cited without a known plan is read against these. */
export const ALL_PRIORITIES: readonly string[] = Object.values(registry.actionPlans).flatMap((p) => p.priorities ?? []);
