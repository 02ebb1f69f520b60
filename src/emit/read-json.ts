/**
 * Reading a JSON file that must match a zod schema: every failure (unreadable, not JSON, not the
 * contract) is one InputError naming the file and, for a contract breach, the first place it breaks.
 */
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { InputError, readProblem } from '../errors.js';
import { jsonPointer } from '../validate/json-pointer.js';

export interface ReadJsonOptions {
  /** What the file should be, for messages: "the roadmap contract", "a corrections file". */
  what: string;
  /** Said when the file cannot be read (e.g. "run roadmap ingest to write it"). */
  hint?: string;
}

/** The file's content checked against `schema`; null when `missingIsNull` and there is no file. */
export async function readJsonFile<T>(file: string, schema: z.ZodType<T>, options: ReadJsonOptions & { missingIsNull: true }): Promise<T | null>;
export async function readJsonFile<T>(file: string, schema: z.ZodType<T>, options: ReadJsonOptions): Promise<T>;
export async function readJsonFile<T>(file: string, schema: z.ZodType<T>, options: ReadJsonOptions & { missingIsNull?: boolean }): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (options.missingIsNull && (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new InputError(file, `${readProblem(error)}${options.hint ? ` (${options.hint})` : ''}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, `not JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
    throw new InputError(file, `does not match ${options.what} at ${jsonPointer(issue.path) || '(root)'}: ${issue.message}${more}`);
  }
  return result.data;
}
