/**
 * Edition statistics: per action line, how many outcomes it has, how many SDG goals they cover
 * (listed, or implied by a listed target), how many distinct resolutions their goals cells cite,
 * and how many warnings they carry; then the whole edition ("all", whose warnings include the
 * document-level ones).
 */
import { sdgTargetGoal } from '../registry/sdg.js';
import type { Outcome, RoadmapEdition } from '../schema/roadmap.js';

export interface ActionLineStats {
  /** "C2", or "all" for the whole edition. */
  actionLine: string;
  outcomes: number;
  sdgGoals: number;
  resolutions: number;
  warnings: number;
}

function count(actionLine: string, outcomes: readonly Outcome[], extraWarnings: number): ActionLineStats {
  const goals = new Set<number>();
  const resolutions = new Set<string>();
  let warnings = extraWarnings;
  for (const o of outcomes) {
    for (const g of o.sdgs.goals) goals.add(g);
    for (const t of o.sdgs.targets) {
      const g = sdgTargetGoal(t);
      if (g !== null) goals.add(g);
    }
    for (const r of o.goals.resolutions) resolutions.add(r.canonical);
    warnings += o.warnings.length;
  }
  return { actionLine, outcomes: outcomes.length, sdgGoals: goals.size, resolutions: resolutions.size, warnings };
}

/** One row per action line, in document order, then "all". */
export function editionStats(edition: RoadmapEdition): ActionLineStats[] {
  const rows = edition.actionLines.map((a) => count(a.id, a.outcomes, 0));
  rows.push(count('all', edition.actionLines.flatMap((a) => a.outcomes), edition.warnings.length));
  return rows;
}
