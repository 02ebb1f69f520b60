/**
 * `npm run compare-formats -- A B`: extracts two sources of the same edition (e.g. the layout
 * text and the PDF) and prints, outcome by outcome, the fields that differ (texts compared with
 * whitespace folded). A dev tool for checking a loader against another.
 */
import { readFileSync } from 'node:fs';
import { formatOf, sha256 } from '../src/load/source.js';
import { extractRoadmap } from '../src/pipeline.js';
import type { Outcome } from '../src/schema/roadmap.js';

async function extract(path: string) {
  const bytes = new Uint8Array(readFileSync(path));
  return extractRoadmap({ path, bytes, sha256: sha256(bytes), format: formatOf(path) }, { edition: 'compare' });
}

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: compare-formats A B');
  process.exit(2);
}
const left = await extract(a);
const right = await extract(b);
const outcomes = (r: typeof left) => new Map(r.actionLines.flatMap((l) => l.outcomes).map((o) => [o.key, o]));
const l = outcomes(left);
const r = outcomes(right);
// `raw` is the cell as printed, so it differs between renderings by design: compared apart.
const fold = (v: unknown) => JSON.stringify(v, (k, x) => (k === 'raw' ? undefined : typeof x === 'string' ? x.replace(/\s+/g, ' ').trim() : x));
const fields: (keyof Outcome)[] = ['id', 'text', 'subItems', 'timing', 'goals', 'sdgs', 'expectedResults', 'activities'];
let differing = 0;
for (const key of new Set([...l.keys(), ...r.keys()])) {
  const x = l.get(key);
  const y = r.get(key);
  if (!x || !y) {
    console.log(`${key}: only in ${x ? a : b}`);
    differing++;
    continue;
  }
  for (const field of fields) {
    if (fold(x[field]) !== fold(y[field])) {
      differing++;
      console.log(`--- ${key}.${field}\n  A: ${fold(x[field]).slice(0, 600)}\n  B: ${fold(y[field]).slice(0, 600)}`);
    }
  }
}
console.log(`${l.size} vs ${r.size} outcomes; ${differing} differences`);
console.log('B warnings:', right.warnings.map((w) => `${w.code}@p${w.page}`).join(', '));
