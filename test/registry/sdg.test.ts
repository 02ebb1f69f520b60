import { describe, expect, it } from 'vitest';
import { compareSdgTargets, isSdgGoal, isSdgTarget, sdgGoalTitle, sdgTargetGoal, sdgTargetText } from '../../src/registry/sdg.js';

describe('SDG registry', () => {
  it.each([
    [1, true],
    [17, true],
    [0, false],
    [18, false],
    [4.5, false],
  ])('isSdgGoal(%s) is %s', (n, expected) => {
    expect(isSdgGoal(n)).toBe(expected);
  });

  it.each([
    ['1.4', true],
    ['9.c', true],
    ['17.19', true],
    ['16.10', true],
    ['17.0', false], // printed in the 2018 C5 roadmap, no such target
    ['17.20', false],
    ['9.d', false],
    ['18.1', false],
    ['9', false],
    ['', false],
  ])('isSdgTarget(%j) is %s', (id, expected) => {
    expect(isSdgTarget(id)).toBe(expected);
  });

  it.each([
    ['9.c', 'Significantly increase access to information and communications technology and strive to provide universal and affordable access to the Internet in least developed countries by 2020'],
    ['16.6', 'Develop effective, accountable and transparent institutions at all levels'],
    ['17.0', null],
    ['nonsense', null],
  ])('sdgTargetText(%j)', (id, expected) => {
    expect(sdgTargetText(id)).toBe(expected);
  });

  it.each([
    [['9.c', '9.10', '9.a', '9.2', '9.1'], ['9.1', '9.2', '9.10', '9.a', '9.c']],
    [['17.8', '1.4', '11.b', '11.3', '4.1', '5.b'], ['1.4', '4.1', '5.b', '11.3', '11.b', '17.8']],
    [['10.1', '2.a', '2.1'], ['2.1', '2.a', '10.1']],
    // malformed ids go last, in plain string order
    [['zz', '1.1', 'aa'], ['1.1', 'aa', 'zz']],
  ])('compareSdgTargets sorts %j', (input, expected) => {
    expect([...input].sort(compareSdgTargets)).toEqual(expected);
  });

  it('compareSdgTargets is 0 for equal ids', () => {
    expect(compareSdgTargets('9.a', '9.a')).toBe(0);
  });
});

describe('SDG goal titles and the goal of a target', () => {
  it.each([
    [9, 'Build resilient infrastructure, promote inclusive and sustainable industrialization and foster innovation'],
    [17, 'Strengthen the means of implementation and revitalize the Global Partnership for Sustainable Development'],
    [18, null],
  ])('sdgGoalTitle(%i)', (n, title) => {
    expect(sdgGoalTitle(n)).toBe(title);
  });

  it.each([
    ['9.c', 9],
    ['17.16', 17],
    ['1.4', 1],
    ['nonsense', null],
  ])('sdgTargetGoal(%j) is %s', (id, goal) => {
    expect(sdgTargetGoal(id)).toBe(goal);
  });
});
