/**
 * `npm run bench`: speed and memory, each case in its own process.
 *
 * Whole processes of the built command line (run `npm run build` first), the targets of issue 12:
 *   - `roadmap --version` ≤ 2.5 × `node -e 0`;
 *   - find, stats, validate and schema never load pdf.js (nor the canvas addon);
 *   - `roadmap ingest` of the bundled edition 50 times over as text: peak RSS < 200 MB;
 *   - `roadmap ingest` of the bundled PDF ≤ 1.25 × a bare pdf.js read of it (bench/pdfjs-floor.mjs).
 * Each is printed beside the figure of the build before issue 12 (bench/baseline.json, measured by
 * this same code on that build: `npm run bench -- --baseline <checkout>` re-measures and rewrites it).
 *
 * In-process (issue 6): PDF extraction ≤ 1.3 × the pdf.js floor in one process; the text path
 * linear (50× in ≤ 60 × the time of 1×).
 *
 * Prints Markdown (paste it into BENCHMARKS.md) and exits 1 when a target is missed, or when a large
 * text edition (bench/large-edition.ts) is not read as BUNDLED_OUTCOMES outcomes per repeat with as
 * many distinct keys (its figures would measure something else).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUNDLED_OUTCOMES, largeEdition, REPEATS } from './large-edition.js';
import { measureWholeProcess, writeLargeText, type WholeProcessFigures } from './whole-process.js';

const ROOT = path.join(import.meta.dirname, '..');
const BASELINE_FILE = path.join(import.meta.dirname, 'baseline.json');

interface Measurement {
  case: string;
  ms: number;
  outcomes: number;
  pages: number | null;
  bytes: number;
  peakRssMb: number;
  /** Distinct outcome keys (text-x<N> only). */
  keys?: number;
}

/** Best of a few runs: the machine's noise only ever adds time. */
function measure(which: string, runs = 3): Measurement {
  const all: Measurement[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/measure.ts', which], { encoding: 'utf8', cwd: ROOT });
    all.push(JSON.parse(out.trim().split('\n').pop()!) as Measurement);
  }
  return all.sort((a, b) => a.ms - b.ms)[0]!;
}

const largeText = writeLargeText(largeEdition(readFileSync(path.join(ROOT, 'sources', '2018', 'wsis-roadmaps-2018.txt'), 'utf8'), REPEATS));
const baselineAt = process.argv.indexOf('--baseline');
if (baselineAt >= 0) {
  const checkout = path.resolve(process.argv[baselineAt + 1] ?? '');
  const figures = measureWholeProcess(checkout, largeText);
  writeFileSync(BASELINE_FILE, `${JSON.stringify({ measured: new Date().toISOString().slice(0, 10), build: 'before issue 12', figures }, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), BASELINE_FILE)}`);
  rmSync(path.dirname(largeText), { recursive: true, force: true });
  process.exit(0);
}

const now = measureWholeProcess(ROOT, largeText);
rmSync(path.dirname(largeText), { recursive: true, force: true });
const before = (JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as { measured: string; figures: WholeProcessFigures }).figures;

const ms = (x: number) => `${x.toFixed(0)} ms`;
const mb = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} MB` : '–');
console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
console.log('Whole processes of the built CLI (best of 5; 50× text once; PDF best of 3):\n');
console.log('| case | before issue 12 | now |');
console.log('| --- | --- | --- |');
const rows: [string, (f: WholeProcessFigures) => string][] = [
  ['`node -e 0`', (f) => `${ms(f.nodeBare.ms)}, ${mb(f.nodeBare.peakRssMb)}`],
  ['`roadmap --version`', (f) => `${ms(f.version.ms)}, ${mb(f.version.peakRssMb)}`],
  ['`--version` / `node -e 0`', (f) => f.versionRatio.toFixed(2)],
  [`\`roadmap ingest\` of the edition ${REPEATS}× as text`, (f) => `${ms(f.text50.ms)}, peak ${mb(f.text50.peakRssMb)}`],
  ['`roadmap ingest` of the bundled PDF (28 pages)', (f) => `${ms(f.pdfIngest.ms)}, peak ${mb(f.pdfIngest.peakRssMb)}`],
  ['bare pdf.js read of the PDF (bench/pdfjs-floor.mjs)', (f) => `${ms(f.pdfFloor.ms)}, peak ${mb(f.pdfFloor.peakRssMb)}`],
  ['PDF ingest / pdf.js read', (f) => f.pdfRatio.toFixed(2)],
];
for (const [name, show] of rows) console.log(`| ${name} | ${show(before)} | ${show(now)} |`);
console.log('');
console.log('Modules loaded per command (before → now; pdf.js, canvas addon, remark, listr2 loaded?):\n');
console.log('| command | modules | pdf.js | canvas | remark | listr2 |');
console.log('| --- | --- | --- | --- | --- | --- |');
const yes = (b: boolean | undefined) => (b ? 'yes' : 'no');
for (const [command, load] of Object.entries(now.loads)) {
  const old = before.loads[command];
  console.log(`| ${command} | ${old?.modules ?? '?'} → ${load.modules} | ${yes(old?.pdfjs)} → ${yes(load.pdfjs)} | ${yes(old?.canvas)} → ${yes(load.canvas)} | ${yes(old?.remark)} → ${yes(load.remark)} | ${yes(old?.listr2)} → ${yes(load.listr2)} |`);
}
console.log('');

const cases = {
  textCold: measure('text-bundled-cold'),
  text50: measure('text-50x', 1),
  pdf: measure('pdf-bundled'),
  floor: measure('pdf-floor'),
};
const row = (name: string, m: Measurement) =>
  `| ${name} | ${(m.bytes / 1024).toFixed(0)} KB | ${m.ms.toFixed(0)} ms | ${m.outcomes} | ${m.outcomes ? ((m.outcomes / m.ms) * 1000).toFixed(0) : '–'} | ${m.pages ? ((m.pages / m.ms) * 1000).toFixed(1) : '–'} | ${m.peakRssMb.toFixed(0)} MB |`;
console.log('In-process extraction (the library call, without process start-up):\n');
console.log('| case | input | time | outcomes | outcomes/s | pages/s | peak RSS |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
console.log(row('text, bundled (cold)', cases.textCold));
console.log(row(`text, ${REPEATS}× bundled`, cases.text50));
console.log(row('PDF, bundled (28 pages)', cases.pdf));
console.log(row('PDF floor: pdf.js text + operators only', cases.floor));
console.log('');

// The large inputs must be read right, or their figures measure something else (issue 14: the old
// renumbered edition read as one action line with half as many outcomes again).
const inputChecks: [string, boolean][] = [
  [`text ${REPEATS}x read as ${cases.text50.outcomes} outcomes (expected ${REPEATS * BUNDLED_OUTCOMES})`, cases.text50.outcomes === REPEATS * BUNDLED_OUTCOMES],
];

const commandsWithoutPdf = ['find --sdg 9', 'stats', 'validate', 'schema'];
const targets: [string, boolean, string][] = [
  [`roadmap --version / node -e 0 = ${now.versionRatio.toFixed(2)}`, now.versionRatio <= 2.5, '≤ 2.5'],
  [`find, stats, validate, schema load pdf.js: ${commandsWithoutPdf.filter((c) => now.loads[c]?.pdfjs || now.loads[c]?.canvas).join(', ') || 'none'}`, commandsWithoutPdf.every((c) => !now.loads[c]?.pdfjs && !now.loads[c]?.canvas), 'none'],
  [`peak RSS of ingest of the ${REPEATS}× text = ${mb(now.text50.peakRssMb)}`, !(now.text50.peakRssMb >= 200), '< 200 MB'],
  [`whole-process PDF ingest / pdf.js read = ${now.pdfRatio.toFixed(2)}`, now.pdfRatio <= 1.25, '≤ 1.25'],
  [`in-process PDF extraction / floor = ${(cases.pdf.ms / cases.floor.ms).toFixed(2)}`, cases.pdf.ms / cases.floor.ms <= 1.3, '≤ 1.3'],
  [`text ${REPEATS}× / 1× time = ${(cases.text50.ms / cases.textCold.ms).toFixed(1)}`, cases.text50.ms / cases.textCold.ms <= 60, '≤ 60'],
];
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
for (const { n, m } of scaling) {
  const expected = n * BUNDLED_OUTCOMES;
  inputChecks.push([`text ${n}x read as ${m.outcomes} outcomes with ${m.keys} distinct keys (expected ${expected} and ${expected})`, m.outcomes === expected && m.keys === expected]);
}
for (const [what, ok] of inputChecks) console.log(`- ${ok ? 'read right' : 'READ WRONG'}: ${what}`);
if (inputChecks.some(([, ok]) => !ok)) process.exitCode = 1;
