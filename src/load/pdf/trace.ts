/**
 * What the PDF loader saw on each page, for `roadmap inspect` (src/inspect/): filled only when a
 * caller passes a trace, so ordinary loading keeps nothing. The loader's own structures, as they
 * are: runs, rulings, the running headers and footers taken out, the tables found.
 */
import type { Ruling } from './rulings.js';
import type { TableLayout } from './tables.js';
import type { TextRun } from './text-runs.js';

export interface PdfPageTrace {
  page: number;
  width: number;
  height: number;
  /** Every text run, furniture included. */
  runs: readonly TextRun[];
  rulings: readonly Ruling[];
  /** The runs of running headers and footers (not part of the grid). */
  furniture: ReadonlySet<TextRun>;
  tables: readonly TableLayout[];
}

export interface PdfTrace {
  numPages: number;
  /** The pages with a text layer, in order. */
  pages: PdfPageTrace[];
}
