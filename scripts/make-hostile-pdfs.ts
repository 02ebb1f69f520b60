/**
 * Writes the hostile PDFs of test/hostile (hostile-pdfs.ts, encrypt-pdf.ts) to a folder, for trying
 * by hand or with other readers: `tsx scripts/make-hostile-pdfs.ts [DIR]` (default hostile-pdfs/).
 * Each is a few kilobytes to a few megabytes that would cost gigabytes or hours if read naively.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encryptedPdf } from '../test/hostile/encrypt-pdf.js';
import * as hostile from '../test/hostile/hostile-pdfs.js';

const dir = process.argv[2] ?? 'hostile-pdfs';
mkdirSync(dir, { recursive: true });
const files: [string, () => Uint8Array | Promise<Uint8Array>][] = [
  ['bomb', () => hostile.bomb(1)],
  ['bomb-aes128', () => hostile.bomb(1, encryptedPdf('aes128'))],
  ['fan-out', () => hostile.fanOut(12, 8)],
  ['fan-out-rc4', () => hostile.fanOut(12, 8, encryptedPdf('rc4'))],
  ['fan-out-aes256', () => hostile.fanOut(12, 8, encryptedPdf('aes256'))],
  ['nested', () => hostile.nested(5000)],
  ['damaged-xref', () => hostile.damagedXref(['Minutes of the meeting'])],
  ['objstm-bomb', () => hostile.objStmBomb(1)],
  ['objstm-count', () => hostile.objStmCount()],
  ['kids-loop', () => hostile.kidsLoop()],
  ['prev-loop', () => hostile.prevLoop()],
  ['prev-cycle', () => hostile.prevCycle()],
  ['deep-arrays-object', () => hostile.deepArrays(1_000_000, 'object')],
  ['deep-dicts-object', () => hostile.deepArrays(200_000, 'dict')],
  ['deep-arrays-content', () => hostile.deepArrays(1_000_000, 'content')],
  ['type3-recursive', () => hostile.type3('recursive')],
  ['type3-forms', () => hostile.type3('forms')],
  ['pattern-fan-out', () => hostile.patternFanOut(12, 8)],
  ['pattern-recursive', () => hostile.patternFanOut(3, 8, true)],
  ['shading-function', () => hostile.shadingFunction()],
  ['huge-image', () => hostile.hugeImage()],
  ['page-count', () => hostile.pageCount()],
  ['many-pages', () => hostile.manyPages()],
  ['huge-mediabox', () => hostile.hugeMediaBox()],
  ['tiny-operators', () => hostile.tinyOperators()],
  ['giant-string', () => hostile.giantString()],
  ['giant-hex-string', () => hostile.giantString(30_000_000, true)],
  ['giant-tj', () => hostile.giantTJ()],
];
const only = process.argv.slice(3);
for (const [name, make] of files) {
  if (only.length > 0 && !only.includes(name)) continue;
  const bytes = await make();
  writeFileSync(path.join(dir, `${name}.pdf`), bytes);
  console.log(`${name}.pdf: ${bytes.length.toLocaleString('en-US')} bytes`);
}
