/**
 * What an edition's goals cells are checked against: the action plan the cells name, and the
 * strategic plan in force for the edition's timing; then the initiative and goal checks.
 */
import { describe, expect, it } from 'vitest';
import { singleFragment } from '../../src/cells/cell-content.js';
import { parseGoals } from '../../src/cells/goals.js';
import { type ContextRow, detectReferenceContext } from '../../src/cells/reference-context.js';
import { Diagnostics } from '../../src/diagnostics.js';
import { cellOf, warningsOf } from '../cells/helpers.js';

function row(goals: string, line: number, timing: [number, number] | null = [2016, 2019]): ContextRow {
  return { goals: singleFragment(goals, line), timing: timing ? { from: timing[0], to: timing[1] } : null };
}

describe('detectReferenceContext', () => {
  it('finds the Buenos Aires Action Plan of WTDC-17 in the 2018 goals cells, and Connect 2020', () => {
    const edition = new Diagnostics();
    const context = detectReferenceContext(
      [
        row('Goal 1 Buenos Aires Action Plan Objective 2 Regional Initiatives', 25, [2018, 2018]),
        row('ITU Strategic Goal 3 (Target 3.1) ITU-D Objective 2/Output 2.2 (Buenos Aires Action Plan) Regional Initiatives (AFR3, ASP5, CIS3, EUR4)', 82),
      ],
      edition,
    );
    // Buenos Aires named two plans (WTDC-94 and WTDC-17): the later one held by the edition's last year
    expect(context.actionPlan).toEqual({ name: 'Buenos Aires Action Plan', wtdc: 'WTDC-17', key: 'Buenos Aires Action Plan (WTDC-17)' });
    expect(context.strategicPlan?.id).toBe('connect2020');
    expect(warningsOf(edition)).toEqual([]);
  });

  it('takes the earlier plan of a name when the timing ends before the later one', () => {
    const context = detectReferenceContext([row('Buenos Aires Action Plan Objective 2', 3, [1995, 1998])], new Diagnostics());
    expect(context.actionPlan?.wtdc).toBe('WTDC-94');
    expect(context.strategicPlan).toBeNull();
  });

  it('reads the plan name from the words before it that name a plan', () => {
    const context = detectReferenceContext([row('Regional Initiatives Dubai Action Plan', 3)], new Diagnostics());
    expect(context.actionPlan?.key).toBe('Dubai Action Plan (WTDC-14)');
  });

  it('warns about a plan no WTDC adopted, and about several plans', () => {
    const unknown = new Diagnostics();
    expect(detectReferenceContext([row('Goal 1 Tokyo Action Plan Objective 2', 4)], unknown).actionPlan).toBeNull();
    expect(warningsOf(unknown)).toEqual([['action-plan-unknown', 4]]);

    const several = new Diagnostics();
    const context = detectReferenceContext(
      [row('Dubai Action Plan Objective 2', 5), row('Buenos Aires Action Plan Objective 2', 6), row('Buenos Aires Action Plan Objective 4', 7)],
      several,
    );
    expect(context.actionPlan?.key).toBe('Buenos Aires Action Plan (WTDC-17)');
    expect(warningsOf(several)).toEqual([['action-plan-ambiguous', 5]]);
  });

  it('finds no plan in goals cells that name none', () => {
    const context = detectReferenceContext([row('Goals 1 & 4 ITU-D Objective 3', 3, null)], new Diagnostics());
    expect(context.actionPlan).toBeNull();
    expect(context.strategicPlan).toBeNull();
  });
});

describe('parseGoals checked against the edition context', () => {
  const BAAP_2018 = () => detectReferenceContext([row('(Buenos Aires Action Plan)', 1)], new Diagnostics());

  it('reports a code the plan lists completely for its region but not this one, and a repaired one', () => {
    const diag = new Diagnostics();
    const goals = parseGoals(cellOf([40, 'Regional Initiatives (AFR7, ARF3, EUR4)']), diag, BAAP_2018());
    expect(goals.regionalInitiatives).toEqual(['AFR3', 'AFR7', 'EUR4']);
    expect(warningsOf(diag)).toEqual([
      ['initiative-unknown', 40],
      ['initiative-repaired', 40],
    ]);
    expect(diag.items[0]?.message).toBe(
      'Regional initiative "AFR7" is not one of the Buenos Aires Action Plan (WTDC-17)\'s initiatives for Africa (AFR1, AFR2, AFR3, AFR4, AFR5); kept.',
    );
  });

  it('reports a code the registry cannot check once per edition, at its first citation', () => {
    const context = BAAP_2018();
    const first = new Diagnostics();
    parseGoals(cellOf([97, 'Regional Initiatives (AFR3, ARB2, CIS3, EUR4)']), first, context);
    const second = new Diagnostics();
    parseGoals(cellOf([110, 'Regional Initiatives (ARB2, ASP5)']), second, context);
    expect(warningsOf(first)).toEqual([['initiative-unverified', 97]]);
    expect(warningsOf(second)).toEqual([['initiative-unverified', 110]]);
    expect(second.items[0]?.message).toContain('"ASP5"');
  });

  it('checks nothing against a plan when no plan is known, but still reports once', () => {
    const context = detectReferenceContext([row('Goal 1', 1)], new Diagnostics());
    const diag = new Diagnostics();
    parseGoals(cellOf([3, 'Regional Initiatives (AFR3, AFR3)']), diag, context);
    expect(warningsOf(diag)).toEqual([['initiative-unverified', 3]]);
    expect(diag.items[0]?.message).toContain('the goals cells name no action plan the registry knows');
  });

  it('reports a strategic goal the plan in force does not have', () => {
    const context = BAAP_2018(); // timing 2016-2019: Connect 2020, goals 1-4
    const diag = new Diagnostics();
    expect(parseGoals(cellOf([12, 'Goals 1 & 5']), diag, context).strategicGoals).toEqual([1, 5]);
    expect(warningsOf(diag)).toEqual([['strategic-goal-unknown', 12]]);

    const none = detectReferenceContext([row('Goal 1', 1, null)], new Diagnostics());
    const anyPlan = new Diagnostics();
    parseGoals(cellOf([13, 'Goals 5 & 6']), anyPlan, none);
    expect(warningsOf(anyPlan)).toEqual([['strategic-goal-unknown', 13]]);
  });

  it('checks nothing without a context', () => {
    const diag = new Diagnostics();
    parseGoals(cellOf([40, 'Goal 9 Regional Initiatives (AFR7, ARB2)']), diag);
    expect(warningsOf(diag)).toEqual([]);
  });
});
