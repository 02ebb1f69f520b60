/**
 * `npx tsx scripts/results-cells.ts`: the results column of every row of the 2018 edition as the
 * source prints it (one line per source line, blank for a paragraph break): the material
 * fixtures/items-2018 was written from.
 */
import { readFileSync } from 'node:fs';
import { Diagnostics } from '../src/diagnostics.js';
import { textToGrid } from '../src/grid/text-grid.js';
import { decodeText } from '../src/load/text.js';
import { layOutRows } from '../src/layout/rows.js';
const d = new Diagnostics();
const grid = textToGrid(decodeText(new Uint8Array(readFileSync('sources/2018/wsis-roadmaps-2018.txt')), 'x', d).lines);
const laid = layOutRows(grid, d);
for (const a of laid.actionLines) for (const r of a.rows) {
  console.log(`## ${r.actionLine}.${r.section.slug}.${r.decision!.id}`);
  for (const f of r.cells.results) console.log(f.text === '' ? '' : `  ${f.text}`);
}
