/**
 * PDF → grid: every page's text runs and rulings; running headers and footers taken out (they
 * are found by comparing pages); then each page laid out into grid lines (page-grid.ts), pages in
 * order, each knowing the previous page's table (a header printed once) and words hyphenated
 * across the page break rejoined. Pages are read one after another: pdf.js runs on the main
 * thread in Node, and a 25-page edition reads in about a second (npm run bench), so worker
 * threads would add start-up cost for little gain at this size.
 */
import { Diagnostics } from '../../diagnostics.js';
import { InputError } from '../../errors.js';
import { damageOf, endsDocument } from '../../guard/pdf-guard.js';
import type { Grid, GridLine } from '../../grid/grid.js';
import { findFurniture } from './furniture.js';
import type { Matrix } from './geometry.js';
import { rejoinAcrossPages } from './hyphenation.js';
import { openPdf, type OpenOptions } from './open-document.js';
import { pageGrid, type PageInput } from './page-grid.js';
import { drawsInvisibleText, readRulings } from './rulings.js';
import { DEFAULT_PDF_SETTINGS, type PdfSettings } from './settings.js';
import type { TableLayout } from './tables.js';
import { readTextRuns } from './text-runs.js';

export interface PdfLoadOptions extends OpenOptions {
  settings?: PdfSettings;
}

/** Each page with text, as runs and rulings in page coordinates. */
async function readPages(bytes: Uint8Array, file: string, diagnostics: Diagnostics, options: PdfLoadOptions, settings: PdfSettings) {
  const document = await openPdf(bytes, file, options);
  try {
    const pages: PageInput[] = [];
    let invisibleText = false;
    let firstDamage: { page: number; error: unknown } | null = null;
    for (let number = 1; number <= document.numPages; number++) {
      try {
        const page = await document.getPage(number);
        const viewport = page.getViewport({ scale: 1 });
        const transform = viewport.transform as Matrix;
        const text = await readTextRuns(page, transform, settings);
        if (text.characters < settings.minTextCharsPerPage) {
          diagnostics.warn('page-without-text', 'the page has no text layer (an image-only page?); it was skipped — OCR is out of scope', { line: null, page: number });
        } else {
          const operators = await page.getOperatorList();
          invisibleText ||= drawsInvisibleText(operators);
          const rulings = await readRulings(page, transform, settings, operators);
          pages.push({ page: number, width: viewport.width, height: viewport.height, runs: text.runs, rulings });
        }
        page.cleanup();
      } catch (error) {
        // A damaged page is skipped with a warning; a budget exceeded ends the document.
        if (endsDocument(error)) throw error;
        firstDamage ??= { page: number, error };
        diagnostics.warn('page-damaged', `the page could not be read and was skipped (damaged PDF: ${damageOf(error)})`, { line: null, page: number });
      }
    }
    if (pages.length === 0 && firstDamage) {
      throw new InputError(file, `damaged PDF: no page could be read (page ${firstDamage.page}: ${damageOf(firstDamage.error)})`);
    }
    return { pages, numPages: document.numPages, invisibleText };
  } finally {
    await document.destroy().catch(() => undefined);
  }
}

export async function loadPdfGrid(bytes: Uint8Array, file: string, diagnostics: Diagnostics, options: PdfLoadOptions = {}): Promise<Grid> {
  const settings = options.settings ?? DEFAULT_PDF_SETTINGS;
  const { pages, numPages, invisibleText } = await readPages(bytes, file, diagnostics, options, settings);
  if (pages.length === 0) throw new InputError(file, 'the PDF has no text layer (image-only pages); OCR is out of scope');
  const furniture = findFurniture(pages, settings);
  const lines: GridLine[] = [];
  let previous: TableLayout | null = null;
  let previousLines: GridLine[] = [];
  pages.forEach((page, i) => {
    const runs = page.runs.filter((r) => !furniture[i]!.has(r));
    const result = pageGrid({ ...page, runs }, previous, settings);
    rejoinAcrossPages(previousLines, result.lines);
    previous = result.table ?? previous;
    previousLines = result.lines;
    lines.push(...result.lines);
  });
  // OCR repairs only for an OCR text layer: a PDF whose text is drawn visibly was typeset from text.
  return { lines, pages: numPages, ocrPossible: invisibleText };
}
