/**
 * The table benchmarks in fixtures/tables/ (see its README for provenance and licences): each a
 * PDF page, optionally an area, and the expected table. Shared by `npm run bench:tables` and the
 * regression test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractTables } from '../../src/tables/extract.js';
import { DEFAULT_PDF_SETTINGS } from '../../src/pdf/settings.js';
import { tableTexts, type Table } from '../../src/tables/table.js';
import { adjacencyScore, foldSpaces, removeSpaces, type Score } from './adjacency.js';
import { parseCsv } from './csv.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/tables');

export interface Benchmark {
  name: string;
  traits: string;
  pdf: string;
  page: number;
  /** top, left, bottom, right in points from the page's top-left corner. */
  area: [number, number, number, number];
  expected: string;
  truth: string;
  kind: 'ruled' | 'borderless';
  /** One of the 13 benchmarks of the baseline table (the others are extra tables of the same files, and Camelot's). */
  baseline: boolean;
}

export type Mode = 'page' | 'area';

export interface BenchmarkResult {
  benchmark: Benchmark;
  mode: Mode;
  tables: Table[];
  /** Spaces removed (the baseline's measure) and whitespace folded. */
  spacesRemoved: Score;
  spacesFolded: Score;
  ms: number;
}

export function loadBenchmarks(): Benchmark[] {
  return (JSON.parse(readFileSync(path.join(FIXTURES, 'benchmarks.json'), 'utf8')) as { benchmarks: Benchmark[] }).benchmarks;
}

/** The expected table: a CSV, or Camelot's expected DataFrame as JSON (`rows`; its `<s>` superscript marks dropped). */
export function expectedTable(benchmark: Benchmark): string[][] {
  const text = readFileSync(path.join(FIXTURES, benchmark.expected), 'utf8');
  if (!benchmark.expected.endsWith('.json')) return parseCsv(text);
  return (JSON.parse(text) as { rows: string[][] }).rows.map((row) => row.map((cell) => cell.replace(/<\/?s>/g, '')));
}

export async function runBenchmark(benchmark: Benchmark, mode: Mode): Promise<BenchmarkResult> {
  const bytes = readFileSync(path.join(FIXTURES, benchmark.pdf));
  const [top, left, bottom, right] = benchmark.area;
  const start = performance.now();
  const { tables } = await extractTables(bytes, benchmark.pdf, {
    pages: [benchmark.page],
    area: mode === 'area' ? { x0: left, top, x1: right, bottom } : null,
    settings: DEFAULT_PDF_SETTINGS,
  });
  const ms = performance.now() - start;
  // On the whole page, every expected table of that page is expected (a page may hold two).
  const expected =
    mode === 'page'
      ? loadBenchmarks()
          .filter((b) => b.pdf === benchmark.pdf && b.page === benchmark.page)
          .map(expectedTable)
      : [expectedTable(benchmark)];
  const found = tables.map(tableTexts);
  return {
    benchmark,
    mode,
    tables,
    spacesRemoved: adjacencyScore(expected, found, removeSpaces),
    spacesFolded: adjacencyScore(expected, found, foldSpaces),
    ms,
  };
}
