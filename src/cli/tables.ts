/**
 * `roadmap tables FILE.pdf`: every table of a PDF (the library's extractTables), written as CSV,
 * TSV, JSON, Markdown, HTML or Excel, to stdout, to a file (--out FILE) or one file per table
 * into a folder (--out DIR/). Tables continued over pages come out as one table. Nothing found
 * is not an error: a note goes to stderr.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractTables } from '../api/tables.js';
import { writeFileAtomic } from '../emit/json.js';
import { toJson } from '../emit/to-json.js';
import { InputError, readProblem, UsageError, writeProblem } from '../errors.js';
import { tablesToCsv, tablesToHtml, tablesToMarkdown, tablesToTsv, tablesToXlsx } from '../export/tables.js';
import { tablesToJson } from '../tables/format.js';
import type { Box } from '../pdf/geometry.js';
import type { Table } from '../tables/table.js';
import { writeRaw, type Console } from './io.js';
import { pdfLimits } from '../guard/pdf-limits.js';
import { printable } from '../safety/terminal-text.js';

export const TABLE_FORMATS = ['csv', 'tsv', 'json', 'markdown', 'html', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];
export const TABLE_STRATEGIES = ['auto', 'lattice', 'stream'] as const;
export type TableStrategy = (typeof TABLE_STRATEGIES)[number];

export interface TablesOptions {
  pages?: string;
  area?: string;
  strategy?: TableStrategy;
  columns?: string;
  format: TableFormat;
  out?: string;
  raw?: boolean;
  password?: string;
  json?: boolean;
  /** Also write the page overlays (src/inspect/) to this folder. */
  debug?: string;
}

/** The file extension of each format, for one file per table in a folder. */
const EXTENSIONS: Record<TableFormat, string> = { csv: 'csv', tsv: 'tsv', json: 'json', markdown: 'md', html: 'html', xlsx: 'xlsx' };

/**
 * "all", "1,3-5", "4-end" → the page numbers (sorted, without repeats), or null for all pages.
 * "end" is the last page, known only once the PDF is open: `pageCount` resolves it.
 */
export function parsePages(spec: string, pageCount = Number.POSITIVE_INFINITY): number[] | null {
  if (spec.trim().toLowerCase() === 'all') return null;
  const pages = new Set<number>();
  for (const part of spec.split(',')) {
    const match = /^\s*(\d+)\s*(?:-\s*(\d+|end)\s*)?$/i.exec(part);
    if (!match) throw new UsageError(`--pages: "${part.trim()}" is not a page or a range of pages (e.g. all, 1,3-5, 4-end)`);
    const from = Number(match[1]);
    const toEnd = match[2]?.toLowerCase() === 'end';
    // Until the page count is known, "N-end" only checks its start.
    if (toEnd && !Number.isFinite(pageCount)) {
      if (from < 1) throw new UsageError(`--pages: "${part.trim()}" is not a valid range (pages count from 1)`);
      continue;
    }
    const to = match[2] === undefined ? from : toEnd ? Math.max(from, pageCount) : Number(match[2]);
    if (from < 1 || to < from) throw new UsageError(`--pages: "${part.trim()}" is not a valid range (pages count from 1)`);
    // Bounded before the range is spelled out: 1-100000000 is no list to build.
    const most = pdfLimits().pages;
    if (to > most) throw new UsageError(`--pages: "${part.trim()}" goes beyond page ${most}, the most a PDF may have (raise it with --limit pages=N)`);
    for (let p = from; p <= to; p++) pages.add(p);
  }
  return [...pages].sort((a, b) => a - b);
}

/** "top,left,bottom,right" in points from the page's top-left corner (tabula's order). */
export function parseArea(spec: string): Box {
  const values = spec.split(',').map((v) => Number(v.trim()));
  if (values.length !== 4 || values.some((v) => !Number.isFinite(v))) {
    throw new UsageError(`--area: "${spec}" is not four numbers top,left,bottom,right (points from the top-left corner)`);
  }
  const [top, left, bottom, right] = values as [number, number, number, number];
  if (bottom <= top || right <= left) throw new UsageError(`--area: "${spec}" is empty (bottom must be below top, right beyond left)`);
  return { x0: left, top, x1: right, bottom };
}

/** "72,200,400" → column edges in points, ascending, at least two. */
export function parseColumns(spec: string): number[] {
  const values = spec.split(',').map((v) => Number(v.trim()));
  if (values.length < 2 || values.some((v) => !Number.isFinite(v) || v < 0)) throw new UsageError(`--columns: "${spec}" is not two or more positions in points, e.g. 72,200,400`);
  for (let k = 1; k < values.length; k++) {
    if (values[k]! <= values[k - 1]!) throw new UsageError(`--columns: "${spec}": the edges must increase from left to right`);
  }
  return values;
}

/** The "end" of an open range needs the page count: a range like 4-end is resolved after opening. */
function openEnded(spec: string | undefined): boolean {
  return spec !== undefined && /-\s*end\s*(,|$)/i.test(spec);
}

export async function tablesCommand(file: string, options: TablesOptions, io: Console): Promise<void> {
  const area = options.area === undefined ? null : parseArea(options.area);
  const columns = options.columns === undefined ? undefined : parseColumns(options.columns);
  let pages = options.pages === undefined ? null : parsePages(options.pages);
  if (options.format === 'xlsx' && options.out === undefined) throw new UsageError('--format xlsx writes a workbook: give --out FILE.xlsx');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new InputError(file, readProblem(error));
  }
  if (openEnded(options.pages)) {
    // Count the pages first: "4-end" on a 3-page PDF is an error naming the page, as "4" is.
    const { openPdf } = await import('../pdf/open-document.js');
    const document = await openPdf(bytes, file, options.password !== undefined ? { password: options.password } : {});
    const count = document.numPages;
    await document.destroy();
    pages = parsePages(options.pages!, count);
  }
  const extraction = await extractTables(bytes, {
    file,
    ...(pages ? { pages } : {}),
    area,
    ...(options.strategy && options.strategy !== 'auto' ? { strategy: options.strategy } : {}),
    ...(columns ? { columns } : {}),
    ...(options.password !== undefined ? { password: options.password } : {}),
  });
  if (!options.json) for (const { page, message } of extraction.damaged) io.err(printable(`${file} (page ${page}): warning page-damaged: the page was skipped (${message})`));
  if (extraction.tables.length === 0 && !options.json) io.err(printable(`${file}: no tables found`));
  if (options.debug !== undefined) {
    const { writeTableDebug } = await import('../inspect/table-pages.js');
    const choices = { ...(options.strategy && options.strategy !== 'auto' ? { strategy: options.strategy } : {}), ...(columns ? { columns } : {}) };
    const files = await writeTableDebug(bytes, file, options.debug, { ...(pages ? { pages } : {}), area, choices, ...(options.password !== undefined ? { password: options.password } : {}) });
    if (!options.json) io.err(printable(`${file}: page overlays → ${options.debug} (${files.length - 1} page files and index.html)`));
  }
  if (options.out === undefined) {
    if (options.format === 'json') io.out(toJson(tablesToJson(file, extraction.pages, extraction.tables)).trimEnd());
    else writeRaw(io, render(options.format as Exclude<TableFormat, 'xlsx' | 'json'>, extraction.tables, file, options));
    return;
  }
  const toFolder = options.out.endsWith('/') || options.out.endsWith(path.sep) || (existsSync(options.out) && statSync(options.out).isDirectory());
  const written: string[] = [];
  if (toFolder && options.format !== 'xlsx') {
    const base = path.basename(file, path.extname(file));
    for (const [k, table] of extraction.tables.entries()) {
      const target = path.join(options.out, `${base}-table-${k + 1}.${EXTENSIONS[options.format]}`);
      await write(target, await renderOne(options.format, table, file, extraction.pages, options));
      written.push(target);
    }
  } else {
    const target = toFolder ? path.join(options.out, `${path.basename(file, path.extname(file))}.xlsx`) : options.out;
    const content = options.format === 'xlsx' ? await tablesToXlsx(extraction.tables) : options.format === 'json' ? toJson(tablesToJson(file, extraction.pages, extraction.tables)) : render(options.format, extraction.tables, file, options);
    await write(target, content);
    written.push(target);
  }
  if (options.json) io.out(JSON.stringify({ ok: true, file, tables: extraction.tables.length, written, damaged: extraction.damaged }));
  else io.out(`${file} → ${written.length === 1 ? written[0] : `${options.out} (${written.length} files)`}: ${extraction.tables.length} table${extraction.tables.length === 1 ? '' : 's'} (${options.format})`);
}

function render(format: Exclude<TableFormat, 'xlsx' | 'json'>, tables: readonly Table[], file: string, options: TablesOptions): string {
  const raw = { raw: options.raw === true };
  switch (format) {
    case 'csv':
      return tablesToCsv(tables, raw);
    case 'tsv':
      return tablesToTsv(tables, raw);
    case 'markdown':
      return tablesToMarkdown(tables);
    case 'html':
      return tablesToHtml(tables, file);
  }
}

async function renderOne(format: TableFormat, table: Table, file: string, pages: readonly number[], options: TablesOptions): Promise<string | Uint8Array> {
  if (format === 'xlsx') return tablesToXlsx([table]);
  if (format === 'json') return toJson(tablesToJson(file, pages, [table]));
  return render(format, [table], file, options);
}

async function write(target: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(target, content);
  } catch (error) {
    throw new InputError(target, `cannot write the output (${writeProblem(error)})`);
  }
}
