/**
 * The `roadmap` command line. Exit codes: 0 ok, 1 failed input (or an internal error), 2 usage error.
 */
import { Command, CommanderError } from 'commander';
import { toJson } from '../emit/json.js';
import { InputError, UsageError } from '../errors.js';
import { roadmapJsonSchema } from '../schema/roadmap.js';
import { ingest } from './ingest.js';
import { summarise } from './report.js';
import { validateRoadmapFile } from './validate.js';

import type { Console } from './ingest.js';

const processConsole: Console = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

function buildProgram(io: Console, setExitCode: (code: number) => void): Command {
  const program = new Command('roadmap')
    .description('Extract the ITU WSIS Action Lines Roadmaps (C2, C5, C6) into validated JSON.')
    .showHelpAfterError('(run "roadmap --help" for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text.trimEnd()), writeErr: (text) => io.err(text.trimEnd()) });

  program
    .command('ingest')
    .description('read roadmap sources and write DIR/<edition>/roadmap.json for each')
    .argument('[paths...]', 'source files or folders (default: sources/)')
    .option('-e, --edition <name>', 'edition name (default: the name of the folder the source sits in)')
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('-q, --quiet', 'do not list the warnings', false)
    .option('--password <password>', 'open encrypted PDF sources with this password')
    .action(async (paths: string[], options: { edition?: string; out: string; quiet: boolean; password?: string }) => {
      setExitCode(await ingest(paths, options, io));
    });

  program
    .command('schema')
    .description('print the JSON Schema of roadmap.json (generated from the zod schema)')
    .action(() => {
      io.out(toJson(roadmapJsonSchema()).trimEnd());
    });

  program
    .command('validate')
    .description('check a roadmap.json against the contract')
    .argument('<file>', 'the roadmap.json to check')
    .action(async (file: string) => {
      const edition = await validateRoadmapFile(file);
      const { outcomes, actionLines } = summarise(edition);
      io.out(`${file}: valid (schema version ${edition.schemaVersion}, edition ${edition.edition}, ${outcomes} outcomes in ${actionLines} action lines)`);
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
    io.err(`roadmap: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}
