import { describe, expect, it } from 'vitest';
import { singleFragment } from '../../src/cells/cell-content.js';
import { parseGoals } from '../../src/cells/goals.js';
import { Diagnostics } from '../../src/diagnostics.js';
import type { Goals, Resolution } from '../../src/schema/roadmap.js';
import { cellOf, warningsOf } from './helpers.js';

function R(body: Resolution['body'], number: string, place: string | null, year: number | null, canonical: string, raw: string): Resolution {
  return { body, number, place, year, canonical, raw };
}

/** A Goals value with every list empty, for the fields a case does not set. */
function goals(raw: string, fields: Partial<Omit<Goals, 'raw'>>): Goals {
  return { raw, strategicGoals: [], strategicTargets: [], objectives: [], regionalInitiatives: [], gcaPillars: [], resolutions: [], ...fields };
}

const PP_2 = 'PP Res. 130, 174 (Rev. Busan, 2014)';
const PP_3 = 'PP Res. 130, 174, 179 (Rev. Busan, 2014)';
const WTDC = 'WTDC Res. 45 (Rev. Dubai, 2014), 67, 69 (Rev. Buenos Aires, 2017)';
const WTSA = 'WTSA Res. 50, 52 (Rev. Hammamet, 2016), 58 (Rev. Dubai 2012)';
const WTDC_RESOLUTIONS = [
  R('WTDC', '45', 'Dubai', 2014, 'WTDC Res. 45 (Rev. Dubai, 2014)', WTDC),
  R('WTDC', '67', 'Buenos Aires', 2017, 'WTDC Res. 67 (Rev. Buenos Aires, 2017)', WTDC),
  R('WTDC', '69', 'Buenos Aires', 2017, 'WTDC Res. 69 (Rev. Buenos Aires, 2017)', WTDC),
];
const WTSA_RESOLUTIONS = [
  R('WTSA', '50', 'Hammamet', 2016, 'WTSA Res. 50 (Rev. Hammamet, 2016)', WTSA),
  R('WTSA', '52', 'Hammamet', 2016, 'WTSA Res. 52 (Rev. Hammamet, 2016)', WTSA),
  R('WTSA', '58', 'Dubai', 2012, 'WTSA Res. 58 (Rev. Dubai, 2012)', WTSA),
];

describe('parseGoals: one-line cells', () => {
  it.each<[string, Goals]>([
    // 2018 C2 roadmap, D (line 40)
    ['Goal 1 Goal 3 Goal 4 Buenos Aires Action Plan Objective 2 Regional Initiatives', goals('Goal 1 Goal 3 Goal 4 Buenos Aires Action Plan Objective 2 Regional Initiatives', {
      strategicGoals: [1, 3, 4],
      objectives: ['ITU-D Objective 2'],
    })],
    // 2018 C2 roadmap, E (line 43): lowercase "objective"
    ['Goal 1 Goal 2 Buenos Aires Action Plan objective 2 Buenos Aires Action Plan Objective 4 Regional Initiatives', goals('Goal 1 Goal 2 Buenos Aires Action Plan objective 2 Buenos Aires Action Plan Objective 4 Regional Initiatives', {
      strategicGoals: [1, 2],
      objectives: ['ITU-D Objective 2', 'ITU-D Objective 4'],
    })],
    // 2018 C6 roadmap, d. (line 294)
    ['Goals 1 & 4 PP Res 102, 133, C09 Res 1305 ITU-D Objective 3', goals('Goals 1 & 4 PP Res 102, 133, C09 Res 1305 ITU-D Objective 3', {
      strategicGoals: [1, 4],
      objectives: ['ITU-D Objective 3'],
      resolutions: [
        R('Council', '1305', null, 2009, 'Council Res. 1305 (2009)', 'C09 Res 1305'),
        R('PP', '102', null, null, 'PP Res. 102', 'PP Res 102, 133'),
        R('PP', '133', null, null, 'PP Res. 133', 'PP Res 102, 133'),
      ],
    })],
    // 2018 C6 roadmap, b. (line 278)
    ['Goal 4 C09 Res 1305 ITU-D Objective 3', goals('Goal 4 C09 Res 1305 ITU-D Objective 3', {
      strategicGoals: [4],
      objectives: ['ITU-D Objective 3'],
      resolutions: [R('Council', '1305', null, 2009, 'Council Res. 1305 (2009)', 'C09 Res 1305')],
    })],
    ['Goal 4 ITU-D Objective 1 ITU-D Objective 3 ITU-R objectives', goals('Goal 4 ITU-D Objective 1 ITU-D Objective 3 ITU-R objectives', {
      strategicGoals: [4],
      objectives: ['ITU-D Objective 1', 'ITU-D Objective 3', 'ITU-R objectives'],
    })],
    // 2018 C6 roadmap (line 312)
    ['Goals 1 & 3 ITU-D Objective 4 ITU-T objectives', goals('Goals 1 & 3 ITU-D Objective 4 ITU-T objectives', {
      strategicGoals: [1, 3],
      objectives: ['ITU-D Objective 4', 'ITU-T objectives'],
    })],
    // 2018 C6 roadmap, h. (line 302): "Goal" singular with two numbers
    ['Goal 1 & 4 ITU-D Objective 3 ITU-D Objective 4', goals('Goal 1 & 4 ITU-D Objective 3 ITU-D Objective 4', {
      strategicGoals: [1, 4],
      objectives: ['ITU-D Objective 3', 'ITU-D Objective 4'],
    })],
    ['Goals 3, 1 and 2 Goal 2', goals('Goals 3, 1 and 2 Goal 2', { strategicGoals: [1, 2, 3] })],
    ['ITU-D Objective 2/Outcome 2.2', goals('ITU-D Objective 2/Outcome 2.2', { objectives: ['ITU-D Objective 2', 'ITU-D Outcome 2.2'] })],
    ['ITU-D Objectives 3 and 1', goals('ITU-D Objectives 3 and 1', { objectives: ['ITU-D Objective 1', 'ITU-D Objective 3'] })],
    ['ITU-T objective 1.', goals('ITU-T objective 1.', { objectives: ['ITU-T Objective 1'] })],
    // 2018 C5 roadmap, c. (line 220)
    ['ITU Strategic Goal 3 (Target 3.1) ITU-D Objective 2/Output 2.2 (Buenos Aires Action Plan) Regional Initiatives: (ARB2, EUR4) GCA 4.Capacity Building 5.International Cooperation Resolutions PP Res. 130, 174, 179 (Rev. Busan, 2014) WTDC Res. 45 (Rev. Dubai, 2014), 67, 69 (Rev. Buenos Aires, 2017)',
      goals('ITU Strategic Goal 3 (Target 3.1) ITU-D Objective 2/Output 2.2 (Buenos Aires Action Plan) Regional Initiatives: (ARB2, EUR4) GCA 4.Capacity Building 5.International Cooperation Resolutions PP Res. 130, 174, 179 (Rev. Busan, 2014) WTDC Res. 45 (Rev. Dubai, 2014), 67, 69 (Rev. Buenos Aires, 2017)', {
        strategicGoals: [3],
        strategicTargets: ['3.1'],
        objectives: ['ITU-D Objective 2', 'ITU-D Output 2.2'],
        regionalInitiatives: ['ARB2', 'EUR4'],
        gcaPillars: [4, 5],
        resolutions: [
          R('PP', '130', 'Busan', 2014, 'PP Res. 130 (Rev. Busan, 2014)', PP_3),
          R('PP', '174', 'Busan', 2014, 'PP Res. 174 (Rev. Busan, 2014)', PP_3),
          R('PP', '179', 'Busan', 2014, 'PP Res. 179 (Rev. Busan, 2014)', PP_3),
          ...WTDC_RESOLUTIONS,
        ],
      })],
    // 2018 C5 roadmap, H (line 196): "Output_2.2"
    ['ITU-D Objective 2/Output_2.2 (Buenos Aires Action Plan) Regional Initiatives (AFR3, ARB2, ASP5, CIS3, EUR4)', goals('ITU-D Objective 2/Output_2.2 (Buenos Aires Action Plan) Regional Initiatives (AFR3, ARB2, ASP5, CIS3, EUR4)', {
      objectives: ['ITU-D Objective 2', 'ITU-D Output 2.2'],
      regionalInitiatives: ['AFR3', 'ARB2', 'ASP5', 'CIS3', 'EUR4'],
    })],
    // a code list without its label, codes glued by a comma (line 169)
    ['(EUR4, AFR3, ARB2, ASP5, CIS3,EUR4)', goals('(EUR4, AFR3, ARB2, ASP5, CIS3,EUR4)', { regionalInitiatives: ['AFR3', 'ARB2', 'ASP5', 'CIS3', 'EUR4'] })],
    ['Regional Initiatives', goals('Regional Initiatives', {})],
    ['GCA Legal Measures International Cooperation', goals('GCA Legal Measures International Cooperation', { gcaPillars: [1, 5] })],
    ['GCA 3 Organizational Structures 1.Legal Measures 2. Technical and Procedural Measures', goals('GCA 3 Organizational Structures 1.Legal Measures 2. Technical and Procedural Measures', { gcaPillars: [1, 2, 3] })],
    ['GCA', goals('GCA', {})],
    ['Resolutions Resolutions PP Res. 130, 174 (Rev. Busan, 2014)', goals('Resolutions Resolutions PP Res. 130, 174 (Rev. Busan, 2014)', {
      resolutions: [
        R('PP', '130', 'Busan', 2014, 'PP Res. 130 (Rev. Busan, 2014)', PP_2),
        R('PP', '174', 'Busan', 2014, 'PP Res. 174 (Rev. Busan, 2014)', PP_2),
      ],
    })],
    // the same reference twice is kept once
    ['Goal 1 PP Res. 130 Resolutions PP Res. 130', goals('Goal 1 PP Res. 130 Resolutions PP Res. 130', {
      strategicGoals: [1],
      resolutions: [R('PP', '130', null, null, 'PP Res. 130', 'PP Res. 130')],
    })],
    ['', goals('', {})],
    ['  .,; ', goals('.,;', {})],
  ])('%j', (text, expected) => {
    const diag = new Diagnostics();
    expect(parseGoals(singleFragment(text, 4), diag)).toEqual(expected);
    expect(warningsOf(diag)).toEqual([]);
  });

  it('reads a whole run-on cell (2018 C5 roadmap, A1, line 72)', () => {
    const text =
      'ITU Strategic Goal 3 (Target 3.1) ITU-D Objective 2/Output 2.2 (Buenos Aires Action Plan) ITU-T Objective 1 GCA 1. Legal Measures 2.Technical and Procedural Measures 3. Organizational Structures 4. Capacity Building 5.International Cooperation Resolutions PP Res. 130, 174, 179 (Rev. Busan, 2014) WTDC Res. 45 (Rev. Dubai, 2014), 67, 69 (Rev. Buenos Aires, 2017) WTSA Res. 50, 52 (Rev. Hammamet, 2016), 58 (Rev. Dubai 2012)';
    const diag = new Diagnostics();
    expect(parseGoals(singleFragment(text, 72), diag)).toEqual({
      raw: text,
      strategicGoals: [3],
      strategicTargets: ['3.1'],
      objectives: ['ITU-D Objective 2', 'ITU-D Output 2.2', 'ITU-T Objective 1'],
      regionalInitiatives: [],
      gcaPillars: [1, 2, 3, 4, 5],
      resolutions: [
        R('PP', '130', 'Busan', 2014, 'PP Res. 130 (Rev. Busan, 2014)', PP_3),
        R('PP', '174', 'Busan', 2014, 'PP Res. 174 (Rev. Busan, 2014)', PP_3),
        R('PP', '179', 'Busan', 2014, 'PP Res. 179 (Rev. Busan, 2014)', PP_3),
        ...WTDC_RESOLUTIONS,
        ...WTSA_RESOLUTIONS,
      ],
    });
    expect(warningsOf(diag)).toEqual([]);
  });
});

describe('parseGoals: multi-line cells of the 2018 roadmap', () => {
  it('A2 (lines 80-91): labels and lists spread over lines', () => {
    const cell = cellOf(
      [80, 'ITU Strategic Goal 3 (Target 3.1)'],
      [81, 'ITU-D Objective 2/Output 2.2 (Buenos Aires Action Plan) Regional Initiatives'],
      [82, '(AFR3, ASP5, CIS3, EUR4) ITU-T Objective 1'],
      [83, 'GCA'],
      [84, '2.Technical and Procedural Measures'],
      [85, '3. Organizational'],
      [86, 'Structures'],
      [87, '5.International Cooperation'],
      [88, 'Resolutions'],
      [89, 'PP Res. 130, 174 (Rev. Busan, 2014)'],
      [90, 'WTDC Res. 45 (Rev. Dubai, 2014), 67, 69 (Rev. Buenos Aires, 2017)'],
      [91, 'WTSA Res. 50, 52 (Rev. Hammamet, 2016), 58 (Rev. Dubai 2012)'],
    );
    const diag = new Diagnostics();
    expect(parseGoals(cell, diag)).toEqual({
      raw: 'ITU Strategic Goal 3 (Target 3.1) ITU-D Objective 2/Output 2.2 (Buenos Aires Action Plan) Regional Initiatives (AFR3, ASP5, CIS3, EUR4) ITU-T Objective 1 GCA 2.Technical and Procedural Measures 3. Organizational Structures 5.International Cooperation Resolutions PP Res. 130, 174 (Rev. Busan, 2014) WTDC Res. 45 (Rev. Dubai, 2014), 67, 69 (Rev. Buenos Aires, 2017) WTSA Res. 50, 52 (Rev. Hammamet, 2016), 58 (Rev. Dubai 2012)',
      strategicGoals: [3],
      strategicTargets: ['3.1'],
      objectives: ['ITU-D Objective 2', 'ITU-D Output 2.2', 'ITU-T Objective 1'],
      regionalInitiatives: ['AFR3', 'ASP5', 'CIS3', 'EUR4'],
      gcaPillars: [2, 3, 5],
      resolutions: [
        R('PP', '130', 'Busan', 2014, 'PP Res. 130 (Rev. Busan, 2014)', PP_2),
        R('PP', '174', 'Busan', 2014, 'PP Res. 174 (Rev. Busan, 2014)', PP_2),
        ...WTDC_RESOLUTIONS,
        ...WTSA_RESOLUTIONS,
      ],
    });
    expect(warningsOf(diag)).toEqual([]);
  });

  it('B1 (lines 93-108): an outcome, and an OCR ghost line reported where it is', () => {
    const cell = cellOf(
      [93, 'ITU Strategic Goal 3 (Target 3.1)'],
      [94, 'ITU-D Objective 2/Outcome 2.2'],
      [95, '(Buenos Aires Action Plan)'],
      [96, 'Regional Initiatives'],
      [97, '(AFR3, ARB2, CIS3, EUR4)'],
      [98, 'ITU-T Objective 1'],
      [99, '110 1 Objective 1'],
      [100, 'GCA'],
      [101, '1. Legal Measures'],
      [102, '2.Technical and Procedural Measures'],
      [103, '4. Capacity Building'],
      [104, '5.International Cooperation'],
      [105, 'Resolutions'],
      [106, 'PP Res. 130, 174 (Rev. Busan, 2014)'],
      [107, 'WTDC Res. 45 (Rev. Dubai, 2014), 67, 69 (Rev. Buenos Aires, 2017)'],
      [108, 'WTSA Res. 50, 52 (Rev. Hammamet, 2016), 58 (Rev. Dubai 2012)'],
    );
    const diag = new Diagnostics();
    const parsed = parseGoals(cell, diag);
    expect({ ...parsed, raw: '' }).toEqual({
      raw: '',
      strategicGoals: [3],
      strategicTargets: ['3.1'],
      objectives: ['ITU-D Objective 2', 'ITU-D Outcome 2.2', 'ITU-T Objective 1'],
      regionalInitiatives: ['AFR3', 'ARB2', 'CIS3', 'EUR4'],
      gcaPillars: [1, 2, 4, 5],
      resolutions: [
        R('PP', '130', 'Busan', 2014, 'PP Res. 130 (Rev. Busan, 2014)', PP_2),
        R('PP', '174', 'Busan', 2014, 'PP Res. 174 (Rev. Busan, 2014)', PP_2),
        ...WTDC_RESOLUTIONS,
        ...WTSA_RESOLUTIONS,
      ],
    });
    expect(warningsOf(diag)).toEqual([['goals-unparsed', 99]]);
    expect(diag.items[0]?.message).toContain('"110 1 Objective 1"');
  });

  it('B4 (lines 132-144): a region prefix typo is repaired at its line', () => {
    const cell = cellOf(
      [132, 'ITU Strategic Goal 3 (Target 3.1)'],
      [133, 'ITU-D Objective 2/Output 2.2 (Buenos Aires Action Plan)'],
      [134, 'Regional Initiatives'],
      [135, '(ARF3, ARB2, ASP5, CIS3, EUR4)'],
      [136, ''],
      [137, 'GCA'],
      [138, '3.Organizational'],
      [139, 'Structures'],
      [140, '4.Capacity Building'],
      [141, '5.International Cooperation'],
      [142, 'Resolutions'],
      [143, 'PP Res. 130, 174 (Rev. Busan, 2014)'],
      [144, 'WTDC Res. 45 (Rev. Dubai, 2014), 67, 69 (Rev. Buenos Aires, 2017)'],
    );
    const diag = new Diagnostics();
    expect(parseGoals(cell, diag)).toEqual({
      raw: 'ITU Strategic Goal 3 (Target 3.1) ITU-D Objective 2/Output 2.2 (Buenos Aires Action Plan) Regional Initiatives (ARF3, ARB2, ASP5, CIS3, EUR4) GCA 3.Organizational Structures 4.Capacity Building 5.International Cooperation Resolutions PP Res. 130, 174 (Rev. Busan, 2014) WTDC Res. 45 (Rev. Dubai, 2014), 67, 69 (Rev. Buenos Aires, 2017)',
      strategicGoals: [3],
      strategicTargets: ['3.1'],
      objectives: ['ITU-D Objective 2', 'ITU-D Output 2.2'],
      regionalInitiatives: ['AFR3', 'ARB2', 'ASP5', 'CIS3', 'EUR4'],
      gcaPillars: [3, 4, 5],
      resolutions: [
        R('PP', '130', 'Busan', 2014, 'PP Res. 130 (Rev. Busan, 2014)', PP_2),
        R('PP', '174', 'Busan', 2014, 'PP Res. 174 (Rev. Busan, 2014)', PP_2),
        ...WTDC_RESOLUTIONS,
      ],
    });
    expect(warningsOf(diag)).toEqual([['initiative-repaired', 135]]);
  });
});

describe('parseGoals: what it reports', () => {
  it.each<[string, Partial<Goals>, [string, number][]]>([
    ['Regional Initiatives (ARF3, ARB2)', { regionalInitiatives: ['AFR3', 'ARB2'] }, [['initiative-repaired', 6]]],
    ['Regional Initiatives (XYZ9, AFR3)', { regionalInitiatives: ['AFR3', 'XYZ9'] }, [['initiative-unknown', 6]]],
    // a permutation of no prefix is unknown, not repaired
    ['Regional Initiatives (RFB1)', { regionalInitiatives: ['RFB1'] }, [['initiative-unknown', 6]]],
    ['GCA 1. Capacity Building', { gcaPillars: [1] }, [['gca-pillar-mismatch', 6]]],
    ['GCA 7. Legal Measures', { gcaPillars: [1] }, [['goals-unparsed', 6]]],
    // an OCR copy that lost "4." and a letter of "Capacity"; a word further off, or a pillar listed already, is not one
    ['GCA 3.Organizational Structures apacity 5.International Cooperation', { gcaPillars: [3, 4, 5] }, [['gca-pillar-misread', 6]]],
    ['GCA 1.Legal Measures Capacities', { gcaPillars: [1] }, [['goals-unparsed', 6]]],
    ['GCA 4.Capacity Building apacity', { gcaPillars: [4] }, [['goals-unparsed', 6]]],
    ['ITU-D Objective', { objectives: ['ITU-D Objective'] }, [['objective-unknown', 6]]],
    ['Goal', {}, [['goals-unparsed', 6]]],
    ['See annex Goal 2', { strategicGoals: [2] }, [['goals-unparsed', 6]]],
    // "1." outside the GCA part is no pillar
    ['Regional Initiatives (AFR3) 4. Capacity Building', { regionalInitiatives: ['AFR3'] }, [['goals-unparsed', 6]]],
    ['Goal 3 (Target three)', { strategicGoals: [3] }, [['goals-unparsed', 6]]],
    ['Resolutions PP Res. 130 see above', { resolutions: [R('PP', '130', null, null, 'PP Res. 130', 'PP Res. 130')] }, [['resolution-unparsed', 6]]],
  ])('%j', (text, fields, warnings) => {
    const diag = new Diagnostics();
    expect(parseGoals(singleFragment(text, 6), diag)).toEqual(goals(text, fields));
    expect(warningsOf(diag)).toEqual(warnings);
  });

  it('quotes the unread fragment in the message', () => {
    const diag = new Diagnostics();
    parseGoals(singleFragment('See annex Goal 2', 6), diag);
    expect(diag.items[0]?.message).toContain('"See annex"');
  });
});

describe('parseGoals: hostile input', () => {
  it.each<[string, string, number, Partial<Goals>, number]>([
    ['5,000 "1, "', '1, ', 5000, {}, 1],
    ['5,000 "Goal "', 'Goal ', 5000, {}, 1],
    ['5,000 "- -"', '- -', 5000, {}, 0],
    ['5,000 "Goal 1 & "', 'Goal 1 & ', 5000, { strategicGoals: [1] }, 0],
    ['5,000 "GCA 1. "', 'GCA 1. ', 5000, { gcaPillars: [1] }, 0],
    ['5,000 "(AFR1, "', '(AFR1, ', 5000, { regionalInitiatives: ['AFR1'] }, 0],
    ['5,000 "Buenos Aires Action Plan "', 'Buenos Aires Action Plan ', 5000, {}, 1],
  ])('%s', (_name, unit, times, fields, warnings) => {
    const text = unit.repeat(times);
    const diag = new Diagnostics();
    expect(parseGoals(singleFragment(text, 1), diag)).toEqual(goals(text.trim(), fields));
    expect(diag.items).toHaveLength(warnings);
  });

  it('5,000 "Res. 1, ": every reference lacks a body', () => {
    const diag = new Diagnostics();
    const parsed = parseGoals(singleFragment('Res. 1, '.repeat(5000), 1), diag);
    expect(parsed.resolutions).toEqual([]);
    expect(diag.items).toHaveLength(5000);
    expect(new Set(diag.items.map((d) => d.code))).toEqual(new Set(['resolution-unparsed']));
  });
});
