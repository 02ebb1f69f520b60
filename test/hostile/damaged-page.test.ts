/**
 * A damaged page inside a readable document is a warning naming the page, and the other pages
 * still come out: here the page tree lists itself as its second page (pdf.js: a circular reference).
 */
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.js';
import { loadPdfGrid } from '../../src/load/pdf/load-pdf.js';
import { kidsLoop } from './hostile-pdfs.js';

describe('a page tree that lists itself', () => {
  it('page 1 is read, page 2 is skipped with a page-damaged warning', async () => {
    const diagnostics = new Diagnostics();
    const grid = await loadPdfGrid(kidsLoop(), 'loop.pdf', diagnostics);
    const text = grid.lines.flatMap((l) => l.cells.map((c) => c.text)).join(' ');
    expect(text).toContain('WSIS Action Line C2');
    expect(new Set(grid.lines.map((l) => l.page))).toEqual(new Set([1]));
    const damaged = diagnostics.items.filter((d) => d.code === 'page-damaged');
    expect(damaged).toHaveLength(1);
    expect(damaged[0]!.place.page).toBe(2);
    // One "damaged PDF:" and the reason, not the prefix twice.
    expect(damaged[0]!.message).toBe('the page could not be read and was skipped (damaged PDF: Pages tree contains circular reference.)');
  });
});
