/**
 * References to the frameworks of other editions: the Kigali Action Plan's ITU-D priorities, the
 * Doha Action Plan's programmes, and strategic goals under the 2024–2027 plan and under plans whose
 * goals the registry does not list. Table-driven; expectations written by hand from the registry's
 * sources (src/registry/data/itu-codes.json).
 */
import { describe, expect, it } from 'vitest';
import { singleFragment } from '../../src/cells/cell-content.js';
import { parseGoals } from '../../src/cells/goals.js';
import { detectReferenceContext, type ReferenceContext } from '../../src/cells/reference-context.js';
import { Diagnostics } from '../../src/diagnostics.js';

/** The context of an edition whose goals cells say `named` and whose outcomes run from..to. */
function contextOf(named: string, from: number, to: number): { context: ReferenceContext; edition: Diagnostics } {
  const edition = new Diagnostics();
  const context = detectReferenceContext([{ goals: singleFragment(named), timing: { from, to } }], edition);
  return { context, edition };
}

function read(cell: string, context: ReferenceContext): { goals: ReturnType<typeof parseGoals>; codes: string[] } {
  const diag = new Diagnostics();
  const goals = parseGoals(singleFragment(cell), diag, context);
  return { goals, codes: diag.items.map((d) => d.code) };
}

const KIGALI = contextOf('Kigali Action Plan Priority: Digital transformation', 2024, 2027).context;
const DOHA = contextOf('Doha Action Plan Programme 1', 2010, 2011).context;
const HYDERABAD = contextOf('Hyderabad Action Plan Programme 1', 2011, 2014).context;

describe('Kigali Action Plan priorities', () => {
  it.each<[string, string[], string[]]>([
    ['Kigali Action Plan Priority: Affordable connectivity', ['ITU-D Priority: Affordable connectivity'], []],
    // A name with "and" inside stays whole; case and spacing do not matter.
    ['ITU-D Priorities: Resource  mobilization and International cooperation; Digital transformation', ['ITU-D Priority: Digital transformation', 'ITU-D Priority: Resource mobilization and international cooperation'], []],
    ['Priorities: Affordable connectivity and Digital transformation', ['ITU-D Priority: Affordable connectivity', 'ITU-D Priority: Digital transformation'], []],
    ['Kigali Action Plan Priority: Inclusive and secure telecommunications/ICTs for sustainable development', ['ITU-D Priority: Inclusive and secure telecommunications/ICTs for sustainable development'], []],
    // Not one of the five: kept as printed, reported.
    ['ITU-D Priority: Space sustainability', ['ITU-D Priority: Space sustainability'], ['priority-unknown']],
  ])('%s', (cell, priorities, codes) => {
    const got = read(cell, KIGALI);
    expect(got.goals.priorities).toEqual(priorities);
    expect(got.codes).toEqual(codes);
  });

  it('a priority under a plan whose priorities the registry does not list is reported, not checked against Kigali silently', () => {
    const got = read('ITU-D Priority: Affordable connectivity', DOHA);
    expect(got.goals.priorities).toEqual(['ITU-D Priority: Affordable connectivity']);
    expect(got.codes).toEqual(['priority-unknown']);
  });

  it('a cell with no priority has no priorities field (the 2018 shape)', () => {
    expect(read('Goal 1 Regional Initiatives (AFR1)', KIGALI).goals.priorities).toBeUndefined();
  });
});

describe('Doha and Hyderabad programmes', () => {
  it.each<[string, ReferenceContext, string[], string[]]>([
    ['BDT Programme 3', DOHA, ['ITU-D Programme 3'], []],
    ['Doha Action Plan Programmes 2 and 3', DOHA, ['ITU-D Programme 2', 'ITU-D Programme 3'], []],
    ['BDT Programme 3 Programme 5', DOHA, ['ITU-D Programme 3', 'ITU-D Programme 5'], []],
    // The Doha Action Plan has six programmes.
    ['Doha Action Plan Programme 7', DOHA, ['ITU-D Programme 7'], ['programme-unknown']],
    // Hyderabad's programmes are not in the registry: reported, not checked against Doha's.
    ['BDT Programme 4', HYDERABAD, ['ITU-D Programme 4'], ['programme-unverified']],
  ])('%s', (cell, context, programmes, codes) => {
    const got = read(cell, context);
    expect(got.goals.programmes).toEqual(programmes);
    expect(got.codes).toEqual(codes);
  });
});

describe('strategic plans by the edition\'s timing', () => {
  it('2024–2027: goals 1 and 2; goal 5 is flagged against that plan', () => {
    expect(KIGALI.strategicPlan?.id).toBe('sp2024-2027');
    expect(read('Goal 1 Goal 2', KIGALI).codes).toEqual([]);
    expect(read('Goal 5', KIGALI).codes).toEqual(['strategic-goal-unknown']);
  });

  it('a goal\'s name in brackets is read with its number', () => {
    const got = read('ITU Strategic Goal 1 (Universal connectivity)', KIGALI);
    expect(got.goals.strategicGoals).toEqual([1]);
    expect(got.codes).toEqual([]);
  });

  it('2008–2011: the plan\'s goals are not listed, so a goal is reported as unchecked, once', () => {
    const context = contextOf('Doha Action Plan Programme 1', 2010, 2011).context;
    expect(read('Goal 1', context).codes).toEqual(['strategic-plan-unknown']);
    expect(read('Goal 2', context).codes).toEqual([]);
  });

  it('timing under no plan the registry knows is reported at the edition level', () => {
    const { context, edition } = contextOf('Goal 1', 2030, 2033);
    expect(context.strategicPlan).toBeNull();
    expect(edition.items.map((d) => d.code)).toEqual(['strategic-plan-unknown']);
  });
});
