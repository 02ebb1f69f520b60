/**
 * The whole extraction: source bytes → grid → rows → cell parsers → validated RoadmapEdition.
 * Pure apart from what it is given: no file system, no console. Loaders differ by format; from
 * the grid on, every format goes through the same stages.
 */
import { cellPlace, cellText, foldWhitespace, type CellContent } from './cells/cell-content.js';
import { parseGoals } from './cells/goals.js';
import { extractMentions } from './cells/mentions.js';
import { parseOutcomeText } from './cells/outcome-text.js';
import { detectReferenceContext, type ReferenceContext } from './cells/reference-context.js';
import { parseResults } from './cells/results.js';
import { parseSdgs } from './cells/sdgs.js';
import { parseTiming } from './cells/timing.js';
import { Diagnostics } from './diagnostics.js';
import { InputError } from './errors.js';
import { isBlank, type Grid } from './grid/grid.js';
import { textToGrid } from './grid/text-grid.js';
import { loadPdfGrid } from './load/pdf/load-pdf.js';
import { loadMarkdownGrid } from './load/markdown.js';
import type { PdfSettings } from './pdf/settings.js';
import { decodeText } from './load/text.js';
import type { SourceFile } from './load/source.js';
import type { ActionLineDraft, RowDraft } from './layout/model.js';
import { layOutRows } from './layout/rows.js';
import { RoadmapEditionSchema, type ActionLine, type Outcome, type RoadmapEdition } from './schema/roadmap.js';

export interface ExtractOptions {
  edition: string;
  /** Opens an encrypted PDF. */
  password?: string;
  /** The PDF engine's tolerances (src/pdf/settings.ts); the defaults when absent. */
  pdfSettings?: PdfSettings;
}

/** Bytes → grid, by format. */
export async function loadGrid(source: SourceFile, diagnostics: Diagnostics, options: { password?: string; pdfSettings?: PdfSettings } = {}): Promise<Grid> {
  switch (source.format) {
    case 'text':
      return textToGrid(decodeText(source.bytes, source.path, diagnostics).lines);
    case 'pdf':
      return loadPdfGrid(source.bytes, source.path, diagnostics, { password: options.password, settings: options.pdfSettings });
    case 'markdown':
      return loadMarkdownGrid(source.bytes, source.path, diagnostics);
  }
}

export async function extractRoadmap(source: SourceFile, options: ExtractOptions): Promise<RoadmapEdition> {
  const diagnostics = new Diagnostics();
  const grid = await loadGrid(source, diagnostics, { password: options.password, pdfSettings: options.pdfSettings });
  const laidOut = layOutRows(grid, diagnostics);
  const outcomeCount = laidOut.actionLines.reduce((n, a) => n + a.rows.length, 0);
  if (outcomeCount === 0) {
    throw new InputError(source.path, grid.noTable ? `no roadmap table found: ${grid.noTable}` : 'no roadmap table found (no action line with outcome rows)');
  }
  const context = referenceContextOf(laidOut.actionLines, diagnostics);
  const edition: RoadmapEdition = {
    schemaVersion: 1,
    edition: options.edition,
    title: laidOut.title,
    source: { path: source.path, sha256: source.sha256, format: source.format, pages: grid.pages },
    actionLines: laidOut.actionLines.map((draft) => toActionLine(draft, context)),
    warnings: diagnostics.toWarnings(),
    coverage: coverageOf(grid, laidOut.coverage),
  };
  const checked = RoadmapEditionSchema.safeParse(edition);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new InputError(source.path, `extracted roadmap breaks the contract at ${issue.path.join('.')}: ${issue.message}`);
  }
  return checked.data;
}

/** The edition's action plan and strategic plan, read from every row before the cells are parsed. */
function referenceContextOf(actionLines: readonly ActionLineDraft[], diagnostics: Diagnostics): ReferenceContext {
  const rows = actionLines.flatMap((a) => a.rows).map((row) => ({ goals: row.cells.goals, timing: parseTiming(row.cells.timing, new Diagnostics()) }));
  return detectReferenceContext(rows, diagnostics);
}

/** The lines of the grid and where each went; buckets in a stable order for deterministic output. */
function coverageOf(grid: Grid, buckets: Partial<Record<string, number>>): { lines: number; buckets: Record<string, number> } {
  const lines = grid.lines.filter((line) => !isBlank(line)).length;
  const sorted = Object.fromEntries(Object.entries(buckets).filter((e): e is [string, number] => e[1] !== undefined).sort(([a], [b]) => a.localeCompare(b)));
  return { lines, buckets: sorted };
}

function toActionLine(draft: ActionLineDraft, context: ReferenceContext): ActionLine {
  const outcomes = draft.rows.map((row) => toOutcome(row, context));
  makeKeysUnique(outcomes);
  return { id: draft.id, title: draft.title, note: draft.note, columns: draft.columns, footnotes: draft.footnotes, outcomes };
}

function toOutcome(row: RowDraft, context: ReferenceContext): Outcome {
  const diagnostics = row.diagnostics;
  const decision = row.decision!;
  const printedId = row.printed.kind === 'missing' ? null : row.printed.text;
  const outcomeCell: CellContent = row.cells.outcome;
  const { text, subItems } = parseOutcomeText(cellText(outcomeCell), cellPlace(outcomeCell), diagnostics);
  const timing = parseTiming(row.cells.timing, diagnostics);
  if (timing === null && cellText(row.cells.timing) === '') {
    diagnostics.warn('timing-missing', 'the outcome has no timing', { line: row.lines[0] ?? null, page: row.pages[0] ?? null });
  }
  const goals = parseGoals(row.cells.goals, diagnostics, context);
  const sdgs = parseSdgs(row.cells.sdgs, diagnostics);
  const { expectedResults, activities } = parseResults(row.cells.results, diagnostics);
  const mentions = extractMentions(
    [
      { field: 'text', item: null, text: foldWhitespace(text), cell: outcomeCell },
      ...expectedResults.map((item, k) => ({ field: 'expectedResults' as const, item: k, text: item, cell: row.cells.results })),
      ...activities.map((item, k) => ({ field: 'activities' as const, item: k, text: item, cell: row.cells.results })),
    ],
    diagnostics,
  );
  // reduce, not Math.min(...): a row can span more lines than a call can take arguments.
  const lines = row.lines.length > 0 ? ([row.lines.reduce((a, b) => Math.min(a, b)), row.lines.reduce((a, b) => Math.max(a, b))] as [number, number]) : null;
  return {
    key: `${row.actionLine}.${row.section.slug}.${decision.id}`,
    actionLine: row.actionLine,
    section: row.section.slug,
    sectionTitle: row.section.title,
    id: decision.id,
    printedId,
    idRepaired: printedId !== decision.id,
    text: foldWhitespace(text),
    subItems,
    timing,
    goals,
    sdgs,
    expectedResults,
    activities,
    mentions,
    provenance: { lines, pages: row.pages.length > 0 ? [...row.pages].sort((a, b) => a - b) : null },
    warnings: diagnostics.toWarnings(),
  };
}

/** Keys must be unique in the edition: a repeated key gets "-2", "-3"… and a warning. */
function makeKeysUnique(outcomes: Outcome[]): void {
  const seen = new Map<string, number>();
  for (const outcome of outcomes) {
    const count = (seen.get(outcome.key) ?? 0) + 1;
    seen.set(outcome.key, count);
    if (count > 1) {
      const key = `${outcome.key}-${count}`;
      outcome.warnings.push({ code: 'id-duplicate', message: `key ${outcome.key} is already taken; this outcome is ${key}`, line: outcome.provenance.lines?.[0] ?? null, page: null });
      outcome.key = key;
    }
  }
}
