/**
 * `roadmap ingest`: every source → OUT/<edition>/roadmap.json and index.json (and the diff
 * reports with --previous), concurrently. The library does the work (extractRoadmap with the
 * edition's corrections, editionOutput); this reads the files, writes the outputs and reports. A
 * source that fails writes nothing (its previous output stays); the others still land; the exit
 * code says whether all went well.
 */
import os from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import pc from 'picocolors';
import { extractRoadmap } from '../api/extract.js';
import { editionParts } from '../api/edition-output.js';
import { REPORT_FILES } from '../diff/reports.js';
import { correctionsPathFor, readCorrections } from '../corrections/load.js';
import { summaryLine } from '../diff/summary.js';
import { checkEditionName, replaceEditionFiles, requireEditionName } from '../emit/edition-files.js';
import { InputError, writeProblem } from '../errors.js';
import { readSource } from '../load/source.js';
import type { EditionDiff } from '../schema/diff.js';
import type { RoadmapEdition } from '../schema/roadmap.js';
import { readPreviousEdition } from './diff.js';
import { editionOf, findSources, planSources } from './find-sources.js';
import { githubAnnotation, reporterOf, type Console, type ReportOptions } from './io.js';
import { allWarnings, formatWarning, githubWarning, plural, summarise, warningFile, type ListedWarning } from './report.js';
import { printable } from '../safety/terminal-text.js';

export type { Console } from './io.js';

export interface IngestOptions extends ReportOptions {
  edition?: string;
  out: string;
  /** List every warning instead of grouping them by code. */
  verbose?: boolean;
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

interface IngestResult {
  file: string;
  edition: string;
  target: string | null;
  roadmap: RoadmapEdition | null;
  diff: EditionDiff | null;
  error: InputError | null;
}

/** Returns the exit code: 0 when every source was ingested (and no --strict, --max-warnings or --fail-on condition holds), else 1. */
export async function ingest(paths: readonly string[], options: IngestOptions, console: Console): Promise<number> {
  const reporter = reporterOf(options);
  const found = await findSources(paths.length > 0 ? paths : ['sources']);
  if (found.length === 0) throw new InputError(paths.join(', ') || 'sources', 'no source files found (.txt, .md or .pdf)');
  if (options.edition !== undefined) requireEditionName(options.edition);
  const plan = planSources(found, (file) => options.edition ?? editionOf(file));
  if (!options.quiet) {
    for (const skip of plan.skipped) {
      if (reporter === 'json') console.out(JSON.stringify({ note: 'skipped', source: skip.file, edition: skip.edition, readInstead: skip.instead }));
      else console.err(printable(`roadmap: note: ${skip.file} not read: edition ${skip.edition} is read from ${skip.instead} (name the file to read it instead)`));
    }
  }
  const targets = plan.chosen;
  const previous = options.previous === undefined ? null : await readPreviousEdition(options.previous, options.out);
  const limit = pLimit(Math.max(1, options.concurrency ?? os.availableParallelism()));
  const progress = await startProgress(targets, options, console);
  const results = await Promise.all(
    [...targets].map(([edition, file]) =>
      limit(async (): Promise<IngestResult> => {
        progress.started(edition, file);
        try {
          const badName = checkEditionName(edition);
          if (badName) throw new InputError(file, `its folder does not name an edition (${badName}); give one with --edition`);
          const source = await readSource(file);
          const correctionsFile = correctionsPathFor(file);
          const corrections = await readCorrections(correctionsFile);
          const roadmap = await extractRoadmap(source, { edition, password: options.password, ...(corrections ? { corrections, correctionsFile } : {}) });
          const output = editionParts(roadmap, previous);
          const dir = path.join(options.out, edition);
          // Every file of the edition rendered first, then replaced together (src/emit/edition-files.ts).
          await writeEditionFiles(dir, output.files, output.diff ? [] : REPORT_FILES);
          progress.finished(edition, file, null);
          return { file, edition, target: path.join(dir, 'roadmap.json'), roadmap, diff: output.diff, error: null };
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
  const ignored = new Set(options.ignore ?? []);
  const failOn = new Set(options.failOn ?? []);
  const paint = colours(console);
  let failed = 0;
  let totalWarnings = 0;
  const failing = new Map<string, number>();
  for (const result of results) {
    if (result.error || !result.roadmap) {
      failed++;
      if (reporter === 'json') console.out(JSON.stringify(jsonRecord(result, [])));
      else if (reporter === 'github') console.out(githubError(result.error));
      else console.err(`roadmap: ${paint.red(result.error?.describe() ?? result.file)}`);
      continue;
    }
    const listed = allWarnings(result.roadmap).filter(({ warning }) => !ignored.has(warning.code));
    totalWarnings += listed.length;
    for (const { warning } of listed) if (failOn.has(warning.code)) failing.set(warning.code, (failing.get(warning.code) ?? 0) + 1);
    if (reporter === 'json') {
      console.out(JSON.stringify(jsonRecord(result, listed)));
      continue;
    }
    const { outcomes, actionLines, accounted, lines, corrections } = summarise(result.roadmap);
    const coverage = accounted === lines ? `all ${lines} lines accounted for` : `${lines - accounted} of ${lines} lines unaccounted for`;
    const corrected = corrections > 0 ? `, ${corrections} correction${corrections === 1 ? '' : 's'} applied` : '';
    console.out(printable(`${result.edition}: ${result.file} → ${result.target}: ${outcomes} outcomes in ${actionLines} action lines, ${plural(listed.length, 'warning')}${corrected}, ${coverage}`));
    if (result.diff) console.out(printable(`${result.edition}: changes ${summaryLine(result.diff)} → ${path.join(path.dirname(result.target!), 'diff.{json,md,html}')}`));
    if (options.quiet) continue;
    if (reporter === 'github') for (const { warning, outcomeKey } of listed) console.out(githubWarning(result.file, warning, outcomeKey));
    else if (options.verbose) for (const { warning, outcomeKey } of listed) console.err(formatWarning(result.file, warning, outcomeKey));
    else for (const line of groupWarnings(result.file, listed)) console.err(paint.yellow(line));
  }
  const say = (line: string) => {
    if (reporter !== 'json') console.err(line);
  };
  if (failed > 0) return 1;
  if (failing.size > 0) {
    say(`roadmap: --fail-on: ${[...failing].map(([code, n]) => `${n} × ${code}`).join(', ')}`);
    return 1;
  }
  if (options.strict && totalWarnings > 0) {
    say(`roadmap: --strict: ${plural(totalWarnings, 'warning')}`);
    return 1;
  }
  if (options.maxWarnings !== undefined && totalWarnings > options.maxWarnings) {
    say(`roadmap: ${plural(totalWarnings, 'warning')}, more than --max-warnings ${options.maxWarnings}`);
    return 1;
  }
  return 0;
}

/** A failed source as a GitHub error annotation on the file (and line) the error names. */
function githubError(error: InputError | null): string {
  if (!error) return githubAnnotation('error', 'failed', {});
  const page = error.page !== null ? ` (page ${error.page})` : '';
  return githubAnnotation('error', `${error.message}${page}`, { file: error.file, line: error.line });
}

/** How many locations of each warning code the grouped listing shows. */
const LOCATIONS_SHOWN = 5;

/**
 * Warnings grouped by code, most frequent first: the count, the first few locations, and the
 * first message as an example ("--verbose" lists every one).
 */
export function groupWarnings(file: string, listed: readonly ListedWarning[]): string[] {
  const byCode = new Map<string, ListedWarning[]>();
  for (const entry of listed) byCode.set(entry.warning.code, [...(byCode.get(entry.warning.code) ?? []), entry]);
  const groups = [...byCode].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  return groups.map(([code, entries]) => {
    const where = entries.slice(0, LOCATIONS_SHOWN).map(({ warning, outcomeKey }) => {
      const at = warning.line !== null ? `:${warning.line}` : warning.page !== null ? ` p${warning.page}` : '';
      return `${at}${outcomeKey ? ` ${outcomeKey}` : ''}`.trim() || '(document)';
    });
    const more = entries.length > LOCATIONS_SHOWN ? `, +${entries.length - LOCATIONS_SHOWN} more` : '';
    return printable(`${warningFile(file, entries[0]!.warning)}: warning ${code} ×${entries.length} at ${where.join(', ')}${more} — e.g. ${entries[0]!.warning.message}`);
  });
}

function jsonRecord(result: IngestResult, listed: readonly ListedWarning[]): unknown {
  if (result.error || !result.roadmap) {
    const error = result.error ? { message: result.error.describe(), file: result.error.file, line: result.error.line, page: result.error.page } : { message: 'failed' };
    return { edition: result.edition, source: result.file, ok: false, error };
  }
  const { outcomes, actionLines, accounted, lines, corrections } = summarise(result.roadmap);
  const warnings = listed.map(({ warning, outcomeKey }) => ({ ...warning, outcome: outcomeKey }));
  return { edition: result.edition, source: result.file, ok: true, output: result.target, outcomes, actionLines, linesAccounted: accounted, lines, correctionsApplied: corrections, warnings };
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
 * Progress on stderr: a live display (listr2, loaded only then) on an interactive terminal, plain
 * "reading …" lines otherwise (CI logs) when there is more than one source, nothing with --quiet,
 * --json or another reporter than text.
 */
async function startProgress(sources: ReadonlyMap<string, string>, options: IngestOptions, console: Console): Promise<Progress> {
  const silent: Progress = { started() {}, finished() {}, done: async () => {} };
  if (options.quiet || reporterOf(options) !== 'text' || sources.size === 0) return silent;
  if (console.interactive) return liveProgress(sources);
  if (sources.size < 2) return silent;
  return {
    started: (edition, file) => console.err(printable(`roadmap: reading ${file} (edition ${edition})…`)),
    finished() {},
    done: async () => {},
  };
}

/** One listr2 task per source, settled when that source is done; drawn on stderr. */
async function liveProgress(sources: ReadonlyMap<string, string>): Promise<Progress> {
  const { Listr, ListrLogger, ProcessOutput } = await import('listr2');
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
 * The edition's files, replaced together (src/emit/edition-files.ts): a reader sees the old set
 * or the new one, never a mix. An output that cannot be written (--out names a file, a folder
 * stands where roadmap.json goes, no permission) fails its source with one line naming the
 * output, like bad input does, and leaves the previous set as it was.
 */
async function writeEditionFiles(dir: string, files: Record<string, Iterable<string>>, drop: readonly string[]): Promise<void> {
  try {
    await replaceEditionFiles(dir, files, drop);
  } catch (error) {
    throw new InputError(path.join(dir, 'roadmap.json'), `cannot write the output (${writeProblem(error)})`);
  }
}
