/**
 * The CLI in a process of its own, as the bin runs it (stray pdf.js rejections handled), for the
 * hostile-file tests: prints its peak RSS in kB as the last stderr line ("maxrss N").
 */
import { main } from '../../src/cli/program.js';
import { ignoreStrayPdfJsRejections } from '../../src/guard/stray-rejections.js';

ignoreStrayPdfJsRejections((line) => process.stderr.write(`${line}\n`));
const code = await main(process.argv.slice(2));
process.stderr.write(`maxrss ${process.resourceUsage().maxRSS}\n`);
process.exit(code);
