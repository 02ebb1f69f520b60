import { readFileSync } from 'node:fs';
import { Diagnostics } from '../src/diagnostics.js';
import { textToGrid } from '../src/grid/text-grid.js';
import { decodeText } from '../src/load/text.js';
import { layOutRows } from '../src/layout/rows.js';
const d = new Diagnostics();
const doc = layOutRows(textToGrid(decodeText(new Uint8Array(readFileSync('sources/2018/wsis-roadmaps-2018.txt')), 'x', d).lines), d);
const r = doc.actionLines[0]!.rows[12]!;
console.log(JSON.stringify(r.cells, null, 1).slice(0, 1500));
