/**
 * The hand-made test editions of fixtures/editions/ (a post-WTDC-22 edition and a 2010-style
 * one, with slices kept aside while designing): every hand-checked field must agree, and the
 * lossless accounting must hold.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareEdition, EDITIONS, extractSlice, readExpected } from './agreement.js';

const slices = readdirSync(EDITIONS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('hand-made editions', () => {
  it('has the post-Kigali and 2010-style slices and their aside slices', () => {
    expect(slices).toEqual(['edition-2010', 'edition-2010-aside', 'post-kigali', 'post-kigali-aside']);
  });

  it.each(slices)('%s: every hand-checked field agrees, every line is accounted for', async (name) => {
    const edition = await extractSlice(name);
    const agreement = compareEdition(edition, readExpected(name));
    expect(agreement.disagreements).toEqual([]);
    const accounted = Object.values(edition.coverage!.buckets).reduce((n, c) => n + c, 0);
    expect(accounted).toBe(edition.coverage!.lines);
  });
});
