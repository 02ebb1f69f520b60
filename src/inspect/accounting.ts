/**
 * Where every line and cell of a source went: the lossless accounting of the rows stage, line by
 * line instead of as counts. The pipeline runs as usual, with each grid line numbered by its
 * place in the grid (so every fragment and warning points at one grid line, PDFs included) and
 * the rows stage telling which bucket each line went to. A cell's outcome and column are read
 * back from the fragments of the finished outcomes; a cell no outcome kept and a drop warning
 * names is dropped.
 */
import { foldWhitespace } from '../cells/cell-content.js';
import { Diagnostics } from '../diagnostics.js';
import { InputError } from '../errors.js';
import type { Box, Grid, GridLine } from '../grid/grid.js';
import { COLUMN_KINDS, type ColumnKind } from '../layout/columns.js';
import type { LaidOutDocument, LineBucket } from '../layout/model.js';
import { layOutRows } from '../layout/rows.js';
import type { PdfTrace } from '../load/pdf/trace.js';
import type { SourceFile } from '../load/source.js';
import { loadGrid, roadmapFromGrid } from '../pipeline.js';
import type { RoadmapEdition } from '../schema/roadmap.js';

/** A column kind of the roadmap table, or `id` for a separate id column. */
export type CellColumn = ColumnKind | 'id';

export interface PlacedWarning {
  code: string;
  message: string;
  /** The outcome key, or null for a document-level warning. */
  outcome: string | null;
}

export interface CellAccount {
  /** The cell's text as cleaned for the rows stage (markup and footnote markers taken out). */
  text: string;
  /** The cell as the source had it. */
  raw: string;
  box: Box | null;
  /** The column the cell's text went to (outcome-row lines only). */
  column: CellColumn | null;
  /** The outcomes its text went to. */
  outcomes: string[];
  /** The warning that dropped it (an OCR ghost, a stray number), if it was dropped. */
  dropped: PlacedWarning | null;
  /** A piece of a section title laid over the row (taken out of the row's cells). */
  titlePiece: boolean;
}

export interface LineAccount {
  /** 1-based position in the grid. */
  index: number;
  /** The source line (text formats), or null. */
  line: number | null;
  page: number | null;
  /** Where the line went; `blank` lines carry no text. */
  bucket: LineBucket | 'blank';
  cells: CellAccount[];
  /** The warnings that arose on this line. */
  warnings: PlacedWarning[];
}

export interface Accounting {
  /** The extracted edition, or null when extraction failed (then `error` says why). */
  edition: RoadmapEdition | null;
  error: string | null;
  lines: LineAccount[];
  /** Warnings about source lines the loader left out of the grid (source line → warnings): Markdown prose it dropped. */
  sourceLineWarnings: Map<number, PlacedWarning[]>;
  /** Warnings with only a page (page number → warnings). */
  pageWarnings: Map<number, PlacedWarning[]>;
  /** Warnings with no place at all. */
  unplaced: PlacedWarning[];
  coverage: Partial<Record<LineBucket, number>>;
}

const DROP_CODES = new Set(['ghost-line-dropped', 'garbage-dropped']);
/** The dropped text quoted by a drop warning ("dropped "…", a garbled copy …"), clipped with "…". */
const DROPPED_TEXT = /^dropped "([\s\S]*)", a (?:garbled copy|stray number)/;
/** The pieces of a section title laid over a row, quoted by its warning. */
const OVERLAID_TEXT = /^section title "([\s\S]*)" was laid over/;

/** Runs the extraction of `source` and accounts for every line. */
export async function accountFor(source: SourceFile, options: { edition: string; password?: string; trace?: PdfTrace }): Promise<Accounting> {
  const diagnostics = new Diagnostics();
  const loaded = await loadGrid(source, diagnostics, { password: options.password, trace: options.trace });
  // The loader's warnings name source lines; every later one names a grid line (numbered below).
  const loaderWarnings = diagnostics.items.length;
  const gridIndexOfSourceLine = new Map<number, number>();
  loaded.lines.forEach((line, i) => {
    if (line.line !== null && !gridIndexOfSourceLine.has(line.line)) gridIndexOfSourceLine.set(line.line, i + 1);
  });
  // Each grid line numbered by its place in the grid: fragments and warnings then name one line.
  const grid: Grid = { ...loaded, lines: loaded.lines.map((line, i) => ({ ...line, line: i + 1 })) };
  const buckets = new Map<number, LineBucket>();
  const observe = (line: GridLine, bucket: LineBucket) => buckets.set(line.line!, bucket);
  let edition: RoadmapEdition | null = null;
  let laidOut: LaidOutDocument;
  let error: string | null = null;
  try {
    ({ edition, laidOut } = roadmapFromGrid(grid, source, { edition: options.edition, password: options.password }, diagnostics, observe));
  } catch (failure) {
    if (!(failure instanceof InputError)) throw failure;
    // Nothing extracted is exactly when a maintainer wants to see the pages: lay them out anyway.
    error = failure.message;
    buckets.clear();
    const again = new Diagnostics();
    laidOut = layOutRows(grid, again, observe);
    diagnostics.items.splice(0, diagnostics.items.length, ...again.items);
  }

  // Fragments of the finished outcomes, by grid line.
  const fragments = new Map<number, { key: string; column: ColumnKind; text: string }[]>();
  laidOut.actionLines.forEach((draft, a) => {
    draft.rows.forEach((row, r) => {
      const key = edition?.actionLines[a]?.outcomes[r]?.key ?? `${row.actionLine}.${row.section.slug}.${row.decision?.id ?? '?'}`;
      for (const column of COLUMN_KINDS) {
        for (const fragment of row.cells[column]) {
          if (fragment.text === '' || fragment.place.line === null) continue;
          const list = fragments.get(fragment.place.line) ?? [];
          list.push({ key, column, text: foldWhitespace(fragment.text) });
          fragments.set(fragment.place.line, list);
        }
      }
    });
  });

  // Warnings, by grid line, by page, or unplaced.
  const byLine = new Map<number, PlacedWarning[]>();
  const pageWarnings = new Map<number, PlacedWarning[]>();
  const sourceLineWarnings = new Map<number, PlacedWarning[]>();
  const unplaced: PlacedWarning[] = [];
  const place = (warning: { code: string; message: string; line: number | null; page: number | null }, outcome: string | null, fromLoader = false) => {
    const placed = { code: warning.code, message: warning.message, outcome };
    const gridLine = warning.line !== null && fromLoader ? gridIndexOfSourceLine.get(warning.line) : warning.line;
    if (warning.line !== null && gridLine === undefined) sourceLineWarnings.set(warning.line, [...(sourceLineWarnings.get(warning.line) ?? []), placed]);
    else if (gridLine !== null && gridLine !== undefined) byLine.set(gridLine, [...(byLine.get(gridLine) ?? []), placed]);
    else if (warning.page !== null) pageWarnings.set(warning.page, [...(pageWarnings.get(warning.page) ?? []), placed]);
    else unplaced.push(placed);
  };
  if (edition) {
    edition.warnings.forEach((warning, k) => place(warning, null, k < loaderWarnings));
    for (const actionLine of edition.actionLines) for (const outcome of actionLine.outcomes) for (const warning of outcome.warnings) place(warning, outcome.key);
  } else {
    diagnostics.toWarnings().forEach((warning, k) => place(warning, null, k < loaderWarnings));
  }

  const lines = grid.lines.map((line, i): LineAccount => {
    const index = i + 1;
    const bucket = buckets.get(index) ?? 'blank';
    const warnings = byLine.get(index) ?? [];
    const kept = fragments.get(index) ?? [];
    const cells = line.cells.map((cell) => ({ ...accountCell(foldWhitespace(cell.text), cell.box ?? null, bucket, kept, warnings), raw: cell.raw }));
    return { index, line: loaded.lines[i]!.line, page: line.page, bucket, cells, warnings };
  });
  return { edition, error, lines, sourceLineWarnings, pageWarnings, unplaced, coverage: laidOut.coverage };
}

/**
 * Where one cell's text went. The rows stage joins a line's cells by column and may strip a
 * leading id or a section title laid over the row, so a cell is matched to the fragments of its
 * line: the same text, or a fragment inside it, or (for cells joined into one column) a
 * fragment holding it. A cell no fragment holds is dropped when a drop warning quotes it, else
 * it was a separate id column.
 */
function accountCell(
  text: string,
  box: Box | null,
  bucket: LineBucket | 'blank',
  kept: readonly { key: string; column: ColumnKind; text: string }[],
  warnings: readonly PlacedWarning[],
): Omit<CellAccount, 'raw'> {
  const none: Omit<CellAccount, 'raw'> = { text, box, column: null, outcomes: [], dropped: null, titlePiece: false };
  if (text === '' || bucket !== 'outcome-row') return none;
  const found = (matching: typeof kept): Omit<CellAccount, 'raw'> | null =>
    matching.length === 0 ? null : { ...none, column: matching[0]!.column, outcomes: [...new Set(matching.map((f) => f.key))] };
  const dropped = warnings.find((w) => {
    const quoted = DROP_CODES.has(w.code) ? DROPPED_TEXT.exec(w.message)?.[1] : undefined;
    return quoted !== undefined && (quoted === text || (quoted.endsWith('…') && text.startsWith(quoted.slice(0, -1))));
  });
  const overlaid = warnings.some((w) => w.code === 'section-title-overlaid' && (OVERLAID_TEXT.exec(w.message)?.[1] ?? '').includes(text));
  return (
    found(kept.filter((f) => f.text === text)) ??
    (dropped ? { ...none, dropped } : null) ??
    (overlaid ? { ...none, titlePiece: true } : null) ??
    found(kept.filter((f) => text.includes(f.text))) ??
    found(kept.filter((f) => f.text.includes(text))) ??
    (kept.length > 0 ? { ...none, column: 'id', outcomes: [...new Set(kept.map((f) => f.key))] } : none)
  );
}
