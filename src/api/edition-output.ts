/**
 * What `ingest` writes for an edition, as file name → content: roadmap.json, its index.json, and
 * with a previous edition the diff reports (diff.json, diff.md, diff.html). `editionParts` gives
 * each file as pieces of text (roadmap.json of a large edition is never one string);
 * `editionOutput` joins them.
 */
import { diffEditions } from '../diff/edition-diff.js';
import { renderReports } from '../diff/reports.js';
import { jsonChunks } from '../emit/json-stream.js';
import { buildIndex } from '../index/build-index.js';
import type { EditionDiff } from '../schema/diff.js';
import type { EditionIndex } from '../schema/index.js';
import type { RoadmapEdition } from '../schema/roadmap.js';

export interface EditionParts {
  index: EditionIndex;
  diff: EditionDiff | null;
  /** File name → its text in pieces, in the order to write them (roadmap.json first). */
  files: Record<string, Iterable<string>>;
}

export interface EditionOutput {
  index: EditionIndex;
  diff: EditionDiff | null;
  files: Record<string, string>;
}

export function editionParts(roadmap: RoadmapEdition, previous: RoadmapEdition | null = null): EditionParts {
  const index = buildIndex(roadmap);
  // A generator is read once: each file gets an iterable that starts anew.
  const files: Record<string, Iterable<string>> = { 'roadmap.json': { [Symbol.iterator]: () => jsonChunks(roadmap) }, 'index.json': { [Symbol.iterator]: () => jsonChunks(index) } };
  const diff = previous ? diffEditions(previous, roadmap) : null;
  if (diff) for (const [name, content] of Object.entries(renderReports(diff))) files[name] = [content];
  return { index, diff, files };
}

export function editionOutput(roadmap: RoadmapEdition, previous: RoadmapEdition | null = null): EditionOutput {
  const { index, diff, files } = editionParts(roadmap, previous);
  return { index, diff, files: Object.fromEntries(Object.entries(files).map(([name, parts]) => [name, [...parts].join('')])) };
}
