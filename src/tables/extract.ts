/**
 * PDF → tables: each selected page's content read once from pdf.js, its tables found
 * (page-tables.ts), then tables continued over pages joined (continuation.ts).
 */
import { InputError } from '../errors.js';
import { damageOf, endsDocument } from '../guard/pdf-guard.js';
import { openPdf } from '../pdf/open-document.js';
import type { Box } from '../pdf/geometry.js';
import { joinContinuedTables, titledAbove } from './continuation.js';
import { readPageContent } from '../pdf/reader.js';
import { readPage } from './page-tables.js';
import { turnBox, turnedFrame } from './sideways.js';
import { DEFAULT_PDF_SETTINGS, type PdfSettings } from '../pdf/settings.js';
import type { Strategy, Table } from './table.js';

export interface ExtractOptions {
  /** 1-based page numbers; all pages when absent. */
  pages?: readonly number[];
  /** Read only inside this box (points, origin top-left), on every selected page. */
  area?: Box | null;
  settings?: PdfSettings;
  password?: string;
  /** Only this strategy: lattice (ruled grids) or stream (text alignment); both by default, lattice first. */
  strategy?: Strategy;
  /** Explicit column edges (points from the left of the page) for stream tables, as tabula's -c and pdfplumber's explicit_vertical_lines. */
  columns?: readonly number[];
}

export interface Extraction {
  tables: Table[];
  /** Pages read. */
  pages: number[];
  /** Pages pdf.js could not read (damaged): skipped, with what went wrong. */
  damaged: { page: number; message: string }[];
}

export async function extractTables(bytes: Uint8Array, file: string, options: ExtractOptions = {}): Promise<Extraction> {
  const settings = options.settings ?? DEFAULT_PDF_SETTINGS;
  const document = await openPdf(bytes, file, { password: options.password });
  try {
    const pages = options.pages ?? Array.from({ length: document.numPages }, (_, i) => i + 1);
    for (const p of pages) {
      if (p < 1 || p > document.numPages) throw new InputError(file, `page ${p} does not exist (the PDF has ${document.numPages} page${document.numPages === 1 ? '' : 's'})`);
    }
    const perPage: Table[][] = [];
    const titled = new Set<Table>();
    const damaged: Extraction['damaged'] = [];
    for (const number of pages) {
      try {
        const page = await document.getPage(number);
        const { content, turn } = turnedFrame(await readPageContent(page, number));
        const { tables, rest } = readPage(content, options.area ? turnBox(options.area, turn) : null, settings, { strategy: options.strategy, columns: options.columns });
        if (tables[0] && titledAbove(tables[0], rest, settings)) titled.add(tables[0]);
        perPage.push(tables);
        page.cleanup();
      } catch (error) {
        // A damaged page is skipped (the caller warns); a budget exceeded ends the document.
        if (endsDocument(error)) throw error;
        damaged.push({ page: number, message: `damaged PDF: ${damageOf(error)}` });
        perPage.push([]);
      }
    }
    if (damaged.length === pages.length && damaged[0]) throw new InputError(file, `damaged PDF: no page could be read (page ${damaged[0].page}: ${damaged[0].message.replace(/^damaged PDF: /, '')})`);
    return { tables: joinContinuedTables(perPage, (table) => titled.has(table)), pages: [...pages], damaged };
  } finally {
    await document.destroy().catch(() => undefined);
  }
}
