/**
 * `npm run bench:tables`: our table stage on the public benchmarks of fixtures/tables/, scored
 * with the ICDAR adjacency measure, beside the baseline tools (measured with the same measure,
 * spaces removed; see fixtures/tables/README.md). One configuration for every file.
 *
 *   --write-scores   store today's scores as the regression floor (fixtures/tables/scores.json)
 *   --detail NAME    print what we found for one benchmark
 *   --show-held-out  list held-out ICDAR tables among the worst (for the final report only)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractTables } from '../../src/tables/extract.js';
import { tableTexts } from '../../src/tables/table.js';
import { FIXTURES, expectedTable, loadBenchmarks, runBenchmark, type BenchmarkResult, type Mode } from './benchmarks.js';
import { documentNames } from './icdar.js';
import { icdarReport, icdarRuns } from './icdar-report.js';
import { syntheticReport } from './synthetic.js';

/** The baseline rows of fixtures/tables/README.md (adjacency F1, spaces removed). */
const BASELINE: { tool: string; ruled: number; borderless: number }[] = [
  { tool: 'pdfplumber 0.11 lines (default)', ruled: 0.92, borderless: 0.0 },
  { tool: 'pdfplumber 0.11 text + area', ruled: 0.28, borderless: 0.44 },
  { tool: 'tabula-java 1.0.5 lattice', ruled: 0.85, borderless: 0.0 },
  { tool: 'tabula-java 1.0.5 stream + area', ruled: 0.26, borderless: 0.62 },
  { tool: 'Camelot 1.0.9 lattice', ruled: 0.81, borderless: 0.0 },
  { tool: 'Camelot 1.0.9 stream + area', ruled: 0.42, borderless: 0.83 },
  { tool: 'Camelot 1.0.9 network', ruled: 0.34, borderless: 0.82 },
  { tool: 'Camelot 1.0.9 hybrid', ruled: 0.45, borderless: 0.82 },
];

const args = process.argv.slice(2);
const detail = args.includes('--detail') ? args[args.indexOf('--detail') + 1] : undefined;
const benchmarks = loadBenchmarks();
const modes: Mode[] = ['page', 'area'];

const f2 = (n: number) => n.toFixed(2);
const f3 = (n: number) => n.toFixed(3);
const shape = (r: BenchmarkResult) => (r.tables.length === 0 ? 'none' : r.tables.map((t) => `${t.rowCount}×${t.columnCount}`).join('+'));
const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);

async function runAll(): Promise<BenchmarkResult[]> {
  const results: BenchmarkResult[] = [];
  for (const b of benchmarks) for (const mode of modes) results.push(await runBenchmark(b, mode));
  return results;
}

// The first pass is cold (pdf.js and our code not yet compiled); the best of the next three is
// reported as warm. The machine may be shared, so the best run is the least disturbed one.
const coldStart = performance.now();
await runAll();
const coldMs = performance.now() - coldStart;
let results = await runAll();
for (let pass = 0; pass < 2; pass++) {
  const again = await runAll();
  if (again.reduce((s, r) => s + r.ms, 0) < results.reduce((s, r) => s + r.ms, 0)) results = again;
}

if (detail) {
  for (const r of results.filter((x) => x.benchmark.name === detail)) {
    console.log(`## ${r.benchmark.name} (${r.mode}): ${shape(r)}  F1 ${f2(r.spacesRemoved.f1)} / ${f2(r.spacesFolded.f1)}`);
    for (const t of r.tables) {
      console.log(`-- ${t.strategy} ${t.rowCount}×${t.columnCount} header ${t.headerRows}`);
      for (const row of tableTexts(t)) console.log(JSON.stringify(row.map((c) => c.replace(/\s+/g, ' '))));
    }
  }
  console.log('-- expected');
  for (const row of expectedTable(benchmarks.find((b) => b.name === detail)!)) console.log(JSON.stringify(row.map((c) => c.replace(/\s+/g, ' '))));
  process.exit(0);
}

const lines: string[] = [];
lines.push('| benchmark | kind | expected | whole page: found | F1 | F1 (spaces folded) | area: found | F1 | F1 (spaces folded) |');
lines.push('|---|---|---|---|---|---|---|---|---|');
for (const b of benchmarks) {
  const [page, area] = modes.map((m) => results.find((r) => r.benchmark === b && r.mode === m)!);
  const expected = expectedTable(b);
  const size = `${expected.length}×${Math.max(...expected.map((r) => r.length))}`;
  lines.push(
    `| ${b.name}${b.baseline ? '' : ' (extra)'} | ${b.kind} | ${size} | ${shape(page!)} | **${f2(page!.spacesRemoved.f1)}** | ${f2(page!.spacesFolded.f1)} | ${shape(area!)} | **${f2(area!.spacesRemoved.f1)}** | ${f2(area!.spacesFolded.f1)} |`,
  );
}
const group = (kind: 'ruled' | 'borderless', baseline: boolean, mode: Mode) =>
  results.filter((r) => r.benchmark.kind === kind && r.benchmark.baseline === baseline && r.mode === mode);
console.log(lines.join('\n'));
console.log();
const summary: string[] = [];
const nRuled = group('ruled', true, 'page').length;
const nBorderless = group('borderless', true, 'page').length;
summary.push(`| | ruled tables (${nRuled}) | borderless tables (${nBorderless}) |`);
summary.push('|---|---|---|');
for (const b of BASELINE) summary.push(`| ${b.tool} | ${f2(b.ruled)} | ${f2(b.borderless)} |`);
for (const mode of modes) {
  const label = mode === 'page' ? 'roadmap tables, whole page' : 'roadmap tables, with area';
  const ruled = group('ruled', true, mode);
  const borderless = group('borderless', true, mode);
  summary.push(
    `| **${label}** | **${f3(mean(ruled.map((r) => r.spacesRemoved.f1)))}** (spaces folded: ${f3(mean(ruled.map((r) => r.spacesFolded.f1)))}) | **${f3(mean(borderless.map((r) => r.spacesRemoved.f1)))}** (spaces folded: ${f3(mean(borderless.map((r) => r.spacesFolded.f1)))}) |`,
  );
}
console.log(summary.join('\n'));
for (const mode of modes) {
  const extra = results.filter((r) => !r.benchmark.baseline && r.mode === mode);
  if (extra.length > 0) console.log(`extra tables (${extra.length}), ${mode === 'page' ? 'whole page' : 'with area'}: mean F1 ${f3(mean(extra.map((r) => r.spacesRemoved.f1)))}`);
}

// Speed: the benchmark pages (open, read, extract each), and every page of every PDF.
const perBenchmark = results.reduce((s, r) => s + r.ms, 0) / results.length;
const pdfs = [...new Set([...benchmarks.map((b) => b.pdf), ...documentNames().map((d) => `${d}.pdf`)])];
let pages = 0;
let allPages = Infinity;
let allPagesCpu = Infinity;
for (let pass = 0; pass < 3; pass++) {
  pages = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const pdf of pdfs) {
    try {
      const { pages: read } = await extractTables(readFileSync(path.join(FIXTURES, pdf)), pdf);
      pages += read.length;
    } catch (error) {
      if (pass === 0) console.log(`ERROR ${pdf}: ${(error as Error).message}`);
    }
  }
  allPages = Math.min(allPages, (performance.now() - start) / pages);
  const used = process.cpuUsage(cpu);
  allPagesCpu = Math.min(allPagesCpu, (used.user + used.system) / 1000 / pages);
}
console.log();
console.log(`speed (warm, best of 3): ${f2(perBenchmark)} ms per benchmark page (open, read, extract); ${f2(allPages)} ms per page over all ${pages} pages of the ${pdfs.length} PDFs (CPU time ${f2(allPagesCpu)} ms per page: the wall time counts other processes on a shared machine)`);
console.log(`speed (cold, first pass in a fresh process): ${f2(coldMs / results.length)} ms per benchmark page`);

console.log();
console.log('## ICDAR 2013 documents, the competition measure (per table and summed over tables)');
console.log();
const icdar = await icdarRuns();
console.log(icdarReport(icdar, args.includes('--show-held-out')).join('\n'));

console.log();
console.log('## Synthetic table pages (fixtures/tables/synthetic/, scripts/make-table-cases.ts), page alone');
console.log();
console.log((await syntheticReport()).join('\n'));

if (args.includes('--write-scores')) {
  const scores: Record<string, Record<Mode, number>> = {};
  for (const r of results) {
    scores[r.benchmark.name] ??= { page: 0, area: 0 };
    scores[r.benchmark.name]![r.mode] = Math.floor(r.spacesRemoved.f1 * 1000) / 1000;
  }
  // The ICDAR documents' tables, by the competition measure (per-table F1).
  for (const r of icdar.runs) {
    for (const t of r.scores) {
      const key = `${t.truth.document} t${t.truth.id}`;
      scores[key] ??= { page: 0, area: 0 };
      scores[key]![r.mode] = Math.floor(t.f1 * 1000) / 1000;
    }
  }
  writeFileSync(path.join(FIXTURES, 'scores.json'), `${JSON.stringify(scores, null, 2)}\n`);
  console.log('wrote fixtures/tables/scores.json');
}
