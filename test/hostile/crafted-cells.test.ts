/**
 * Cells crafted to make the parsers' regexes backtrack: thousands of repeats of the tokens the
 * patterns look for ("1, ", "Goal ", "- -", "Res. 1, ", "(Rev. ", "((((", "a. a. a."). Each row
 * goes through the whole pipeline; the result is what a reader of the cell expects, and it
 * comes back in milliseconds (a backtracking pattern would take minutes: the timeout guards).
 */
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/schema/roadmap.js';
import { codesOf, extractOk, outcomesOf, roadmapText, row } from './helpers.js';

const N = 5_000;
const TIMEOUT = 5_000;

async function onlyOutcome(outcome: string, timing: string, goals: string, sdgs: string, results: string): Promise<Outcome> {
  const outcomes = outcomesOf(await extractOk(roadmapText(row(outcome, timing, goals, sdgs, results))));
  expect(outcomes.map((o) => o.key)).toEqual(['C7.geneva.A']);
  return outcomes[0]!;
}

describe('cells crafted to make regexes backtrack', () => {
  it('"1, " thousands of times: one SDG goal, one strategic goal, no warning', async () => {
    const a = await onlyOutcome('A: Promote', '2016', `Goal ${'1, '.repeat(N)}`, '1, '.repeat(N), 'portals');
    expect(a.sdgs.goals).toEqual([1]);
    expect(a.sdgs.targets).toEqual([]);
    expect(a.goals.strategicGoals).toEqual([1]);
    expect(a.warnings).toEqual([]);
  }, TIMEOUT);

  it('"Goal " thousands of times: labels without numbers, reported once', async () => {
    const a = await onlyOutcome(`A: ${'Goal '.repeat(N)}`, '2016', 'Goal '.repeat(N), '16.6', 'portals');
    expect(a.text).toBe(Array(N).fill('Goal').join(' '));
    expect(a.goals.strategicGoals).toEqual([]);
    expect(codesOf(a)).toEqual(['goals-unparsed']);
  }, TIMEOUT);

  it('"- -" thousands of times: no bullet (a dash before a dash starts no item), nothing read', async () => {
    const dashes = '- -'.repeat(N);
    const a = await onlyOutcome(`A: ${dashes}`, '2016', dashes, dashes, dashes);
    expect(a.text).toBe(dashes);
    expect(a.subItems).toEqual([]);
    expect(a.expectedResults).toEqual([]);
    expect(a.sdgs).toEqual({ raw: dashes, goals: [], targets: [] });
    expect(a.goals.raw).toBe(dashes);
    // Dashes are punctuation: no goals-unparsed; the SDG cell's text before any id is reported.
    expect(codesOf(a)).toEqual(['sdg-text-unattributed']);
  }, TIMEOUT);

  it('"Res. 1, " thousands of times after "PP Res. 130": each takes the body before it, duplicates folded', async () => {
    const a = await onlyOutcome('A: Promote', '2016', `Resolutions PP Res. 130, ${'Res. 1, '.repeat(N)}`, '16.6', 'portals');
    expect(a.goals.resolutions.map((r) => r.canonical)).toEqual(['PP Res. 1', 'PP Res. 130']);
    expect(a.warnings).toEqual([]);
  }, TIMEOUT);

  it('"Res. 1, " thousands of times with no body at all: each reference reported', async () => {
    const a = await onlyOutcome('A: Promote', '2016', 'Res. 1, '.repeat(N), '16.6', 'portals');
    expect(a.goals.resolutions).toEqual([]);
    expect(codesOf(a)).toEqual(Array(N).fill('resolution-unparsed'));
    expect(a.warnings[0]!.message).toBe('Resolution reference "Res. 1" names no issuing body.');
  }, TIMEOUT);

  it('"(Rev. " thousands of times, never closed: the reference before it is kept, the rest reported once', async () => {
    const revs = '(Rev. '.repeat(N).trim();
    const a = await onlyOutcome(`A: ${revs}`, '2016', `PP Res. 1 ${revs}`, '16.6', revs);
    expect(a.goals.resolutions.map((r) => r.canonical)).toEqual(['PP Res. 1']);
    expect(a.expectedResults).toEqual([revs]);
    expect(codesOf(a)).toEqual(['resolution-unparsed']);
  }, TIMEOUT);

  it('"((((" thousands of times: punctuation only, nothing read', async () => {
    const parens = '(((('.repeat(N);
    const a = await onlyOutcome(`A: ${parens}`, '2016', parens, parens, parens);
    expect(a.text).toBe(parens);
    expect(a.expectedResults).toEqual([]);
    expect(a.goals.resolutions).toEqual([]);
    expect(codesOf(a)).toEqual(['sdg-text-unattributed']);
  }, TIMEOUT);

  it('"a. a. a." thousands of times: no sub-items (a letter list needs "a)"), one result, no sentence ends', async () => {
    const as = 'a. a. a. '.repeat(N).trim();
    const a = await onlyOutcome(`A: ${as}`, '2016', as, as, as);
    expect(a.text).toBe(as);
    expect(a.subItems).toEqual([]);
    expect(a.expectedResults).toEqual([as]);
    expect(codesOf(a)).toEqual(['goals-unparsed', 'sdg-text-unattributed']);
  }, TIMEOUT);

  it('timing cells made of repeats are reported, not read', async () => {
    const a = await onlyOutcome('A: Promote', '2016-'.repeat(N), 'Goal 1', '16.6', 'portals');
    expect(a.timing).toBeNull();
    expect(codesOf(a)).toEqual(['timing-unparsed']);
  }, TIMEOUT);
});

describe('one outcome cell holding thousands of outcome ids', () => {
  it('splits out at most MAX_OUTCOMES_PER_CELL outcomes and says so, instead of multiplying the shared cells', async () => {
    const { extractRoadmap } = await import('../../src/pipeline.js');
    const { MAX_OUTCOMES_PER_CELL } = await import('../../src/layout/rows.js');
    const ids = Array.from({ length: 2000 }, (_, i) => `${String.fromCharCode(65 + Math.floor(i / 99) % 26)}${(i % 99) + 1}`);
    const cell = ids.map((id) => `${id}: Promote the use.`).join(' ');
    const text = [
      'WSIS Action Line C7: E-applications',
      'WSIS Outcomes\tProposed Timing\tITU Strategic Goals and Relevant Resolutions\tLinkages with the SDGs\tExpected Results of ITU Activities',
      'Geneva Plan of Action and Tunis Agenda for the Information Society',
      `${cell}\t2018\t${'Goal 1 '.repeat(20_000)}\t9.1\tExpected Results: x`,
    ].join('\n');
    const bytes = new TextEncoder().encode(text);
    const roadmap = await extractRoadmap({ path: 'split.txt', bytes, sha256: 'x'.repeat(64).replace(/x/g, '0'), format: 'text' }, { edition: 'split' });
    const outcomes = roadmap.actionLines.flatMap((a) => a.outcomes);
    expect(outcomes.map((o) => o.id)).toEqual(ids.slice(0, MAX_OUTCOMES_PER_CELL));
    expect(outcomes.at(-1)!.warnings.some((w) => w.code === 'outcome-split' && /more than 8 outcomes/.test(w.message))).toBe(true);
  }, 20_000);
});
