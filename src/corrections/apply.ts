/**
 * Applying an edition's corrections after extraction. Each correction that changes something is
 * recorded in the edition's `corrections` (key, field, op, reason). One that no longer applies
 * (its outcome is gone, or the field already has that value) is a `correction-stale` warning,
 * so stale corrections surface when the extractor improves. Pure: the edition is copied, and
 * the corrected copy is checked against the roadmap contract.
 */
import { isDeepStrictEqual } from 'node:util';
import { foldWhitespace } from '../cells/cell-content.js';
import { InputError } from '../errors.js';
import type { Correction, NewOutcome } from '../schema/corrections.js';
import { RoadmapEditionSchema, type AppliedCorrection, type Outcome, type RoadmapEdition, type Warning } from '../schema/roadmap.js';
import { jsonPointer } from '../validate/json-pointer.js';
import { outcomeIssues, type ValidationIssue } from '../validate/validate-roadmap.js';
import { LISTS } from './lists.js';

/** Why a correction was skipped, or null when it was applied. */
type Skipped = string | null;

/**
 * `file` is the corrections file, named in warnings and errors. Corrections apply in file order,
 * each to the edition as the ones before left it.
 */
export function applyCorrections(edition: RoadmapEdition, corrections: readonly Correction[], file: string): RoadmapEdition {
  const corrected = structuredClone(edition);
  const applied: AppliedCorrection[] = [];
  const warnings: Warning[] = [];
  corrections.forEach((correction, index) => {
    const before = issuesOf(corrected, correction.key);
    const skipped = applyOne(corrected, correction, file);
    if (skipped === null) {
      checkMeaning(before, issuesOf(corrected, correction.key), `correction ${index + 1} (${describe(correction)})`, file);
      const field = correction.op === 'drop' || correction.op === 'add-outcome' ? null : correction.field;
      applied.push({ key: correction.key, field, op: correction.op, reason: correction.reason });
    } else {
      warnings.push({ code: 'correction-stale', message: `correction ${index + 1} (${describe(correction)}): ${skipped}; remove it`, line: null, page: null, file });
    }
  });
  corrected.warnings.push(...warnings);
  corrected.corrections = applied;
  const checked = RoadmapEditionSchema.safeParse(corrected);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new InputError(file, `the corrected roadmap breaks the contract at ${jsonPointer(issue.path)}: ${issue.message}`);
  }
  return checked.data;
}

/** The meaning issues of the outcome with this key (none when there is no such outcome). */
function issuesOf(edition: RoadmapEdition, key: string): ValidationIssue[] {
  for (const [a, actionLine] of edition.actionLines.entries()) {
    const o = actionLine.outcomes.findIndex((outcome) => outcome.key === key);
    if (o >= 0) return outcomeIssues(actionLine.outcomes[o]!, ['actionLines', a, 'outcomes', o], actionLine.id);
  }
  return [];
}

/**
 * A correction is held to the rules an extracted outcome is (validate): one that brings in an
 * issue the outcome did not have (SDG target 17.0, an unsorted list) is an error naming it.
 */
function checkMeaning(before: readonly ValidationIssue[], after: readonly ValidationIssue[], which: string, file: string): void {
  const had = new Set(before.map((i) => `${i.code} ${i.message}`));
  const fresh = after.filter((i) => !had.has(`${i.code} ${i.message}`));
  if (fresh.length === 0) return;
  const more = fresh.length > 1 ? ` (and ${fresh.length - 1} more)` : '';
  throw new InputError(file, `${which}: ${fresh[0]!.message} at ${fresh[0]!.pointer}${more}`);
}

function applyOne(edition: RoadmapEdition, correction: Correction, file: string): Skipped {
  if (correction.op === 'add-outcome') return addOutcome(edition, correction.key, correction.outcome, file);
  const found = findOutcome(edition, correction.key);
  if (!found) return 'the outcome is gone';
  const { outcome, list, index } = found;
  switch (correction.op) {
    case 'drop':
      list.splice(index, 1);
      return null;
    case 'set':
      return setField(outcome, correction.field, correction.value);
    case 'replace':
      return replaceText(outcome, correction.field, correction.find, correction.replace);
    case 'add':
    case 'remove': {
      const access = LISTS[correction.field];
      const current = access.get(outcome);
      const present = new Set(current.map(access.identity));
      const items = correction.items.map(access.read);
      if (correction.op === 'add') {
        const missing = items.filter((item) => !present.has(access.identity(item)));
        if (missing.length === 0) return 'the list already has these items';
        access.set(outcome, access.sort([...current, ...missing]));
      } else {
        const gone = new Set(items.map(access.identity));
        if (![...gone].some((id) => present.has(id))) return 'the list has none of these items';
        access.set(outcome, current.filter((item) => !gone.has(access.identity(item))));
      }
      return null;
    }
  }
}

function setField(outcome: Outcome, field: string, value: unknown): Skipped {
  switch (field) {
    case 'text':
      if (foldWhitespace(outcome.text) === foldWhitespace(value as string)) return 'the text is already this';
      outcome.text = foldWhitespace(value as string);
      return null;
    case 'subItems':
      if (isDeepStrictEqual(outcome.subItems, value)) return 'the sub-items are already these';
      outcome.subItems = value as Outcome['subItems'];
      return null;
    case 'timing':
      if (isDeepStrictEqual(outcome.timing, value)) return 'the timing is already this';
      outcome.timing = value as Outcome['timing'];
      return null;
  }
  const access = LISTS[field as keyof typeof LISTS];
  const items = access.sort((value as (string | number)[]).map(access.read));
  // Both sides are in the field's order (sorted, or document order for results and activities).
  if (isDeepStrictEqual(items.map(access.identity), access.get(outcome).map(access.identity))) return 'the list already has these items';
  access.set(outcome, items);
  return null;
}

function replaceText(outcome: Outcome, field: 'text' | 'expectedResults' | 'activities', find: string, replacement: string): Skipped {
  const texts = field === 'text' ? [outcome.text] : outcome[field];
  if (!texts.some((t) => t.includes(find))) {
    return replacement !== '' && texts.some((t) => t.includes(replacement)) ? 'the text already reads so' : 'the text to replace is not there';
  }
  const replaced = texts.map((t) => foldWhitespace(t.split(find).join(replacement)));
  if (field === 'text') outcome.text = replaced[0]!;
  // An item that the replacement empties is dropped.
  else outcome[field] = replaced.filter((t) => t !== '');
  return null;
}

function addOutcome(edition: RoadmapEdition, key: string, fields: NewOutcome, file: string): Skipped {
  if (findOutcome(edition, key)) return 'the outcome is already there';
  // A key is `${actionLine}.${section}.${id}`; the schema has checked its shape.
  const actionLineId = key.slice(0, key.indexOf('.'));
  const section = key.slice(key.indexOf('.') + 1, key.lastIndexOf('.'));
  const id = key.slice(key.lastIndexOf('.') + 1);
  const actionLine = edition.actionLines.find((a) => a.id === actionLineId);
  if (!actionLine) throw new InputError(file, `cannot add outcome ${key}: the edition has no action line ${actionLineId}`);
  const inSection = actionLine.outcomes.filter((o) => o.section === section);
  const sectionTitle = inSection[0]?.sectionTitle ?? fields.sectionTitle;
  if (sectionTitle === undefined) throw new InputError(file, `cannot add outcome ${key}: section "${section}" has no outcome yet, so give its sectionTitle`);
  const outcome: Outcome = {
    key,
    actionLine: actionLineId,
    section,
    sectionTitle,
    id,
    printedId: null,
    idRepaired: false,
    text: foldWhitespace(fields.text),
    subItems: fields.subItems,
    timing: fields.timing,
    goals: { raw: '', strategicGoals: [], strategicTargets: [], objectives: [], regionalInitiatives: [], gcaPillars: [], resolutions: [] },
    sdgs: { raw: '', goals: [], targets: [] },
    expectedResults: fields.expectedResults.map(foldWhitespace),
    activities: fields.activities.map(foldWhitespace),
    provenance: { lines: null, pages: null },
    warnings: [],
  };
  for (const [name, items] of Object.entries(fields.goals)) setList(outcome, `goals.${name}` as keyof typeof LISTS, items);
  setList(outcome, 'sdgs.goals', fields.sdgs.goals);
  setList(outcome, 'sdgs.targets', fields.sdgs.targets);
  // In its section, before the first outcome whose id comes after it ("B3" before "B4"), else last.
  const next = inSection.find((o) => o.id.localeCompare(id, 'en', { numeric: true }) > 0);
  const at = next ? actionLine.outcomes.indexOf(next) : inSection.length > 0 ? actionLine.outcomes.indexOf(inSection.at(-1)!) + 1 : actionLine.outcomes.length;
  actionLine.outcomes.splice(at, 0, outcome);
  return null;
}

function setList(outcome: Outcome, field: keyof typeof LISTS, items: readonly (string | number)[]): void {
  const access = LISTS[field];
  access.set(outcome, access.sort(items.map(access.read)));
}

function findOutcome(edition: RoadmapEdition, key: string): { outcome: Outcome; list: Outcome[]; index: number } | null {
  for (const actionLine of edition.actionLines) {
    const index = actionLine.outcomes.findIndex((o) => o.key === key);
    if (index >= 0) return { outcome: actionLine.outcomes[index]!, list: actionLine.outcomes, index };
  }
  return null;
}

function describe(correction: Correction): string {
  if (correction.op === 'drop' || correction.op === 'add-outcome') return `${correction.op} ${correction.key}`;
  return `${correction.op} ${correction.field} of ${correction.key}`;
}
