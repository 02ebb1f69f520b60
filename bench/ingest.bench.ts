/**
 * `npm run bench`: how fast and how lean extraction is, on the bundled edition and on a large
 * synthetic one (the bundled table repeated). Targets live here, not in timed tests:
 *   - the bundled edition (77 KB) in under 250 ms per run after warm-up;
 *   - throughput of at least 1 MB of layout text per second;
 *   - peak RSS under 512 MB for a 10 MB source.
 * It prints the figures and exits 1 when a target is missed.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sha256 } from '../src/load/source.js';
import { extractRoadmap } from '../src/pipeline.js';

const TARGET_BUNDLED_MS = 250;
const TARGET_MB_PER_S = 1;
const TARGET_PEAK_RSS_MB = 512;

async function time(bytes: Uint8Array, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await extractRoadmap({ path: 'bench.txt', bytes, sha256: sha256(bytes), format: 'text' }, { edition: 'bench' });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const median = (values: number[]) => values[Math.floor(values.length / 2)]!;

const bundled = new Uint8Array(readFileSync('sources/2018/wsis-roadmaps-2018.txt'));
await time(bundled, 3); // warm-up: JIT and the word list
const bundledTimes = await time(bundled, 20);

// A large edition: the C6 table repeated under fresh action-line titles (ids C10, C11, …).
const text = new TextDecoder().decode(bundled);
const c6 = text.slice(text.indexOf('Roadmap for WSIS Action Line C6'));
const copies = Math.ceil((10 * 1024 * 1024) / c6.length);
const large = new TextEncoder().encode(
  Array.from({ length: copies }, (_, i) => c6.replace('Action Line C6', `Action Line C${10 + i}`)).join('\n'),
);
const largeTimes = await time(large, 1);
const peakRssMb = process.resourceUsage().maxRSS / 1024;

const bundledMs = median(bundledTimes);
const mbPerS = large.length / 1024 / 1024 / (largeTimes[0]! / 1000);
console.log(`bundled edition (${(bundled.length / 1024).toFixed(0)} KB): median ${bundledMs.toFixed(1)} ms over ${bundledTimes.length} runs (target < ${TARGET_BUNDLED_MS} ms)`);
console.log(`large edition (${(large.length / 1024 / 1024).toFixed(1)} MB, ${copies} action lines): ${largeTimes[0]!.toFixed(0)} ms, ${mbPerS.toFixed(2)} MB/s (target ≥ ${TARGET_MB_PER_S} MB/s)`);
console.log(`peak RSS: ${peakRssMb.toFixed(0)} MB (target < ${TARGET_PEAK_RSS_MB} MB)`);
const missed = bundledMs >= TARGET_BUNDLED_MS || mbPerS < TARGET_MB_PER_S || peakRssMb >= TARGET_PEAK_RSS_MB;
if (missed) {
  console.error('bench: a target was missed');
  process.exitCode = 1;
}
