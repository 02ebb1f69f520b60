/** `roadmap stats`: the library's editionStats of an ingested edition, as a table or JSON. */
import path from 'node:path';
import { toJson } from '../emit/to-json.js';
import { editionStats } from '../query/stats.js';
import { editionFolder, formatTable } from './edition-folder.js';
import type { Console } from './io.js';
import { readRoadmapFile } from './read-roadmap.js';
import { printable } from '../safety/terminal-text.js';

export interface StatsOptions {
  edition?: string;
  out: string;
  json?: boolean;
}

export async function statsCommand(options: StatsOptions, io: Console): Promise<void> {
  const folder = editionFolder(options.out, options.edition);
  const roadmap = await readRoadmapFile(path.join(folder, 'roadmap.json'));
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
