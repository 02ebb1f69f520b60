/**
 * Every cell parser on seeded random cells made of the roadmap's own tokens: none may throw,
 * every result must satisfy the output contract, every warning must use a known code. The
 * fast-check properties below add arbitrary Unicode and punctuation, and what each parser
 * promises about its output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CellContent, cellPlace, cellText, foldWhitespace } from '../../src/cells/cell-content.js';
import { parseGoals } from '../../src/cells/goals.js';
import { parseOutcomeText } from '../../src/cells/outcome-text.js';
import { parseResolutions } from '../../src/cells/resolutions.js';
import { parseResults } from '../../src/cells/results.js';
import { parseSdgs } from '../../src/cells/sdgs.js';
import { parseTiming } from '../../src/cells/timing.js';
import { Diagnostics, WARNING_CODES } from '../../src/diagnostics.js';
import { isSdgGoal, isSdgTarget } from '../../src/registry/sdg.js';
import { GoalsSchema, ResolutionSchema, SdgLinksSchema, SubItemSchema, TimingSchema, WarningSchema } from '../../src/schema/roadmap.js';
import { cell as anyCell, RUNS, timingCell, TOKENS } from '../fuzz/arbitraries.js';

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

/** Each property runs with its own fixed seed, so CI sees the same cells every time. */
const options = (seed: number) => ({ seed, numRuns: RUNS });

/** Warnings use known codes, satisfy the contract, and point at a line of the cell (or nowhere). */
function expectSoundWarnings(diag: Diagnostics, cell: CellContent): void {
  const lines = new Set(cell.map((f) => f.place.line));
  for (const d of diag.items) {
    expect(Object.keys(WARNING_CODES)).toContain(d.code);
    expect(d.place.line === null || lines.has(d.place.line), `${d.code} at line ${d.place.line}`).toBe(true);
  }
  for (const w of diag.toWarnings()) expect(WarningSchema.safeParse(w).success).toBe(true);
}

const isSortedUnique = <T>(list: readonly T[], compare: (a: T, b: T) => number) => list.every((x, k) => k === 0 || compare(list[k - 1]!, x) < 0);

describe('every cell parser, fuzzed with fast-check', () => {
  it('parseTiming: a year or range read from the whole cell, or null with one warning', () => {
    fc.assert(
      fc.property(timingCell, (cell) => {
        const diag = new Diagnostics();
        const timing = parseTiming(cell, diag);
        expectSoundWarnings(diag, cell);
        if (timing === null) {
          expect(diag.items.map((d) => d.code)).toEqual(cellText(cell) === '' ? [] : ['timing-unparsed']);
          return;
        }
        expect(TimingSchema.safeParse(timing).success).toBe(true);
        expect(timing.raw).toBe(cellText(cell));
        expect(timing.from).toBeGreaterThanOrEqual(1000);
        expect(diag.items.map((d) => d.code)).toEqual(timing.from > timing.to ? ['timing-reversed'] : []);
      }),
      options(101),
    );
  });

  it('parseGoals: the contract, the whole cell as raw, sorted lists without repeats', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const diag = new Diagnostics();
        const goals = parseGoals(cell, diag);
        expectSoundWarnings(diag, cell);
        expect(GoalsSchema.safeParse(goals).success).toBe(true);
        expect(goals.raw).toBe(cellText(cell));
        expect(isSortedUnique(goals.strategicGoals, (a, b) => a - b)).toBe(true);
        expect(new Set(goals.regionalInitiatives).size).toBe(goals.regionalInitiatives.length);
        expect(new Set(goals.resolutions.map((r) => r.canonical)).size).toBe(goals.resolutions.length);
      }),
      options(102),
    );
  });

  it('parseResolutions: every reference satisfies the contract and is named by its body and number', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const diag = new Diagnostics();
        for (const r of parseResolutions(cellText(cell), cellPlace(cell), diag)) {
          expect(ResolutionSchema.safeParse(r).success).toBe(true);
          expect(r.canonical.startsWith(`${r.body} Res. ${r.number}`)).toBe(true);
        }
        expectSoundWarnings(diag, cell);
      }),
      options(103),
    );
  });

  it('parseSdgs: only official goals and targets, sorted, the whole cell as raw', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const diag = new Diagnostics();
        const sdgs = parseSdgs(cell, diag);
        expectSoundWarnings(diag, cell);
        expect(SdgLinksSchema.safeParse(sdgs).success).toBe(true);
        expect(sdgs.raw).toBe(cellText(cell));
        expect(sdgs.goals.every(isSdgGoal) && sdgs.targets.every(isSdgTarget)).toBe(true);
        expect(isSortedUnique(sdgs.goals, (a, b) => a - b)).toBe(true);
        expect(new Set(sdgs.targets).size).toBe(sdgs.targets.length);
      }),
      options(104),
    );
  });

  it('parseResults: items are folded, trimmed, and hold a letter or digit', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const diag = new Diagnostics();
        const { expectedResults, activities } = parseResults(cell, diag);
        expectSoundWarnings(diag, cell);
        for (const item of [...expectedResults, ...activities]) {
          expect(item).toBe(foldWhitespace(item));
          expect(item).toMatch(/[\p{L}\p{N}]/u);
        }
      }),
      options(105),
    );
  });

  it('parseOutcomeText: the text folded, sub-items with distinct ids cut from it', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const diag = new Diagnostics();
        const raw = cell.map((f) => f.text).join(' ');
        const { text, subItems } = parseOutcomeText(raw, cellPlace(cell), diag);
        expectSoundWarnings(diag, cell);
        expect(text).toBe(foldWhitespace(raw));
        expect(new Set(subItems.map((s) => s.id)).size).toBe(subItems.length);
        for (const s of subItems) {
          expect(SubItemSchema.safeParse(s).success).toBe(true);
          expect(text.includes(s.text)).toBe(true);
        }
      }),
      options(106),
    );
  });
});
