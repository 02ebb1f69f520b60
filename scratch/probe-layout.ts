import { readFileSync } from 'node:fs';
import { Diagnostics } from '../src/diagnostics.js';
import { textToGrid } from '../src/grid/text-grid.js';
import { decodeText } from '../src/load/text.js';
import { layOutRows } from '../src/layout/rows.js';
const d = new Diagnostics();
const bytes = new Uint8Array(readFileSync(process.argv[2] ?? 'sources/2018/wsis-roadmaps-2018.txt'));
const doc = layOutRows(textToGrid(decodeText(bytes, 'x', d).lines), d);
console.log('TITLE', doc.title);
for (const al of doc.actionLines) {
  console.log('AL', al.id, al.title, '| note:', al.note, '| cols:', al.columns.join(' / '));
  for (const f of al.footnotes) console.log('  FN', f.marker, f.text.slice(0, 70));
  for (const r of al.rows) {
    console.log(`  ${r.section.slug}.${r.decision?.id} printed=${JSON.stringify(r.printed)} lines=${r.lines[0]}-${r.lines.at(-1)} | ${r.cells.outcome.map(f=>f.text).join(' ').slice(0,70)} | T=${r.cells.timing.map(f=>f.text).join('/')}`);
    for (const w of r.diagnostics.items) console.log('     W', w.code, w.place.line, w.message);
  }
}
for (const w of d.items) console.log('DOC W', w.code, w.place.line, w.message);
