import { describe, expect, it } from 'vitest';
import {
  ASSEMBLIES,
  assemblyByCode,
  bodyName,
  describeAssembly,
  findAssemblies,
  isCitedByPlace,
  isListComplete,
  placeKey,
  readAssemblyCode,
  type ResolutionBody,
  wtdcsAdopting,
} from '../../src/registry/assemblies.js';

describe('readAssemblyCode', () => {
  it.each([
    ['C09', { body: 'Council', year: 2009 }],
    ['C16', { body: 'Council', year: 2016 }],
    ['PP-14', { body: 'PP', year: 2014 }],
    ['WTDC-17', { body: 'WTDC', year: 2017 }],
    ['WRC-12', { body: 'WRC', year: 2012 }],
    ['RA-15', { body: 'RA', year: 2015 }],
    // the registry knows the year held: WTSA-20 met in March 2022
    ['WTSA-20', { body: 'WTSA', year: 2022 }],
    ['WTSA-2000', { body: 'WTSA', year: 2000 }],
    // not in the registry: read from the digits
    ['C99', { body: 'Council', year: 1999 }],
    ['WTDC-30', { body: 'WTDC', year: 2030 }],
  ])('%s', (code, expected) => {
    expect(readAssemblyCode(code)).toEqual(expected);
  });

  it.each(['', 'PP', 'PP14', 'C9', 'C2009', 'ITU-14', 'wtdc-17', 'PP-14 '])('%j is no code', (code) => {
    expect(readAssemblyCode(code)).toBeNull();
  });
});

describe('the assemblies registry', () => {
  it.each([
    [{ body: 'WTDC', place: 'Dubai', year: 2014 }, ['WTDC-14']],
    [{ place: 'Dubai' }, ['PP-18', 'WTDC-14', 'WTSA-12', 'RA-23', 'WRC-23']],
    [{ place: 'Dubai', year: 2023 }, ['RA-23', 'WRC-23']],
    [{ body: 'WTDC', place: 'Buenos Aires' }, ['WTDC-94', 'WTDC-17']],
    [{ body: 'WTDC', place: 'Hammamet', year: 2016 }, []],
    // aliases and spellings: "Marrakech", "Florianopolis", "Sharm El-Sheikh"
    [{ place: 'Marrakech' }, ['PP-02']],
    [{ place: 'florianopolis' }, ['WTSA-04']],
    [{ place: 'Sharm El-Sheikh', year: 2019 }, ['RA-19', 'WRC-19']],
    // WTSA-20 met in 2022
    [{ body: 'WTSA', year: 2020 }, []],
    [{ body: 'WTSA', year: 2022 }, ['WTSA-20']],
  ] as const)('findAssemblies(%j)', (query, ids) => {
    expect(findAssemblies(query).map((a) => a.id)).toEqual(ids);
  });

  it.each([
    ['Sharm el-Sheikh', 'sharmelsheikh'],
    ['Florianópolis', 'florianopolis'],
    ['Buenos  Aires', 'buenosaires'],
  ])('placeKey(%j) is %j', (place, key) => {
    expect(placeKey(place)).toBe(key);
  });

  it.each([
    ['PP', 1994, true],
    ['PP', 1989, false],
    ['WTDC', 1994, true],
    ['WTSA', 1996, false],
    ['WTSA', 2000, true],
    ['WRC', 2003, false],
    ['RA', 2007, true],
    ['Council', 2009, false],
  ] as const)('isListComplete(%s, %i) is %s', (body, year, complete) => {
    expect(isListComplete(body, year)).toBe(complete);
  });

  it('knows which bodies are cited by place', () => {
    expect(['PP', 'WTDC', 'WTSA', 'WRC', 'RA', 'Council'].filter((b) => isCitedByPlace(b as ResolutionBody))).toEqual(['PP', 'WTDC', 'WTSA']);
  });

  it('knows the action plan each WTDC adopted, oldest first', () => {
    expect(wtdcsAdopting('Buenos Aires Action Plan').map((a) => a.id)).toEqual(['WTDC-94', 'WTDC-17']);
    expect(wtdcsAdopting('buenos aires action plan').map((a) => a.id)).toEqual(['WTDC-94', 'WTDC-17']);
    expect(wtdcsAdopting('Dubai Action Plan').map((a) => a.id)).toEqual(['WTDC-14']);
    expect(wtdcsAdopting('Tokyo Action Plan')).toEqual([]);
  });

  it('describes and names conferences', () => {
    expect(describeAssembly(assemblyByCode('WTDC-14')!)).toBe('WTDC-14 (Dubai, 2014)');
    expect(describeAssembly(assemblyByCode('C20')!)).toBe('C20 (2020)');
    expect(assemblyByCode('PP-15')).toBeNull();
    expect(bodyName('WTSA')).toBe('World Telecommunication Standardization Assembly');
  });

  it('has every assembly with its evidence, ids unique', () => {
    const ids = ASSEMBLIES.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(46);
  });
});
