/** `roadmap validate FILE`: checks a roadmap.json against the contract (the zod schema). */
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { RoadmapEditionSchema, type RoadmapEdition } from '../schema/roadmap.js';

export async function validateRoadmapFile(file: string): Promise<RoadmapEdition> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputError(file, 'cannot read the file');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, `not JSON (${(error as Error).message})`);
  }
  const result = RoadmapEditionSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
    throw new InputError(file, `does not match the roadmap contract at ${issue.path.join('.') || '(root)'}: ${issue.message}${more}`);
  }
  const keys = new Set<string>();
  for (const actionLine of result.data.actionLines) {
    for (const outcome of actionLine.outcomes) {
      if (keys.has(outcome.key)) throw new InputError(file, `outcome key ${outcome.key} is not unique`);
      keys.add(outcome.key);
    }
  }
  return result.data;
}
