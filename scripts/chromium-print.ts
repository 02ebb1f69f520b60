/**
 * Printing HTML to PDF with headless Chromium, for the generators of test material
 * (make-pdf-variants.ts, make-table-cases.ts). Dev tools only: nothing in src/ or the tests runs it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The name of the Chromium on this machine's PATH. */
export function chromium(): string {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'pipe' });
      return name;
    } catch {
      // try the next name
    }
  }
  throw new Error('no Chromium found: apt-get install -y --no-install-recommends chromium');
}

/** Prints `html` to `out` without page header or footer; a tagged PDF (structure tree) only when asked. */
export function printToPdf(browser: string, html: string, out: string, tagged = false): void {
  const work = mkdtempSync(path.join(os.tmpdir(), 'print-html-'));
  try {
    const htmlFile = path.join(work, 'page.html');
    writeFileSync(htmlFile, html);
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${path.join(work, 'profile')}`,
      '--no-pdf-header-footer',
      tagged ? '--export-tagged-pdf' : '--disable-pdf-tagging',
      `--print-to-pdf=${path.resolve(out)}`,
      `file://${htmlFile}`,
    ];
    execFileSync(browser, args, { stdio: 'pipe' });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
