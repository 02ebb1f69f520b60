/**
 * The budgets a PDF must fit in before and while it is read. A hostile file (a deflate bomb, forms
 * that draw each other thousands of times, a million pages) must fail in one line within seconds,
 * not take the machine's memory or minutes; a real document stays far below every limit. Each
 * limit has a name the error quotes and `--limit NAME=VALUE` raises.
 */
import { InputError, UsageError } from '../errors.js';

export interface PdfLimits {
  /** Decoded bytes of one stream (a page's content or a form, an image, an object stream). */
  'stream-bytes': number;
  /** Decoded bytes of every stream of the document together. */
  'document-bytes': number;
  /** Operators on one page, forms drawn on it expanded (pdf.js builds one list per page). */
  'operators-per-page': number;
  /** XObjects (forms, images) drawn on one page, forms drawn inside forms counted each time. */
  'draws-per-page': number;
  /** Forms drawn inside forms drawn inside forms…: how deep. */
  'form-depth': number;
  pages: number;
  /** The longer side of a page, in points (PDF's own implementation limit is 14,400). */
  'page-side': number;
  /** Characters of text in the whole document. */
  'text-chars': number;
  /**
   * Characters of text shown on one page, forms drawn on it expanded (counted as the bytes of its
   * strings, which bound them). pdf.js holds a page's glyphs at once: about 400 bytes each.
   */
  'text-chars-per-page': number;
  /**
   * Elements of the structure tree (a tagged PDF's Table/TR/TD…), an element listed by several
   * parents counted under each: pdf.js expands the tree that way, about 400 bytes an element.
   */
  'structure-elements': number;
}

export const DEFAULT_PDF_LIMITS: Readonly<PdfLimits> = {
  // The bundled 28-page edition and its variants: at most 2.2 MB decoded in all, a few thousand
  // operators a page, no forms. The limits leave orders of magnitude for larger and image-heavy
  // documents (a 64 MB stream is a 4,600-pixel square colour image) while keeping the worst case
  // well under a gigabyte.
  'stream-bytes': 64 * 2 ** 20,
  'document-bytes': 512 * 2 ** 20,
  'operators-per-page': 2_000_000,
  'draws-per-page': 100_000,
  'form-depth': 32,
  pages: 10_000,
  'page-side': 14_400,
  'text-chars': 50_000_000,
  // A dense A4 page shows about 10,000 characters, a poster a few hundred thousand; a million
  // took pdf.js half a gigabyte.
  'text-chars-per-page': 500_000,
  // A tagged 100-page report has some tens of thousands; 4.5 million took pdf.js 1.7 GB.
  'structure-elements': 500_000,
};

export const LIMIT_NAMES = Object.keys(DEFAULT_PDF_LIMITS) as (keyof PdfLimits)[];

/** A budget exceeded: an input error that names the limit and how to raise it. */
export class LimitError extends InputError {
  constructor(file: string, readonly limit: keyof PdfLimits, value: number, what: string, page: number | null = null) {
    super(file, `${what}: over the limit ${limit}=${value} (raise it with --limit ${limit}=N)`, null, page);
  }
}

/** The limits in force when a caller passes none (the CLI sets them once per run from --limit). */
let current: PdfLimits = { ...DEFAULT_PDF_LIMITS };

/** The limits with `--limit NAME=VALUE` overrides applied (a usage error for an unknown name or value). */
export function parseLimits(specs: readonly string[]): PdfLimits {
  const limits = { ...DEFAULT_PDF_LIMITS };
  for (const spec of specs) {
    const match = /^([a-z-]+)=(\d+)$/.exec(spec.trim());
    if (!match) throw new UsageError(`--limit: "${spec}" is not NAME=NUMBER (names: ${LIMIT_NAMES.join(', ')})`);
    const name = match[1] as keyof PdfLimits;
    if (!LIMIT_NAMES.includes(name)) throw new UsageError(`--limit: no limit named "${match[1]}" (names: ${LIMIT_NAMES.join(', ')})`);
    limits[name] = Number(match[2]);
  }
  return limits;
}

/** Makes these the limits in force for the PDFs read from now on. */
export function setPdfLimits(limits: PdfLimits): void {
  current = { ...limits };
}

export function pdfLimits(): Readonly<PdfLimits> {
  return current;
}
