/**
 * Finding and reading an edition's corrections.json. It sits beside the edition's source
 * (sources/<edition>/corrections.json). A file that is not JSON or breaks the schema is bad input:
 * one line that names the file and the first problem.
 */
import path from 'node:path';
import { readJsonFile } from '../emit/read-json.js';
import { CorrectionsFileSchema, type Correction } from '../schema/corrections.js';

export const CORRECTIONS_FILE = 'corrections.json';

/** Where the corrections for the edition read from `sourceFile` live. */
export function correctionsPathFor(sourceFile: string): string {
  return path.join(path.dirname(sourceFile), CORRECTIONS_FILE);
}

/** The corrections in `file`, or null when there is no such file. */
export async function readCorrections(file: string): Promise<Correction[] | null> {
  const parsed = await readJsonFile(file, CorrectionsFileSchema, { what: 'the corrections file format', missingIsNull: true });
  return parsed === null ? null : parsed.corrections;
}
