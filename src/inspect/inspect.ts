/**
 * `roadmap inspect`: runs the extractor on one source and writes what it saw. For a PDF, per page,
 * page-N.svg and page-N.json, and index.html with every page; for layout text and Markdown,
 * lines.html. Everything is built in memory first, so a bad input writes nothing; each file is
 * written atomically.
 */
import path from 'node:path';
import { toJson, writeFileAtomic } from '../emit/json.js';
import { InputError } from '../errors.js';
import type { PdfTrace } from '../load/pdf/trace.js';
import { readSource } from '../load/source.js';
import { decodeText } from '../load/text.js';
import { Diagnostics } from '../diagnostics.js';
import { accountFor, type Accounting } from './accounting.js';
import { renderIndexHtml, type IndexPage } from './index-html.js';
import { renderLinesHtml } from './lines-html.js';
import { PageDebugSchema, type PageDebug } from './model.js';
import { renderPageSvg } from './page-svg.js';
import { roadmapPage } from './roadmap-pages.js';

export interface InspectOptions {
  /** 1-based pages, or all when absent. */
  pages?: readonly number[];
  /** Output folder (default: inspect/<file name>/). */
  out?: string;
  password?: string;
}

export interface InspectResult {
  out: string;
  files: string[];
  accounting: Accounting;
}

export function defaultOutFolder(file: string): string {
  return path.join('inspect', path.basename(file));
}

export async function inspectFile(file: string, options: InspectOptions = {}): Promise<InspectResult> {
  const source = await readSource(file);
  const out = options.out ?? defaultOutFolder(file);
  const name = path.basename(file);
  const edition = path.basename(path.dirname(path.resolve(file))) || 'inspect';
  const outputs = new Map<string, string>();
  let accounting: Accounting;
  if (source.format === 'pdf') {
    const trace: PdfTrace = { numPages: 0, pages: [] };
    accounting = await accountFor(source, { edition, password: options.password, trace });
    for (const p of options.pages ?? []) {
      if (p > trace.numPages) throw new InputError(file, `page ${p} does not exist (the PDF has ${trace.numPages} page${trace.numPages === 1 ? '' : 's'})`);
    }
    const wanted = options.pages ? new Set(options.pages) : null;
    const pages: PageDebug[] = trace.pages.filter((p) => !wanted || wanted.has(p.page)).map((p) => PageDebugSchema.parse(roadmapPage(name, p, accounting)));
    const index: IndexPage[] = [];
    for (const page of pages) {
      outputs.set(`page-${page.page}.svg`, renderPageSvg(page));
      outputs.set(`page-${page.page}.json`, toJson(page));
      index.push({ page: page.page, svg: `page-${page.page}.svg`, json: `page-${page.page}.json`, tables: page.tables.length, warnings: page.warnings.map((w) => w.code), dropped: page.dropped.length });
    }
    const skipped = Array.from({ length: trace.numPages }, (_, i) => i + 1).filter((p) => (!wanted || wanted.has(p)) && !trace.pages.some((t) => t.page === p));
    outputs.set('index.html', renderIndexHtml({ file: name, stage: 'roadmap', pages: index, pagesWithoutText: skipped, accounting }));
  } else {
    accounting = await accountFor(source, { edition });
    const sourceLines = source.format === 'text' ? decodeText(source.bytes, source.path, new Diagnostics()).lines : splitLines(new TextDecoder('utf-8').decode(source.bytes));
    outputs.set('lines.html', renderLinesHtml({ file: name, format: source.format, sourceLines, accounting }));
  }
  for (const [fileName, content] of outputs) await writeFileAtomic(path.join(out, fileName), content);
  return { out, files: [...outputs.keys()], accounting };
}

function splitLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
