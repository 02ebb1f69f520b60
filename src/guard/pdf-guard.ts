/**
 * The guard the PDF opener (src/pdf/open-document.ts) puts around pdf.js: two calls.
 *   checkBeforeOpen — the budget pre-scan of the raw bytes, decrypted when encrypted
 *                     (pdf-prescan.ts): bombs, fan-out and deep nesting fail here, in one line,
 *                     before pdf.js has started on them;
 *   guardDocument   — the budgets counted while pdf.js reads (pages, page size, text length, and
 *                     operators and draws as each page's operator list arrives: the backstop for
 *                     what the pre-scan cannot see), and every pdf.js failure turned into an
 *                     input error that names the file and the page.
 * A failure of one page is the reader's to turn into a warning (damagedPage); a budget exceeded
 * (LimitError) always ends the document.
 */
import '../pdf/builtins.js'; // before pdf.js (see src/pdf/builtins.ts)
import { OPS, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { clip } from '../diagnostics.js';
import { InputError } from '../errors.js';
import { LimitError, type PdfLimits } from './pdf-limits.js';
import { prescanPdf } from './pdf-prescan.js';

export function checkBeforeOpen(bytes: Uint8Array, file: string, limits: PdfLimits, password?: string): void {
  try {
    prescanPdf(bytes, file, limits, password);
  } catch (error) {
    if (error instanceof InputError) throw error;
    // The pre-scan reads damaged syntax without throwing; anything else is its own bug, and
    // pdf.js, which reads damaged files better, gets to try.
  }
}

/** What pdf.js said went wrong, on one line, for an error or a warning. */
export function damageOf(error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  // Already an input error of ours ("damaged PDF: …"): its reason, not the prefix twice.
  if (error instanceof InputError) message = message.replace(/^damaged PDF: /, '');
  // What the JavaScript engine says when pdf.js meets a structure it cannot hold, in the file's terms.
  // (pdf.js passes its worker's errors on by message, so the message is all there is to go by.)
  else if (/maximum call stack size exceeded/i.test(message)) message = 'objects nested too deeply to read';
  else if (/array buffer allocation failed|invalid (typed )?array length/i.test(message)) message = 'a structure too large to hold in memory';
  return clip(message.replace(/\s+/g, ' ').trim() || (error as Error)?.name || 'unknown error', 160);
}

/** A pdf.js failure as the input error it is: "damaged PDF: …", with the page when known. */
export function damagedPdf(error: unknown, file: string, page: number | null = null): InputError {
  if (error instanceof InputError) return error;
  return new InputError(file, `damaged PDF: ${damageOf(error)}`, null, page);
}

/** True when a failure must end the document rather than skip one page. */
export function endsDocument(error: unknown): boolean {
  return error instanceof LimitError;
}

/** pdf.js's internal per-chunk hook: how the main thread receives a page's operators. */
interface ChunkHook {
  _renderPageChunk(chunk: { fnArray: number[]; length: number }, intentState: unknown): void;
  _abortOperatorList(args: { intentState: unknown; reason: Error; force: boolean }): void;
}

/**
 * Checks the page count now, and each page's size, text and operators as they are read. The
 * document is returned as it was, with getPage wrapped.
 */
export function guardDocument(document: PDFDocumentProxy, file: string, limits: PdfLimits): PDFDocumentProxy {
  if (document.numPages > limits.pages) {
    void document.destroy();
    throw new LimitError(file, 'pages', limits.pages, `the PDF has ${document.numPages.toLocaleString('en-US')} pages`);
  }
  let textChars = 0;
  const getPage = document.getPage.bind(document);
  document.getPage = async (number: number): Promise<PDFPageProxy> => {
    let page: PDFPageProxy;
    try {
      page = await getPage(number);
    } catch (error) {
      throw damagedPdf(error, file, number);
    }
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const side = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
    if (!(side <= limits['page-side'])) throw new LimitError(file, 'page-side', limits['page-side'], `page ${number} is ${Math.round(side)} points across`, number);

    const getTextContent = page.getTextContent.bind(page);
    page.getTextContent = async (...args: Parameters<PDFPageProxy['getTextContent']>) => {
      const content = await getTextContent(...args);
      for (const item of content.items) textChars += 'str' in item ? item.str.length : 0;
      if (textChars > limits['text-chars']) throw new LimitError(file, 'text-chars', limits['text-chars'], `the text up to page ${number} is ${textChars.toLocaleString('en-US')} characters long`, number);
      return content;
    };

    // Operators arrive in chunks of about a thousand; count them (and form draws, and how deep
    // forms nest) as they come and stop pdf.js once a budget is spent, instead of collecting all.
    const hooked = page as unknown as ChunkHook;
    const original = hooked._renderPageChunk?.bind(page);
    if (typeof original === 'function') {
      let operators = 0;
      let draws = 0;
      let depth = 0;
      let over: LimitError | null = null;
      hooked._renderPageChunk = (chunk, intentState) => {
        if (over) return;
        operators += chunk.length;
        for (let i = 0; i < chunk.length; i++) {
          const fn = chunk.fnArray[i];
          if (fn === OPS.paintFormXObjectBegin) {
            draws++;
            depth++;
          } else if (fn === OPS.paintFormXObjectEnd) depth--;
          else if (fn === OPS.paintImageXObject || fn === OPS.paintImageMaskXObject || fn === OPS.paintInlineImageXObject) draws++;
          if (depth > limits['form-depth']) over = new LimitError(file, 'form-depth', limits['form-depth'], `page ${number} nests forms more deeply than allowed`, number);
        }
        if (operators > limits['operators-per-page']) over = new LimitError(file, 'operators-per-page', limits['operators-per-page'], `page ${number} holds more operators than allowed`, number);
        if (draws > limits['draws-per-page']) over = new LimitError(file, 'draws-per-page', limits['draws-per-page'], `page ${number} draws more XObjects than allowed`, number);
        if (!over) return original(chunk, intentState);
        const state = intentState as { opListReadCapability?: { reject(e: Error): void } };
        hooked._abortOperatorList({ intentState, reason: over, force: true });
        state.opListReadCapability?.reject(over);
      };
    }
    return page;
  };
  return document;
}
