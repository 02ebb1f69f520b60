/**
 * Two editions → the diff.json of the newer one: outcomes matched (match.ts), each pair's field
 * changes (fields.ts), and the counts. Pure: the CLI reads the files and writes the reports.
 */
import { EditionDiffSchema, type EditionDiff, type OutcomeChange, type OutcomeStatus } from '../schema/diff.js';
import type { Outcome, RoadmapEdition } from '../schema/roadmap.js';
import { compareOutcomes } from './fields.js';
import { compareFrameworks, plansOf, type EditionPlans } from './frameworks.js';
import { matchOutcomes, type OutcomePair } from './match.js';

export function diffEditions(from: RoadmapEdition, to: RoadmapEdition): EditionDiff {
  const plans = { before: plansOf(from), after: plansOf(to) };
  const outcomes = matchOutcomes(outcomesOf(from), outcomesOf(to)).map((pair) => toOutcomeChange(pair, plans));
  const summary = { added: 0, removed: 0, changed: 0, unchanged: 0, renamed: 0 };
  for (const outcome of outcomes) summary[outcome.status]++;
  const diff: EditionDiff = {
    schemaVersion: 1,
    from: { edition: from.edition, sha256: from.source.sha256 },
    to: { edition: to.edition, sha256: to.source.sha256 },
    summary,
    frameworks: compareFrameworks(plans.before, plans.after),
    actionLines: actionLinesOf(from, to),
    outcomes,
  };
  // Built to the schema's key order; parsing checks it and keeps that order for the JSON.
  return EditionDiffSchema.parse(diff);
}

/** How many outcomes are not unchanged. */
export function changeCount(diff: EditionDiff): number {
  return diff.outcomes.filter((o) => o.status !== 'unchanged').length;
}

function outcomesOf(edition: RoadmapEdition): Outcome[] {
  return edition.actionLines.flatMap((actionLine) => actionLine.outcomes);
}

function actionLinesOf(from: RoadmapEdition, to: RoadmapEdition): EditionDiff['actionLines'] {
  const seen = new Set(to.actionLines.map((a) => a.id));
  return [...to.actionLines, ...from.actionLines.filter((a) => !seen.has(a.id))].map((a) => ({ id: a.id, title: a.title }));
}

function toOutcomeChange(pair: OutcomePair, plans: { before: EditionPlans; after: EditionPlans }): OutcomeChange {
  const { from, to, similarity } = pair;
  const shown = (to ?? from)!;
  const fields = from && to ? compareOutcomes(from, to, plans) : [];
  return {
    status: statusOf(pair, fields.length > 0),
    fromKey: from?.key ?? null,
    toKey: to?.key ?? null,
    similarity,
    actionLine: shown.actionLine,
    text: shown.text,
    fields,
  };
}

function statusOf({ from, to }: OutcomePair, hasChanges: boolean): OutcomeStatus {
  if (!from) return 'added';
  if (!to) return 'removed';
  if (from.key !== to.key) return 'renamed';
  return hasChanges ? 'changed' : 'unchanged';
}
