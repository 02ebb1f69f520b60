import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/cells/cell-content.js';
import { parseGoals } from '../../src/cells/goals.js';
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
    // A conference code names one conference: its place completes the citation (PP is cited by place).
    ['body with conference code', 'PP-14 Res. 130', [R('PP', '130', 'Busan', 2014, 'PP Res. 130 (Rev. Busan, 2014)', 'PP-14 Res. 130')]],
    ['another body with conference code', 'WTSA-16 Res. 50', [R('WTSA', '50', 'Hammamet', 2016, 'WTSA Res. 50 (Rev. Hammamet, 2016)', 'WTSA-16 Res. 50')]],
    ['a written-out body prefix and a conference code', 'PP-14 Resolution 179', [R('PP', '179', 'Busan', 2014, 'PP Res. 179 (Rev. Busan, 2014)', 'PP-14 Resolution 179')]],
    ['revision by conference code', 'Resolution 646 (Rev.WRC-12)', [R('WRC', '646', null, 2012, 'WRC Res. 646 (2012)', 'Resolution 646 (Rev.WRC-12)')]],
    // WRC resolutions are cited by conference code, not by place: no place is filled in.
    ['revision by conference code, with a space', 'Resolution 646 (Rev. WRC-19)', [R('WRC', '646', null, 2019, 'WRC Res. 646 (2019)', 'Resolution 646 (Rev. WRC-19)')]],
    ['revision by conference code, without a space', 'Resolution 646 (Rev.WRC-15)', [R('WRC', '646', null, 2015, 'WRC Res. 646 (2015)', 'Resolution 646 (Rev.WRC-15)')]],
    ['a Council session code after the number', 'Resolution 1332 (C16), 1333', [
      R('Council', '1332', null, 2016, 'Council Res. 1332 (2016)', 'Resolution 1332 (C16), 1333'),
      R('Council', '1333', null, null, 'Council Res. 1333', 'Resolution 1332 (C16), 1333'),
    ]],
    ['a revision repeated for each number', 'PP Res. 130 (Rev. Busan, 2014), 174 (Rev. Busan, 2014)', [
      R('PP', '130', 'Busan', 2014, 'PP Res. 130 (Rev. Busan, 2014)', 'PP Res. 130 (Rev. Busan, 2014), 174 (Rev. Busan, 2014)'),
      R('PP', '174', 'Busan', 2014, 'PP Res. 174 (Rev. Busan, 2014)', 'PP Res. 130 (Rev. Busan, 2014), 174 (Rev. Busan, 2014)'),
    ]],
    ['one revision shared by the whole list', 'WTDC Res. 45, 67, 69 (Rev. Buenos Aires, 2017)', [
      R('WTDC', '45', 'Buenos Aires', 2017, 'WTDC Res. 45 (Rev. Buenos Aires, 2017)', 'WTDC Res. 45, 67, 69 (Rev. Buenos Aires, 2017)'),
      R('WTDC', '67', 'Buenos Aires', 2017, 'WTDC Res. 67 (Rev. Buenos Aires, 2017)', 'WTDC Res. 45, 67, 69 (Rev. Buenos Aires, 2017)'),
      R('WTDC', '69', 'Buenos Aires', 2017, 'WTDC Res. 69 (Rev. Buenos Aires, 2017)', 'WTDC Res. 45, 67, 69 (Rev. Buenos Aires, 2017)'),
    ]],
    // The registry's spelling of a place is kept ("Sharm el-Sheikh", "Florianópolis").
    ['a place spelled otherwise', 'WRC Res. 12 (Rev. Sharm El-Sheikh, 2019)', [R('WRC', '12', 'Sharm el-Sheikh', 2019, 'WRC Res. 12 (Rev. Sharm el-Sheikh, 2019)', 'WRC Res. 12 (Rev. Sharm El-Sheikh, 2019)')]],
    ['a place without its accent', 'WTSA Res. 64 (Rev. Florianopolis, 2004)', [R('WTSA', '64', 'Florianópolis', 2004, 'WTSA Res. 64 (Rev. Florianópolis, 2004)', 'WTSA Res. 64 (Rev. Florianopolis, 2004)')]],
    // Before 1994 the registry's list of PPs is not complete: it cannot say Nice, 1989 is wrong.
    ['a revision older than the registry knows', 'PP Res. 1 (Rev. Nice, 1989)', [R('PP', '1', 'Nice', 1989, 'PP Res. 1 (Rev. Nice, 1989)', 'PP Res. 1 (Rev. Nice, 1989)')]],
    ['a revision with a year only', 'Council Resolution 1332 (Rev. 2016)', [R('Council', '1332', null, 2016, 'Council Res. 1332 (2016)', 'Council Resolution 1332 (Rev. 2016)')]],
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

  // Council meets every year and the registry lists only some sessions: a year it does not list
  // cannot be checked, and that is said (issue 15: "C23 Res 1305" and "(C24)" passed in silence).
  it.each<[string, string, string]>([
    ['Council Res. 1000 (Rev. 2011)', 'Council Res. 1000 (2011)', 'Council Res. 1000 (Rev. 2011)'],
    ['C23 Res 1305', 'Council Res. 1305 (2023)', 'C23 Res 1305'],
    ['Council Res. 1305 (C24)', 'Council Res. 1305 (2024)', 'Council Res. 1305 (C24)'],
  ])('a Council session the registry does not list: %s is kept and reported as unverified', (text, canonical, raw) => {
    const diag = new Diagnostics();
    expect(parseResolutions(text, AT, diag).map((r) => [r.canonical, r.raw])).toEqual([[canonical, raw]]);
    expect(warningsOf(diag).map(([code]) => code)).toEqual(['resolution-revision-unverified']);
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

describe('parseResolutions: checked against the registry of conferences', () => {
  it.each<[string, string, Resolution[], [string, number][]]>([
    // "Res. 45" with no body: the place and year fit one body's conference only.
    ['body inferred from place and year', 'Resolution 45 (Rev. Dubai, 2014)', [
      R('WTDC', '45', 'Dubai', 2014, 'WTDC Res. 45 (Rev. Dubai, 2014)', 'Resolution 45 (Rev. Dubai, 2014)'),
    ], [['resolution-body-inferred', 12]]],
    ['body inferred: Dubai, 2012 was WTSA-12', 'Res. 58 (Rev. Dubai, 2012)', [
      R('WTSA', '58', 'Dubai', 2012, 'WTSA Res. 58 (Rev. Dubai, 2012)', 'Res. 58 (Rev. Dubai, 2012)'),
    ], [['resolution-body-inferred', 12]]],
    // The registry overrules the body of the reference before it when the revision says otherwise.
    ['the registry over the reference before', 'WTDC Res. 45 (Rev. Dubai, 2014), Resolution 58 (Rev. Dubai, 2012)', [
      R('WTDC', '45', 'Dubai', 2014, 'WTDC Res. 45 (Rev. Dubai, 2014)', 'WTDC Res. 45 (Rev. Dubai, 2014)'),
      R('WTSA', '58', 'Dubai', 2012, 'WTSA Res. 58 (Rev. Dubai, 2012)', 'Resolution 58 (Rev. Dubai, 2012)'),
    ], [['resolution-body-inferred', 12]]],
    // ... and agrees silently with it when the revision fits the same body.
    ['the registry agrees with the reference before', 'WTDC Res. 45, Resolution 67 (Rev. Buenos Aires, 2017)', [
      R('WTDC', '45', null, null, 'WTDC Res. 45', 'WTDC Res. 45'),
      R('WTDC', '67', 'Buenos Aires', 2017, 'WTDC Res. 67 (Rev. Buenos Aires, 2017)', 'Resolution 67 (Rev. Buenos Aires, 2017)'),
    ], []],
    // A place without a year: the registry knows one conference of the body there.
    ['a missing year filled in', 'PP Res. 71 (Rev. Busan)', [
      R('PP', '71', 'Busan', 2014, 'PP Res. 71 (Rev. Busan, 2014)', 'PP Res. 71 (Rev. Busan)'),
    ], [['resolution-year-filled', 12]]],
    ['a missing year filled in: Kigali was WTDC-22', 'WTDC Res. 9 (Rev. Kigali)', [
      R('WTDC', '9', 'Kigali', 2022, 'WTDC Res. 9 (Rev. Kigali, 2022)', 'WTDC Res. 9 (Rev. Kigali)'),
    ], [['resolution-year-filled', 12]]],
    ['no body and no year: both from the one conference in Hammamet', 'Resolution 7 (Rev. Hammamet)', [
      R('WTSA', '7', 'Hammamet', 2016, 'WTSA Res. 7 (Rev. Hammamet, 2016)', 'Resolution 7 (Rev. Hammamet)'),
    ], [['resolution-body-inferred', 12], ['resolution-year-filled', 12]]],
    // Ambiguous: WTDC met in Buenos Aires in 1994 and 2017.
    ['an ambiguous place', 'WTDC Res. 1 (Rev. Buenos Aires)', [
      R('WTDC', '1', 'Buenos Aires', null, 'WTDC Res. 1 (Rev. Buenos Aires)', 'WTDC Res. 1 (Rev. Buenos Aires)'),
    ], [['resolution-revision-ambiguous', 12]]],
    // Impossible: a WTDC "Rev. Hammamet, 2016" (Hammamet, 2016 was WTSA-16). Kept as printed.
    ['a place and year no conference of the body fits', 'WTDC Res. 45 (Rev. Hammamet, 2016)', [
      R('WTDC', '45', 'Hammamet', 2016, 'WTDC Res. 45 (Rev. Hammamet, 2016)', 'WTDC Res. 45 (Rev. Hammamet, 2016)'),
    ], [['resolution-revision-unknown', 12]]],
    ['a year with no conference of the body', 'PP Res. 71 (Rev. 2015)', [
      R('PP', '71', null, 2015, 'PP Res. 71 (2015)', 'PP Res. 71 (Rev. 2015)'),
    ], [['resolution-revision-unknown', 12]]],
    ['a conference code that names no conference', 'PP-15 Res. 1', [R('PP', '1', null, 2015, 'PP Res. 1 (2015)', 'PP-15 Res. 1')], [['resolution-revision-unknown', 12]]],
    ['a revision code of another body', 'WTDC Res. 45 (Rev. WTSA-16)', [
      R('WTDC', '45', null, 2016, 'WTDC Res. 45 (2016)', 'WTDC Res. 45 (Rev. WTSA-16)'),
    ], [['resolution-revision-unknown', 12]]],
    ['a place where the body never met (as far as the registry lists)', 'PP Res. 2 (Rev. Geneva)', [
      R('PP', '2', 'Geneva', null, 'PP Res. 2 (Rev. Geneva)', 'PP Res. 2 (Rev. Geneva)'),
    ], [['resolution-revision-unknown', 12]]],
    // No body: Dubai hosted a PP, a WTDC and a WTSA; nothing to infer from.
    ['a place of several bodies and no body printed', 'Resolution 12 (Rev. Dubai)', [], [['resolution-unparsed', 12]]],
    ['a year-only revision names no body', 'Resolution 1282 (MOD 2008)', [], [['resolution-unparsed', 12]]],
  ])('%s: %j', (_name, text, expected, warnings) => {
    const diag = new Diagnostics();
    expect(parseResolutions(text, AT, diag)).toEqual(expected);
    expect(warningsOf(diag)).toEqual(warnings);
  });

  it('says in the warning which conference the place and year fit', () => {
    const diag = new Diagnostics();
    parseResolutions('WTDC Res. 45 (Rev. Hammamet, 2016)', AT, diag);
    expect(diag.items[0]?.message).toBe('"WTDC Res. 45 (Rev. Hammamet, 2016)": no WTDC met in Hammamet in 2016 (Hammamet, 2016 was WTSA-16); kept as printed.');
    const ambiguous = new Diagnostics();
    parseResolutions('Resolution 12 (Rev. Dubai)', AT, ambiguous);
    expect(ambiguous.items[0]?.message).toBe(
      'Resolution reference "Resolution 12 (Rev. Dubai)" names no issuing body (its revision fits PP-18 (Dubai, 2018), WTDC-14 (Dubai, 2014), WTSA-12 (Dubai, 2012)).',
    );
  });

  it('reports each warning at the line of the reference it concerns', () => {
    // A goals-cell list over three lines: the place of each offset is its line.
    const text = 'PP Res. 130 (Rev. Busan, 2014) WTDC Res. 45 (Rev. Hammamet, 2016) Resolution 7 (Rev. Hammamet)';
    const lineAt = (offset: number): Place => ({ line: offset < 31 ? 88 : offset < 66 ? 89 : 90, page: null });
    const diag = new Diagnostics();
    parseResolutions(text, lineAt, diag);
    expect(warningsOf(diag)).toEqual([
      ['resolution-revision-unknown', 89],
      // Hammamet hosted only a WTSA: the body of the reference before (WTDC) does not fit.
      ['resolution-body-inferred', 90],
      ['resolution-year-filled', 90],
    ]);
  });
});

describe('parseGoals: resolution warnings at their own line', () => {
  it('reports a revision no conference fits at the line it is printed on (2018 C5 layout, lines 88-90)', () => {
    const cell = cellOf([88, 'GCA 1. Legal Measures Resolutions'], [89, 'PP Res. 130, 174 (Rev. Busan, 2014)'], [90, 'WTDC Res. 45 (Rev. Hammamet, 2016)']);
    const diag = new Diagnostics();
    const goals = parseGoals(cell, diag);
    expect(goals.resolutions.map((r) => r.canonical)).toEqual(['PP Res. 130 (Rev. Busan, 2014)', 'PP Res. 174 (Rev. Busan, 2014)', 'WTDC Res. 45 (Rev. Hammamet, 2016)']);
    expect(warningsOf(diag)).toEqual([['resolution-revision-unknown', 90]]);
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
