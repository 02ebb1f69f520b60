/**
 * Corrections for `ingest`: after extraction, apply the edition's corrections.json (beside its
 * source), if there is one. Without the file the roadmap is returned as extracted, unchanged.
 */
import type { RoadmapEdition } from '../schema/roadmap.js';
import { applyCorrections } from './apply.js';
import { correctionsPathFor, readCorrections } from './load.js';

export { applyCorrections } from './apply.js';
export { CORRECTIONS_FILE, correctionsPathFor, readCorrections } from './load.js';

export async function correctEdition(edition: RoadmapEdition, sourceFile: string): Promise<RoadmapEdition> {
  const file = correctionsPathFor(sourceFile);
  const corrections = await readCorrections(file);
  return corrections === null ? edition : applyCorrections(edition, corrections, file);
}
