/**
 * Finding and reading an edition's corrections.json. It sits beside the edition's source
 * (sources/<edition>/corrections.json). A file that is not JSON or breaks the schema is bad input:
 * one line that names the file and the first problem.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import { CorrectionsFileSchema, type Correction } from '../schema/corrections.js';

export const CORRECTIONS_FILE = 'corrections.json';

/** Where the corrections for the edition read from `sourceFile` live. */
export function correctionsPathFor(sourceFile: string): string {
  return path.join(path.dirname(sourceFile), CORRECTIONS_FILE);
}

/** The corrections in `file`, or null when there is no such file. */
export async function readCorrections(file: string): Promise<Correction[] | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new InputError(file, 'cannot read the corrections file');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, `corrections file is not JSON (${(error as Error).message})`);
  }
  const result = CorrectionsFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
    throw new InputError(file, `invalid corrections file at ${issue.path.join('.') || '(root)'}: ${issue.message}${more}`);
  }
  return result.data.corrections;
}
