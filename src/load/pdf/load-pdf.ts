/**
 * PDF → grid: every page's text runs and rulings, laid out into grid lines (page-grid.ts), pages
 * in order. Pages are read one after another: pdf.js runs on the main thread in Node, and the
 * bundled 28-page edition reads in well under a second (npm run bench), so worker threads would
 * add start-up cost for no gain at this size.
 */
import { Diagnostics } from '../../diagnostics.js';
import { InputError } from '../../errors.js';
import type { Grid, GridLine } from '../../grid/grid.js';
import type { Matrix } from './geometry.js';
import { openPdf, type OpenOptions } from './open-document.js';
import { pageGrid } from './page-grid.js';
import { readRulings } from './rulings.js';
import { DEFAULT_PDF_SETTINGS, type PdfSettings } from './settings.js';
import type { TableLayout } from './tables.js';
import { readTextRuns } from './text-runs.js';

export interface PdfLoadOptions extends OpenOptions {
  settings?: PdfSettings;
}

export async function loadPdfGrid(bytes: Uint8Array, file: string, diagnostics: Diagnostics, options: PdfLoadOptions = {}): Promise<Grid> {
  const settings = options.settings ?? DEFAULT_PDF_SETTINGS;
  const document = await openPdf(bytes, file, options);
  try {
    const lines: GridLine[] = [];
    let previous: TableLayout | null = null;
    let textPages = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const transform = viewport.transform as Matrix;
      const text = await readTextRuns(page, transform);
      if (text.characters < settings.minTextCharsPerPage) {
        diagnostics.warn('page-without-text', 'the page has no text layer (an image-only page?); it was skipped — OCR is out of scope', { line: null, page: number });
        page.cleanup();
        continue;
      }
      textPages++;
      const rulings = await readRulings(page, transform, settings);
      const result = pageGrid({ page: number, width: viewport.width, height: viewport.height, runs: text.runs, rulings }, previous, settings);
      previous = result.table ?? previous;
      lines.push(...result.lines);
      page.cleanup();
    }
    if (textPages === 0) throw new InputError(file, 'the PDF has no text layer (image-only pages); OCR is out of scope');
    return { lines, pages: document.numPages };
  } finally {
    await document.destroy();
  }
}
