/**
 * `npx tsx scripts/variant-scores.ts [--held-out] [--diffs] [name-or-path...]`: ingests every PDF
 * rendering of the 2018 edition (fixtures/pdf/variants; with --held-out also fixtures/pdf/held-out)
 * with the current code and prints, per layout, how it compares with the text edition
 * (output/2018/roadmap.json) field by field: outcomes found of 61, missing, invented (unknown or
 * duplicate keys), % of fields equal (no allowances: the legitimate differences are listed in the
 * tests, not here), the field differences split into words (text, results, activities: all an OCR
 * copy may differ in) and structure (sub-item ids, timing, goals and resolutions, SDGs), and
 * ms/page (in-process, after a warm-up read; the whole-process figure is `npm run bench`'s).
 * --diffs also lists the differing fields. A rejected PDF prints its one-line error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../src/load/source.js';
import { extractRoadmap } from '../src/pipeline.js';
import type { RoadmapEdition } from '../src/schema/roadmap.js';
import { agreement, byKind } from '../test/load/field-agreement.js';

const BUNDLED = 'sources/2018/wsis-roadmaps-2018.pdf';
const FOLDERS = { variants: 'fixtures/pdf/variants', 'held-out': 'fixtures/pdf/held-out' };

const args = process.argv.slice(2);
const heldOut = args.includes('--held-out');
const showDiffs = args.includes('--diffs');
const filters = args.filter((a) => !a.startsWith('--'));

const pdfsIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => path.join(dir, f));

let files = [BUNDLED, ...pdfsIn(FOLDERS.variants), ...(heldOut ? pdfsIn(FOLDERS['held-out']) : [])];
if (filters.length > 0) files = files.filter((f) => filters.some((w) => f === w || path.basename(f, '.pdf') === w));

const expected: RoadmapEdition = JSON.parse(readFileSync('output/2018/roadmap.json', 'utf8'));

async function read(file: string): Promise<RoadmapEdition> {
  const bytes = new Uint8Array(readFileSync(file));
  return extractRoadmap({ path: file, bytes, sha256: sha256(bytes), format: 'pdf' }, { edition: '2018' });
}

// Warm-up: the first read pays for loading pdf.js and the fonts' code paths.
await read(BUNDLED);

const rows: string[][] = [];
const header = ['layout', 'set', 'pages', 'found', 'missing', 'invented', 'fields equal', 'word diffs', 'struct diffs', 'ms/page'];
for (const file of files) {
  const set = file === BUNDLED ? 'bundled' : file.includes('held-out') ? 'held-out' : 'variants';
  const name = path.basename(file, '.pdf');
  const started = performance.now();
  let edition: RoadmapEdition;
  try {
    edition = await read(file);
  } catch (error) {
    rows.push([name, set, '-', '0', String(expected.actionLines.flatMap((a) => a.outcomes).length), '-', '0.0 %', '-', '-', '-']);
    console.error(`${name}: rejected: ${(error as Error).message.split('\n')[0]}`);
    continue;
  }
  const ms = performance.now() - started;
  const a = agreement(edition, expected);
  const kinds = byKind(a.differing);
  const pages = edition.source.pages ?? 0;
  rows.push([
    name,
    set,
    String(pages),
    `${a.found}/${a.expected}`,
    String(a.missing.length),
    String(a.invented.length),
    `${((100 * a.equal) / a.fields).toFixed(1)} %`,
    String(kinds.words.length),
    String(kinds.structured.length),
    pages > 0 ? (ms / pages).toFixed(0) : '-',
  ]);
  if (showDiffs) {
    const lines = [
      ...a.missing.map((k) => `  missing ${k}`),
      ...a.invented.map((k) => `  invented ${k}`),
      ...kinds.structured.map((k) => `  struct ${k}`),
      ...kinds.words.map((k) => `  words ${k}`),
      ...(a.sameOrder ? [] : ['  outcomes out of order']),
    ];
    if (lines.length > 0) console.error(`${name}:\n${lines.join('\n')}`);
  }
}

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const row of rows) console.log(line(row));
