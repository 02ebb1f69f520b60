/**
 * What `ingest` writes for an edition, as file name → content: roadmap.json, its index.json, and
 * with a previous edition the diff reports (diff.json, diff.md, diff.html). Rendered in full
 * before anything is written, so the writer can put the set in place at once.
 */
import { diffEditions } from '../diff/edition-diff.js';
import { renderReports } from '../diff/reports.js';
import { toJson } from '../emit/to-json.js';
import { buildIndex } from '../index/build-index.js';
import type { EditionDiff } from '../schema/diff.js';
import type { EditionIndex } from '../schema/index.js';
import type { RoadmapEdition } from '../schema/roadmap.js';

export interface EditionOutput {
  index: EditionIndex;
  diff: EditionDiff | null;
  files: Record<string, string>;
}

export function editionOutput(roadmap: RoadmapEdition, previous: RoadmapEdition | null = null): EditionOutput {
  const index = buildIndex(roadmap);
  const files: Record<string, string> = { 'roadmap.json': toJson(roadmap), 'index.json': toJson(index) };
  const diff = previous ? diffEditions(previous, roadmap) : null;
  if (diff) Object.assign(files, renderReports(diff));
  return { index, diff, files };
}
