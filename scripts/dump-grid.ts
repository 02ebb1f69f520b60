/**
 * `npm run dump-grid -- FILE [page]`: prints the grid a loader makes of a source (one line per
 * grid line: page, line, row-start mark, cells separated by │), for seeing what the rows stage
 * is given. A dev tool.
 */
import { readFileSync } from 'node:fs';
import { Diagnostics } from '../src/diagnostics.js';
import { formatOf, sha256 } from '../src/load/source.js';
import { loadGrid } from '../src/pipeline.js';

const [path, pageArg] = process.argv.slice(2);
if (!path) {
  console.error('usage: dump-grid FILE [page]');
  process.exit(2);
}
const bytes = new Uint8Array(readFileSync(path));
const grid = await loadGrid({ path, bytes, sha256: sha256(bytes), format: formatOf(path) }, new Diagnostics());
for (const line of grid.lines) {
  if (pageArg && String(line.page) !== pageArg) continue;
  const mark = line.rowStart === true ? '▶' : line.rowStart === false ? '·' : ' ';
  console.log(`p${line.page ?? '-'} l${line.line ?? '-'} ${mark} ${line.cells.map((c) => (c.paragraphBefore ? '¶' : '') + c.raw).join(' │ ')}`);
}
