/**
 * Every cell parser on seeded random cells made of the roadmap's own tokens: none may throw,
 * every result must satisfy the output contract, every warning must use a known code.
 */
import { describe, expect, it } from 'vitest';
import { type CellContent, cellPlace, cellText } from '../../src/cells/cell-content.js';
import { parseGoals } from '../../src/cells/goals.js';
import { parseOutcomeText } from '../../src/cells/outcome-text.js';
import { parseResolutions } from '../../src/cells/resolutions.js';
import { parseResults } from '../../src/cells/results.js';
import { parseSdgs } from '../../src/cells/sdgs.js';
import { parseTiming } from '../../src/cells/timing.js';
import { Diagnostics, WARNING_CODES } from '../../src/diagnostics.js';
import { GoalsSchema, ResolutionSchema, SdgLinksSchema, SubItemSchema, TimingSchema } from '../../src/schema/roadmap.js';

const TOKENS = [
  'Goal', 'Goals', 'ITU Strategic Goal', '1', '4', '17', '18', '0', '3.1', '9.c', '17.0', '2.a:', '(Target', '(', ')', '[', ']',
  'Res.', 'Res', 'Resolution', 'Resolutions', 'PP', 'PP-14', 'C09', 'WTDC', 'WTSA', 'WRC', 'RA', 'Council', '(Rev. Busan, 2014)', '(C16)', '(Rev.',
  'GCA', '1.', '5.International Cooperation', 'Legal Measures', 'Regional Initiatives', 'Regional Initiatives:', 'AFR3', 'ARF3', 'XYZ1', '(AFR3,',
  'ITU-D Objective', 'ITU-T objectives', 'Buenos Aires Action Plan', 'Objective', '2/Output 2.2', '/Outcome_2.2', '(Buenos Aires Action Plan)',
  ',', '&', 'and', '-', '–', '•', ':', ';', '.', '!', '?', '"', 'Expected Results:', 'Expected Results', 'ITU Activities:', 'ITU activities under',
  'i.', 'ii.', 'iv)', '(a)', '(b)', 'b.', 'D1:', 'D2:', 'e.g.', 'etc.)', 'No.', 'el-', 'ITU-T', '2016-2019', '2016', '–19',
  '\u00a0', 'é', 'Ünïcode', '$1.25', 'By 2030,', 'Increase', 'the', 'x', '',
];

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomCell(next: () => number): CellContent {
  const fragments: { text: string; place: { line: number; page: null } }[] = [];
  const lines = 1 + Math.floor(next() * 6);
  for (let line = 1; line <= lines; line++) {
    const words = Math.floor(next() * 12);
    const parts: string[] = [];
    for (let w = 0; w < words; w++) {
      parts.push(TOKENS[Math.floor(next() * TOKENS.length)] ?? '');
      parts.push(next() < 0.8 ? ' ' : '');
    }
    fragments.push({ text: parts.join(''), place: { line, page: null } });
  }
  return fragments;
}

describe('every cell parser on random cells', () => {
  it.each(Array.from({ length: 20 }, (_, k) => k + 1))('seed %i: 50 cells each', (seed) => {
    const next = random(seed);
    for (let n = 0; n < 50; n++) {
      const cell = randomCell(next);
      const diag = new Diagnostics();
      const timing = parseTiming(cell, diag);
      if (timing) expect(TimingSchema.safeParse(timing).success).toBe(true);
      expect(GoalsSchema.safeParse(parseGoals(cell, diag)).success).toBe(true);
      expect(SdgLinksSchema.safeParse(parseSdgs(cell, diag)).success).toBe(true);
      const results = parseResults(cell, diag);
      expect([...results.expectedResults, ...results.activities].every((item) => item.trim() === item && item !== '')).toBe(true);
      for (const r of parseResolutions(cellText(cell), cellPlace(cell), diag)) expect(ResolutionSchema.safeParse(r).success).toBe(true);
      for (const s of parseOutcomeText(cellText(cell), cellPlace(cell), diag).subItems) expect(SubItemSchema.safeParse(s).success).toBe(true);
      for (const d of diag.items) expect(Object.keys(WARNING_CODES)).toContain(d.code);
    }
  });
});
