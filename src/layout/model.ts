/**
 * What the rows stage produces: the document's action lines, each with its header columns,
 * footnotes and outcome rows, every row's cells still as located fragments. Cell parsers turn
 * these into the contract's Outcome (src/pipeline.ts).
 */
import type { CellFragment } from '../cells/cell-content.js';
import type { Diagnostics } from '../diagnostics.js';
import type { Footnote } from '../schema/roadmap.js';
import type { ColumnKind } from './columns.js';
import type { IdDecision, PrintedId } from './outcome-ids.js';

export interface SectionRef {
  slug: string;
  title: string;
}

export interface RowDraft {
  actionLine: string;
  section: SectionRef;
  printed: PrintedId;
  /** Set by the id sequence pass. */
  decision: IdDecision | null;
  cells: Record<ColumnKind, CellFragment[]>;
  /** Cells of the action line's columns of unknown kind, by label (only labels with text). */
  other: Record<string, CellFragment[]>;
  lines: number[];
  pages: number[];
  diagnostics: Diagnostics;
}

export interface ActionLineDraft {
  id: string;
  title: string;
  note: string | null;
  columns: string[];
  /** The labels of its columns of unknown kind (Partners, …), in header order. */
  otherLabels: string[];
  footnotes: Footnote[];
  rows: RowDraft[];
}

/**
 * Where a non-blank source line went. Every line goes somewhere: into an outcome row, into one
 * of the document's parts, or dropped with a warning (lossless accounting).
 */
export type LineBucket =
  | 'document-title'
  | 'preamble'
  | 'action-line-title'
  | 'table-header'
  | 'section-title'
  | 'footnote'
  | 'page-furniture'
  | 'outcome-row'
  /** A table line whose text is all in columns of unknown kind, kept in outcomes' otherColumns. */
  | 'other-columns'
  | 'dropped';

export interface LaidOutDocument {
  title: string;
  actionLines: ActionLineDraft[];
  /** How many non-blank lines went to each bucket. */
  coverage: Partial<Record<LineBucket, number>>;
}
