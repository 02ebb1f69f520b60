/**
 * The `roadmap` command line, a thin layer over the library (src/index.ts): parse the options,
 * read and write files, print. Exit codes: 0 ok, 1 failed input (or an internal error, or a
 * --fail-on/--strict condition, or find without a match), 2 usage error, 3 changes found by
 * `diff --fail-on-change`.
 *
 * Each command's module is imported when the command runs, so `roadmap --version` loads commander
 * and this file only, and `find`, `stats`, `validate` and `schema` never load pdf.js.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { InputError, UsageError } from '../errors.js';
import { codeList, REPORTERS, type Console } from './io.js';
import { addInspectCommand } from './inspect.js';
import { LIMIT_NAMES, parseLimits, setPdfLimits } from '../guard/pdf-limits.js';
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
  write: (text) => process.stdout.write(text),
};

/** The output folder `ingest` writes and `find`/`stats`/`diff` read: `--out`, with `--out-dir` kept as a hidden alias. */
const DEFAULT_OUT = 'output';
function outOptions(command: Command, description: string, defaultValue?: string): Command {
  const out = new Option('-o, --out <dir>', description);
  if (defaultValue !== undefined) out.default(defaultValue);
  return command.addOption(out).addOption(new Option('--out-dir <dir>').hideHelp());
}
/** The folder named by --out or its alias --out-dir (the alias wins over --out's default). */
function outFolder(options: { out?: string; outDir?: string }): string | undefined {
  return options.outDir ?? options.out;
}

/** --json, -q, -v, --reporter, --fail-on, --ignore: what every reporting command shares. */
function reportOptions(command: Command, { verbose }: { verbose: boolean }): Command {
  command
    .addOption(new Option('--json', 'machine-readable JSON on stdout, errors included; nothing on stderr').conflicts(['reporter', 'verbose']))
    .addOption(new Option('--reporter <name>', 'how warnings and issues are shown: text, github (workflow annotations) or json').choices(REPORTERS))
    .addOption(new Option('-q, --quiet', 'no notes, no progress and no warnings, only the results').conflicts(verbose ? ['verbose'] : []))
    .option('--fail-on <codes>', 'exit 1 when a warning or issue of one of these codes (comma-separated) is present', codeList)
    .option('--ignore <codes>', 'neither show nor count warnings or issues of these codes (comma-separated)', codeList);
  if (verbose) command.addOption(new Option('-v, --verbose', 'list every warning (default: grouped by code, with the first locations)').conflicts(['quiet']));
  return command;
}

export function buildProgram(io: Console, setExitCode: (code: number) => void): Command {
  const program = new Command('roadmap')
    .description('Extract the ITU WSIS Action Lines Roadmaps (C2, C5, C6) into validated JSON.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run "roadmap --help" for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text.trimEnd()), writeErr: (text) => io.err(text.trimEnd()) });

  const ingest = program
    .command('ingest')
    .description('read roadmap sources and write OUT/<edition>/roadmap.json and index.json for each')
    .argument('[paths...]', 'source files or folders (default: sources/)')
    .option('-e, --edition <name>', 'edition name (default: the name of the folder the source sits in)');
  outOptions(ingest, 'output folder', DEFAULT_OUT);
  reportOptions(ingest, { verbose: true })
    .option('--strict', 'exit 1 when there is any warning (for CI)')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', (v) => nonNegativeInteger(v, '--max-warnings'))
    .option('-c, --concurrency <n>', 'sources read at once (default: the number of cores)', (v) => positiveInteger(v, '--concurrency'))
    .option('--password <password>', 'open encrypted PDF sources with this password')
    .option('-p, --previous <edition>', 'also write diff.json, diff.md and diff.html against this roadmap.json, or this edition in the output folder')
    .option(...LIMIT_OPTION)
    .action(async (paths: string[], options) => {
      setPdfLimits(parseLimits(options.limit));
      const { ingest: run } = await import('./ingest.js');
      setExitCode(await run(paths, { ...options, out: outFolder(options) ?? DEFAULT_OUT }, io));
    });

  program
    .command('schema')
    .description('print the JSON Schema of roadmap.json, diff.json, index.json or corrections.json (generated from the zod schemas)')
    .addArgument(new Argument('[contract]', 'which file').choices(['roadmap', 'diff', 'index', 'corrections']).default('roadmap'))
    .action(async (contract: 'roadmap' | 'diff' | 'index' | 'corrections') => {
      const [{ JSON_SCHEMAS }, { toJson }] = await Promise.all([import('../schema/json-schemas.js'), import('../emit/to-json.js')]);
      io.out(toJson(JSON_SCHEMAS[contract]()).trimEnd());
    });

  const diff = program
    .command('diff')
    .description('write what changed between two editions as diff.json, diff.md and diff.html')
    .argument('<old>', 'the older edition: a roadmap.json, or an edition name in the output folder')
    .argument('<new>', 'the newer edition: a roadmap.json, or an edition name in the output folder');
  outOptions(diff, `the output folder: where edition names are found (default: ${DEFAULT_OUT}) and where the reports go (default: the folder of the newer roadmap.json)`)
    .option('--fail-on-change', 'exit with 3 when the editions differ (for CI)')
    .addOption(new Option('--json', 'print the diff summary as JSON, errors included; nothing on stderr'))
    .action(async (oldEdition: string, newEdition: string, options) => {
      const { diffCommand } = await import('./diff.js');
      setExitCode(await diffCommand(oldEdition, newEdition, { out: outFolder(options), failOnChange: options.failOnChange === true, json: options.json === true }, io));
    });

  const validate = program
    .command('validate')
    .description('check roadmap.json files against the contract: shape and meaning (SDG ids, keys, timing, conferences, order); every issue')
    .argument('<files...>', 'the roadmap.json files to check');
  reportOptions(validate, { verbose: false }).action(async (files: string[], options) => {
    const { validateCommand } = await import('./validate.js');
    setExitCode(await validateCommand(files, options, io));
  });

  program
    .command('export')
    .description('write a roadmap.json as Markdown (one table per action line) or CSV (one row per outcome)')
    .argument('<file>', 'the roadmap.json to export')
    .addOption(new Option('-f, --format <format>', 'markdown or csv').choices(['markdown', 'csv']).makeOptionMandatory())
    .option('-o, --out <file>', 'write here (atomically) instead of to stdout')
    .option('--raw', 'CSV: keep cells that start like a formula (=, +, -, @) as they are (default: a leading apostrophe)')
    .action(async (file: string, options) => {
      const { exportRoadmap } = await import('./export.js');
      await exportRoadmap(file, options, io);
    });

  const find = program
    .command('find')
    .description('list the outcomes that cite an SDG goal or target, a resolution, a regional initiative or an ITU strategic goal (exit 1 when none does)')
    .option('--sdg <id>', 'an SDG goal (9) or target (9.c)')
    .option('--resolution <reference>', 'a resolution: "WTDC Res. 45" (any revision), "WTDC Res. 45 (Rev. Dubai, 2014)", or a number')
    .option('--initiative <code>', 'a regional initiative code, e.g. EUR4')
    .option('--goal <n>', 'an ITU strategic goal number')
    .option('-e, --edition <name>', 'the edition (default: the only one in the output folder)');
  outOptions(find, 'the output folder ingest wrote', DEFAULT_OUT)
    .option('--json', 'print JSON (whole texts) instead of a table, errors included')
    .action(async (options) => {
      const { findCommand } = await import('./find.js');
      setExitCode(await findCommand({ ...options, out: outFolder(options) ?? DEFAULT_OUT }, io));
    });

  const stats = program
    .command('stats')
    .description('per action line of an edition: outcomes, SDG goals covered, resolutions cited, warnings')
    .option('-e, --edition <name>', 'the edition (default: the only one in the output folder)');
  outOptions(stats, 'the output folder ingest wrote', DEFAULT_OUT)
    .option('--json', 'print JSON instead of a table, errors included')
    .action(async (options) => {
      const { statsCommand } = await import('./stats.js');
      await statsCommand({ ...options, out: outFolder(options) ?? DEFAULT_OUT }, io);
    });

  program
    .command('tables')
    .description('write every table of a PDF (tables continued over pages joined, repeated headers dropped)')
    .argument('<file>', 'the PDF')
    .option('--pages <pages>', 'pages to read: all, 1,3-5, 4-end (default: all)')
    .option('--area <box>', 'read only inside top,left,bottom,right (points from the top-left corner of the page)')
    .addOption(new Option('--strategy <name>', 'how cells are found: lattice (ruling lines), stream (text alignment) or auto (lattice where ruled)').choices(['auto', 'lattice', 'stream']).default('auto'))
    .option('--columns <x1,x2,...>', 'explicit column edges in points from the left of the page (stream): the text between two edges is one column')
    .addOption(new Option('-f, --format <format>', 'csv, tsv, json, markdown, html or xlsx').choices(['csv', 'tsv', 'json', 'markdown', 'html', 'xlsx']).default('csv'))
    .option('-o, --out <path>', 'write to this file, or one file per table into this folder (a path ending in / or an existing folder); xlsx needs it')
    .option('--raw', 'CSV/TSV: keep cells that start like a formula (=, +, -, @) as they are (default: a leading apostrophe)')
    .option('--password <password>', 'open an encrypted PDF with this password')
    .option('--debug <dir>', 'also write page overlays (page-N.svg, page-N.json, index.html) of what the table stage saw')
    .addOption(new Option('--json', 'errors as JSON on stdout (the tables themselves: --format json)').hideHelp())
    .option(...LIMIT_OPTION)
    .action(async (file: string, options) => {
      setPdfLimits(parseLimits(options.limit));
      const { tablesCommand } = await import('./tables.js');
      await tablesCommand(file, options, io);
    });

  addInspectCommand(program, io);

  return program;
}

/** Whether the command line asks for JSON output (then errors are JSON too, on stdout). */
function wantsJson(argv: readonly string[]): boolean {
  return argv.some((arg, k) => arg === '--json' || arg === '--reporter=json' || (arg === '--reporter' && argv[k + 1] === 'json'));
}

/** An error as the one JSON object a --json run prints. */
function jsonError(kind: 'input' | 'usage' | 'internal', message: string, error?: InputError): string {
  const where = error ? { file: error.file, line: error.line, page: error.page } : {};
  return JSON.stringify({ ok: false, error: { kind, message, ...where } });
}

/** Runs the command line on `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: Console = processConsole): Promise<number> {
  let exitCode = 0;
  const json = wantsJson(argv);
  // Under --json, commander's own messages (usage errors) become one JSON error on stdout.
  const usageMessages: string[] = [];
  const program = buildProgram(json ? { ...io, err: (line) => usageMessages.push(line) } : io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      const ok = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0;
      if (!ok && json) io.out(jsonError('usage', error.message.replace(/^error: /, '')));
      return ok ? 0 : 2;
    }
    if (error instanceof InputError) {
      if (json) io.out(jsonError('input', error.describe(), error));
      else io.err(`roadmap: ${error.describe()}`);
      return 1;
    }
    if (error instanceof UsageError) {
      if (json) io.out(jsonError('usage', error.message));
      else io.err(`roadmap: ${error.message}`);
      return 2;
    }
    const text = error instanceof Error ? error.message : String(error);
    if (json) io.out(jsonError('internal', text));
    else io.err(printable(`roadmap: internal error: ${text}`));
    return 1;
  }
}
