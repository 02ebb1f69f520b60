/** `npx tsx bench/tables/icdar-list.ts [page|area]`: every developed ICDAR table below F1 1 with its precision and recall (a worklist). */
import { baseName, documentNames, f1Of, HELD_OUT, runDocument, type Mode } from './icdar.js';

const mode = (process.argv[2] ?? 'page') as Mode;
for (const document of documentNames().filter((d) => !HELD_OUT.has(baseName(d)))) {
  const run = await runDocument(document, mode);
  for (const s of run.scores) {
    if (s.f1 > 0.9999) continue;
    const { precision, recall } = f1Of(s.counts);
    console.log(`${baseName(document)} t${s.truth.id} p${s.truth.page}: F1 ${s.f1.toFixed(3)} P ${precision.toFixed(3)} R ${recall.toFixed(3)} (${s.counts.expected} expected) found ${s.shapes.join('+') || 'none'}`);
  }
  if (run.strayTables > 0) console.log(`${baseName(document)}: ${run.strayTables} stray tables (${run.strayFound} relations)`);
}
