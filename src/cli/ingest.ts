/**
 * `roadmap ingest`: every source → DIR/<edition>/roadmap.json, concurrently. A source that fails
 * writes nothing (its previous output stays); the others still land; the exit code says whether
 * all went well.
 */
import os from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { toJson, writeFileAtomic } from '../emit/json.js';
import { InputError } from '../errors.js';
import { readSource } from '../load/source.js';
import { extractRoadmap } from '../pipeline.js';
import { allWarnings, formatWarning, summarise } from './report.js';
import { editionOf, findSources, planSources } from './find-sources.js';

export interface IngestOptions {
  edition?: string;
  out: string;
  quiet: boolean;
  /** Opens encrypted PDFs. */
  password?: string;
}

export interface Console {
  out(line: string): void;
  err(line: string): void;
}

/** Returns the exit code: 0 when every source was ingested, 1 when any failed. */
export async function ingest(paths: readonly string[], options: IngestOptions, console: Console): Promise<number> {
  const found = await findSources(paths.length > 0 ? paths : ['sources']);
  if (found.length === 0) throw new InputError(paths.join(', ') || 'sources', 'no source files found (.txt, .md or .pdf)');
  const plan = planSources(found, (file) => options.edition ?? editionOf(file));
  for (const skip of plan.skipped) console.err(`roadmap: note: ${skip.file} not read: edition ${skip.edition} is read from ${skip.instead} (name the file to read it instead)`);
  const targets = plan.chosen;
  const limit = pLimit(Math.max(1, os.availableParallelism()));
  const results = await Promise.all(
    [...targets].map(([edition, file]) =>
      limit(async () => {
        try {
          const roadmap = await extractRoadmap(await readSource(file), options.password === undefined ? { edition } : { edition, password: options.password });
          const target = path.join(options.out, edition, 'roadmap.json');
          await writeFileAtomic(target, toJson(roadmap));
          return { file, edition, target, roadmap, error: null };
        } catch (error) {
          if (error instanceof InputError) return { file, edition, target: null, roadmap: null, error };
          throw error;
        }
      }),
    ),
  );
  let failed = 0;
  for (const result of results) {
    if (result.error || !result.roadmap) {
      failed++;
      console.err(`roadmap: ${result.error?.describe() ?? result.file}`);
      continue;
    }
    const { outcomes, actionLines, warnings } = summarise(result.roadmap);
    console.out(`${result.edition}: ${result.file} → ${result.target}: ${outcomes} outcomes in ${actionLines} action lines, ${warnings} warning${warnings === 1 ? '' : 's'}`);
    if (!options.quiet) for (const { warning, outcomeKey } of allWarnings(result.roadmap)) console.err(formatWarning(result.file, warning, outcomeKey));
  }
  return failed > 0 ? 1 : 0;
}
