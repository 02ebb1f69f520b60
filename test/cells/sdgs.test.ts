import { describe, expect, it } from 'vitest';
import { singleFragment } from '../../src/cells/cell-content.js';
import { parseSdgs } from '../../src/cells/sdgs.js';
import { Diagnostics } from '../../src/diagnostics.js';
import type { SdgLinks } from '../../src/schema/roadmap.js';
import { cellOf, warningsOf } from './helpers.js';

const T_2A = '2.a: Increase investment, including through enhanced international cooperation, in rural infrastructure, agricultural research and extension services, technology development and plant and livestock gene banks in order to enhance agricultural productive capacity in developing countries, in particular least developed countries';
const T_9_1 = '9.1: Develop quality, reliable, sustainable and resilient infrastructure, including regional and trans-border infrastructure, to support economic development and human well-being, with a focus on affordable and equitable access for all';
const T_4_4 = '4.4: By 2030, increase by [x] per cent the number of youth and adults who have relevant skills, including technical and vocational skills, for employment, decent jobs and entrepreneurship';
const T_17_6 = '17.6 Enhance North-South, South-South and triangular regional and international cooperation on and access to science, technology and innovation and enhance knowledge sharing on mutually agreed terms, including through improved coordination among existing mechanisms, in particular at the United Nations level, and through a global technology facilitation mechanism when agreed upon';

describe('parseSdgs', () => {
  it.each<[string, SdgLinks]>([
    // 2018 C2 roadmap, A (line 25)
    ['1, 2, 3, 4, 5, 8, 9, 10, 11, 16, 17', { raw: '1, 2, 3, 4, 5, 8, 9, 10, 11, 16, 17', goals: [1, 2, 3, 4, 5, 8, 9, 10, 11, 16, 17], targets: [] }],
    ['17, 3, 3, 1.', { raw: '17, 3, 3, 1.', goals: [1, 3, 17], targets: [] }],
    ['1 2 and 3 & 4', { raw: '1 2 and 3 & 4', goals: [1, 2, 3, 4], targets: [] }],
    // 2018 C5 roadmap, A1 (line 72)
    ['1.4, 4.1, 4.3, 4.5, 5.b, 7.1, 7.a, 7.b, 9.1, 9.c, 11.3, 11.b, 16.2, 17.8', {
      raw: '1.4, 4.1, 4.3, 4.5, 5.b, 7.1, 7.a, 7.b, 9.1, 9.c, 11.3, 11.b, 16.2, 17.8',
      goals: [],
      targets: ['1.4', '4.1', '4.3', '4.5', '5.b', '7.1', '7.a', '7.b', '9.1', '9.c', '11.3', '11.b', '16.2', '17.8'],
    }],
    ['16.b, 16.a, 16.10, 16.2, 16.1, 16.1,', { raw: '16.b, 16.a, 16.10, 16.2, 16.1, 16.1,', goals: [], targets: ['16.1', '16.2', '16.10', '16.a', '16.b'] }],
    ['16.2, 17.8.', { raw: '16.2, 17.8.', goals: [], targets: ['16.2', '17.8'] }],
    ['7.1,7.a', { raw: '7.1,7.a', goals: [], targets: ['7.1', '7.a'] }],
    // 2018 C6 roadmap, b. (line 324): targets followed by their wording
    [`${T_2A} ${T_9_1}`, { raw: `${T_2A} ${T_9_1}`, goals: [], targets: ['2.a', '9.1'] }],
    ['8.2 Achieve higher levels of economic productivity', { raw: '8.2 Achieve higher levels of economic productivity', goals: [], targets: ['8.2'] }],
    ['1.1: Eradicate poverty less than $1.25 a day 16.10: Ensure public access', { raw: '1.1: Eradicate poverty less than $1.25 a day 16.10: Ensure public access', goals: [], targets: ['1.1', '16.10'] }],
    ['', { raw: '', goals: [], targets: [] }],
    [' ,.;: ', { raw: ',.;:', goals: [], targets: [] }],
  ])('%j', (text, expected) => {
    const diag = new Diagnostics();
    expect(parseSdgs(singleFragment(text, 3), diag)).toEqual(expected);
    expect(warningsOf(diag)).toEqual([]);
  });

  it.each<[string, SdgLinks, [string, number][]]>([
    // numbers inside a wording are no ids and no goals (line 331); the draft wording "[x] per
    // cent" differs from the official "substantially"
    [T_4_4, { raw: T_4_4, goals: [], targets: ['4.4'] }, [['sdg-text-differs', 3]]],
    // an id without a colon (line 319); "when agreed upon" is not in the official text
    [T_17_6, { raw: T_17_6, goals: [], targets: ['17.6'] }, [['sdg-text-differs', 3]]],
    // an id-like number before a lowercase word is part of a wording (a made-up one: it differs)
    ['9.1: Develop infrastructure by 2.5 per cent, for 1.25 a day', { raw: '9.1: Develop infrastructure by 2.5 per cent, for 1.25 a day', goals: [], targets: ['9.1'] }, [['sdg-text-differs', 3]]],
    ['17.8 17.0', { raw: '17.8 17.0', goals: [], targets: ['17.8'] }, [['sdg-invalid', 3]]],
    ['1, 18, 0, 17', { raw: '1, 18, 0, 17', goals: [1, 17], targets: [] }, [['sdg-invalid', 3], ['sdg-invalid', 3]]],
    ['9.d, 9.1', { raw: '9.d, 9.1', goals: [], targets: ['9.1'] }, [['sdg-invalid', 3]]],
    // the tail of the row above (2018 C6 roadmap, f., line 298)
    [
      'development 17.16: Enhance the global partnership for sustainable development',
      { raw: 'development 17.16: Enhance the global partnership for sustainable development', goals: [], targets: ['17.16'] },
      [['sdg-text-unattributed', 3]],
    ],
    // a number inside unattributed words is no goal
    ['in particular 2 developing countries 9.1', { raw: 'in particular 2 developing countries 9.1', goals: [], targets: ['9.1'] }, [['sdg-text-unattributed', 3]]],
    ['See annex', { raw: 'See annex', goals: [], targets: [] }, [['sdg-text-unattributed', 3]]],
  ])('%j is reported', (text, expected, warnings) => {
    const diag = new Diagnostics();
    expect(parseSdgs(singleFragment(text, 3), diag)).toEqual(expected);
    expect(warningsOf(diag)).toEqual(warnings);
  });

  it('quotes the unattributed text', () => {
    const diag = new Diagnostics();
    parseSdgs(singleFragment('development 17.16: Enhance', 298), diag);
    expect(diag.items[0]?.message).toContain('"development"');
  });

  it('reads a list spread over lines and reports the bad id at its line (2018 C5 roadmap, B1, lines 93-99)', () => {
    const cell = cellOf(
      [93, '1.4, 4.1,'],
      [94, '4.3, 4.5, 5.b, 7.1,'],
      [95, '7.a, 7.b,'],
      [96, '9.1, 9.c, 11.3,'],
      [97, '11.b,'],
      [98, '16.2, 17.8.'],
      [99, '17.0.'],
    );
    const diag = new Diagnostics();
    expect(parseSdgs(cell, diag)).toEqual({
      raw: '1.4, 4.1, 4.3, 4.5, 5.b, 7.1, 7.a, 7.b, 9.1, 9.c, 11.3, 11.b, 16.2, 17.8. 17.0.',
      goals: [],
      targets: ['1.4', '4.1', '4.3', '4.5', '5.b', '7.1', '7.a', '7.b', '9.1', '9.c', '11.3', '11.b', '16.2', '17.8'],
    });
    expect(warningsOf(diag)).toEqual([['sdg-invalid', 99]]);
  });

  it('reads a wording spread over lines (2018 C6 roadmap, b., lines 278-279)', () => {
    const cell = cellOf(
      [278, '17.16: Enhance the global partnership for sustainable development, complemented by multistakeholder partnerships that mobilize and share knowledge, expertise, technology and financial resources, to support the achievement of the sustainable development goals in all countries, in'],
      [279, 'particular developing countries'],
      [280, ''],
    );
    const diag = new Diagnostics();
    expect(parseSdgs(cell, diag)).toEqual({
      raw: '17.16: Enhance the global partnership for sustainable development, complemented by multistakeholder partnerships that mobilize and share knowledge, expertise, technology and financial resources, to support the achievement of the sustainable development goals in all countries, in particular developing countries',
      goals: [],
      targets: ['17.16'],
    });
    expect(warningsOf(diag)).toEqual([]);
  });

  it.each<[string, string, number, SdgLinks['goals'], number]>([
    ['5,000 "1, "', '1, ', 5000, [1], 0],
    ['5,000 "18, "', '18, ', 5000, [], 5000],
    ['5,000 "- -"', '- -', 5000, [], 1],
    ['5,000 "Goal "', 'Goal ', 5000, [], 1],
  ])('hostile: %s', (_name, unit, times, goals, warnings) => {
    const diag = new Diagnostics();
    const parsed = parseSdgs(singleFragment(unit.repeat(times), 1), diag);
    expect(parsed.goals).toEqual(goals);
    expect(parsed.targets).toEqual([]);
    expect(diag.items).toHaveLength(warnings);
  });

  it('hostile: 5,000 repeated target ids are one target', () => {
    const diag = new Diagnostics();
    expect(parseSdgs(singleFragment('9.c: Increase '.repeat(5000), 1), diag).targets).toEqual(['9.c']);
    expect(diag.items).toHaveLength(0);
  });
});
