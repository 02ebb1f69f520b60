/**
 * Validating a roadmap.json: first its shape (the zod contract, every issue, not the first), then
 * its meaning, which the shape cannot say: SDG goals and targets that exist, keys that agree with
 * their action line, section and id, timings that do not run backwards, resolution revisions at
 * conferences that took place, lists in the contract's order without repeats. Every issue names
 * the outcome key (when it is inside one) and a JSON pointer (RFC 6901) to the value.
 *
 * Where the extractor itself kept a doubtful value as printed and said so with a warning on the
 * outcome (`timing-reversed`, `resolution-revision-unknown`), the value is no issue: it is the
 * document's, and already reported.
 */
import { LISTS } from '../corrections/lists.js';
import { findAssemblies, isListComplete } from '../registry/assemblies.js';
import { isSdgGoal, isSdgTarget, sdgTargetGoal } from '../registry/sdg.js';
import type { ListField } from '../schema/corrections.js';
import { RoadmapEditionSchema, type Outcome, type Resolution, type RoadmapEdition } from '../schema/roadmap.js';
import { jsonPointer } from './json-pointer.js';

/** What kind of problem an issue is: stable codes, like the warning codes. */
export const VALIDATION_CODES = {
  'contract': 'The value breaks the roadmap.json contract (its shape: a missing field, a wrong type, a bad pattern).',
  'key-duplicate': 'Two outcomes share a key.',
  'key-mismatch': 'An outcome key is not `${actionLine}.${section}.${id}` (a "-N" suffix for a repeated key allowed).',
  'action-line-mismatch': "An outcome's actionLine is not the id of the action line it is listed under.",
  'sdg-goal-unknown': 'An SDG goal that is not one of the 17 goals.',
  'sdg-target-unknown': 'An SDG target that is not an official target of the registry (e.g. 17.0).',
  'timing-reversed': 'A timing ends before it starts, and the outcome carries no timing-reversed warning saying the source printed it so.',
  'conference-unknown': 'A resolution revision names a place or year at which its body held no conference (by the registry), and the outcome carries no resolution-revision-unknown warning.',
  'list-unsorted': "A list is not in the contract's order (numbers ascending, SDG targets in framework order, codes alphabetical, resolutions by body, number, year).",
  'list-duplicate': 'A list holds the same item twice.',
} as const;

export type ValidationCode = keyof typeof VALIDATION_CODES;

export interface ValidationIssue {
  code: ValidationCode;
  message: string;
  /** JSON pointer to the value, e.g. "/actionLines/0/outcomes/3/sdgs/targets/1"; "" for the whole document. */
  pointer: string;
  /** The key of the outcome the value is in, or null. */
  outcome: string | null;
}

export interface ValidationReport {
  valid: boolean;
  /** The parsed edition when its shape is right (even when its meaning has issues), else null. */
  edition: RoadmapEdition | null;
  issues: ValidationIssue[];
}

/** Every issue of a roadmap.json value (parsed JSON), shape first; none means valid. */
export function validateRoadmap(value: unknown): ValidationReport {
  const parsed = RoadmapEditionSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      code: 'contract' as const,
      message: issue.message,
      pointer: jsonPointer(issue.path),
      outcome: outcomeKeyAt(value, issue.path),
    }));
    return { valid: false, edition: null, issues };
  }
  const issues = meaningIssues(parsed.data);
  return { valid: issues.length === 0, edition: parsed.data, issues };
}

/** The meaning checks on an edition whose shape is right. */
export function meaningIssues(edition: RoadmapEdition): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, string>();
  edition.actionLines.forEach((actionLine, a) => {
    actionLine.outcomes.forEach((outcome, o) => {
      const at = ['actionLines', a, 'outcomes', o];
      const earlier = seen.get(outcome.key);
      if (earlier !== undefined) {
        issues.push({ code: 'key-duplicate', message: `key ${outcome.key} is also the key of the outcome at ${earlier}`, pointer: jsonPointer([...at, 'key']), outcome: outcome.key });
      } else seen.set(outcome.key, jsonPointer(at));
      issues.push(...outcomeIssues(outcome, at, actionLine.id));
    });
  });
  return issues;
}

/** A key with a "-2", "-3"… suffix: the extractor's way of keeping a repeated key unique. */
const REPEAT_SUFFIX = /-\d+$/;

/**
 * The meaning checks of one outcome, with pointers under `at` (its path in the edition);
 * `actionLineId` is the action line it is listed under.
 */
export function outcomeIssues(outcome: Outcome, at: readonly (string | number)[], actionLineId: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const issue = (code: ValidationCode, message: string, ...path: (string | number)[]) =>
    issues.push({ code, message, pointer: jsonPointer([...at, ...path]), outcome: outcome.key });
  const warned = new Set(outcome.warnings.map((w) => w.code));

  if (outcome.actionLine !== actionLineId) issue('action-line-mismatch', `actionLine ${outcome.actionLine} is listed under action line ${actionLineId}`, 'actionLine');
  const expected = `${outcome.actionLine}.${outcome.section}.${outcome.id}`;
  if (outcome.key !== expected && outcome.key.replace(REPEAT_SUFFIX, '') !== expected) {
    issue('key-mismatch', `key ${outcome.key} should be ${expected} (actionLine.section.id)`, 'key');
  }

  outcome.sdgs.goals.forEach((goal, k) => {
    if (!isSdgGoal(goal)) issue('sdg-goal-unknown', `SDG goal ${goal} does not exist (goals are 1 to 17)`, 'sdgs', 'goals', k);
  });
  outcome.sdgs.targets.forEach((target, k) => {
    if (!isSdgTarget(target)) {
      const goal = sdgTargetGoal(target);
      const of = goal !== null && isSdgGoal(goal) ? ` of goal ${goal}` : '';
      issue('sdg-target-unknown', `SDG target ${target} is no official target${of}`, 'sdgs', 'targets', k);
    }
  });

  if (outcome.timing && outcome.timing.to < outcome.timing.from && !warned.has('timing-reversed')) {
    issue('timing-reversed', `timing ${outcome.timing.from}–${outcome.timing.to} ends before it starts`, 'timing');
  }

  if (!warned.has('resolution-revision-unknown')) {
    outcome.goals.resolutions.forEach((resolution, k) => {
      const problem = conferenceProblem(resolution);
      if (problem) issue('conference-unknown', `${resolution.canonical}: ${problem}`, 'goals', 'resolutions', k);
    });
  }

  for (const field of SORTED_LISTS) {
    const access = LISTS[field];
    const items = access.get(outcome);
    const ids = items.map(access.identity);
    const path = field.split('.');
    const repeat = ids.findIndex((id, k) => ids.indexOf(id) !== k);
    if (repeat >= 0) {
      issue('list-duplicate', `${field} lists ${ids[repeat]} twice`, ...path, repeat);
      continue;
    }
    const sorted = access.sort([...items]).map(access.identity);
    const first = sorted.findIndex((id, k) => id !== ids[k]);
    if (first >= 0) issue('list-unsorted', `${field} is not in order: ${ids.join(', ')} (expected ${sorted.join(', ')})`, ...path, first);
  }
  return issues;
}

/** The list fields the contract keeps sorted (results and activities keep document order). */
const SORTED_LISTS: readonly ListField[] = (Object.keys(LISTS) as ListField[]).filter((f) => f !== 'expectedResults' && f !== 'activities');

/**
 * Why a resolution's revision cannot be right, or null: a year (and place) at which its body held
 * no conference, where the registry lists all of that body's conferences of the year.
 */
function conferenceProblem(resolution: Resolution): string | null {
  if (resolution.year === null || !isListComplete(resolution.body, resolution.year)) return null;
  const atYear = findAssemblies({ body: resolution.body, year: resolution.year });
  if (atYear.length === 0) return `${resolution.body} held no conference in ${resolution.year}`;
  if (resolution.place !== null && findAssemblies({ body: resolution.body, year: resolution.year, place: resolution.place }).length === 0) {
    return `${resolution.body} met in ${resolution.year} elsewhere than ${resolution.place}`;
  }
  return null;
}

/** The key of the outcome a path runs through (actionLines/i/outcomes/j/…), read from the raw value. */
function outcomeKeyAt(value: unknown, path: readonly PropertyKey[]): string | null {
  if (path[0] !== 'actionLines' || path[2] !== 'outcomes' || typeof path[1] !== 'number' || typeof path[3] !== 'number') return null;
  const outcome = (value as { actionLines?: { outcomes?: { key?: unknown }[] }[] })?.actionLines?.[path[1]]?.outcomes?.[path[3]];
  return typeof outcome?.key === 'string' ? outcome.key : null;
}
