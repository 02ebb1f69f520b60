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
import { groupLines, wordsOf, type Word } from '../../pdf/lines.js';
import { forPage, measurePage, type PageMeasures } from '../../pdf/measure.js';
import { ocrVocabulary, repairOcrWords } from '../../pdf/ocr-noise.js';
import { englishWords } from '../../layout/dictionary.js';
import { openPdf, type OpenOptions } from '../../pdf/open-document.js';
import { readPageContent, type Fill } from '../../pdf/reader.js';
import { pageRulings } from '../../pdf/rulings.js';
import { markContinuedRow, StructureTrees, tablesOfTree, type TaggedTable } from '../../pdf/structure-tree.js';
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
    const trees = new StructureTrees(settings.tables.structureTree);
    const treeIgnored = new Set<number>();
    let previousTagged: readonly TaggedTable[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      try {
        const page = await document.getPage(number);
        const content = await readPageContent(page, number);
        const tree = await trees.ofPage(page);
        page.cleanup();
        if (content.characters < settings.roadmap.minTextCharsPerPage) {
          diagnostics.warn('page-without-text', 'the page has no text layer (an image-only page?); it was skipped — OCR is out of scope', { line: null, page: number });
          continue;
        }
        const glyphs = content.glyphs.filter((g) => !g.space);
        invisibleText ||= glyphs.some((g) => g.invisible);
        const rulings = pageRulings(content, settings);
        const input: PageInput = { page: number, width: content.width, height: content.height, words: wordsOf(content.glyphs, settings), rulings: [...rulings.horizontal, ...rulings.vertical], settings };
        // A tagged page's tables as its structure tree has them; a table that contradicts the page is left to the geometry.
        if (tree) {
          const { tables, ignored } = tablesOfTree(tree, content.glyphs, settings);
          for (const { table, reason } of ignored) {
            diagnostics.warn('structure-tree-ignored', `table ${table} of the structure tree contradicts the page: ${reason}; the page's geometry was read instead`, { line: null, page: number });
            treeIgnored.add(number);
          }
          markContinuedRow(previousTagged, tables);
          input.tagged = previousTagged = tables;
        }
        pages.push(input);
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
    // An OCR layer's noise (rulings read as text, misread markers) is repaired before layout, with
    // a warning each; where a mark has two readings, the document's own words decide.
    const vocabulary = invisibleText ? ocrVocabulary(pages.flatMap((p) => p.words), englishWords) : null;
    let previousWords: readonly Word[] = [];
    let measures: PageMeasures | null = null;
    for (const page of pages) {
      const { words, repairs } = invisibleText ? repairOcrWords(page.words, vocabulary, previousWords) : { words: page.words, repairs: [] };
      previousWords = words;
      for (const r of repairs) {
        const change = r.to ? `read as "${clip(r.to)}"` : 'dropped';
        diagnostics.warn('ocr-noise-repaired', `OCR text "${clip(r.from)}" at y=${r.y.toFixed(0)} ${change}: ${r.why}`, { line: null, page: page.page });
      }
      page.words = words;
      // The page's own word space and justification set its cell gap (src/pdf/measure.ts); a page
      // too short to show justification takes the previous page's finding.
      measures = measurePage(groupLines(words, settings), settings, measures);
      page.settings = forPage(settings, measures);
    }
    return { pages, numPages: document.numPages, invisibleText, fills, treeIgnored };
  } finally {
    await document.destroy().catch(() => undefined);
  }
}

export async function loadPdfGrid(bytes: Uint8Array, file: string, diagnostics: Diagnostics, options: PdfLoadOptions = {}): Promise<Grid> {
  const settings = options.settings ?? DEFAULT_PDF_SETTINGS;
  const { pages, numPages, invisibleText, fills, treeIgnored } = await readPages(bytes, file, diagnostics, options, settings);
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
    if (page.tagged && !treeIgnored.has(page.page) && result.tables.some((t) => t.source !== 'structure-tree')) {
      diagnostics.warn('structure-tree-ignored', 'the PDF is tagged but its structure tree has no table where the page prints one; the page\'s geometry was read instead', { line: null, page: page.page });
    }
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
