/** `roadmap validate FILE`: checks a roadmap.json against the contract (the zod schema). */
import { readJsonFile } from '../emit/read-json.js';
import { InputError } from '../errors.js';
import { RoadmapEditionSchema, type RoadmapEdition } from '../schema/roadmap.js';

export async function validateRoadmapFile(file: string): Promise<RoadmapEdition> {
  const edition = await readJsonFile(file, RoadmapEditionSchema, { what: 'the roadmap contract' });
  const keys = new Set<string>();
  for (const actionLine of edition.actionLines) {
    for (const outcome of actionLine.outcomes) {
      if (keys.has(outcome.key)) throw new InputError(file, `outcome key ${outcome.key} is not unique`);
      keys.add(outcome.key);
    }
  }
  return edition;
}
