/**
 * Hostile structure trees (tagged PDFs). pdf.js expands a tree under every parent that lists an
 * element: a chain of 8 elements each listing the next 8 times took it 15.6 s and 1.7 GB, 40 of
 * them killed the process. The pre-scan counts the elements as pdf.js would and refuses the file
 * in one line, naming the limit, before pdf.js reads the tree; a tree that lists itself is endless.
 */
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.js';
import { loadPdfGrid } from '../../src/load/pdf/load-pdf.js';
import { LimitError } from '../../src/guard/pdf-limits.js';
import { structTreeFanOut, structTreeLoop } from './hostile-pdfs.js';

async function refusal(bytes: Uint8Array, file: string): Promise<LimitError> {
  const error = await loadPdfGrid(bytes, file, new Diagnostics()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LimitError);
  return error as LimitError;
}

describe('hostile structure trees', () => {
  it('a chain fanning out 8 ways, 40 levels: refused in one line naming the limit', async () => {
    const error = await refusal(structTreeFanOut(40, 8), 'fan.pdf');
    expect(error.file).toBe('fan.pdf');
    expect(error.limit).toBe('structure-elements');
    expect(error.message).toMatch(/^hostile PDF: its structure tree expands to [\d,]+ elements: over the limit structure-elements=500000/);
  });

  it('8 levels of 8: 1 + 8 + … + 8^7 = 2,396,745 elements', async () => {
    expect((await refusal(structTreeFanOut(8, 8), 'fan8.pdf')).message).toContain('expands to 2,396,745 elements');
  });

  it('an element listing itself is endless', async () => {
    expect((await refusal(structTreeLoop(), 'loop.pdf')).message).toContain('expands to endlessly many elements');
  });

  it('a small tree passes the pre-scan and the page is read', async () => {
    const grid = await loadPdfGrid(structTreeFanOut(3, 2), 'small.pdf', new Diagnostics());
    expect(grid.lines.flatMap((l) => l.cells.map((c) => c.text)).join(' ')).toContain('WSIS Action Line C2');
  });
});
