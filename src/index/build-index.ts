/**
 * index.json from roadmap.json: for every reference the edition cites, the outcomes that cite
 * it, with the registry's title. Pure and deterministic: entries sorted as roadmap.json sorts
 * its lists, outcome keys in document order. The action plan and strategic plan are found the
 * way the pipeline finds them (src/cells/reference-context.ts), from the goals cells and the
 * timing.
 */
import { singleFragment } from '../cells/cell-content.js';
import { detectReferenceContext } from '../cells/reference-context.js';
import { Diagnostics } from '../diagnostics.js';
import { describeAssembly, findAssemblies, type ResolutionBody } from '../registry/assemblies.js';
import { gcaPillarName, initiativeTitle, regionName } from '../registry/codes.js';
import { resolutionTitle } from '../registry/resolutions.js';
import { compareSdgTargets, sdgGoalTitle, sdgTargetGoal, sdgTargetText } from '../registry/sdg.js';
import type { EditionIndex, RecommendationEntry, ResolutionEntry } from '../schema/index.js';
import type { MentionBody, Outcome, RoadmapEdition } from '../schema/roadmap.js';

/**
 * Outcome keys per reference id, each list in document order without repeats (a Set keeps
 * insertion order; a list searched on every add made 100,000 outcomes citing one SDG quadratic).
 */
class Citations<K> {
  private readonly map = new Map<K, Set<string>>();

  add(id: K, key: string): void {
    let keys = this.map.get(id);
    if (!keys) this.map.set(id, (keys = new Set()));
    keys.add(key);
  }

  get(id: K): string[] {
    return [...(this.map.get(id) ?? [])];
  }

  ids(): K[] {
    return [...this.map.keys()];
  }
}

const byNumber = (a: number, b: number): number => a - b;
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Numbers inside strings compare as numbers: "X.2" < "X.10", "45" < "130". */
function compareNatural(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let k = 0; k < Math.min(pa.length, pb.length); k++) {
    const x = pa[k] ?? '';
    const y = pb[k] ?? '';
    if (x === y) continue;
    if (k % 2 === 1) return Number(x) - Number(y) || byString(x, y);
    return byString(x, y);
  }
  return pa.length - pb.length;
}

/** Body (plain string order, unknown last), then number, then year, then the canonical form. */
function compareByBody(a: { body: string | null; number: string; id: string; year?: number | null }, b: typeof a): number {
  if (a.body !== b.body) return a.body === null ? 1 : b.body === null ? -1 : byString(a.body, b.body);
  return compareNatural(a.number, b.number) || (a.year ?? -Infinity) - (b.year ?? -Infinity) || byString(a.id, b.id);
}

function conferenceOf(body: ResolutionBody | null, place: string | null, year: number | null): string | null {
  if (body === null || year === null) return null;
  const held = findAssemblies(place === null ? { body, year } : { body, place, year });
  return held.length === 1 ? describeAssembly(held[0]!) : null;
}

export function buildIndex(edition: RoadmapEdition): EditionIndex {
  const outcomes: Outcome[] = edition.actionLines.flatMap((a) => a.outcomes);
  const context = detectReferenceContext(
    outcomes.map((o) => ({ goals: singleFragment(o.goals.raw), timing: o.timing })),
    new Diagnostics(),
  );
  const plan = context.actionPlan;
  const strategic = context.strategicPlan;

  const sdgGoals = new Citations<number>();
  const sdgGoalsViaTargets = new Citations<number>();
  const sdgTargets = new Citations<string>();
  const resolutionCites = new Citations<string>();
  const resolutionMentions = new Citations<string>();
  const resolutionFields = new Map<string, { body: ResolutionBody | null; number: string; place: string | null; year: number | null }>();
  const recommendationMentions = new Citations<string>();
  const recommendationFields = new Map<string, { body: MentionBody | null; number: string }>();
  const strategicGoals = new Citations<number>();
  const strategicTargets = new Citations<string>();
  const objectives = new Citations<string>();
  const initiatives = new Citations<string>();
  const pillars = new Citations<number>();

  for (const o of outcomes) {
    for (const g of o.sdgs.goals) sdgGoals.add(g, o.key);
    for (const t of o.sdgs.targets) {
      sdgTargets.add(t, o.key);
      const goal = sdgTargetGoal(t);
      if (goal !== null) sdgGoalsViaTargets.add(goal, o.key);
    }
    for (const r of o.goals.resolutions) {
      resolutionCites.add(r.canonical, o.key);
      resolutionFields.set(r.canonical, { body: r.body, number: r.number, place: r.place, year: r.year });
    }
    for (const m of o.mentions ?? []) {
      if (m.kind === 'resolution') {
        resolutionMentions.add(m.canonical, o.key);
        if (!resolutionFields.has(m.canonical)) {
          resolutionFields.set(m.canonical, { body: m.body as ResolutionBody | null, number: m.number, place: m.place, year: m.year });
        }
      } else {
        recommendationMentions.add(m.canonical, o.key);
        recommendationFields.set(m.canonical, { body: m.body, number: m.number });
      }
    }
    for (const g of o.goals.strategicGoals) strategicGoals.add(g, o.key);
    for (const t of o.goals.strategicTargets) strategicTargets.add(t, o.key);
    for (const x of o.goals.objectives) objectives.add(x, o.key);
    for (const c of o.goals.regionalInitiatives) initiatives.add(c, o.key);
    for (const n of o.goals.gcaPillars) pillars.add(n, o.key);
  }

  const goalIds = [...new Set([...sdgGoals.ids(), ...sdgGoalsViaTargets.ids()])].sort(byNumber);
  const resolutions: ResolutionEntry[] = [...resolutionFields.entries()]
    .map(([id, f]) => ({
      id,
      ...f,
      title: f.body === null ? null : resolutionTitle(f.body, f.number),
      conference: conferenceOf(f.body, f.place, f.year),
      outcomes: resolutionCites.get(id),
      mentionedBy: resolutionMentions.get(id),
    }))
    .sort(compareByBody);
  const recommendations: RecommendationEntry[] = [...recommendationFields.entries()]
    .map(([id, f]) => ({ id, ...f, mentionedBy: recommendationMentions.get(id) }))
    .sort(compareByBody);

  return {
    schemaVersion: 1,
    edition: edition.edition,
    source: { sha256: edition.source.sha256 },
    actionPlan: plan?.key ?? null,
    strategicPlan: strategic ? { id: strategic.id, period: [strategic.period[0], strategic.period[1]] } : null,
    sdgGoals: goalIds.map((id) => ({ id, title: sdgGoalTitle(id), outcomes: sdgGoals.get(id), viaTargets: sdgGoalsViaTargets.get(id) })),
    sdgTargets: sdgTargets
      .ids()
      .sort(compareSdgTargets)
      .map((id) => ({ id, goal: sdgTargetGoal(id) ?? 0, title: sdgTargetText(id), outcomes: sdgTargets.get(id) })),
    resolutions,
    recommendations,
    strategicGoals: strategicGoals
      .ids()
      .sort(byNumber)
      .map((id) => ({ id, title: strategic?.goals?.find((g) => g.n === id)?.name ?? null, outcomes: strategicGoals.get(id) })),
    strategicTargets: strategicTargets
      .ids()
      .sort(compareNatural)
      .map((id) => ({ id, title: strategic?.targets.get(id) ?? null, outcomes: strategicTargets.get(id) })),
    objectives: objectives
      .ids()
      .sort(byString)
      .map((id) => ({ id, title: null, outcomes: objectives.get(id) })),
    regionalInitiatives: initiatives
      .ids()
      .sort(byString)
      .map((id) => ({ id, region: regionName(id.slice(0, 3)), title: plan ? initiativeTitle(plan.key, id) : null, outcomes: initiatives.get(id) })),
    gcaPillars: pillars
      .ids()
      .sort(byNumber)
      .map((id) => ({ id, title: gcaPillarName(id), outcomes: pillars.get(id) })),
  };
}
