/**
 * OCR repairs (ghost lines, stray digits) apply to a PDF only when its text is an OCR layer:
 * text drawn invisibly (rendering mode 3) over a scanned image. Typeset text is taken as is.
 */
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../../src/diagnostics.js';
import { loadPdfGrid } from '../../../src/load/pdf/load-pdf.js';
import { makePdf, PageBuilder } from './make-pdf.js';

describe('ocrPossible', () => {
  it('is false for visibly drawn text', async () => {
    const page = new PageBuilder().text(72, 100, 'Roadmap for WSIS Action Line C6: Enabling Environment');
    const grid = await loadPdfGrid(makePdf([page]), 'typeset.pdf', new Diagnostics());
    expect(grid.ocrPossible).toBe(false);
  });

  it('is true for an invisible text layer (rendering mode 3)', async () => {
    const page = new PageBuilder().raw('BT 3 Tr /F1 10 Tf 1 0 0 1 72 495 Tm (Roadmap for WSIS Action Line C6: Enabling Environment) Tj ET');
    const grid = await loadPdfGrid(makePdf([page]), 'scanned.pdf', new Diagnostics());
    expect(grid.ocrPossible).toBe(true);
    expect(grid.lines.map((l) => l.cells.map((c) => c.text).join(''))).toEqual(['Roadmap for WSIS Action Line C6: Enabling Environment']);
  });
});
