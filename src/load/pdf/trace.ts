/**
 * What the PDF loader saw on each page, for `roadmap inspect` (src/inspect/): filled only when a
 * caller passes a trace, so ordinary loading keeps nothing. The loader's own structures, as they
 * are: words, rulings, fills, the running headers and footers taken out, the tables found.
 */
import type { Word } from '../../pdf/lines.js';
import type { Fill } from '../../pdf/reader.js';
import type { Ruling } from '../../pdf/rulings.js';
import type { TableLayout } from './tables.js';

export interface PdfPageTrace {
  page: number;
  width: number;
  height: number;
  /** Every word, furniture included. */
  words: readonly Word[];
  rulings: readonly Ruling[];
  fills: readonly Fill[];
  /** The words of running headers and footers (not part of the grid). */
  furniture: ReadonlySet<Word>;
  tables: readonly TableLayout[];
}

export interface PdfTrace {
  numPages: number;
  /** The pages with a text layer, in order. */
  pages: PdfPageTrace[];
}
