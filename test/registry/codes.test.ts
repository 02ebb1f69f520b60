import { describe, expect, it } from 'vitest';
import {
  ACTION_PLANS,
  actionPlanPriorities,
  actionPlanProgrammes,
  actionPlanKey,
  GCA_PILLARS,
  gcaPillarName,
  initiativeStatus,
  initiativeTitle,
  isRegionPrefix,
  knownInitiatives,
  MAX_STRATEGIC_GOAL,
  REGION_PREFIXES,
  regionCodes,
  regionName,
  STRATEGIC_PLANS,
  strategicPlanOfYear,
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

describe('regional initiatives keyed by action plan', () => {
  const BAAP = 'Buenos Aires Action Plan (WTDC-17)';
  it.each([
    [BAAP, 'EUR4', 'known'],
    [BAAP, 'AFR3', 'known'],
    // the registry lists Africa's five codes of the plan completely: AFR7 is no code of it
    [BAAP, 'AFR7', 'unknown'],
    // the registry does not list the plan's Arab States or Asia-Pacific codes
    [BAAP, 'ARB2', 'unlisted'],
    [BAAP, 'ASP5', 'unlisted'],
    // the same code in another plan means something else
    ['Dubai Action Plan (WTDC-14)', 'ARB2', 'known'],
    ['Dubai Action Plan (WTDC-14)', 'ARB6', 'unknown'],
    ['No Such Plan', 'AFR1', 'unlisted'],
  ] as const)('%s: %s is %s', (plan, code, status) => {
    expect(initiativeStatus(plan, code)).toBe(status);
  });

  it('gives the titles and codes a plan has', () => {
    expect(initiativeTitle(BAAP, 'EUR4')).toBe('Enhancing trust and confidence in the use of ICTs');
    expect(initiativeTitle('Dubai Action Plan (WTDC-14)', 'AFR1')).toBe('Strengthening human and institutional capacity building');
    expect(initiativeTitle(BAAP, 'ARB2')).toBeNull();
    expect(regionCodes(BAAP, 'AFR')).toEqual(['AFR1', 'AFR2', 'AFR3', 'AFR4', 'AFR5']);
    expect(actionPlanKey('Buenos Aires Action Plan', 'WTDC-17')).toBe(BAAP);
  });
});

describe('ITU strategic plans', () => {
  it('lists the plans oldest first, with their periods and goals', () => {
    expect(STRATEGIC_PLANS.map((p) => [p.id, p.period, p.goals?.map((g) => g.name) ?? null])).toEqual([
      // The 2008-2011 plan is known by its period and resolution only: its goals are not listed.
      ['sp2008-2011', [2008, 2011], null],
      ['connect2020', [2016, 2019], ['Growth', 'Inclusiveness', 'Sustainability', 'Innovation and partnership']],
      ['connect2030', [2020, 2023], ['Growth', 'Inclusiveness', 'Sustainability', 'Innovation', 'Partnerships']],
      ['sp2024-2027', [2024, 2027], ['Universal connectivity', 'Sustainable digital transformation']],
    ]);
    expect(STRATEGIC_PLANS.find((p) => p.id === 'connect2020')!.targets.get('3.1')).toBe('Cybersecurity readiness should be improved by 40 per cent by 2020');
    expect(MAX_STRATEGIC_GOAL).toBe(5);
  });

  it('lists the Kigali Action Plan\'s five ITU-D priorities and the Doha Action Plan\'s six programmes, and no others', () => {
    expect(actionPlanPriorities('Kigali Action Plan (WTDC-22)')).toEqual([
      'Affordable connectivity',
      'Digital transformation',
      'Enabling policy and regulatory environment',
      'Resource mobilization and international cooperation',
      'Inclusive and secure telecommunications/ICTs for sustainable development',
    ]);
    expect(actionPlanProgrammes('Doha Action Plan (WTDC-06)')?.map((p) => p.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(actionPlanProgrammes('Doha Action Plan (WTDC-06)')?.[2]?.name).toBe('E-strategies and ICT applications');
    expect(actionPlanProgrammes('Hyderabad Action Plan (WTDC-10)')).toBeNull();
    expect(actionPlanPriorities('Buenos Aires Action Plan (WTDC-17)')).toBeNull();
  });

  it.each([
    [2016, 'connect2020'],
    [2019, 'connect2020'],
    [2020, 'connect2030'],
    [2015, null],
  ])('the plan in force in %i is %s', (year, id) => {
    expect(strategicPlanOfYear(year)?.id ?? null).toBe(id);
  });
});
