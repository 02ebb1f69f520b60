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
import { knownItems, parseResults } from './cells/results.js';
import { parseSdgs } from './cells/sdgs.js';
import { parseTiming } from './cells/timing.js';
import { Diagnostics } from './diagnostics.js';
import { InputError } from './errors.js';
import { isBlank, type Grid, type GridLine } from './grid/grid.js';
import { textGridLines, textToGrid } from './grid/text-grid.js';
import type { PdfSettings } from './pdf/settings.js';
import { decodeText } from './load/text.js';
import type { SourceFile } from './load/source.js';
import type { PdfTrace } from './load/pdf/trace.js';
import type { ActionLineDraft, LaidOutDocument, RowDraft } from './layout/model.js';
import { layOutLines, layOutRows, type LineObserver } from './layout/rows.js';
import { jsonPointer } from './validate/json-pointer.js';
import { ActionLineSchema, RoadmapEditionSchema, type ActionLine, type Outcome, type RoadmapEdition } from './schema/roadmap.js';

export interface ExtractOptions {
  edition: string;
  /** Opens an encrypted PDF. */
  password?: string;
  /** The PDF engine's tolerances (src/pdf/settings.ts); the defaults when absent. */
  pdfSettings?: PdfSettings;
}

/**
 * Bytes → grid, by format. The PDF and Markdown loaders are imported when a source needs them:
 * pdf.js and remark are most of the start-up time of a process that reads neither. A PDF `trace`
 * is filled with what each page held (for `roadmap inspect`).
 */
export async function loadGrid(source: SourceFile, diagnostics: Diagnostics, options: { password?: string; pdfSettings?: PdfSettings; trace?: PdfTrace } = {}): Promise<Grid> {
  switch (source.format) {
    case 'text':
      return textToGrid(decodeText(source.bytes, source.path, diagnostics).lines);
    case 'pdf': {
      const { loadPdfGrid } = await import('./load/pdf/load-pdf.js');
      return loadPdfGrid(source.bytes, source.path, diagnostics, { password: options.password, settings: options.pdfSettings, trace: options.trace });
    }
    case 'markdown': {
      const { loadMarkdownGrid } = await import('./load/markdown.js');
      return loadMarkdownGrid(source.bytes, source.path, diagnostics);
    }
  }
}

export async function extractRoadmap(source: SourceFile, options: ExtractOptions): Promise<RoadmapEdition> {
  const diagnostics = new Diagnostics();
  // The grid lives only inside loadAndLayOut: a large source's grid (every line, every cell) is
  // garbage once its rows are laid out, before the cell parsers build the edition beside them.
  const { laidOut, facts } = await loadAndLayOut(source, diagnostics, options);
  return roadmapFromLayout(laidOut, facts, source, options, diagnostics, { releaseRows: true });
}

async function loadAndLayOut(source: SourceFile, diagnostics: Diagnostics, options: ExtractOptions): Promise<{ laidOut: LaidOutDocument; facts: GridFacts }> {
  if (source.format === 'text') return layOutText(decodeText(source.bytes, source.path, diagnostics).lines, diagnostics);
  const grid = await loadGrid(source, diagnostics, { password: options.password, pdfSettings: options.pdfSettings });
  return { laidOut: layOutRows(grid, diagnostics), facts: gridFacts(grid) };
}

/**
 * Layout text laid out as textToGrid's grid would be, one grid line at a time: the grid of a large
 * text (an object per cell of every line) was the largest thing a run held.
 */
function layOutText(lines: readonly string[], diagnostics: Diagnostics): { laidOut: LaidOutDocument; facts: GridFacts } {
  let nonBlank = 0;
  function* counted(): Generator<GridLine> {
    for (const line of textGridLines(lines)) {
      if (!isBlank(line)) nonBlank++;
      yield line;
    }
  }
  function* cellTexts(): Generator<string> {
    for (const line of textGridLines(lines)) for (const cell of line.cells) yield cell.text;
  }
  const laidOut = layOutLines(counted(), cellTexts, diagnostics);
  return { laidOut, facts: { lines: nonBlank, pages: null, noTable: undefined } };
}

/** What the edition needs of the grid besides its rows. */
interface GridFacts {
  /** Non-blank lines (the coverage's total). */
  lines: number;
  pages: number | null;
  noTable: string | undefined;
}

function gridFacts(grid: Grid): GridFacts {
  let lines = 0;
  for (const line of grid.lines) if (!isBlank(line)) lines++;
  return { lines, pages: grid.pages, noTable: grid.noTable };
}

/**
 * Grid → edition, with the laid-out rows it was made from: outcome i of action line a is row i of
 * laid-out action line a (for `roadmap inspect`, which also observes where each line went).
 */
export function roadmapFromGrid(
  grid: Grid,
  source: SourceFile,
  options: ExtractOptions,
  diagnostics: Diagnostics,
  onLine?: LineObserver,
): { edition: RoadmapEdition; laidOut: LaidOutDocument } {
  const laidOut = layOutRows(grid, diagnostics, onLine);
  return { edition: roadmapFromLayout(laidOut, gridFacts(grid), source, options, diagnostics, { releaseRows: false }), laidOut };
}

/**
 * Laid-out rows → validated edition. With `releaseRows` each row is let go once its outcome is
 * made (the caller keeps no use for them), so a large edition's rows and outcomes are not all
 * held at once.
 */
function roadmapFromLayout(
  laidOut: LaidOutDocument,
  facts: GridFacts,
  source: SourceFile,
  options: ExtractOptions,
  diagnostics: Diagnostics,
  { releaseRows }: { releaseRows: boolean },
): RoadmapEdition {
  const outcomeCount = laidOut.actionLines.reduce((n, a) => n + a.rows.length, 0);
  if (outcomeCount === 0) {
    throw new InputError(source.path, facts.noTable ? `no roadmap table found: ${facts.noTable}` : 'no roadmap table found (no action line with outcome rows)');
  }
  const context = referenceContextOf(laidOut.actionLines, diagnostics);
  const known = knownItems(laidOut.actionLines.flatMap((a) => a.rows.map((r) => r.cells.results)));
  // Each action line is checked against the contract as soon as it is made, and the edition
  // around them afterwards: checking the whole edition at once held it twice (zod gives a copy).
  const actionLines: ActionLine[] = [];
  let actionLineIssue: { path: PropertyKey[]; message: string } | null = null;
  laidOut.actionLines.forEach((draft, a) => {
    const checked = ActionLineSchema.safeParse(toActionLine(draft, context, known, releaseRows));
    if (checked.success) actionLines.push(checked.data);
    else {
      const issue = checked.error.issues[0]!;
      actionLineIssue ??= { path: ['actionLines', a, ...issue.path], message: issue.message };
    }
  });
  const shell: RoadmapEdition = {
    schemaVersion: 1,
    edition: options.edition,
    title: laidOut.title,
    source: { path: source.path, sha256: source.sha256, format: source.format, pages: facts.pages },
    actionLines: [],
    warnings: diagnostics.toWarnings(),
    coverage: coverageOf(facts.lines, laidOut.coverage),
  };
  const checked = RoadmapEditionSchema.safeParse(shell);
  // The first issue in the contract's order: the fields before actionLines, the action lines, the rest.
  const shellIssue = checked.success ? null : checked.error.issues[0]!;
  const issue = shellIssue && FIELDS_BEFORE_ACTION_LINES.has(String(shellIssue.path[0])) ? shellIssue : (actionLineIssue ?? shellIssue);
  if (issue || !checked.success) {
    throw new InputError(source.path, `extracted roadmap breaks the contract at ${jsonPointer(issue!.path)}: ${issue!.message}`);
  }
  checked.data.actionLines = actionLines;
  return checked.data;
}

const FIELDS_BEFORE_ACTION_LINES = new Set(['schemaVersion', 'edition', 'title', 'source']);

/** The edition's action plan and strategic plan, read from every row before the cells are parsed. */
function referenceContextOf(actionLines: readonly ActionLineDraft[], diagnostics: Diagnostics): ReferenceContext {
  const rows = actionLines.flatMap((a) => a.rows).map((row) => ({ goals: row.cells.goals, timing: parseTiming(row.cells.timing, new Diagnostics()) }));
  return detectReferenceContext(rows, diagnostics);
}

/** The grid's non-blank lines and where each went; buckets in a stable order for deterministic output. */
function coverageOf(lines: number, buckets: Partial<Record<string, number>>): { lines: number; buckets: Record<string, number> } {
  const sorted = Object.fromEntries(Object.entries(buckets).filter((e): e is [string, number] => e[1] !== undefined).sort(([a], [b]) => a.localeCompare(b)));
  return { lines, buckets: sorted };
}

function toActionLine(draft: ActionLineDraft, context: ReferenceContext, known: ReadonlySet<string>, releaseRows: boolean): ActionLine {
  const rows: (RowDraft | undefined)[] = draft.rows;
  if (releaseRows) draft.rows = [];
  const outcomes: Outcome[] = [];
  for (let i = 0; i < rows.length; i++) {
    outcomes.push(toOutcome(rows[i]!, context, draft.otherLabels, known));
    if (releaseRows) rows[i] = undefined;
  }
  makeKeysUnique(outcomes);
  return { id: draft.id, title: draft.title, note: draft.note, columns: draft.columns, footnotes: draft.footnotes, outcomes };
}

function toOutcome(row: RowDraft, context: ReferenceContext, otherLabels: readonly string[], known: ReadonlySet<string>): Outcome {
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
  const { expectedResults, activities } = parseResults(row.cells.results, diagnostics, known);
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
    ...(otherLabels.length > 0 ? { otherColumns: Object.fromEntries(otherLabels.map((label) => [label, foldWhitespace(cellText(row.other[label] ?? []))])) } : {}),
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
