#!/usr/bin/env node
// The `roadmap` bin: run the command line and exit with its code.
import { ignoreStrayPdfJsRejections } from '../guard/stray-rejections.js';
import { main } from './program.js';

ignoreStrayPdfJsRejections((line) => process.stderr.write(`${line}\n`));
process.exitCode = await main(process.argv.slice(2));
