#!/usr/bin/env node
// The `roadmap` bin: run the command line and exit with its code.
import { ignoreStrayPdfJsRejections } from '../guard/stray-rejections.js';
import { main } from './program.js';

ignoreStrayPdfJsRejections((line) => process.stderr.write(`${line}\n`));

// A reader that stops early (`roadmap find … | head -1`) closes the pipe: end quietly, as the
// Unix tools do, instead of dying with an EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
