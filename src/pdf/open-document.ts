/**
 * Opening a PDF with pdf.js, safely: no eval, no XFA, no scripting, pdf.js's own logging off
 * (it must never corrupt stdout), fonts and CMaps from the package's own folders (so non-Latin
 * text is not silently empty), the input as a fresh Uint8Array (pdf.js transfers it). pdf.js's
 * typed exceptions become one-line InputErrors. The budgets of src/guard are checked before
 * pdf.js starts (checkBeforeOpen) and while it reads (guardDocument).
 */
import { restorePdfJsBuiltins } from './builtins.js'; // first: before pdf.js (see builtins.ts)
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument, VerbosityLevel, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { InputError } from '../errors.js';
import { checkBeforeOpen, damagedPdf, guardDocument } from '../guard/pdf-guard.js';
import { pdfLimits, type PdfLimits } from '../guard/pdf-limits.js';

const require = createRequire(import.meta.url);
const PDFJS_ROOT = path.dirname(require.resolve('pdfjs-dist/package.json'));
/** pdf.js in Node wants folder URLs ending in a slash. */
const folderUrl = (folder: string) => `${pathToFileURL(path.join(PDFJS_ROOT, folder)).href}/`;

export interface OpenOptions {
  password?: string;
  /** Budgets (src/guard/pdf-limits.ts); the ones in force for the run when absent. */
  limits?: PdfLimits;
}

export async function openPdf(bytes: Uint8Array, file: string, options: OpenOptions = {}): Promise<PDFDocumentProxy> {
  if (!startsWithPdfHeader(bytes)) throw new InputError(file, 'not a PDF (no %PDF header)');
  const limits = options.limits ?? pdfLimits();
  checkBeforeOpen(bytes, file, limits, options.password);
  const task = getDocument({
    data: new Uint8Array(bytes),
    password: options.password,
    isEvalSupported: false,
    enableXfa: false,
    verbosity: VerbosityLevel.ERRORS,
    cMapUrl: folderUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: folderUrl('standard_fonts'),
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
  });
  try {
    return guardDocument(await task.promise, file, limits);
  } catch (error) {
    const name = (error as { name?: string }).name;
    const code = (error as { code?: number }).code;
    if (name === 'PasswordException') {
      // code 1: a password is needed; 2: the one given is wrong.
      throw new InputError(file, code === 2 ? 'the PDF password given with --password is wrong' : 'the PDF is encrypted; open it with --password <password>');
    }
    if (name === 'InvalidPDFException') throw new InputError(file, 'not a valid PDF (damaged or truncated)');
    void task.destroy();
    throw damagedPdf(error, file);
  } finally {
    // pdf.js and its worker have loaded by now, and with them their polyfills.
    restorePdfJsBuiltins();
  }
}

/** "%PDF-" within the first 1024 bytes, as readers accept. */
function startsWithPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}
