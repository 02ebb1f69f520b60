/**
 * PDF → grid: every page's text runs and rulings; running headers and footers taken out (they
 * are found by comparing pages); then each page laid out into grid lines (page-grid.ts), pages in
 * order, each knowing the previous page's table (a header printed once) and words hyphenated
 * across the page break rejoined. Pages are read one after another: pdf.js runs on the main
 * thread in Node, and a 25-page edition reads in about a second (npm run bench), so worker
 * threads would add start-up cost for little gain at this size.
 */
import { clip, Diagnostics } from '../../diagnostics.js';
import { InputError } from '../../errors.js';
import { damageOf, endsDocument } from '../../guard/pdf-guard.js';
import type { Grid, GridLine } from '../../grid/grid.js';
import { groupLines, wordsOf } from '../../pdf/lines.js';
import { forPage, measurePage, type PageMeasures } from '../../pdf/measure.js';
import { repairOcrWords } from '../../pdf/ocr-noise.js';
import { openPdf, type OpenOptions } from '../../pdf/open-document.js';
import { readPageContent, type Fill } from '../../pdf/reader.js';
import { pageRulings } from '../../pdf/rulings.js';
import { DEFAULT_PDF_SETTINGS, type PdfSettings } from '../../pdf/settings.js';
import { findFurniture } from './furniture.js';
import { rejoinAcrossPages } from './hyphenation.js';
import { pageGrid, type PageInput } from './page-grid.js';
import { piecesOf, type TableLayout } from './tables.js';
import type { PdfTrace } from './trace.js';

export interface PdfLoadOptions extends OpenOptions {
  settings?: PdfSettings;
  /** Filled with what each page held and how it was read (for `roadmap inspect`). */
  trace?: PdfTrace;
}

/** Each page with text, as words and rulings in page coordinates (pdf.js asked once per page). */
async function readPages(bytes: Uint8Array, file: string, diagnostics: Diagnostics, options: PdfLoadOptions, settings: PdfSettings) {
  const document = await openPdf(bytes, file, options);
  try {
    const pages: PageInput[] = [];
    const fills = new Map<number, readonly Fill[]>();
    let invisibleText = false;
    let firstDamage: { page: number; error: unknown } | null = null;
    let measures: PageMeasures | null = null;
    for (let number = 1; number <= document.numPages; number++) {
      try {
        const page = await document.getPage(number);
        const content = await readPageContent(page, number);
        page.cleanup();
        if (content.characters < settings.roadmap.minTextCharsPerPage) {
          diagnostics.warn('page-without-text', 'the page has no text layer (an image-only page?); it was skipped — OCR is out of scope', { line: null, page: number });
          continue;
        }
        const glyphs = content.glyphs.filter((g) => !g.space);
        invisibleText ||= glyphs.some((g) => g.invisible);
        const rulings = pageRulings(content, settings);
        // An OCR layer's noise (rulings read as text, misread markers) is repaired before layout, with a warning each.
        const { words, repairs } = repairOcrWords(wordsOf(content.glyphs, settings));
        for (const r of repairs) {
          const change = r.to ? `read as "${clip(r.to)}"` : 'dropped';
          diagnostics.warn('ocr-noise-repaired', `OCR text "${clip(r.from)}" at y=${r.y.toFixed(0)} ${change}: ${r.why}`, { line: null, page: number });
        }
        // The page's own word space and justification set its cell gap (src/pdf/measure.ts).
        measures = measurePage(groupLines(words, settings), settings, measures);
        const pageSettings = forPage(settings, measures);
        pages.push({ page: number, width: content.width, height: content.height, words, rulings: [...rulings.horizontal, ...rulings.vertical], settings: pageSettings });
        if (options.trace) fills.set(number, content.fills);
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
    return { pages, numPages: document.numPages, invisibleText, fills };
  } finally {
    await document.destroy().catch(() => undefined);
  }
}

export async function loadPdfGrid(bytes: Uint8Array, file: string, diagnostics: Diagnostics, options: PdfLoadOptions = {}): Promise<Grid> {
  const settings = options.settings ?? DEFAULT_PDF_SETTINGS;
  const { pages, numPages, invisibleText, fills } = await readPages(bytes, file, diagnostics, options, settings);
  if (pages.length === 0) throw new InputError(file, 'the PDF has no text layer (image-only pages); OCR is out of scope');
  const furniture = findFurniture(pages, settings);
  if (options.trace) options.trace.numPages = numPages;
  const lines: GridLine[] = [];
  let previous: TableLayout | null = null;
  let previousLines: GridLine[] = [];
  let tables = 0;
  pages.forEach((page, i) => {
    const words = page.words.filter((r) => !furniture[i]!.has(r));
    const result = pageGrid({ ...page, words }, previous, page.settings);
    options.trace?.pages.push({ page: page.page, width: page.width, height: page.height, words: page.words, rulings: page.rulings, furniture: furniture[i]!, fills: fills.get(page.page) ?? [], tables: result.tables });
    rejoinAcrossPages(previousLines, result.lines);
    if (result.table) tables++;
    previous = result.table ?? previous;
    previousLines = result.lines;
    lines.push(...result.lines);
  });
  // OCR repairs only for an OCR text layer: a PDF whose text is drawn visibly was typeset from text.
  const grid: Grid = { lines, pages: numPages, ocrPossible: invisibleText };
  if (tables === 0) grid.noTable = noTableReason(pages[0]!);
  return grid;
}

/**
 * Why a page holds no table, in one line: no header was found, and how many columns its text
 * falls in (the usual number of pieces on its lines), so that a reader sees whether the page is
 * prose or a table whose header was not recognised.
 */
function noTableReason(page: PageInput): string {
  const counts = new Map<number, number>();
  for (const line of groupLines(page.words, page.settings)) {
    const k = piecesOf(line, page.settings).length;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let columns = 1;
  let most = 0;
  for (const [k, n] of counts) if (n > most || (n === most && k < columns)) [columns, most] = [k, n];
  return `page ${page.page}: no table header found; the page has text in ${columns} column${columns === 1 ? '' : 's'}`;
}
