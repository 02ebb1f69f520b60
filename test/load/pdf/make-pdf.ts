/**
 * A tiny PDF writer for the loader's tests: pages of text and line drawings, written as a valid
 * PDF (catalog, pages, Helvetica and Helvetica-Bold, one content stream per page, an xref table
 * with correct offsets). Positions are given as the loader sees them: x from the left, y down
 * from the top of the page (a text's y is its baseline). A one-page PDF is about 1 KB.
 */
import type { PageInput } from '../../../src/load/pdf/page-grid.js';
import { wordsOf, type Word } from '../../../src/pdf/lines.js';
import { openPdf } from '../../../src/pdf/open-document.js';
import { readPageContent } from '../../../src/pdf/reader.js';
import { pageRulings } from '../../../src/pdf/rulings.js';
import { DEFAULT_PDF_SETTINGS, type PdfSettings } from '../../../src/pdf/settings.js';

/** A word placed by hand (tests of the loader's geometry): glyph boxes from the size, one font, visible. */
export function wordAt(w: { text: string; x0: number; x1: number; baseline: number; size: number; font: string }): Word {
  return { ...w, top: w.baseline - 0.8 * w.size, bottom: w.baseline + 0.2 * w.size, spaceBefore: true, spaceGlyph: false, invisible: false, mcid: null };
}

export interface TextOptions {
  size?: number;
  bold?: boolean;
}

/** PDF string literal escaping. */
const literal = (text: string) => `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
const n = (value: number) => String(Math.round(value * 1000) / 1000);

export class PageBuilder {
  readonly ops: string[] = [];

  constructor(
    readonly width = 842,
    readonly height = 595,
  ) {}

  /** Text with its baseline at `y` (y down from the top). */
  text(x: number, y: number, text: string, options: TextOptions = {}): this {
    const font = options.bold ? 'F2' : 'F1';
    this.ops.push(`BT /${font} ${n(options.size ?? 10)} Tf 1 0 0 1 ${n(x)} ${n(this.height - y)} Tm ${literal(text)} Tj ET`);
    return this;
  }

  /** A stroked segment from (x0, y0) to (x1, y1). */
  stroke(x0: number, y0: number, x1: number, y1: number, lineWidth = 0.5): this {
    this.ops.push(`${n(lineWidth)} w ${n(x0)} ${n(this.height - y0)} m ${n(x1)} ${n(this.height - y1)} l S`);
    return this;
  }

  /** A filled rectangle with its top-left corner at (x, y). */
  fill(x: number, y: number, width: number, height: number): this {
    this.ops.push(`${n(x)} ${n(this.height - y - height)} ${n(width)} ${n(height)} re f`);
    return this;
  }

  /** Any content-stream operators, in PDF's own coordinates (y up). */
  raw(ops: string): this {
    this.ops.push(ops);
    return this;
  }
}

/** The PDF file of the pages. */
export function makePdf(pages: readonly PageBuilder[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const firstPage = 5;
  const kids = pages.map((_, i) => `${firstPage + 2 * i} 0 R`).join(' ');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  pages.forEach((page, i) => {
    const content = page.ops.join('\n');
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${n(page.width)} ${n(page.height)}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${firstPage + 2 * i + 1} 0 R >>`,
    );
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  });
  return assemblePdf(objects, '1.4');
}

/** The objects (bodies of objects 1…n, object 1 the catalog) as a PDF file with its xref table. */
export function assemblePdf(objects: readonly string[], version: string): Uint8Array {
  let pdf = `%PDF-${version}\n`;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

/** Each page of the PDF as the loader reads it: words and rulings in page coordinates. */
export async function readPages(bytes: Uint8Array, settings: PdfSettings = DEFAULT_PDF_SETTINGS): Promise<PageInput[]> {
  const document = await openPdf(bytes, 'test.pdf');
  try {
    const pages: PageInput[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await readPageContent(await document.getPage(number), number);
      const rulings = pageRulings(content, settings);
      pages.push({ page: number, width: content.width, height: content.height, words: wordsOf(content.glyphs, settings), rulings: [...rulings.horizontal, ...rulings.vertical], settings });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
