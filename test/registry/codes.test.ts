import { describe, expect, it } from 'vitest';
import {
  ACTION_PLANS,
  GCA_PILLARS,
  gcaPillarName,
  isRegionPrefix,
  knownInitiatives,
  REGION_PREFIXES,
  regionName,
} from '../../src/registry/codes.js';

describe('ITU codes registry', () => {
  it('knows the six region prefixes, sorted', () => {
    expect(REGION_PREFIXES).toEqual(['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR']);
  });

  it.each([
    ['AFR', true, 'Africa'],
    ['ARB', true, 'Arab States'],
    ['AMS', true, 'Americas'],
    ['ASP', true, 'Asia and the Pacific'],
    ['CIS', true, 'CIS'],
    ['EUR', true, 'Europe'],
    ['ARF', false, null],
    ['afr', false, null],
  ])('prefix %s: known %s, region %s', (prefix, known, region) => {
    expect(isRegionPrefix(prefix)).toBe(known);
    expect(regionName(prefix)).toBe(region);
  });

  it('keys initiative codes by action plan', () => {
    expect(ACTION_PLANS).toEqual([
      'Baku Action Plan (WTDC-25)',
      'Buenos Aires Action Plan (WTDC-17)',
      'Dubai Action Plan (WTDC-14)',
      'Kigali Action Plan (WTDC-22)',
    ]);
    expect([...knownInitiatives('Buenos Aires Action Plan (WTDC-17)')].sort()).toEqual([
      'AFR1', 'AFR2', 'AFR3', 'AFR4', 'AFR5',
      'CIS1', 'CIS2', 'CIS3', 'CIS4', 'CIS5',
      'EUR1', 'EUR2', 'EUR3', 'EUR4', 'EUR5',
    ]);
    expect(knownInitiatives('Dubai Action Plan (WTDC-14)').has('ARB2')).toBe(true);
    expect(knownInitiatives('No Such Plan').size).toBe(0);
  });

  it('lists the five GCA pillars in number order', () => {
    expect(GCA_PILLARS).toEqual([
      { n: 1, name: 'Legal Measures' },
      { n: 2, name: 'Technical and Procedural Measures' },
      { n: 3, name: 'Organizational Structures' },
      { n: 4, name: 'Capacity Building' },
      { n: 5, name: 'International Cooperation' },
    ]);
  });

  it.each([
    [1, 'Legal Measures'],
    [5, 'International Cooperation'],
    [0, null],
    [6, null],
  ])('gcaPillarName(%i) is %j', (n, name) => {
    expect(gcaPillarName(n)).toBe(name);
  });
});
