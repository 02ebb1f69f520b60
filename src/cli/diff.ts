/**
 * `roadmap diff OLD.json NEW.json`: what changed from one edition to the next, as DIR/diff.json,
 * diff.md and diff.html (DIR defaults to NEW.json's folder). `ingest --previous` uses the same
 * writer. All three are rendered before any is written, and each write is atomic.
 */
import path from 'node:path';
import { diffEditions, changeCount } from '../diff/edition-diff.js';
import { renderReports } from '../diff/reports.js';
import { summaryLine } from '../diff/summary.js';
import { writeFileAtomic } from '../emit/json.js';
import { InputError } from '../errors.js';
import type { EditionDiff } from '../schema/diff.js';
import type { RoadmapEdition } from '../schema/roadmap.js';
import type { Console } from './ingest.js';
import { validateRoadmapFile } from './validate.js';

export interface DiffOptions {
  out?: string;
  failOnChange: boolean;
}

/** Exit code given to `--fail-on-change` when the editions differ (for CI). */
export const CHANGED_EXIT_CODE = 3;

export async function diffCommand(oldFile: string, newFile: string, options: DiffOptions, console: Console): Promise<number> {
  const before = await validateRoadmapFile(oldFile);
  const after = await validateRoadmapFile(newFile);
  const diff = await writeDiffReports(before, after, options.out ?? path.dirname(newFile));
  console.out(`${summaryLine(diff)} → ${path.join(options.out ?? path.dirname(newFile), 'diff.{json,md,html}')}`);
  return options.failOnChange && changeCount(diff) > 0 ? CHANGED_EXIT_CODE : 0;
}

/**
 * `--previous` of `ingest`: a roadmap.json (a path ending in .json), or an edition name, read
 * from the output folder as <out>/<EDITION>/roadmap.json. Read and checked before anything is
 * written, so `ingest --previous 2018` of edition 2018 itself compares with the old output.
 */
export async function readPreviousEdition(previous: string, out: string): Promise<RoadmapEdition> {
  const file = previous.toLowerCase().endsWith('.json') ? previous : path.join(out, previous, 'roadmap.json');
  return validateRoadmapFile(file);
}

/** Diffs two editions and writes the three reports into `dir`. */
export async function writeDiffReports(before: RoadmapEdition, after: RoadmapEdition, dir: string): Promise<EditionDiff> {
  const diff = diffEditions(before, after);
  const reports = renderReports(diff);
  for (const [name, content] of Object.entries(reports)) {
    const file = path.join(dir, name);
    try {
      await writeFileAtomic(file, content);
    } catch (error) {
      throw new InputError(file, `cannot write the report (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }
  return diff;
}
