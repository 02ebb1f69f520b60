/**
 * pdf.js in Node runs its worker in-process, and on some damaged files it rejects promises that
 * nothing awaits (a page's operator-list pump whose reader has gone, a font load after the page
 * failed). Node's default kills the process for those, taking every other source of the run with
 * it, although the read that caused them fails or succeeds on its own path. The CLI installs this
 * handler once: a stray rejection from pdf.js is dropped; any other is an internal error, reported
 * on one line with exit 1 rather than a stack.
 */
export function ignoreStrayPdfJsRejections(report: (line: string) => void): void {
  process.on('unhandledRejection', (reason) => {
    if (fromPdfJs(reason)) return;
    report(`roadmap: internal error: ${reason instanceof Error ? reason.message : String(reason)}`);
    process.exit(1);
  });
}

function fromPdfJs(reason: unknown): boolean {
  if (!(reason instanceof Error)) return typeof reason === 'object' && reason !== null && 'name' in reason && /Exception$/.test(String((reason as { name: unknown }).name));
  return /pdfjs-dist/.test(reason.stack ?? '') || /^(UnknownErrorException|FormatError|InvalidPDFException|ResponseException|AbortException|PasswordException)$/.test(reason.name);
}
