// The floor of a PDF ingest, as a whole process: pdf.js (the same legacy build and options the
// loader uses) reading every page's text content and operator list, and nothing else.
// Like the loader (src/pdf/builtins.ts), it puts back the built-ins that pdf.js's polyfills
// replace once the document is open, so that pdf.js's own work runs alike on both sides.
// Usage: node bench/pdfjs-floor.mjs FILE.pdf
import { readFileSync } from 'node:fs';

const native = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };
const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
const bytes = new Uint8Array(readFileSync(process.argv[2]));
const document = await getDocument({ data: bytes, isEvalSupported: false, enableXfa: false, verbosity: VerbosityLevel.ERRORS, useSystemFonts: false, disableFontFace: true }).promise;
Object.defineProperty(Array.prototype, 'push', { value: native.push, writable: true, enumerable: false, configurable: true });
Object.defineProperty(JSON, 'stringify', { value: native.stringify, writable: true, enumerable: false, configurable: true });
Object.defineProperty(JSON, 'parse', { value: native.parse, writable: true, enumerable: false, configurable: true });
for (let n = 1; n <= document.numPages; n++) {
  const page = await document.getPage(n);
  await page.getTextContent();
  await page.getOperatorList();
  page.cleanup();
}
await document.destroy();
