/**
 * Matching outcomes across editions: by key, then by content; a re-lettering is a rename, not a
 * rewrite of the outcome that now holds the old letter.
 */
import { describe, expect, it } from 'vitest';
import { diffEditions } from '../../src/diff/edition-diff.js';
import { CONTENT_MATCH_THRESHOLD, matchOutcomes } from '../../src/diff/match.js';
import { textSimilarity, wordsOf } from '../../src/diff/similarity.js';
import type { RoadmapEdition } from '../../src/schema/roadmap.js';
import { deleteOutcome, edition2018, insertOutcome, outcome, reletter } from './editions.js';

const notUnchanged = (from: RoadmapEdition, to: RoadmapEdition) =>
  diffEditions(from, to)
    .outcomes.filter((o) => o.status !== 'unchanged')
    .map((o) => `${o.status} ${o.fromKey ?? '-'} → ${o.toKey ?? '-'}${o.fields.length > 0 ? ` [${o.fields.map((f) => f.field).join(', ')}]` : ''}`);

describe('text similarity', () => {
  it('is the share of words both texts have in the same order, ignoring case and punctuation', () => {
    expect(wordsOf('ICT-based services, e.g. (B2B)')).toEqual(['ict', 'based', 'services', 'e', 'g', 'b2b']);
    expect(textSimilarity(wordsOf('Promote user education.'), wordsOf('promote user education'))).toBe(1);
    // 2 shared words ("promote", "education") of 3 + 3: 4/6.
    expect(textSimilarity(wordsOf('promote user education'), wordsOf('promote privacy education'))).toBeCloseTo(4 / 6);
    // Same words, other order: only the longest run in order counts (2 of 3).
    expect(textSimilarity(wordsOf('a b c'), wordsOf('c a b'))).toBeCloseTo(4 / 6);
    expect(textSimilarity([], [])).toBe(1);
    expect(textSimilarity(['a'], [])).toBe(0);
  });
});

describe('matching outcomes', () => {
  it('an insertion in the middle re-letters every outcome after it: one added, ten renamed', () => {
    const edited = edition2018();
    for (const [from, to] of [['L', 'M'], ['K', 'L'], ['J', 'K'], ['I', 'J'], ['H', 'I'], ['G', 'H'], ['F', 'G'], ['E', 'F'], ['D', 'E'], ['C', 'D']] as const) {
      reletter(edited, `C2.geneva.${from}`, to);
    }
    insertOutcome(edited, 'C2.geneva.B', 'C', 'Promote community networks as a complement to commercial broadband in underserved areas');
    expect(notUnchanged(edition2018(), edited)).toEqual([
      'added - → C2.geneva.C',
      'renamed C2.geneva.C → C2.geneva.D',
      'renamed C2.geneva.D → C2.geneva.E',
      'renamed C2.geneva.E → C2.geneva.F',
      'renamed C2.geneva.F → C2.geneva.G',
      'renamed C2.geneva.G → C2.geneva.H',
      'renamed C2.geneva.H → C2.geneva.I',
      'renamed C2.geneva.I → C2.geneva.J',
      'renamed C2.geneva.J → C2.geneva.K',
      'renamed C2.geneva.K → C2.geneva.L',
      'renamed C2.geneva.L → C2.geneva.M',
    ]);
  });

  it('a re-lettered outcome that was also reworded is one renamed outcome with a text change', () => {
    // C5 B1–B5 share the lead-in "Governments, in cooperation with the private sector, should
    // prevent, detect and respond to cyber-crime and misuse of ICTs by:", so the old B3 and the
    // new B3 (the old B4) still look 0.67 alike; the old B4 and the new B3 far more.
    const edited = edition2018();
    deleteOutcome(edited, 'C5.geneva.B3');
    reletter(edited, 'C5.geneva.B4', 'B3');
    reletter(edited, 'C5.geneva.B5', 'B4');
    const b3 = outcome(edited, 'C5.geneva.B3');
    b3.text = b3.text.replace('for preventing, detecting and recovering from such incidents', 'for preventing, detecting and recovering from cyber incidents');
    const diff = diffEditions(edition2018(), edited);
    const renamed = diff.outcomes.find((o) => o.toKey === 'C5.geneva.B3')!;
    expect(renamed).toMatchObject({ status: 'renamed', fromKey: 'C5.geneva.B4' });
    expect(renamed.fields.map((f) => f.field)).toEqual(['text']);
    expect(renamed.similarity).toBeGreaterThan(0.9);
    expect(notUnchanged(edition2018(), edited)).toEqual([
      'renamed C5.geneva.B4 → C5.geneva.B3 [text]',
      'renamed C5.geneva.B5 → C5.geneva.B4',
      'removed C5.geneva.B3 → -',
    ]);
  });

  it('keeps the key pair when the text was rewritten and no other outcome matches better', () => {
    const edited = edition2018();
    outcome(edited, 'C6.geneva.f').text = 'Completely new wording that shares nothing with what was there';
    expect(notUnchanged(edition2018(), edited)).toEqual(['changed C6.geneva.f → C6.geneva.f [text]']);
  });

  it('prefers a match in the same action line over a slightly closer text in another', () => {
    // C6.geneva.i and C5.geneva.C say nearly the same (0.97). C5.geneva.C is deleted and C6.i is
    // re-lettered to s with C5.C's exact wording: the closest text is C5.C's, but C6.i is the
    // outcome of the same action line.
    const edited = edition2018();
    const c5c = outcome(edited, 'C5.geneva.C').text;
    deleteOutcome(edited, 'C5.geneva.C');
    reletter(edited, 'C6.geneva.i', 's');
    outcome(edited, 'C6.geneva.s').text = c5c;
    expect(notUnchanged(edition2018(), edited)).toEqual(['renamed C6.geneva.i → C6.geneva.s [text]', 'removed C5.geneva.C → -']);
  });

  it('below the threshold an outcome is added and another removed, not renamed', () => {
    const edited = edition2018();
    deleteOutcome(edited, 'C6.wsis10.f');
    insertOutcome(edited, 'C6.wsis10.e', 'g', 'Encourage open data policies for public sector information');
    const [pair] = matchOutcomes(
      [outcome(edition2018(), 'C6.wsis10.f')],
      [outcome(edited, 'C6.wsis10.g')],
    );
    expect(pair).toEqual({ from: null, to: outcome(edited, 'C6.wsis10.g'), similarity: null });
    expect(textSimilarity(wordsOf(outcome(edition2018(), 'C6.wsis10.f').text), wordsOf(outcome(edited, 'C6.wsis10.g').text))).toBeLessThan(CONTENT_MATCH_THRESHOLD);
    expect(notUnchanged(edition2018(), edited)).toEqual(['added - → C6.wsis10.g', 'removed C6.wsis10.f → -']);
  });

  it('pairs each outcome at most once', () => {
    // Two old outcomes with the same text, one new one: one is renamed, the other removed.
    const old = edition2018();
    outcome(old, 'C6.wsis10.e').text = outcome(old, 'C6.wsis10.f').text;
    const edited = structuredClone(old);
    deleteOutcome(edited, 'C6.wsis10.e');
    reletter(edited, 'C6.wsis10.f', 'g');
    const diff = diffEditions(old, edited);
    expect(diff.summary).toEqual({ added: 0, removed: 1, changed: 0, unchanged: 59, renamed: 1 });
    const renamed = diff.outcomes.find((o) => o.status === 'renamed')!;
    const removed = diff.outcomes.find((o) => o.status === 'removed')!;
    expect(renamed.toKey).toBe('C6.wsis10.g');
    expect([renamed.fromKey, removed.fromKey].sort()).toEqual(['C6.wsis10.e', 'C6.wsis10.f']);
  });
});
