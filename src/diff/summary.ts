/**
 * What both reports say the same way: counts per action line, field names in the roadmap's
 * words, timings and resolution revisions as a reader writes them, and the one-line summary.
 */
import { OUTCOME_STATUSES, type EditionDiff, type OutcomeStatus, type ResolutionRevision } from '../schema/diff.js';
import type { Timing } from '../schema/roadmap.js';

export type StatusCounts = Record<OutcomeStatus, number>;

export interface ActionLineSummary {
  id: string;
  title: string;
  counts: StatusCounts;
}

/** The order statuses are shown in. */
export const STATUS_ORDER: readonly OutcomeStatus[] = ['added', 'removed', 'renamed', 'changed', 'unchanged'];

export const FIELD_LABELS: Record<string, string> = {
  text: 'Outcome text',
  subItems: 'Sub-items',
  timing: 'Timing',
  'goals.strategicGoals': 'ITU strategic goals',
  'goals.strategicTargets': 'ITU strategic targets',
  'goals.objectives': 'Objectives',
  'goals.regionalInitiatives': 'Regional initiatives',
  'goals.priorities': 'ITU-D priorities',
  'goals.programmes': 'ITU-D programmes',
  'goals.gcaPillars': 'GCA pillars',
  'goals.resolutions': 'Resolutions',
  'sdgs.goals': 'SDG goals',
  'sdgs.targets': 'SDG targets',
  expectedResults: 'Expected results',
  activities: 'ITU activities',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(OUTCOME_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** Counts per action line, in the diff's action-line order. */
export function summariseByActionLine(diff: EditionDiff): ActionLineSummary[] {
  const byId = new Map(diff.actionLines.map((a) => [a.id, { id: a.id, title: a.title, counts: emptyCounts() }]));
  for (const outcome of diff.outcomes) {
    let line = byId.get(outcome.actionLine);
    if (!line) byId.set(outcome.actionLine, (line = { id: outcome.actionLine, title: '', counts: emptyCounts() }));
    line.counts[outcome.status]++;
  }
  return [...byId.values()];
}

/** "2018 → 2019: 1 added, 2 removed, 3 renamed, 4 changed, 51 unchanged" */
export function summaryLine(diff: EditionDiff): string {
  const counts = STATUS_ORDER.map((status) => `${diff.summary[status]} ${status}`).join(', ');
  return `${diff.from.edition} → ${diff.to.edition}: ${counts}`;
}

/** "2016–2019", "2018", or "none". */
export function formatTiming(timing: Timing | null): string {
  if (timing === null) return 'none';
  return timing.from === timing.to ? String(timing.from) : `${timing.from}–${timing.to}`;
}

/** "WTDC Res. 45: Rev. Dubai, 2014 → Rev. Kigali, 2022" */
export function formatRevision(revision: ResolutionRevision): string {
  return `${revision.resolution}: ${revision.before ?? 'no revision'} → ${revision.after ?? 'no revision'}`;
}

/** A text diff's ops cut into lines at the item breaks ("\n"), for list fields. */
export function opsByLine<T extends { op: string; text: string }>(ops: readonly T[]): T[][] {
  const lines: T[][] = [[]];
  for (const op of ops) {
    op.text.split('\n').forEach((piece, index) => {
      if (index > 0) lines.push([]);
      if (piece !== '') lines[lines.length - 1]!.push({ ...op, text: piece });
    });
  }
  return lines.filter((line) => line.length > 0);
}

/**
 * A word diff as marked-up text: equal words as they are, inserted ones in <ins>, deleted ones
 * in <del> (both Markdown on GitHub and HTML know these tags). Spaces stay outside the marks,
 * and a deletion directly followed by an insertion gets a space between them, so "−enhance
 * +strengthen" does not read as one word.
 */
export function markWords(ops: readonly { op: string; text: string }[], escape: (text: string) => string): string {
  return ops
    .map((op, index) => {
      const text = escape(op.text.replace(/\n/g, ' '));
      if (op.op === 'equal') return text;
      const [lead, word, trail] = splitSpaces(text);
      if (word === '') return text;
      const tag = op.op === 'insert' ? 'ins' : 'del';
      const next = ops[index + 1];
      const gap = op.op === 'delete' && trail === '' && next?.op === 'insert' && !/^\s/.test(next.text) ? ' ' : '';
      return `${lead}<${tag}>${word}</${tag}>${trail}${gap}`;
    })
    .join('');
}

/** Leading spaces, the rest, trailing spaces (a loop, not a regex: linear on any input). */
function splitSpaces(text: string): [string, string, string] {
  let start = 0;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  let end = text.length;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [text.slice(0, start), text.slice(start, end), text.slice(end)];
}

/** "ITU strategic plan 2016-2019 → ITU strategic plan 2024-2027" for a plan that changed; null when none did. */
export function frameworkLines(diff: EditionDiff): string[] {
  const f = diff.frameworks;
  if (!f) return [];
  const lines: string[] = [];
  const name = (plan: string | null): string => plan ?? 'none named';
  if (f.actionPlan.changed) lines.push(`Action plan: ${name(f.actionPlan.before)} → ${name(f.actionPlan.after)}`);
  if (f.strategicPlan.changed) lines.push(`Strategic plan: ${name(f.strategicPlan.before)} → ${name(f.strategicPlan.after)}`);
  return lines;
}

/** How a re-based list reads: "1, 3 → 1 (re-based: ITU strategic plan 2016-2019 → ITU strategic plan 2024-2027)". */
export function formatRebased(change: { planBefore: string | null; planAfter: string | null; before: readonly (string | number)[]; after: readonly (string | number)[] }): string {
  const list = (xs: readonly (string | number)[]): string => (xs.length > 0 ? xs.join(', ') : 'none');
  return `${list(change.before)} → ${list(change.after)} (re-based: ${change.planBefore ?? 'no plan'} → ${change.planAfter ?? 'no plan'})`;
}
