/**
 * One measurement, run in its own process by bench/ingest.bench.ts so that peak RSS is its own:
 *   text-bundled | text-50x | pdf-bundled | pdf-floor | text-x<N> (N repeats, index and JSON included)
 * Prints one JSON line: { case, ms, outcomes, pages, bytes, peakRssMb } (text-x<N> adds keys: distinct outcome keys).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { largeEdition, REPEATS } from './large-edition.js';
import { sha256 } from '../src/load/source.js';
import { extractRoadmap } from '../src/pipeline.js';
import { editionParts } from '../src/api/edition-output.js';
import type { SourceFormat } from '../src/schema/roadmap.js';

const TEXT = 'sources/2018/wsis-roadmaps-2018.txt';
const PDF = 'sources/2018/wsis-roadmaps-2018.pdf';
async function extract(bytes: Uint8Array, format: SourceFormat) {
  const start = performance.now();
  const roadmap = await extractRoadmap({ path: `bench.${format}`, bytes, sha256: sha256(bytes), format }, { edition: 'bench' });
  return { ms: performance.now() - start, outcomes: roadmap.actionLines.reduce((n, a) => n + a.outcomes.length, 0), pages: roadmap.source.pages };
}

/** The least a table extractor must do: read every page's text content and operator list with pdf.js. */
async function floor(bytes: Uint8Array) {
  // As the loader does (src/pdf/builtins.ts): the built-ins pdf.js's polyfills replace are put back once it is open.
  const { restorePdfJsBuiltins } = await import('../src/pdf/builtins.js');
  const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const start = performance.now();
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: VerbosityLevel.ERRORS }).promise;
  restorePdfJsBuiltins();
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    await page.getTextContent();
    await page.getOperatorList();
    page.cleanup();
  }
  const pages = document.numPages;
  await document.destroy();
  return { ms: performance.now() - start, outcomes: 0, pages };
}

const which = process.argv[2];
const text = new Uint8Array(readFileSync(TEXT));
const pdf = new Uint8Array(readFileSync(PDF));
let result: { ms: number; outcomes: number; pages: number | null; keys?: number };
let bytes: Uint8Array;
switch (which) {
  case 'text-bundled':
    bytes = text;
    await extract(bytes, 'text'); // warm-up: JIT and the word list, as in a long-running process
    result = await extract(bytes, 'text');
    break;
  case 'text-bundled-cold':
    bytes = text;
    result = await extract(bytes, 'text');
    break;
  case 'text-50x':
    bytes = new TextEncoder().encode(largeEdition(new TextDecoder().decode(text), REPEATS));
    result = await extract(bytes, 'text');
    break;
  case 'pdf-bundled':
    bytes = pdf;
    result = await extract(bytes, 'pdf');
    break;
  case 'pdf-floor':
    bytes = pdf;
    result = await floor(bytes);
    break;
  default: {
    // text-x<N>: the scaling case of issue 14, everything ingest does short of writing files.
    const repeats = /^text-x(\d+)$/.exec(which ?? '')?.[1];
    if (repeats !== undefined) {
      bytes = new TextEncoder().encode(largeEdition(new TextDecoder().decode(text), Number(repeats)));
      const start = performance.now();
      const roadmap = await extractRoadmap({ path: 'bench.txt', bytes, sha256: sha256(bytes), format: 'text' }, { edition: 'bench' });
      // Every file ingest writes, in the pieces it writes them in (roadmap.json is never one string).
      for (const parts of Object.values(editionParts(roadmap).files)) for (const part of parts) void part;
      const ms = performance.now() - start;
      const keys = new Set(roadmap.actionLines.flatMap((a) => a.outcomes.map((o) => o.key)));
      result = { ms, outcomes: roadmap.actionLines.reduce((n, a) => n + a.outcomes.length, 0), pages: null, keys: keys.size };
      break;
    }
    console.error('usage: measure text-bundled|text-bundled-cold|text-50x|pdf-bundled|pdf-floor');
    process.exit(2);
  }
}
console.log(JSON.stringify({ case: which, ...result, bytes: bytes.length, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
