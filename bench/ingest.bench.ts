/**
 * `npm run bench`: speed and memory of extraction, each case in its own process (so peak RSS is
 * its own), against the targets of issue 6:
 *   - PDF ingest ≤ 1.3 × the floor (pdf.js reading the same pages' text content and operator
 *     lists and nothing else, in one process);
 *   - the text path linear: the bundled edition repeated 50 times in ≤ 60 × the time of one
 *     (both cold, above process start-up);
 *   - peak RSS of the 50× run under 400 MB.
 * Prints a Markdown table (paste it into BENCHMARKS.md) and exits 1 when a target is missed.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';

interface Measurement {
  case: string;
  ms: number;
  outcomes: number;
  pages: number | null;
  bytes: number;
  peakRssMb: number;
}

/** Best of a few runs: the machine's noise only ever adds time. */
function measure(which: string, runs = 3): Measurement {
  const all: Measurement[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/measure.ts', which], { encoding: 'utf8' });
    all.push(JSON.parse(out.trim().split('\n').pop()!) as Measurement);
  }
  return all.sort((a, b) => a.ms - b.ms)[0]!;
}

const cases = {
  textWarm: measure('text-bundled'),
  textCold: measure('text-bundled-cold'),
  text50: measure('text-50x', 1),
  pdf: measure('pdf-bundled'),
  floor: measure('pdf-floor'),
};

const pdfRatio = cases.pdf.ms / cases.floor.ms;
const linearity = cases.text50.ms / cases.textCold.ms;
const row = (name: string, m: Measurement) =>
  `| ${name} | ${(m.bytes / 1024).toFixed(0)} KB | ${m.ms.toFixed(0)} ms | ${m.outcomes} | ${m.outcomes ? ((m.outcomes / m.ms) * 1000).toFixed(0) : '–'} | ${m.pages ? ((m.pages / m.ms) * 1000).toFixed(1) : '–'} | ${m.peakRssMb.toFixed(0)} MB |`;
console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
console.log('| case | input | time | outcomes | outcomes/s | pages/s | peak RSS |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
console.log(row('text, bundled (warm)', cases.textWarm));
console.log(row('text, bundled (cold)', cases.textCold));
console.log(row('text, 50× bundled', cases.text50));
console.log(row('PDF, bundled (28 pages)', cases.pdf));
console.log(row('PDF floor: pdf.js text + operators only', cases.floor));
console.log('');
const targets = [
  [`PDF ingest / floor = ${pdfRatio.toFixed(2)}`, pdfRatio <= 1.3, '≤ 1.3'],
  [`text 50× / 1× time = ${linearity.toFixed(1)}`, linearity <= 60, '≤ 60'],
  [`peak RSS of the 50× run = ${cases.text50.peakRssMb.toFixed(0)} MB`, cases.text50.peakRssMb < 400, '< 400 MB'],
] as const;
for (const [what, ok, target] of targets) console.log(`- ${ok ? 'met' : 'MISSED'}: ${what} (target ${target})`);
if (targets.some(([, ok]) => !ok)) process.exitCode = 1;

// Scaling in rows (issue 14): the bundled edition repeated 10, 100 and 1000 times (610, 6,100 and
// 61,000 outcomes), index and JSON included. Linear means the time per outcome stays flat; the
// 1000x run must stay under 1 GB.
const scaling = [10, 100, 1000].map((n) => ({ n, m: measure(`text-x${n}`, 1) }));
console.log('\n| rows | input | time | outcomes | ms per 1,000 outcomes | peak RSS |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const { n, m } of scaling) console.log(`| ${n}× | ${(m.bytes / 2 ** 20).toFixed(1)} MB | ${(m.ms / 1000).toFixed(1)} s | ${m.outcomes} | ${((m.ms / m.outcomes) * 1000).toFixed(0)} | ${m.peakRssMb.toFixed(0)} MB |`);
const perOutcome = (k: number) => scaling[k]!.m.ms / scaling[k]!.m.outcomes;
const scalingTargets = [
  [`time per outcome, 1000× / 10× = ${(perOutcome(2) / perOutcome(0)).toFixed(2)}`, perOutcome(2) / perOutcome(0) <= 2, '≤ 2'],
  [`peak RSS of the 1000× run = ${scaling[2]!.m.peakRssMb.toFixed(0)} MB`, scaling[2]!.m.peakRssMb < 1024, '< 1024 MB'],
] as const;
for (const [what, ok, target] of scalingTargets) console.log(`- ${ok ? 'met' : 'MISSED'}: ${what} (target ${target})`);
if (scalingTargets.some(([, ok]) => !ok)) process.exitCode = 1;
