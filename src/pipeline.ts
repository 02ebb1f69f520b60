/**
 * The whole extraction: source bytes → grid → rows → cell parsers → validated RoadmapEdition.
 * Pure apart from what it is given: no file system, no console. Loaders differ by format; from
 * the grid on, every format goes through the same stages.
 */
import { cellPlace, cellText, foldWhitespace, type CellContent } from './cells/cell-content.js';
import { parseGoals } from './cells/goals.js';
import { parseOutcomeText } from './cells/outcome-text.js';
import { parseResults } from './cells/results.js';
import { parseSdgs } from './cells/sdgs.js';
import { parseTiming } from './cells/timing.js';
import { Diagnostics } from './diagnostics.js';
import { InputError } from './errors.js';
import type { Grid } from './grid/grid.js';
import { textToGrid } from './grid/text-grid.js';
import { loadPdfGrid } from './load/pdf/load-pdf.js';
import { decodeText } from './load/text.js';
import type { SourceFile } from './load/source.js';
import type { ActionLineDraft, RowDraft } from './layout/model.js';
import { layOutRows } from './layout/rows.js';
import { RoadmapEditionSchema, type ActionLine, type Outcome, type RoadmapEdition } from './schema/roadmap.js';

export interface ExtractOptions {
  edition: string;
  /** Opens an encrypted PDF. */
  password?: string;
}

/** Bytes → grid, by format. */
export async function loadGrid(source: SourceFile, diagnostics: Diagnostics, options: { password?: string } = {}): Promise<Grid> {
  switch (source.format) {
    case 'text':
      return textToGrid(decodeText(source.bytes, source.path, diagnostics).lines);
    case 'pdf':
      return loadPdfGrid(source.bytes, source.path, diagnostics, options.password === undefined ? {} : { password: options.password });
    case 'markdown':
      throw new InputError(source.path, `reading ${source.format} sources is not supported yet (use the layout text export)`);
  }
}

export async function extractRoadmap(source: SourceFile, options: ExtractOptions): Promise<RoadmapEdition> {
  const diagnostics = new Diagnostics();
  const grid = await loadGrid(source, diagnostics, options.password === undefined ? {} : { password: options.password });
  const laidOut = layOutRows(grid, diagnostics);
  const outcomeCount = laidOut.actionLines.reduce((n, a) => n + a.rows.length, 0);
  if (outcomeCount === 0) {
    throw new InputError(source.path, 'no roadmap table found (no action line with outcome rows)');
  }
  const edition: RoadmapEdition = {
    schemaVersion: 1,
    edition: options.edition,
    title: laidOut.title,
    source: { path: source.path, sha256: source.sha256, format: source.format, pages: grid.pages },
    actionLines: laidOut.actionLines.map(toActionLine),
    warnings: diagnostics.toWarnings(),
  };
  const checked = RoadmapEditionSchema.safeParse(edition);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new InputError(source.path, `extracted roadmap breaks the contract at ${issue.path.join('.')}: ${issue.message}`);
  }
  return checked.data;
}

function toActionLine(draft: ActionLineDraft): ActionLine {
  const outcomes = draft.rows.map(toOutcome);
  makeKeysUnique(outcomes);
  return { id: draft.id, title: draft.title, note: draft.note, columns: draft.columns, footnotes: draft.footnotes, outcomes };
}

function toOutcome(row: RowDraft): Outcome {
  const diagnostics = row.diagnostics;
  const decision = row.decision!;
  const printedId = row.printed.kind === 'missing' ? null : row.printed.text;
  const outcomeCell: CellContent = row.cells.outcome;
  const { text, subItems } = parseOutcomeText(cellText(outcomeCell), cellPlace(outcomeCell), diagnostics);
  const timing = parseTiming(row.cells.timing, diagnostics);
  if (timing === null && cellText(row.cells.timing) === '') {
    diagnostics.warn('timing-missing', 'the outcome has no timing', { line: row.lines[0] ?? null, page: row.pages[0] ?? null });
  }
  const goals = parseGoals(row.cells.goals, diagnostics);
  const sdgs = parseSdgs(row.cells.sdgs, diagnostics);
  const { expectedResults, activities } = parseResults(row.cells.results, diagnostics);
  const lines = row.lines.length > 0 ? ([Math.min(...row.lines), Math.max(...row.lines)] as [number, number]) : null;
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
