/**
 * The `roadmap` command line. Exit codes: 0 ok, 1 failed input (or an internal error), 2 usage error,
 * 3 changes found by `diff --fail-on-change`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { toJson } from '../emit/json.js';
import { InputError, UsageError } from '../errors.js';
import { diffJsonSchema } from '../schema/diff.js';
import { indexJsonSchema } from '../schema/index.js';
import { roadmapJsonSchema } from '../schema/roadmap.js';
import { diffCommand } from './diff.js';
import { EXPORT_FORMATS, exportRoadmap, type ExportFormat } from './export.js';
import { findCommand, type FindOptions } from './find.js';
import { ingest } from './ingest.js';
import { summarise } from './report.js';
import { statsCommand, type StatsOptions } from './stats.js';
import { TABLE_FORMATS, tablesCommand, type TablesOptions } from './tables.js';
import { validateRoadmapFile } from './validate.js';
import { LIMIT_NAMES, parseLimits, setPdfLimits } from '../guard/pdf-limits.js';

import type { Console, IngestOptions } from './ingest.js';
import { printable } from '../safety/terminal-text.js';

/** The package's version, read from package.json beside dist/ (or src/ in tests). */
function packageVersion(): string {
  const file = fileURLToPath(new URL('../../package.json', import.meta.url));
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function positiveInteger(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${flag} takes a whole number of 1 or more`);
  return n;
}

function nonNegativeInteger(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${flag} takes a whole number of 0 or more`);
  return n;
}

/** --limit NAME=N, repeatable: raises one of the PDF budgets (src/guard/pdf-limits.ts). */
const LIMIT_OPTION = [
  '--limit <name=n>',
  `raise a PDF budget, repeatable (${LIMIT_NAMES.join(', ')}; see README)`,
  (value: string, previous: string[]) => [...previous, value],
  [] as string[],
] as const;

const processConsole: Console = {
  interactive: process.stderr.isTTY === true,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

function buildProgram(io: Console, setExitCode: (code: number) => void): Command {
  const program = new Command('roadmap')
    .description('Extract the ITU WSIS Action Lines Roadmaps (C2, C5, C6) into validated JSON.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run "roadmap --help" for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text.trimEnd()), writeErr: (text) => io.err(text.trimEnd()) });

  program
    .command('ingest')
    .description('read roadmap sources and write DIR/<edition>/roadmap.json for each')
    .argument('[paths...]', 'source files or folders (default: sources/)')
    .option('-e, --edition <name>', 'edition name (default: the name of the folder the source sits in)')
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('-q, --quiet', 'no progress and no warnings, only the summary lines')
    .option('-v, --verbose', 'list every warning (default: grouped by code, with the first locations)')
    .option('--json', 'one JSON object per source on stdout (machine-readable), nothing on stderr')
    .option('--strict', 'exit 1 when there is any warning (for CI)')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', (v) => nonNegativeInteger(v, '--max-warnings'))
    .option('-c, --concurrency <n>', 'sources read at once (default: the number of cores)', (v) => positiveInteger(v, '--concurrency'))
    .option('--password <password>', 'open encrypted PDF sources with this password')
    .option('-p, --previous <edition>', 'also write diff.json, diff.md and diff.html against this roadmap.json, or this edition in the output folder')
    .option(...LIMIT_OPTION)
    .action(async (paths: string[], options: IngestOptions & { limit: string[] }) => {
      setPdfLimits(parseLimits(options.limit));
      setExitCode(await ingest(paths, options, io));
    });

  program
    .command('schema')
    .description('print the JSON Schema of roadmap.json, diff.json or index.json (generated from the zod schemas)')
    .addArgument(new Argument('[contract]', 'which file').choices(['roadmap', 'diff', 'index']).default('roadmap'))
    .action((contract: 'roadmap' | 'diff' | 'index') => {
      io.out(toJson(contract === 'diff' ? diffJsonSchema() : contract === 'index' ? indexJsonSchema() : roadmapJsonSchema()).trimEnd());
    });

  program
    .command('diff')
    .description('write what changed between two editions as DIR/diff.json, diff.md and diff.html')
    .argument('<old>', 'the older roadmap.json')
    .argument('<new>', 'the newer roadmap.json')
    .option('-o, --out <dir>', 'output folder (default: the folder of the newer roadmap.json)')
    .option('--fail-on-change', 'exit with 3 when the editions differ (for CI)', false)
    .action(async (oldFile: string, newFile: string, options: { out?: string; failOnChange: boolean }) => {
      setExitCode(await diffCommand(oldFile, newFile, options, io));
    });

  program
    .command('validate')
    .description('check a roadmap.json against the contract')
    .argument('<file>', 'the roadmap.json to check')
    .action(async (file: string) => {
      const edition = await validateRoadmapFile(file);
      const { outcomes, actionLines } = summarise(edition);
      io.out(printable(`${file}: valid (schema version ${edition.schemaVersion}, edition ${edition.edition}, ${outcomes} outcomes in ${actionLines} action lines)`));
    });

  program
    .command('export')
    .description('write a roadmap.json as Markdown (one table per action line) or CSV (one row per outcome)')
    .argument('<file>', 'the roadmap.json to export')
    .addOption(new Option('-f, --format <format>', 'markdown or csv').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('-o, --out <file>', 'write here (atomically) instead of to stdout')
    .action(async (file: string, options: { format: ExportFormat; out?: string }) => {
      await exportRoadmap(file, options, io);
    });

  program
    .command('find')
    .description('list the outcomes that cite an SDG goal or target, a resolution, a regional initiative or an ITU strategic goal')
    .option('--sdg <id>', 'an SDG goal (9) or target (9.c)')
    .option('--resolution <reference>', 'a resolution: "WTDC Res. 45" (any revision), "WTDC Res. 45 (Rev. Dubai, 2014)", or a number')
    .option('--initiative <code>', 'a regional initiative code, e.g. EUR4')
    .option('--goal <n>', 'an ITU strategic goal number')
    .option('-e, --edition <name>', 'the edition (default: the only one in the output folder)')
    .option('--out-dir <dir>', 'the output folder ingest wrote', 'output')
    .option('--json', 'print JSON instead of a table', false)
    .action(async (options: FindOptions) => {
      await findCommand(options, io);
    });

  program
    .command('stats')
    .description('per action line of an edition: outcomes, SDG goals covered, resolutions cited, warnings')
    .option('-e, --edition <name>', 'the edition (default: the only one in the output folder)')
    .option('--out-dir <dir>', 'the output folder ingest wrote', 'output')
    .option('--json', 'print JSON instead of a table', false)
    .action(async (options: StatsOptions) => {
      await statsCommand(options, io);
    });

  program
    .command('tables')
    .description('print every table of a PDF as CSV or JSON (tables continued over pages joined, repeated headers dropped)')
    .argument('<file>', 'the PDF')
    .option('--pages <pages>', 'pages to read, e.g. 1,3-5 (default: all)')
    .option('--area <box>', 'read only inside top,left,bottom,right (points from the top-left corner of the page)')
    .addOption(new Option('-f, --format <format>', 'csv or json').choices(TABLE_FORMATS).default('csv'))
    .option('--password <password>', 'open an encrypted PDF with this password')
    .option(...LIMIT_OPTION)
    .action(async (file: string, options: TablesOptions & { limit: string[] }) => {
      setPdfLimits(parseLimits(options.limit));
      await tablesCommand(file, options, io);
    });

  return program;
}

/** Runs the command line on `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: Console = processConsole): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof InputError) {
      io.err(`roadmap: ${error.describe()}`);
      return 1;
    }
    if (error instanceof UsageError) {
      io.err(`roadmap: ${error.message}`);
      return 2;
    }
    io.err(printable(`roadmap: internal error: ${error instanceof Error ? error.message : String(error)}`));
    return 1;
  }
}
