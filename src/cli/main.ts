#!/usr/bin/env node
// The `roadmap` bin: run the command line and exit with its code.
import { main } from './program.js';

process.exitCode = await main(process.argv.slice(2));
