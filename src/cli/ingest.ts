/**
 * `roadmap ingest`: every source → DIR/<edition>/roadmap.json (and index.json beside it, see
 * src/index), concurrently. A source that fails writes nothing (its previous output stays); the
 * others still land; the exit code says whether all went well.
 */
import os from 'node:os';
import path from 'node:path';
import { Listr, ListrLogger, ProcessOutput } from 'listr2';
import pLimit from 'p-limit';
import pc from 'picocolors';
import { toJson } from '../emit/json.js';
import { checkEditionName, replaceEditionFiles, requireEditionName } from '../emit/edition-files.js';
import { diffEditions } from '../diff/edition-diff.js';
import { REPORT_FILES, renderReports } from '../diff/reports.js';
import { InputError } from '../errors.js';
import { readSource } from '../load/source.js';
import { extractRoadmap } from '../pipeline.js';
import { buildIndex } from '../index/build-index.js';
import { correctEdition } from '../corrections/index.js';
import { summaryLine } from '../diff/summary.js';
import { readPreviousEdition } from './diff.js';
import { allWarnings, formatWarning, summarise } from './report.js';
import { editionOf, findSources, planSources } from './find-sources.js';
import { printable } from '../safety/terminal-text.js';

export interface IngestOptions {
  edition?: string;
  out: string;
  quiet?: boolean;
  /** List every warning instead of grouping them by code. */
  verbose?: boolean;
  /** Machine-readable: one JSON object per source on stdout, nothing else. */
  json?: boolean;
  /** Exit 1 when any source has a warning (for CI). */
  strict?: boolean;
  /** Exit 1 when the run has more warnings than this. */
  maxWarnings?: number;
  /** How many sources are read at once (default: the number of cores). */
  concurrency?: number;
  /** Opens encrypted PDFs. */
  password?: string;
  /** A roadmap.json or an edition in `out` to diff each new edition with (diff.json, .md, .html beside it). */
  previous?: string;
}

export interface Console {
  out(line: string): void;
  err(line: string): void;
  /** stderr is an interactive terminal: show a live progress display and colour (unless NO_COLOR). */
  interactive?: boolean;
}

/** Returns the exit code: 0 when every source was ingested, 1 when any failed. */
export async function ingest(paths: readonly string[], options: IngestOptions, console: Console): Promise<number> {
  const found = await findSources(paths.length > 0 ? paths : ['sources']);
  if (found.length === 0) throw new InputError(paths.join(', ') || 'sources', 'no source files found (.txt, .md or .pdf)');
  if (options.edition !== undefined) requireEditionName(options.edition);
  const plan = planSources(found, (file) => options.edition ?? editionOf(file));
  for (const skip of plan.skipped) console.err(printable(`roadmap: note: ${skip.file} not read: edition ${skip.edition} is read from ${skip.instead} (name the file to read it instead)`));
  const targets = plan.chosen;
  const previous = options.previous === undefined ? null : await readPreviousEdition(options.previous, options.out);
  const limit = pLimit(Math.max(1, options.concurrency ?? os.availableParallelism()));
  const progress = startProgress(targets, options, console);
  const results = await Promise.all(
    [...targets].map(([edition, file]) =>
      limit(async () => {
        progress.started(edition, file);
        try {
          const badName = checkEditionName(edition);
          if (badName) throw new InputError(file, `its folder does not name an edition (${badName}); give one with --edition`);
          const extracted = await extractRoadmap(await readSource(file), { edition, password: options.password });
          const roadmap = await correctEdition(extracted, file);
          const target = path.join(options.out, edition, 'roadmap.json');
          // Every file of the edition rendered first, then replaced together (src/emit/edition-files.ts).
          const files: Record<string, string> = { 'roadmap.json': toJson(roadmap), 'index.json': toJson(buildIndex(roadmap)) };
          const diff = previous ? diffEditions(previous, roadmap) : null;
          if (diff) Object.assign(files, renderReports(diff));
          await writeOutput(target, () => replaceEditionFiles(path.dirname(target), files, diff ? [] : REPORT_FILES));
          progress.finished(edition, file, null);
          return { file, edition, target, roadmap, diff, error: null };
        } catch (error) {
          // Any failure is this source's alone: the others are still read and reported.
          const failure = error instanceof InputError ? error : new InputError(file, `internal error while reading: ${error instanceof Error ? error.message : String(error)}`);
          progress.finished(edition, file, failure);
          return { file, edition, target: null, roadmap: null, diff: null, error: failure };
        }
      }),
    ),
  );
  await progress.done();
  const paint = colours(console);
  let failed = 0;
  let totalWarnings = 0;
  for (const result of results) {
    if (options.json) {
      console.out(JSON.stringify(jsonRecord(result)));
      if (result.error || !result.roadmap) failed++;
      else totalWarnings += summarise(result.roadmap).warnings;
      continue;
    }
    if (result.error || !result.roadmap) {
      failed++;
      console.err(`roadmap: ${paint.red(result.error?.describe() ?? result.file)}`);
      continue;
    }
    const { outcomes, actionLines, warnings, accounted, lines } = summarise(result.roadmap);
    totalWarnings += warnings;
    const coverage = accounted === lines ? `all ${lines} lines accounted for` : `${lines - accounted} of ${lines} lines unaccounted for`;
    console.out(printable(`${result.edition}: ${result.file} → ${result.target}: ${outcomes} outcomes in ${actionLines} action lines, ${warnings} warning${warnings === 1 ? '' : 's'}, ${coverage}`));
    if (result.diff) console.out(printable(`${result.edition}: changes ${summaryLine(result.diff)} → ${path.join(path.dirname(result.target!), 'diff.{json,md,html}')}`));
    if (options.quiet) continue;
    const listed = allWarnings(result.roadmap);
    if (options.verbose) for (const { warning, outcomeKey } of listed) console.err(formatWarning(result.file, warning, outcomeKey));
    else for (const line of groupWarnings(result.file, listed)) console.err(paint.yellow(line));
  }
  if (failed > 0) return 1;
  if (options.strict && totalWarnings > 0) {
    if (!options.json) console.err(`roadmap: --strict: ${totalWarnings} warning${totalWarnings === 1 ? '' : 's'}`);
    return 1;
  }
  if (options.maxWarnings !== undefined && totalWarnings > options.maxWarnings) {
    if (!options.json) console.err(`roadmap: ${totalWarnings} warnings, more than --max-warnings ${options.maxWarnings}`);
    return 1;
  }
  return 0;
}

/** How many locations of each warning code the grouped listing shows. */
const LOCATIONS_SHOWN = 5;

/**
 * Warnings grouped by code, most frequent first: the count, the first few locations, and the
 * first message as an example ("--verbose" lists every one).
 */
export function groupWarnings(file: string, listed: ReturnType<typeof allWarnings>): string[] {
  const byCode = new Map<string, typeof listed>();
  for (const entry of listed) byCode.set(entry.warning.code, [...(byCode.get(entry.warning.code) ?? []), entry]);
  const groups = [...byCode].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  return groups.map(([code, entries]) => {
    const where = entries.slice(0, LOCATIONS_SHOWN).map(({ warning, outcomeKey }) => {
      const at = warning.line !== null ? `:${warning.line}` : warning.page !== null ? ` p${warning.page}` : '';
      return `${at}${outcomeKey ? ` ${outcomeKey}` : ''}`.trim() || '(document)';
    });
    const more = entries.length > LOCATIONS_SHOWN ? `, +${entries.length - LOCATIONS_SHOWN} more` : '';
    return printable(`${file}: warning ${code} ×${entries.length} at ${where.join(', ')}${more} — e.g. ${entries[0]!.warning.message}`);
  });
}

type IngestResult = { file: string; edition: string; target: string | null; roadmap: import('../schema/roadmap.js').RoadmapEdition | null; error: InputError | null };

function jsonRecord(result: IngestResult): unknown {
  if (result.error || !result.roadmap) return { edition: result.edition, source: result.file, ok: false, error: result.error?.describe() ?? 'failed' };
  const { outcomes, actionLines, accounted, lines } = summarise(result.roadmap);
  const warnings = allWarnings(result.roadmap).map(({ warning, outcomeKey }) => ({ ...warning, outcome: outcomeKey }));
  return { edition: result.edition, source: result.file, ok: true, output: result.target, outcomes, actionLines, linesAccounted: accounted, lines, warnings };
}

/** Colour only on an interactive terminal, and never when NO_COLOR is set (no-color.org). */
function colours(console: Console): { red: (s: string) => string; yellow: (s: string) => string } {
  const on = console.interactive === true && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
  const c = pc.createColors(on);
  return { red: c.red, yellow: c.yellow };
}

interface Progress {
  started(edition: string, file: string): void;
  finished(edition: string, file: string, error: InputError | null): void;
  done(): Promise<void>;
}

/**
 * Progress on stderr: a live display (listr2) on an interactive terminal, plain "reading …" lines
 * otherwise (CI logs) when there is more than one source, nothing with --quiet or --json.
 */
function startProgress(sources: ReadonlyMap<string, string>, options: IngestOptions, console: Console): Progress {
  const silent: Progress = { started() {}, finished() {}, done: async () => {} };
  if (options.quiet || options.json || sources.size === 0) return silent;
  if (console.interactive) return liveProgress(sources);
  if (sources.size < 2) return silent;
  return {
    started: (edition, file) => console.err(printable(`roadmap: reading ${file} (edition ${edition})…`)),
    finished() {},
    done: async () => {},
  };
}

/** One listr2 task per source, settled when that source is done; drawn on stderr. */
function liveProgress(sources: ReadonlyMap<string, string>): Progress {
  const settle = new Map<string, { resolve: () => void; reject: (e: Error) => void }>();
  const tasks = [...sources].map(([edition, file]) => {
    const settled = new Promise<void>((resolve, reject) => settle.set(file, { resolve, reject }));
    return { title: `${edition}: ${file}`, task: () => settled };
  });
  const list = new Listr(tasks, {
    concurrent: true,
    exitOnError: false,
    rendererOptions: { logger: new ListrLogger({ processOutput: new ProcessOutput(process.stderr, process.stderr) }) },
  });
  const running = list.run().catch(() => undefined);
  return {
    started() {},
    finished: (_edition, file, error) => (error ? settle.get(file)?.reject(new Error(error.message)) : settle.get(file)?.resolve()),
    done: async () => {
      await running;
    },
  };
}

/**
 * An output that cannot be written (--out names a file, a folder stands where roadmap.json goes,
 * no permission) fails its source with one line naming the output, like bad input does; the
 * swap leaves whatever was there before as it was.
 */
async function writeOutput(target: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(target, `cannot write the output (${WRITE_PROBLEMS[code] ?? (code || String(error))})`);
  }
}

const WRITE_PROBLEMS: Record<string, string> = {
  ENOTDIR: 'a file stands where a folder is needed',
  EEXIST: 'a file stands where a folder is needed',
  EISDIR: 'a folder stands where the file goes',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  ENOENT: 'a folder on the way cannot be made there',
};
