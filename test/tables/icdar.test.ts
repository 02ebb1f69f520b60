/**
 * The ICDAR 2013 documents of fixtures/tables/ (icdar2013/ and icdar2013-more/, held-out ones
 * included) as a regression floor, by the competition's measure: no table may score below its
 * committed per-table F1 (fixtures/tables/scores.json, keys "folder/document tN"), on the page
 * alone or with its region; and every page of every document is read without a warning.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../bench/tables/benchmarks.js';
import { documentNames, runDocument } from '../../bench/tables/icdar.js';
import { extractTables } from '../../src/tables/extract.js';

const floor = JSON.parse(readFileSync(path.join(FIXTURES, 'scores.json'), 'utf8')) as Record<string, Record<'page' | 'area', number>>;

describe('ICDAR 2013 tables do not fall below their committed scores', () => {
  for (const document of documentNames()) {
    it(document, async () => {
      for (const mode of ['page', 'area'] as const) {
        const run = await runDocument(document, mode);
        expect(run.error, 'no page fails').toBeUndefined();
        for (const s of run.scores) {
          const committed = floor[`${document} t${s.truth.id}`]?.[mode];
          expect(committed, `a committed score for table ${s.truth.id}`).toBeTypeOf('number');
          expect(s.f1, `table ${s.truth.id} (${mode})`).toBeGreaterThanOrEqual(committed!);
        }
      }
    });
  }

  it('reads every page of every document without a warning', async () => {
    for (const document of documentNames()) {
      const { damaged } = await extractTables(readFileSync(path.join(FIXTURES, `${document}.pdf`)), `${document}.pdf`);
      expect(damaged, document).toEqual([]);
    }
  });
});
