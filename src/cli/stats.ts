/**
 * `roadmap stats`: per action line of an ingested edition, how many outcomes it has, how many
 * SDG goals they cover (listed, or implied by a listed target), how many distinct resolutions
 * their goals cells cite, and how many warnings they carry; then the whole edition (whose
 * warnings include the document-level ones).
 */
import path from 'node:path';
import { toJson } from '../emit/json.js';
import { sdgTargetGoal } from '../registry/sdg.js';
import type { Outcome, RoadmapEdition } from '../schema/roadmap.js';
import { editionFolder, formatTable } from './find.js';
import type { Console } from './ingest.js';
import { validateRoadmapFile } from './validate.js';
import { printable } from '../safety/terminal-text.js';

export interface StatsOptions {
  edition?: string;
  outDir: string;
  json: boolean;
}

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

export async function statsCommand(options: StatsOptions, io: Console): Promise<void> {
  const folder = editionFolder(options.outDir, options.edition);
  const roadmap = await validateRoadmapFile(path.join(folder, 'roadmap.json'));
  const rows = editionStats(roadmap);
  if (options.json) {
    io.out(toJson({ edition: roadmap.edition, actionLines: rows }).trimEnd());
    return;
  }
  io.out(printable(`edition ${roadmap.edition}`));
  const table = formatTable(
    ['ACTION LINE', 'OUTCOMES', 'SDG GOALS', 'RESOLUTIONS', 'WARNINGS'],
    rows.map((r) => [r.actionLine, String(r.outcomes), String(r.sdgGoals), String(r.resolutions), String(r.warnings)]),
  );
  for (const line of table) io.out(printable(line));
}
