/**
 * The library's table extractor: every table of a PDF. The table stage (and pdf.js with it) is
 * imported on the first call, so importing the library stays cheap for those who never read a PDF.
 */
import type { ExtractOptions, Extraction } from '../tables/extract.js';

export type { ExtractOptions as ExtractTablesOptions, Extraction as TableExtraction } from '../tables/extract.js';

/** `file` names the PDF in messages. */
export async function extractTables(pdfBytes: Uint8Array, options: ExtractOptions & { file?: string } = {}): Promise<Extraction> {
  const { extractTables: extract } = await import('../tables/extract.js');
  return extract(pdfBytes, options.file ?? 'document.pdf', options);
}
