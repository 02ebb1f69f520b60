/**
 * `npm run fixture-diff [name]`: shows, field by field, where the pipeline's output differs from
 * the hand-written fixtures (a readable companion to the fixture test's failures).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { sha256 } from '../src/load/source.js';
import { extractRoadmap } from '../src/pipeline.js';
const only = process.argv[2];
for (const name of readdirSync('fixtures').sort()) {
  if (only && !name.includes(only)) continue;
  const bytes = new Uint8Array(readFileSync(`fixtures/${name}/input.txt`));
  const exp = JSON.parse(readFileSync(`fixtures/${name}/expected.json`, 'utf8')).outcomes;
  let got: any[];
  try { got = (await extractRoadmap({ path: 'x', bytes, sha256: sha256(bytes), format: 'text' }, { edition: 'x' })).actionLines.flatMap((a) => a.outcomes); }
  catch (e) { console.log(name, 'ERROR', e); continue; }
  const gk = got.map((o) => o.key), ek = exp.map((o: any) => o.key);
  if (JSON.stringify(gk) !== JSON.stringify(ek)) console.log(name, 'KEYS', gk, ek);
  for (const e of exp) {
    const g = got.find((o) => o.key === e.key);
    if (!g) continue;
    for (const f of Object.keys(e)) {
      let gv = g[f], ev = e[f];
      if (f === 'warnings') { gv = gv.map((w: any) => `${w.line}:${w.code}`).sort(); ev = ev.map((w: any) => `${w.line}:${w.code}`).sort(); }
      if (JSON.stringify(gv) !== JSON.stringify(ev)) {
        console.log(`--- ${name} ${e.key}.${f}`);
        console.log('  got:', JSON.stringify(gv));
        console.log('  exp:', JSON.stringify(ev));
        if (f === 'warnings') console.log('  msgs:', g.warnings.map((w: any) => w.message).join(' || '));
      }
    }
  }
}
