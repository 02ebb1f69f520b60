/**
 * `npx tsx bench/tables/icdar-run.ts [--developed] [--held-out] [--doc NAME [--table N]]`:
 * the ICDAR part of the table benchmark alone (quicker while working), or one document's tables
 * as we read them beside the ground truth.
 */
import { baseName, HELD_OUT, loadTruth, runDocument } from './icdar.js';
import { icdarReport, icdarRuns } from './icdar-report.js';
import { tableTexts } from '../../src/tables/table.js';

const args = process.argv.slice(2);
const doc = args.includes('--doc') ? args[args.indexOf('--doc') + 1] : undefined;
if (doc) {
  const which = args.includes('--table') ? Number(args[args.indexOf('--table') + 1]) : null;
  const mode = args.includes('--area') ? 'area' : 'page';
  const run = await runDocument(doc, mode);
  if (run.error) console.log(`ERROR ${run.error}`);
  console.log(`stray tables: ${run.strayTables}`);
  for (const s of run.scores) {
    if (which !== null && s.truth.id !== which) continue;
    console.log(`## table ${s.truth.id} p${s.truth.page} F1 ${s.f1.toFixed(3)} (${s.counts.matched}/${s.counts.found} found, ${s.counts.expected} expected) box ${JSON.stringify(s.truth.box)}`);
    for (const t of s.found) {
      console.log(`-- ${t.strategy} ${t.rowCount}×${t.columnCount} box ${JSON.stringify(t.regions[0]!.box)}`);
      for (const row of tableTexts(t)) console.log(JSON.stringify(row.map((c) => c.replace(/\s+/g, ' '))));
    }
    console.log('-- expected');
    const truth = (await loadTruth(doc)).find((t) => t.id === s.truth.id)!;
    const cells = truth.interpretations[0]!;
    const rows = Math.max(...cells.map((c) => c.row + c.rowSpan));
    const cols = Math.max(...cells.map((c) => c.column + c.columnSpan));
    const grid = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ''));
    for (const c of cells) grid[c.row]![c.column] = c.text.replace(/\s+/g, ' ');
    for (const row of grid) console.log(JSON.stringify(row));
  }
  process.exit(0);
}
const filter = args.includes('--developed') ? (d: string) => !HELD_OUT.has(baseName(d)) : args.includes('--held-out') ? (d: string) => HELD_OUT.has(baseName(d)) : undefined;
console.log(icdarReport(await icdarRuns(filter)).join('\n'));
