/**
 * The general table stage's view of each PDF page (`roadmap tables FILE.pdf --debug DIR`): the
 * page's glyphs (joined into runs for drawing), rulings and fills as the stage read them, and each
 * table it found on the page (before tables continued over pages are joined), with its columns,
 * rows and cells. Written as the same page-N.svg / page-N.json / index.html as `roadmap inspect`.
 */
import path from 'node:path';
import { toJson, writeFileAtomic } from '../emit/json.js';
import { InputError } from '../errors.js';
import type { Box } from '../pdf/geometry.js';
import { openPdf } from '../pdf/open-document.js';
import { readPageContent, type Glyph, type PageContent } from '../pdf/reader.js';
import { pageRulings } from '../pdf/rulings.js';
import { DEFAULT_PDF_SETTINGS, type PdfSettings } from '../pdf/settings.js';
import { readPage, type PageChoices } from '../tables/page-tables.js';
import type { Table } from '../tables/table.js';
import { renderIndexHtml, type IndexPage } from './index-html.js';
import { PageDebugSchema, type InspectTable, type PageDebug } from './model.js';
import { renderPageSvg } from './page-svg.js';

export interface TableDebugOptions {
  pages?: readonly number[];
  area?: Box | null;
  password?: string;
  settings?: PdfSettings;
  /** The caller's strategy and column edges, as `roadmap tables` was given them. */
  choices?: PageChoices;
}

/** Reads the selected pages' tables and writes DIR/page-N.svg, page-N.json and index.html. Returns the files written. */
export async function writeTableDebug(bytes: Uint8Array, file: string, out: string, options: TableDebugOptions = {}): Promise<string[]> {
  const settings = options.settings ?? DEFAULT_PDF_SETTINGS;
  const document = await openPdf(bytes, file, { password: options.password });
  const pages: PageDebug[] = [];
  try {
    const numbers = options.pages ?? Array.from({ length: document.numPages }, (_, i) => i + 1);
    for (const p of numbers) {
      if (p < 1 || p > document.numPages) throw new InputError(file, `page ${p} does not exist (the PDF has ${document.numPages} page${document.numPages === 1 ? '' : 's'})`);
    }
    for (const number of numbers) {
      const page = await document.getPage(number);
      const content = await readPageContent(page, number);
      pages.push(PageDebugSchema.parse(tablePage(path.basename(file), content, readPage(content, options.area ?? null, settings, options.choices).tables, settings)));
      page.cleanup();
    }
  } finally {
    await document.destroy();
  }
  const outputs = new Map<string, string>();
  const index: IndexPage[] = [];
  for (const page of pages) {
    outputs.set(`page-${page.page}.svg`, renderPageSvg(page));
    outputs.set(`page-${page.page}.json`, toJson(page));
    index.push({ page: page.page, svg: `page-${page.page}.svg`, json: `page-${page.page}.json`, tables: page.tables.length, warnings: [], dropped: 0 });
  }
  const tables = pages.reduce((n, p) => n + p.tables.length, 0);
  outputs.set('index.html', renderIndexHtml({ file: path.basename(file), stage: 'tables', pages: index, pagesWithoutText: [], summary: `${tables} table part${tables === 1 ? '' : 's'} on ${pages.length} page${pages.length === 1 ? '' : 's'} (a table continued over pages has a part on each).` }));
  for (const [name, content] of outputs) await writeFileAtomic(path.join(out, name), content);
  return [...outputs.keys()];
}

export function tablePage(file: string, content: PageContent, tables: readonly Table[], settings: PdfSettings): PageDebug {
  const rulings = pageRulings(content, settings);
  return {
    stage: 'tables',
    file,
    page: content.page,
    width: content.width,
    height: content.height,
    text: runsOf(content.glyphs),
    rulings: [...rulings.horizontal, ...rulings.vertical].map((r) => ({ orientation: r.orientation, at: r.at, from: r.from, to: r.to })),
    fills: content.fills.map((f) => ({ x0: f.x0, top: f.top, x1: f.x1, bottom: f.bottom, color: f.color })),
    tables: tables.map((t) => inspectTable(t, content.page, [...rulings.horizontal])),
    regions: [],
    dropped: [],
    warnings: [],
  };
}

function inspectTable(table: Table, page: number, horizontals: readonly { at: number; from: number; to: number }[]): InspectTable {
  const bbox = table.regions.find((r) => r.page === page)?.box ?? table.regions[0]!.box;
  const cells = table.cells.filter((c) => c.page === page);
  const header = cells.filter((c) => c.row < table.headerRows);
  const rows = new Map<number, { top: number; bottom: number }>();
  for (const c of cells) {
    const row = rows.get(c.row);
    rows.set(c.row, row ? { top: Math.min(row.top, c.box.top), bottom: Math.max(row.bottom, c.box.bottom) } : { top: c.box.top, bottom: c.box.bottom });
  }
  const width = bbox.x1 - bbox.x0;
  return {
    bbox: { x0: bbox.x0, top: bbox.top, x1: bbox.x1, bottom: bbox.bottom },
    source: table.strategy,
    columns: table.columns.map((c, i) => ({
      x0: c.x0,
      x1: c.x1,
      kind: null,
      label: header.filter((h) => h.column === i).map((h) => h.text).join(' ') || null,
    })),
    rows: [...rows].sort((a, b) => a[0] - b[0]).map(([, r]) => ({ top: r.top, bottom: r.bottom, outcome: null })),
    drawnRowEdges: horizontals
      .filter((r) => r.at >= bbox.top - 2 && r.at <= bbox.bottom + 2 && Math.min(r.to, bbox.x1) - Math.max(r.from, bbox.x0) >= 0.5 * width)
      .map((r) => r.at),
    header: header.length > 0 ? { x0: Math.min(...header.map((h) => h.box.x0)), top: Math.min(...header.map((h) => h.box.top)), x1: Math.max(...header.map((h) => h.box.x1)), bottom: Math.max(...header.map((h) => h.box.bottom)) } : null,
    cells: cells.map((c) => ({
      bbox: { x0: c.box.x0, top: c.box.top, x1: c.box.x1, bottom: c.box.bottom },
      text: c.text,
      role: c.row < table.headerRows ? ('header' as const) : ('body' as const),
      column: c.column,
      kind: null,
      outcomes: [],
      row: c.row,
    })),
  };
}

/** Glyphs joined into runs for drawing: same baseline and size, next to each other. */
function runsOf(glyphs: readonly Glyph[]): PageDebug['text'] {
  const sorted = [...glyphs].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const runs: PageDebug['text'] = [];
  let current: { text: string; x0: number; x1: number; baseline: number; fontSize: number } | null = null;
  for (const g of sorted) {
    const joins = current !== null && Math.abs(g.baseline - current.baseline) <= 0.1 * g.size && Math.abs(g.size - current.fontSize) <= 0.05 * g.size && g.x0 - current.x1 <= 0.6 * g.size && g.x0 >= current.x1 - 0.5 * g.size;
    if (joins) {
      current!.text += g.space ? ' ' : g.text;
      current!.x1 = Math.max(current!.x1, g.x1);
    } else {
      if (current && current.text.trim() !== '') runs.push({ ...current, text: current.text.trimEnd(), furniture: false });
      current = { text: g.space ? ' ' : g.text, x0: g.x0, x1: g.x1, baseline: g.baseline, fontSize: g.size };
    }
  }
  if (current && current.text.trim() !== '') runs.push({ ...current, text: current.text.trimEnd(), furniture: false });
  return runs;
}
