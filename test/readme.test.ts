/** README.md's figures and examples are what the current code gives (`npm run readme` regenerates them). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { regenerate } from '../scripts/readme.js';

it('README.md is up to date with the code (run npm run readme)', async () => {
  const current = readFileSync(path.join(import.meta.dirname, '..', 'README.md'), 'utf8');
  const { text, missing } = await regenerate(current);
  expect(missing).toEqual([]);
  expect(text).toBe(current);
}, 120_000);
