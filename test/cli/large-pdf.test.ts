/**
 * A valid PDF of hundreds of pages with no roadmap table: read through, then rejected with one
 * line naming the file (exit 1, nothing written). Hundreds of pages must not hang or exhaust memory.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf, PageBuilder } from '../load/pdf/make-pdf.js';
import { run } from './run.js';

describe('a 300-page PDF without a roadmap table', () => {
  it('is read through and rejected with one line', async () => {
    const pages = Array.from({ length: 300 }, (_, i) => {
      const page = new PageBuilder();
      page.text(72, 100, `Annual report, chapter ${i + 1}`, { size: 14, bold: true });
      page.text(72, 130, 'The meeting opened at 10:00 and closed at noon; no decisions were taken.');
      page.text(400, 560, `Page ${i + 1}`, { size: 8 });
      return page;
    });
    const work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-large-'));
    const file = path.join(work, 'report.pdf');
    writeFileSync(file, makePdf(pages));
    const out = path.join(work, 'out');
    const result = await run('ingest', file, '--edition', 'big', '--out', out);
    expect(result.code).toBe(1);
    // Page 1 (a title and one sentence, the page number taken out as a running footer) is prose.
    expect(result.stderr).toEqual([`roadmap: ${file}: no roadmap table found: page 1: no table header found; the page has text in 1 column`]);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
