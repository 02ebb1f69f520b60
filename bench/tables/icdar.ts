/**
 * The ICDAR 2013 Table Competition documents of fixtures/tables/icdar2013-more/ and the
 * competition's measure on them. Ground truth is read straight from `*-str.xml` (cells with
 * their spans) and `*-reg.xml` (table regions); see fixtures/tables/README.md for the format.
 *
 * The measure (Göbel et al. 2013): every non-empty cell is related to its nearest non-empty
 * neighbour to the right along every row it covers, and below along every column it covers;
 * relations are (text, text, direction) with all whitespace removed; precision and recall are
 * counted per table and summed over all tables ("micro"), and a per-table F1 is reported too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extractTables } from '../../src/tables/extract.js';
import type { Box } from '../../src/pdf/geometry.js';
import { DEFAULT_PDF_SETTINGS } from '../../src/pdf/settings.js';
import type { Table } from '../../src/tables/table.js';
import { FIXTURES } from './benchmarks.js';


/**
 * Documents kept aside while designing (never looked at for failures): 10 of the 29 PDFs, drawn
 * by a seeded shuffle (mulberry32, seed 20261207) of the sorted names. See fixtures/tables/README.md.
 */
export const HELD_OUT = new Set(['eu-001', 'eu-005', 'eu-016', 'eu-022', 'eu-026', 'us-001', 'us-006', 'us-008', 'us-034', 'us-037']);

export interface GridCell {
  text: string;
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
}

export interface TruthTable {
  /** Document name (the PDF without `.pdf`) and 1-based table number in it. */
  document: string;
  id: number;
  page: number;
  /** Union of the table's regions on its page, points from the top-left corner of the displayed page. */
  box: Box;
  /** One or more interpretations (us-031a has a second one in us-031b); a table is scored against the best. */
  interpretations: GridCell[][];
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];
const num = (tag: string, name: string): number | undefined => {
  const v = attr(tag, name);
  return v === undefined ? undefined : Number(v);
};
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The cells of each table of a `-str.xml`, indices shifted by each region's increments, then to start at 0. */
function structure(xml: string): Map<number, GridCell[]> {
  const tables = new Map<number, GridCell[]>();
  for (const t of xml.matchAll(/<table\b([^>]*)>([\s\S]*?)<\/table>/g)) {
    const id = num(t[1]!, 'id')!;
    const cells: GridCell[] = [];
    for (const r of t[2]!.matchAll(/<region\b([^>]*)>([\s\S]*?)<\/region>/g)) {
      const rowInc = num(r[1]!, 'row-increment') ?? 0;
      const colInc = num(r[1]!, 'col-increment') ?? 0;
      for (const c of r[2]!.matchAll(/<cell\b([^>]*)>([\s\S]*?)<\/cell>/g)) {
        const startRow = num(c[1]!, 'start-row')!;
        const startCol = num(c[1]!, 'start-col')!;
        const endRow = num(c[1]!, 'end-row') ?? startRow;
        const endCol = num(c[1]!, 'end-col') ?? startCol;
        const content = /<content>([\s\S]*?)<\/content>/.exec(c[2]!)?.[1] ?? '';
        cells.push({ text: unescape(content), row: startRow + rowInc, column: startCol + colInc, rowSpan: endRow - startRow + 1, columnSpan: endCol - startCol + 1 });
      }
    }
    const minRow = Math.min(...cells.map((c) => c.row));
    const minCol = Math.min(...cells.map((c) => c.column));
    tables.set(id, cells.map((c) => ({ ...c, row: c.row - minRow, column: c.column - minCol })));
  }
  return tables;
}

/** Each table's page and region (union of its regions), from a `-reg.xml`, in top-left coordinates. */
function regions(xml: string, pageHeights: readonly number[]): Map<number, { page: number; box: Box }> {
  const out = new Map<number, { page: number; box: Box }>();
  for (const t of xml.matchAll(/<table\b([^>]*)>([\s\S]*?)<\/table>/g)) {
    const id = num(t[1]!, 'id')!;
    for (const r of t[2]!.matchAll(/<region\b([^>]*)>([\s\S]*?)<\/region>/g)) {
      const page = num(r[1]!, 'page')!;
      const bb = /<bounding-box\b([^>]*)\/?>/.exec(r[2]!)![1]!;
      const height = pageHeights[page - 1]!;
      const box = { x0: num(bb, 'x1')!, x1: num(bb, 'x2')!, top: height - num(bb, 'y2')!, bottom: height - num(bb, 'y1')! };
      const known = out.get(id);
      out.set(id, known ? { page, box: { x0: Math.min(known.box.x0, box.x0), top: Math.min(known.box.top, box.top), x1: Math.max(known.box.x1, box.x1), bottom: Math.max(known.box.bottom, box.bottom) } } : { page, box });
    }
  }
  return out;
}

/** Every ICDAR document with ground truth: today's (icdar2013/) and the more (icdar2013-more/), as `folder/name`. */
export function documentNames(): string[] {
  return ['icdar2013', 'icdar2013-more'].flatMap((folder) =>
    readdirSync(path.join(FIXTURES, folder))
      .filter((f) => f.endsWith('.pdf'))
      .map((f) => `${folder}/${f.slice(0, -4)}`)
      .sort(),
  );
}

/** The document's name without its folder. */
export const baseName = (document: string) => path.basename(document);

/** The ground-truth tables of one document (page heights are needed to flip the XML's y axis). */
export function truthTables(document: string, pageHeights: readonly number[]): TruthTable[] {
  const read = (name: string) => readFileSync(path.join(FIXTURES, path.dirname(document), name), 'utf8');
  const name = baseName(document);
  const cells = structure(read(`${name}-str.xml`));
  const second = name === 'us-031a' ? structure(read('us-031b-str.xml')) : null;
  const where = regions(read(`${name}-reg.xml`), pageHeights);
  return [...cells.entries()].map(([id, table]) => ({
    document,
    id,
    page: where.get(id)!.page,
    box: where.get(id)!.box,
    interpretations: second?.get(id) ? [table, second.get(id)!] : [table],
  }));
}

/** Our table as grid cells (what the competition's result format holds). */
export function gridCells(table: Table): GridCell[] {
  return table.cells.map((c) => ({ text: c.text, row: c.row, column: c.column, rowSpan: c.rowSpan, columnSpan: c.columnSpan }));
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The competition's adjacency relations of one table, as a multiset of (text, text, direction). */
export function relations(cells: readonly GridCell[], into = new Map<string, number>()): Map<string, number> {
  const filled = cells.filter((c) => squeeze(c.text) !== '');
  const owner = new Map<string, number>();
  for (const [i, c] of filled.entries()) {
    for (let r = c.row; r < c.row + c.rowSpan; r++) for (let k = c.column; k < c.column + c.columnSpan; k++) owner.set(`${r}:${k}`, i);
  }
  const width = Math.max(0, ...filled.map((c) => c.column + c.columnSpan));
  const height = Math.max(0, ...filled.map((c) => c.row + c.rowSpan));
  for (const [i, c] of filled.entries()) {
    const neighbours = new Set<string>();
    for (let r = c.row; r < c.row + c.rowSpan; r++) {
      for (let k = c.column + c.columnSpan; k < width; k++) {
        const j = owner.get(`${r}:${k}`);
        if (j !== undefined && j !== i) {
          neighbours.add(`${j}\u0000right`);
          break;
        }
      }
    }
    for (let k = c.column; k < c.column + c.columnSpan; k++) {
      for (let r = c.row + c.rowSpan; r < height; r++) {
        const j = owner.get(`${r}:${k}`);
        if (j !== undefined && j !== i) {
          neighbours.add(`${j}\u0000below`);
          break;
        }
      }
    }
    for (const n of neighbours) {
      const [j, direction] = n.split('\u0000');
      const key = `${squeeze(c.text)}\u0000${squeeze(filled[Number(j)]!.text)}\u0000${direction}`;
      into.set(key, (into.get(key) ?? 0) + 1);
    }
  }
  return into;
}

export interface Counts {
  expected: number;
  found: number;
  matched: number;
}

export function count(expected: readonly GridCell[], found: readonly (readonly GridCell[])[]): Counts {
  const want = relations(expected);
  const got = new Map<string, number>();
  for (const t of found) relations(t, got);
  let matched = 0;
  for (const [key, n] of got) matched += Math.min(n, want.get(key) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + n, 0);
  return { expected: total(want), found: total(got), matched };
}

export function f1Of(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.found === 0 ? 0 : c.matched / c.found;
  const recall = c.expected === 0 ? 0 : c.matched / c.expected;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export type Mode = 'page' | 'area';

export interface TableScore {
  truth: TruthTable;
  mode: Mode;
  counts: Counts;
  f1: number;
  /** Shapes of the tables we matched to this one. */
  shapes: string[];
  found: Table[];
}

export interface DocumentRun {
  document: string;
  mode: Mode;
  scores: TableScore[];
  /** Relations in found tables that overlap no expected table (prose or furniture read as a table). */
  strayFound: number;
  strayTables: number;
  pages: number;
  ms: number;
  error?: string;
}

const area = (b: Box) => Math.max(0, b.x1 - b.x0) * Math.max(0, b.bottom - b.top);
const intersection = (a: Box, b: Box) => area({ x0: Math.max(a.x0, b.x0), top: Math.max(a.top, b.top), x1: Math.min(a.x1, b.x1), bottom: Math.min(a.bottom, b.bottom) });

async function pageHeightsOf(bytes: Uint8Array): Promise<number[]> {
  const { openPdf } = await import('../../src/pdf/open-document.js');
  const doc = await openPdf(bytes, 'ground truth');
  const heights: number[] = [];
  for (let p = 1; p <= doc.numPages; p++) heights.push((await doc.getPage(p)).getViewport({ scale: 1 }).height);
  await doc.destroy();
  return heights;
}

const truthCache = new Map<string, TruthTable[]>();
export async function loadTruth(document: string): Promise<TruthTable[]> {
  let t = truthCache.get(document);
  if (!t) {
    const bytes = readFileSync(path.join(FIXTURES, `${document}.pdf`));
    t = truthTables(document, await pageHeightsOf(bytes));
    truthCache.set(document, t);
  }
  return t;
}

/**
 * Runs one document: each page that holds a table read alone (`page`), or each table's region
 * given (`area`). On a page, each table we find goes to the expected table it overlaps most;
 * one that overlaps none counts against precision only in the micro figures.
 */
export async function runDocument(document: string, mode: Mode): Promise<DocumentRun> {
  const bytes = readFileSync(path.join(FIXTURES, `${document}.pdf`));
  const truth = await loadTruth(document);
  const run: DocumentRun = { document, mode, scores: [], strayFound: 0, strayTables: 0, pages: 0, ms: 0 };
  const jobs = mode === 'page' ? [...new Set(truth.map((t) => t.page))].map((page) => ({ page, tables: truth.filter((t) => t.page === page), area: null as Box | null })) : truth.map((t) => ({ page: t.page, tables: [t], area: t.box as Box | null }));
  for (const job of jobs) {
    let found: Table[] = [];
    const start = performance.now();
    try {
      // Pages are read one at a time, so that no table is joined over pages.
      found = (await extractTables(bytes, `${document}.pdf`, { pages: [job.page], area: job.area ? pad(job.area) : null, settings: DEFAULT_PDF_SETTINGS })).tables;
    } catch (error) {
      run.error = `page ${job.page}: ${(error as Error).message}`;
    }
    run.ms += performance.now() - start;
    run.pages++;
    const assigned = new Map<TruthTable, Table[]>(job.tables.map((t) => [t, []]));
    for (const table of found) {
      const box = table.regions[0]!.box;
      let best: TruthTable | null = null;
      let bestArea = 0;
      for (const t of job.tables) {
        const a = intersection(box, t.box);
        if (a > bestArea) [best, bestArea] = [t, a];
      }
      if (best) assigned.get(best)!.push(table);
      else {
        run.strayTables++;
        run.strayFound += count([], [gridCells(table)]).found;
      }
    }
    for (const t of job.tables) {
      const mine = assigned.get(t)!;
      const options = t.interpretations.map((cells) => count(cells, mine.map(gridCells)));
      const counts = options.reduce((a, b) => (f1Of(b).f1 > f1Of(a).f1 ? b : a));
      run.scores.push({ truth: t, mode, counts, f1: f1Of(counts).f1, shapes: mine.map((m) => `${m.rowCount}×${m.columnCount}`), found: mine });
    }
  }
  return run;
}

/** The regions are drawn tight around the text: a glyph's middle must fall inside, so allow a point. */
function pad(b: Box): Box {
  return { x0: b.x0 - 1, top: b.top - 1, x1: b.x1 + 1, bottom: b.bottom + 1 };
}

/** How the table is drawn: a full grid (vertical rules inside it), horizontal rules only, or none. */
export async function drawingKind(document: string, truth: TruthTable): Promise<'grid' | 'rules' | 'none'> {
  const { openPdf } = await import('../../src/pdf/open-document.js');
  const { readPageContent } = await import('../../src/pdf/reader.js');
  const { pageRulings } = await import('../../src/pdf/rulings.js');
  const doc = await openPdf(readFileSync(path.join(FIXTURES, `${document}.pdf`)), document);
  try {
    const rulings = pageRulings(await readPageContent(await doc.getPage(truth.page), truth.page), DEFAULT_PDF_SETTINGS);
    const b = truth.box;
    const inside = (r: { at: number; from: number; to: number }, vertical: boolean) =>
      vertical ? r.at > b.x0 + 3 && r.at < b.x1 - 3 && Math.min(r.to, b.bottom) - Math.max(r.from, b.top) > 0.3 * (b.bottom - b.top) : r.at >= b.top - 15 && r.at <= b.bottom + 15 && Math.min(r.to, b.x1) - Math.max(r.from, b.x0) > 0.5 * (b.x1 - b.x0);
    if (rulings.vertical.some((r) => inside(r, true))) return 'grid';
    if (rulings.horizontal.filter((r) => inside(r, false)).length >= 2) return 'rules';
    return 'none';
  } finally {
    await doc.destroy();
  }
}
