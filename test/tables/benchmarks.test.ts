/**
 * The public table benchmarks (fixtures/tables/, `npm run bench:tables`) as a regression floor:
 * no benchmark may score below its committed adjacency F1 (spaces removed), on the whole page
 * or with its area. `npm run bench:tables -- --write-scores` records a new floor.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, loadBenchmarks, runBenchmark, type Mode } from '../../bench/tables/benchmarks.js';

const floor = JSON.parse(readFileSync(path.join(FIXTURES, 'scores.json'), 'utf8')) as Record<string, Record<Mode, number>>;

describe('table benchmarks do not fall below their committed scores', () => {
  for (const benchmark of loadBenchmarks()) {
    for (const mode of ['page', 'area'] as const) {
      it(`${benchmark.name} (${mode === 'page' ? 'whole page' : 'area'})`, async () => {
        const committed = floor[benchmark.name]?.[mode];
        expect(committed, 'a committed score').toBeTypeOf('number');
        const { spacesRemoved } = await runBenchmark(benchmark, mode);
        expect(spacesRemoved.f1).toBeGreaterThanOrEqual(committed!);
      });
    }
  }
});
