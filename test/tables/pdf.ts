/**
 * Small PDFs for the table stage's tests, written with the loader tests' PDF writer
 * (test/load/pdf/make-pdf.ts: Helvetica text, stroked lines and filled rectangles, positions
 * with y down from the top of the page, a text's y being its baseline).
 */
import { openPdf } from '../../src/pdf/open-document.js';
import { extractTables, type ExtractOptions } from '../../src/tables/extract.js';
import { readPageContent, type PageContent } from '../../src/pdf/reader.js';
import { tableTexts, type Table } from '../../src/tables/table.js';
import { makePdf, PageBuilder } from '../load/pdf/make-pdf.js';

export { makePdf, PageBuilder };

/** What the table stage reads of the first page. */
export async function contentOf(page: PageBuilder): Promise<PageContent> {
  const document = await openPdf(makePdf([page]), 'test.pdf');
  try {
    return await readPageContent(await document.getPage(1), 1);
  } finally {
    await document.destroy();
  }
}

export async function tablesOf(pages: readonly PageBuilder[], options: ExtractOptions = {}): Promise<Table[]> {
  return (await extractTables(makePdf(pages), 'test.pdf', options)).tables;
}

/** A table's rows of texts, line breaks inside cells folded to spaces. */
export function texts(table: Table): string[][] {
  return tableTexts(table).map((row) => row.map((t) => t.replace(/\s+/g, ' ')));
}

/** A page with a ruled grid: horizontal lines at `ys`, vertical lines at `xs` (each across the whole grid). */
export function grid(page: PageBuilder, xs: readonly number[], ys: readonly number[]): PageBuilder {
  const [x0, x1] = [xs[0]!, xs[xs.length - 1]!];
  const [y0, y1] = [ys[0]!, ys[ys.length - 1]!];
  for (const y of ys) page.stroke(x0, y, x1, y);
  for (const x of xs) page.stroke(x, y0, x, y1);
  return page;
}
