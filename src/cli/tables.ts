/**
 * `roadmap tables FILE.pdf [--pages 1,3-5] [--area top,left,bottom,right] [--format csv|json]`:
 * every table of a PDF (src/tables/), printed to stdout. Tables continued over pages come out as
 * one table. Nothing found is not an error: a note goes to stderr.
 */
import { readFile } from 'node:fs/promises';
import { toJson } from '../emit/json.js';
import { InputError, UsageError } from '../errors.js';
import { extractTables } from '../tables/extract.js';
import { pdfLimits } from '../guard/pdf-limits.js';
import { tablesToCsv, tablesToJson } from '../tables/format.js';
import type { Box } from '../tables/geometry.js';
import type { Console } from './ingest.js';
import { printable } from '../safety/terminal-text.js';

export const TABLE_FORMATS = ['csv', 'json'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export interface TablesOptions {
  pages?: string;
  area?: string;
  format: TableFormat;
  password?: string;
}

/** "1,3-5" → [1, 3, 4, 5] (sorted, without repeats). */
export function parsePages(spec: string): number[] {
  const pages = new Set<number>();
  for (const part of spec.split(',')) {
    const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!match) throw new UsageError(`--pages: "${part.trim()}" is not a page or a range of pages (e.g. 1,3-5)`);
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
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

export async function tablesCommand(file: string, options: TablesOptions, io: Console): Promise<void> {
  const pages = options.pages === undefined ? undefined : parsePages(options.pages);
  const area = options.area === undefined ? null : parseArea(options.area);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new InputError(file, 'cannot read the file');
  }
  const extraction = await extractTables(bytes, file, { ...(pages ? { pages } : {}), area, ...(options.password !== undefined ? { password: options.password } : {}) });
  for (const { page, message } of extraction.damaged) io.err(printable(`${file} (page ${page}): warning page-damaged: the page was skipped (${message})`));
  if (extraction.tables.length === 0) io.err(printable(`${file}: no tables found`));
  if (options.format === 'json') {
    io.out(toJson(tablesToJson(file, extraction.pages, extraction.tables)).trimEnd());
    return;
  }
  // The console ends the last line.
  if (extraction.tables.length > 0) io.out(tablesToCsv(extraction.tables).replace(/\n$/, ''));
}
