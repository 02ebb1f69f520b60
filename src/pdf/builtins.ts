/**
 * pdf.js's legacy build bundles core-js polyfills, and on Node 20 some of them replace built-ins
 * for the whole process with JavaScript versions: Array.prototype.push (for a zero-argument push
 * on an array whose length is frozen), JSON.stringify (for JSON.rawJSON: every value then goes
 * through a replacer function) and JSON.parse (for source text access). pdf.js uses none of what
 * they add, and they are several times slower than the engine's own: they slowed every push and
 * every JSON file of the pipeline, and would slow down any program that reads a PDF through this
 * library. The engine's own are captured when this module is first evaluated, which every module
 * that loads pdf.js ensures by importing it first, and put back once pdf.js and its worker have
 * loaded (restorePdfJsBuiltins, called by openPdf).
 */
const NATIVE = {
  push: Array.prototype.push,
  stringify: JSON.stringify,
  parse: JSON.parse,
};

/** Puts back the built-ins pdf.js's polyfills replaced (a no-op when none was). */
export function restorePdfJsBuiltins(): void {
  if (Array.prototype.push !== NATIVE.push) {
    Object.defineProperty(Array.prototype, 'push', { value: NATIVE.push, writable: true, enumerable: false, configurable: true });
  }
  if (JSON.stringify !== NATIVE.stringify) Object.defineProperty(JSON, 'stringify', { value: NATIVE.stringify, writable: true, enumerable: false, configurable: true });
  if (JSON.parse !== NATIVE.parse) Object.defineProperty(JSON, 'parse', { value: NATIVE.parse, writable: true, enumerable: false, configurable: true });
}
