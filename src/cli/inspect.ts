/**
 * `roadmap inspect FILE [--pages 1,3-5|all] [--out DIR]`: what the extractor saw (src/inspect/).
 * For a PDF, page-N.svg and page-N.json per page and index.html; for layout text and Markdown,
 * lines.html. Registered on the program by `addInspectCommand`; the work is imported when the
 * command runs, so other commands do not load it.
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { Console } from './io.js';

export interface InspectCommandOptions {
  pages?: string;
  out?: string;
  password?: string;
}

export async function inspectCommand(file: string, options: InspectCommandOptions, io: Console): Promise<void> {
  const [{ inspectFile }, { parsePages }] = await Promise.all([import('../inspect/inspect.js'), import('./tables.js')]);
  let pages = options.pages === undefined ? null : parsePages(options.pages);
  if (options.pages !== undefined && /-\s*end\s*(,|$)/i.test(options.pages)) {
    // "4-end" needs the page count.
    const [{ readFile }, { openPdf }] = await Promise.all([import('node:fs/promises'), import('../pdf/open-document.js')]);
    const document = await openPdf(new Uint8Array(await readFile(file)), file, options.password !== undefined ? { password: options.password } : {});
    const count = document.numPages;
    await document.destroy();
    pages = parsePages(options.pages, count);
  }
  const result = await inspectFile(file, { ...(pages ? { pages } : {}), ...(options.out !== undefined ? { out: options.out } : {}), ...(options.password !== undefined ? { password: options.password } : {}) });
  const edition = result.accounting.edition;
  const outcomes = edition ? edition.actionLines.reduce((n, a) => n + a.outcomes.length, 0) : 0;
  const what = edition ? `${outcomes} outcomes` : `no roadmap extracted (${result.accounting.error ?? 'unknown error'})`;
  const pageFiles = result.files.filter((f) => f.endsWith('.svg')).length;
  const written = pageFiles > 0 ? `${pageFiles} page${pageFiles === 1 ? '' : 's'} (page-N.svg, page-N.json) and index.html` : result.files.join(', ');
  io.out(`${file} → ${result.out}${path.sep}: ${written}; ${what}`);
}

export function addInspectCommand(program: Command, io: Console): void {
  program
    .command('inspect')
    .description('draw what the extractor saw: page overlays (SVG + JSON, index.html) for a PDF, lines.html for layout text and Markdown')
    .argument('<file>', 'the source (.pdf, .txt, .md)')
    .option('--pages <pages>', 'PDF pages to draw: all, 1,3-5, 4-end (default: all)')
    .option('-o, --out <dir>', 'output folder (default: inspect/<file name>/)')
    .option('--password <password>', 'open an encrypted PDF with this password')
    .action(async (file: string, options: InspectCommandOptions) => {
      await inspectCommand(file, options, io);
    });
}
