// The floor of a PDF ingest, as a whole process: pdf.js (the same legacy build and options the
// loader uses) reading every page's text content and operator list, and nothing else.
// Usage: node bench/pdfjs-floor.mjs FILE.pdf
import { readFileSync } from 'node:fs';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

const bytes = new Uint8Array(readFileSync(process.argv[2]));
const document = await getDocument({ data: bytes, isEvalSupported: false, enableXfa: false, verbosity: VerbosityLevel.ERRORS, useSystemFonts: false, disableFontFace: true }).promise;
for (let n = 1; n <= document.numPages; n++) {
  const page = await document.getPage(n);
  await page.getTextContent();
  await page.getOperatorList();
  page.cleanup();
}
await document.destroy();
