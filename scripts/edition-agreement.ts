/**
 * `npx tsx scripts/edition-agreement.ts [name]`: the share of hand-checked fields of each
 * fixtures/editions/ slice that the pipeline gets right, and every disagreement.
 */
import { readdirSync } from 'node:fs';
import { compareEdition, EDITIONS, extractSlice, readExpected } from '../test/editions/agreement.js';

const only = process.argv[2];
for (const name of readdirSync(EDITIONS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
  // The aside slices are checked only at the end (name them to run them).
  if (only ? name !== only : name.endsWith('-aside')) continue;
  const a = compareEdition(await extractSlice(name), readExpected(name));
  console.log(`${name}: ${a.agreed}/${a.fields} fields agree (${((100 * a.agreed) / a.fields).toFixed(1)} %)`);
  for (const d of a.disagreements) console.log(`  ${d.where} ${d.field}\n    got:  ${JSON.stringify(d.got)}\n    want: ${JSON.stringify(d.want)}`);
}
