/**
 * Reading a roadmap.json for a command that uses it (diff, find, stats, export): it must keep the
 * contract's shape and have unique keys; its meaning is `roadmap validate`'s business.
 */
import { readFile } from 'node:fs/promises';
import { InputError, readProblem } from '../errors.js';
import type { RoadmapEdition } from '../schema/roadmap.js';
import { validateRoadmap, type ValidationIssue } from '../validate/validate-roadmap.js';

/** The parsed JSON of a file; an unreadable file or bad JSON is an InputError naming it. */
export async function readJson(file: string, hint?: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(file, `${readProblem(error)}${hint ? ` (${hint})` : ''}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(file, `not JSON (${(error as Error).message})`);
  }
}

/** "at /actionLines/0/outcomes/3/key [C2.geneva.A]: message": where an issue is and what. */
export function describeIssue(issue: ValidationIssue): string {
  return `at ${issue.pointer || '(root)'}${issue.outcome ? ` [${issue.outcome}]` : ''}: ${issue.message}`;
}

export async function readRoadmapFile(file: string): Promise<RoadmapEdition> {
  const report = validateRoadmap(await readJson(file));
  const fatal = report.edition === null ? report.issues : report.issues.filter((i) => i.code === 'key-duplicate');
  if (fatal.length > 0 || report.edition === null) {
    const more = fatal.length > 1 ? ` (and ${fatal.length - 1} more)` : '';
    throw new InputError(file, `does not match the roadmap contract ${describeIssue(fatal[0]!)}${more}`);
  }
  return report.edition;
}
