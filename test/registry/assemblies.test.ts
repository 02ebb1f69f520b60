import { describe, expect, it } from 'vitest';
import { readAssemblyCode } from '../../src/registry/assemblies.js';

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
