/**
 * `roadmap diff OLD NEW`: what changed from one edition to the next, as diff.json, diff.md and
 * diff.html. OLD and NEW are roadmap.json files or edition names in the output folder (as
 * `ingest --previous` takes them). All three reports are rendered before any is written, and
 * each write is atomic.
 */
import path from 'node:path';
import { changeCount, diffEditions } from '../diff/edition-diff.js';
import { renderReports } from '../diff/reports.js';
import { summaryLine } from '../diff/summary.js';
import { writeFileAtomic } from '../emit/json.js';
import { InputError, writeProblem } from '../errors.js';
import type { EditionDiff } from '../schema/diff.js';
import type { RoadmapEdition } from '../schema/roadmap.js';
import type { Console } from './io.js';
import { readRoadmapFile } from './read-roadmap.js';

export interface DiffOptions {
  /** Where edition names are found; with two files, where the reports go. */
  out?: string;
  failOnChange: boolean;
  json: boolean;
}

/** Exit code given to `--fail-on-change` when the editions differ (for CI). */
export const CHANGED_EXIT_CODE = 3;

/** The output folder edition names are looked up in when none is given. */
const DEFAULT_OUTPUT = 'output';

/** A roadmap.json (a path ending in .json), or an edition name: <out>/<EDITION>/roadmap.json. */
export function editionFile(edition: string, out: string): string {
  return edition.toLowerCase().endsWith('.json') ? edition : path.join(out, edition, 'roadmap.json');
}

export async function diffCommand(oldEdition: string, newEdition: string, options: DiffOptions, console: Console): Promise<number> {
  const oldFile = editionFile(oldEdition, options.out ?? DEFAULT_OUTPUT);
  const newFile = editionFile(newEdition, options.out ?? DEFAULT_OUTPUT);
  const before = await readRoadmapFile(oldFile);
  const after = await readRoadmapFile(newFile);
  // The reports go beside the newer roadmap.json, unless --out names a folder for two files.
  const named = newFile !== newEdition;
  const dir = options.out !== undefined && !named ? options.out : path.dirname(newFile);
  const diff = await writeDiffReports(before, after, dir);
  const changes = changeCount(diff);
  if (options.json) console.out(JSON.stringify({ ok: true, from: before.edition, to: after.edition, changes, reports: ['diff.json', 'diff.md', 'diff.html'].map((f) => path.join(dir, f)) }));
  else console.out(`${summaryLine(diff)} → ${path.join(dir, 'diff.{json,md,html}')}`);
  return options.failOnChange && changes > 0 ? CHANGED_EXIT_CODE : 0;
}

/**
 * `--previous` of `ingest`: a roadmap.json, or an edition name read from the output folder. Read
 * and checked before anything is written, so `ingest --previous 2018` of edition 2018 itself
 * compares with the old output.
 */
export async function readPreviousEdition(previous: string, out: string): Promise<RoadmapEdition> {
  return readRoadmapFile(editionFile(previous, out));
}

/** Diffs two editions and writes the three reports into `dir`. */
export async function writeDiffReports(before: RoadmapEdition, after: RoadmapEdition, dir: string): Promise<EditionDiff> {
  const diff = diffEditions(before, after);
  const reports = renderReports(diff);
  for (const [name, content] of Object.entries(reports)) {
    const target = path.join(dir, name);
    try {
      await writeFileAtomic(target, content);
    } catch (error) {
      throw new InputError(target, `cannot write the output (${writeProblem(error)})`);
    }
  }
  return diff;
}
