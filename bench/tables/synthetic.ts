/**
 * The synthetic table pages of fixtures/tables/synthetic/ (made by scripts/make-table-cases.ts):
 * each page read alone, every table found scored against every table expected on the page with
 * the ICDAR adjacency measure (icdar.ts), summed over the page, so a prose block read as a table
 * costs precision. Leader dots ("Label . . . . .") are dropped from the text read: the expected
 * cells hold the label alone, the number of dots being up to the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractTables } from '../../src/tables/extract.js';
import { DEFAULT_PDF_SETTINGS } from '../../src/pdf/settings.js';
import { tableTexts, type Table } from '../../src/tables/table.js';
import { FIXTURES } from './benchmarks.js';
import { count, f1Of, gridCells, type Counts, type GridCell } from './icdar.js';

export interface SyntheticCase {
  name: string;
  description: string;
  aside: boolean;
  page: number;
  tables: { rows: string[][] }[];
}

export interface SyntheticRun {
  case: SyntheticCase;
  counts: Counts;
  f1: number;
  found: Table[];
}

const DIR = path.join(FIXTURES, 'synthetic');

export function syntheticCases(): SyntheticCase[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as SyntheticCase);
}

/** Runs of three or more dots (spaced or not): a leader. */
const LEADER = /(?:\s?\.){3,}/g;
const dropLeaders = (s: string) => s.replace(LEADER, '').trim();

function cellsOfRows(rows: readonly string[][]): GridCell[] {
  return rows.flatMap((row, r) => row.map((text, column) => ({ text, row: r, column, rowSpan: 1, columnSpan: 1 })));
}

export async function runSynthetic(c: SyntheticCase): Promise<SyntheticRun> {
  const bytes = readFileSync(path.join(DIR, `${c.name}.pdf`));
  const { tables } = await extractTables(bytes, `${c.name}.pdf`, { pages: [c.page], settings: DEFAULT_PDF_SETTINGS });
  const expected = c.tables.map((t) => cellsOfRows(t.rows));
  const found = tables.map((t) => gridCells(t).map((cell) => ({ ...cell, text: dropLeaders(cell.text) })));
  // Tables are moved apart (rows and columns) so that no relation runs from one table into another.
  const apart = (cells: readonly GridCell[], i: number) => cells.map((cell) => ({ ...cell, row: cell.row + 1000 * i, column: cell.column + 1000 * i }));
  const all = count(expected.flatMap(apart), found.map(apart));
  const f1 = all.expected === 0 && all.found === 0 ? 1 : f1Of(all).f1;
  return { case: c, counts: all, f1, found: tables };
}

/** Report lines: one per case, then the mean over the cases designed on and over the ones kept aside. */
export async function syntheticReport(verbose = false): Promise<string[]> {
  const out = ['| case | aside | tables expected | found | P | R | F1 |', '|---|---|---|---|---|---|---|'];
  const runs: SyntheticRun[] = [];
  for (const c of syntheticCases()) {
    const run = await runSynthetic(c);
    runs.push(run);
    const { precision, recall } = f1Of(run.counts);
    out.push(`| ${c.name} | ${c.aside ? 'yes' : ''} | ${c.tables.map((t) => `${t.rows.length}×${t.rows[0]!.length}`).join('+') || '0'} | ${run.found.map((t) => `${t.rowCount}×${t.columnCount}`).join('+') || '0'} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | **${run.f1.toFixed(3)}** |`);
    if (verbose && !c.aside && run.f1 < 1) for (const t of run.found) for (const row of tableTexts(t)) out.push(`    ${JSON.stringify(row.map((x) => dropLeaders(x.replace(/\s+/g, ' '))))}`);
  }
  const mean = (rs: SyntheticRun[]) => (rs.length === 0 ? 0 : rs.reduce((s, r) => s + r.f1, 0) / rs.length);
  out.push('', `synthetic: designed-on mean F1 ${mean(runs.filter((r) => !r.case.aside)).toFixed(3)}, kept-aside mean F1 ${mean(runs.filter((r) => r.case.aside)).toFixed(3)}`);
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  console.log((await syntheticReport(process.argv.includes('--verbose'))).join('\n'));
}
