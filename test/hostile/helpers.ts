/**
 * Shared by the hostile-input tests: a small roadmap written the way the bundled edition is laid
 * out (title, header with footnote markers, section title, tab-separated rows), and a runner that
 * lets through only the two allowed outcomes of extractRoadmap: a roadmap, or an InputError.
 */
import { InputError } from '../../src/errors.js';
import { sha256 } from '../../src/load/source.js';
import { extractRoadmap } from '../../src/pipeline.js';
import type { Outcome, RoadmapEdition } from '../../src/schema/roadmap.js';

export const TITLE = 'WSIS Action Line C7: E-applications';
export const HEADER =
  'WSIS Outcomes¹ (WSIS AL C7)\tProposed ² Timing\tITU Strategic Goals and Relevant Resolutions ³\tLinkages with the SDGs\tExpected Results of ITU Activities';
export const SECTION = 'Geneva Plan of Action and Tunis Agenda for the Information Society';

/** One table line: the five cells in header order. */
export function row(outcome: string, timing: string, goals: string, sdgs: string, results: string): string {
  return [outcome, timing, goals, sdgs, results].join('\t');
}

/** A plain, well-formed row to put beside a hostile one. */
export const PLAIN_ROW = row('A: Promote e-government applications', '2016-2019', 'ITU Strategic Goal 2', '16.6', 'Expected Results: e-government portals');

/** Title, header and section title, then the given lines. */
export function roadmapText(...lines: string[]): string {
  return [TITLE, HEADER, SECTION, ...lines].join('\n');
}

export type Extracted = { roadmap: RoadmapEdition; error: null } | { roadmap: null; error: InputError };

/** Runs the pipeline; anything thrown other than an InputError fails the test that called it. */
export async function extract(input: string | Uint8Array, file = 'hostile.txt'): Promise<Extracted> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  try {
    const roadmap = await extractRoadmap({ path: file, bytes, sha256: sha256(bytes), format: 'text' }, { edition: 'hostile' });
    return { roadmap, error: null };
  } catch (error) {
    if (error instanceof InputError) return { roadmap: null, error };
    throw error;
  }
}

/** The roadmap, failing with the error's message when there was none. */
export async function extractOk(input: string | Uint8Array, file?: string): Promise<RoadmapEdition> {
  const result = await extract(input, file);
  if (result.error) throw new Error(`expected a roadmap, got InputError: ${result.error.describe()}`);
  return result.roadmap;
}

/** The InputError's one line, failing when a roadmap came back. */
export async function extractError(input: string | Uint8Array, file?: string): Promise<string> {
  const result = await extract(input, file);
  if (!result.error) throw new Error('expected an InputError, got a roadmap');
  return result.error.describe();
}

export function outcomesOf(roadmap: RoadmapEdition): Outcome[] {
  return roadmap.actionLines.flatMap((a) => a.outcomes);
}

/** Warning codes of one outcome, in order. */
export function codesOf(outcome: Outcome): string[] {
  return outcome.warnings.map((w) => w.code);
}
