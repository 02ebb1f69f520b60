import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/cells/cell-content.js';
import { canonicalResolution, parseResolutions, sortResolutions } from '../../src/cells/resolutions.js';
import { Diagnostics, type Place } from '../../src/diagnostics.js';
import type { Resolution } from '../../src/schema/roadmap.js';
import { cellOf, warningsOf } from './helpers.js';

const AT: Place = { line: 12, page: 3 };

/** A Resolution written out field by field (nothing computed). */
function R(body: Resolution['body'], number: string, place: string | null, year: number | null, canonical: string, raw: string): Resolution {
  return { body, number, place, year, canonical, raw };
}

const PP_RAW = 'PP Res. 130, 174, 179 (Rev. Busan, 2014)';
const WTDC_RAW = 'WTDC Res. 45 (Rev. Dubai, 2014), 67, 69 (Rev. Buenos Aires, 2017)';
const WTSA_RAW = 'WTSA Res. 50, 52 (Rev. Hammamet, 2016), 58 (Rev. Dubai 2012)';

describe('parseResolutions', () => {
  it.each<[string, string, Resolution[]]>([
    ['one revision for a list', PP_RAW, [
      R('PP', '130', 'Busan', 2014, 'PP Res. 130 (Rev. Busan, 2014)', PP_RAW),
      R('PP', '174', 'Busan', 2014, 'PP Res. 174 (Rev. Busan, 2014)', PP_RAW),
      R('PP', '179', 'Busan', 2014, 'PP Res. 179 (Rev. Busan, 2014)', PP_RAW),
    ]],
    ['a revision covers the numbers since the previous one', WTDC_RAW, [
      R('WTDC', '45', 'Dubai', 2014, 'WTDC Res. 45 (Rev. Dubai, 2014)', WTDC_RAW),
      R('WTDC', '67', 'Buenos Aires', 2017, 'WTDC Res. 67 (Rev. Buenos Aires, 2017)', WTDC_RAW),
      R('WTDC', '69', 'Buenos Aires', 2017, 'WTDC Res. 69 (Rev. Buenos Aires, 2017)', WTDC_RAW),
    ]],
    ['no comma before the year', WTSA_RAW, [
      R('WTSA', '50', 'Hammamet', 2016, 'WTSA Res. 50 (Rev. Hammamet, 2016)', WTSA_RAW),
      R('WTSA', '52', 'Hammamet', 2016, 'WTSA Res. 52 (Rev. Hammamet, 2016)', WTSA_RAW),
      R('WTSA', '58', 'Dubai', 2012, 'WTSA Res. 58 (Rev. Dubai, 2012)', WTSA_RAW),
    ]],
    ['a Council session code', 'C09 Res 1305', [R('Council', '1305', null, 2009, 'Council Res. 1305 (2009)', 'C09 Res 1305')]],
    ['no dot, no revision, then a Council reference', 'PP Res 102, 133, C09 Res 1305', [
      R('PP', '102', null, null, 'PP Res. 102', 'PP Res 102, 133'),
      R('PP', '133', null, null, 'PP Res. 133', 'PP Res 102, 133'),
      R('Council', '1305', null, 2009, 'Council Res. 1305 (2009)', 'C09 Res 1305'),
    ]],
    ['long form with body', 'WTDC Resolution 45', [R('WTDC', '45', null, null, 'WTDC Res. 45', 'WTDC Resolution 45')]],
    ['the body from a session code in the revision', 'Res. 1332 (C16)', [R('Council', '1332', null, 2016, 'Council Res. 1332 (2016)', 'Res. 1332 (C16)')]],
    ['Radiocommunication Assembly', 'RA Res. 61', [R('RA', '61', null, null, 'RA Res. 61', 'RA Res. 61')]],
    ['World Radiocommunication Conference', 'WRC Res. 646', [R('WRC', '646', null, null, 'WRC Res. 646', 'WRC Res. 646')]],
    ['body with conference code', 'PP-14 Res. 130', [R('PP', '130', null, 2014, 'PP Res. 130 (2014)', 'PP-14 Res. 130')]],
    ['revision by conference code', 'Resolution 646 (Rev.WRC-12)', [R('WRC', '646', null, 2012, 'WRC Res. 646 (2012)', 'Resolution 646 (Rev.WRC-12)')]],
    ['a revision with a year only', 'Council Resolution 1332 (Rev. 2016)', [R('Council', '1332', null, 2016, 'Council Res. 1332 (2016)', 'Council Resolution 1332 (Rev. 2016)')]],
    ['a revision with a place only', 'PP Res. 71 (Rev. Busan)', [R('PP', '71', 'Busan', null, 'PP Res. 71 (Rev. Busan)', 'PP Res. 71 (Rev. Busan)')]],
    ['a place of several words with a hyphen', 'WRC Res. 12 (Rev. Sharm el-Sheikh, 2019)', [R('WRC', '12', 'Sharm el-Sheikh', 2019, 'WRC Res. 12 (Rev. Sharm el-Sheikh, 2019)', 'WRC Res. 12 (Rev. Sharm el-Sheikh, 2019)')]],
    ['a dot glued to the number, "and" as separator', 'PP Res.130 and 174', [
      R('PP', '130', null, null, 'PP Res. 130', 'PP Res.130 and 174'),
      R('PP', '174', null, null, 'PP Res. 174', 'PP Res.130 and 174'),
    ]],
    ['a reference without body takes the one before it', 'WTDC Res. 45, Resolution 37', [
      R('WTDC', '45', null, null, 'WTDC Res. 45', 'WTDC Res. 45'),
      R('WTDC', '37', null, null, 'WTDC Res. 37', 'Resolution 37'),
    ]],
    ['whitespace folded in raw', 'PP  Res.\u00a0130 ,\n174', [
      R('PP', '130', null, null, 'PP Res. 130', 'PP Res. 130 , 174'),
      R('PP', '174', null, null, 'PP Res. 174', 'PP Res. 130 , 174'),
    ]],
  ])('%s: %j', (_name, text, expected) => {
    const diag = new Diagnostics();
    expect(parseResolutions(text, AT, diag)).toEqual(expected);
    expect(warningsOf(diag)).toEqual([]);
  });

  it('reads several references that follow each other (2018 C5 roadmap, A1, line 72)', () => {
    const text = 'PP Res. 130, 174 (Rev. Busan, 2014) WTDC Res. 45 (Rev. Dubai, 2014), 67, 69 (Rev. Buenos Aires, 2017) WTSA Res. 50, 52 (Rev. Hammamet, 2016), 58 (Rev. Dubai 2012)';
    const pp = 'PP Res. 130, 174 (Rev. Busan, 2014)';
    const diag = new Diagnostics();
    expect(parseResolutions(text, AT, diag)).toEqual([
      R('PP', '130', 'Busan', 2014, 'PP Res. 130 (Rev. Busan, 2014)', pp),
      R('PP', '174', 'Busan', 2014, 'PP Res. 174 (Rev. Busan, 2014)', pp),
      R('WTDC', '45', 'Dubai', 2014, 'WTDC Res. 45 (Rev. Dubai, 2014)', WTDC_RAW),
      R('WTDC', '67', 'Buenos Aires', 2017, 'WTDC Res. 67 (Rev. Buenos Aires, 2017)', WTDC_RAW),
      R('WTDC', '69', 'Buenos Aires', 2017, 'WTDC Res. 69 (Rev. Buenos Aires, 2017)', WTDC_RAW),
      R('WTSA', '50', 'Hammamet', 2016, 'WTSA Res. 50 (Rev. Hammamet, 2016)', WTSA_RAW),
      R('WTSA', '52', 'Hammamet', 2016, 'WTSA Res. 52 (Rev. Hammamet, 2016)', WTSA_RAW),
      R('WTSA', '58', 'Dubai', 2012, 'WTSA Res. 58 (Rev. Dubai, 2012)', WTSA_RAW),
    ]);
    expect(warningsOf(diag)).toEqual([]);
  });

  it('reads a list broken over two lines (2018 C5 roadmap, I, lines 201-202)', () => {
    const cell = cellOf(
      [201, 'GCA 2.Technical and Procedural Measures 5.International Cooperation Resolutions PP Res. 130, 174 (Rev. Busan, 2014) WTSA Res. 50, 52 (Rev. Hammamet, 2016),'],
      [202, '58 (Rev. Dubai 2012)'],
    );
    const text = cellText(cell).slice(cellText(cell).indexOf('PP Res.'));
    const diag = new Diagnostics();
    expect(parseResolutions(text, { line: 201, page: null }, diag)).toEqual([
      R('PP', '130', 'Busan', 2014, 'PP Res. 130 (Rev. Busan, 2014)', 'PP Res. 130, 174 (Rev. Busan, 2014)'),
      R('PP', '174', 'Busan', 2014, 'PP Res. 174 (Rev. Busan, 2014)', 'PP Res. 130, 174 (Rev. Busan, 2014)'),
      R('WTSA', '50', 'Hammamet', 2016, 'WTSA Res. 50 (Rev. Hammamet, 2016)', WTSA_RAW),
      R('WTSA', '52', 'Hammamet', 2016, 'WTSA Res. 52 (Rev. Hammamet, 2016)', WTSA_RAW),
      R('WTSA', '58', 'Dubai', 2012, 'WTSA Res. 58 (Rev. Dubai, 2012)', WTSA_RAW),
    ]);
    expect(warningsOf(diag)).toEqual([]);
  });

  it.each<[string, Resolution[], number]>([
    ['see the annex PP Res. 1', [R('PP', '1', null, null, 'PP Res. 1', 'PP Res. 1')], 1],
    ['PP Res. 1 (see note)', [R('PP', '1', null, null, 'PP Res. 1', 'PP Res. 1 (see note)')], 1],
    ['Resolution 45', [], 1], // no body anywhere
    ['PP Res.', [], 1],
    ['Res. Res. Res.', [], 3],
    ['PP 130', [], 1],
    ['ITU-R 61-1', [], 1],
  ])('%j leaves an unreadable fragment', (text, expected, warnings) => {
    const diag = new Diagnostics();
    expect(parseResolutions(text, AT, diag)).toEqual(expected);
    expect(warningsOf(diag)).toEqual(Array.from({ length: warnings }, () => ['resolution-unparsed', 12]));
  });

  it.each(['', '   ', ',,, ;; .', '()', '&'])('%j gives nothing and no warning', (text) => {
    const diag = new Diagnostics();
    expect(parseResolutions(text, AT, diag)).toEqual([]);
    expect(warningsOf(diag)).toEqual([]);
  });

  it('reads 5,000 list items of hostile input', () => {
    const diag = new Diagnostics();
    const out = parseResolutions(`PP ${'Res. 1, '.repeat(5000)}`, AT, diag);
    // Each "Res." opens a group, whose body is inherited from the first.
    expect(out).toHaveLength(5000);
    expect(out[4999]).toEqual(R('PP', '1', null, null, 'PP Res. 1', 'Res. 1'));
    expect(sortResolutions(out)).toHaveLength(1);
  });

  it('survives unbalanced parentheses', () => {
    const diag = new Diagnostics();
    expect(parseResolutions(`PP Res. 1 ${'('.repeat(5000)} x`, AT, diag)).toEqual([R('PP', '1', null, null, 'PP Res. 1', 'PP Res. 1')]);
    expect(warningsOf(diag)).toEqual([['resolution-unparsed', 12]]);
  });
});

describe('canonicalResolution', () => {
  it.each([
    ['WTDC', '45', 'Dubai', 2014, 'WTDC Res. 45 (Rev. Dubai, 2014)'],
    ['Council', '1305', null, 2009, 'Council Res. 1305 (2009)'],
    ['PP', '71', 'Busan', null, 'PP Res. 71 (Rev. Busan)'],
    ['PP', '102', null, null, 'PP Res. 102'],
  ] as const)('%s %s %s %s', (body, number, place, year, expected) => {
    expect(canonicalResolution(body, number, place, year)).toBe(expected);
  });
});

describe('sortResolutions', () => {
  it('sorts by body as plain strings, then number, then year, and drops repeated canonicals', () => {
    const input = [
      R('WTSA', '50', null, null, 'WTSA Res. 50', 'a'),
      R('WTDC', '45', null, null, 'WTDC Res. 45', 'b'),
      R('WRC', '646', null, null, 'WRC Res. 646', 'c'),
      R('RA', '61', null, null, 'RA Res. 61', 'd'),
      R('PP', '174', null, 2018, 'PP Res. 174 (2018)', 'e'),
      R('PP', '174', null, 2014, 'PP Res. 174 (2014)', 'f'),
      R('PP', '130', null, null, 'PP Res. 130', 'g'),
      R('PP', '1000', null, null, 'PP Res. 1000', 'h'),
      R('Council', '1305', null, 2009, 'Council Res. 1305 (2009)', 'i'),
      R('PP', '130', null, null, 'PP Res. 130', 'second raw'),
      R('PP', '174', null, null, 'PP Res. 174', 'j'),
    ];
    expect(sortResolutions(input).map((r) => [r.canonical, r.raw])).toEqual([
      ['Council Res. 1305 (2009)', 'i'],
      ['PP Res. 130', 'g'],
      ['PP Res. 174', 'j'],
      ['PP Res. 174 (2014)', 'f'],
      ['PP Res. 174 (2018)', 'e'],
      ['PP Res. 1000', 'h'],
      ['RA Res. 61', 'd'],
      ['WRC Res. 646', 'c'],
      ['WTDC Res. 45', 'b'],
      ['WTSA Res. 50', 'a'],
    ]);
  });
});
