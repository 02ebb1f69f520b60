/**
 * A small reader of PDF object syntax over the raw bytes, for the budget pre-scan (pdf-prescan.ts):
 * enough to find every object, its dictionary and its stream data, without pdf.js and without
 * trusting the cross-reference table (objects are found by scanning for "N G obj", as pdf.js
 * does when it repairs a damaged file). Nesting is capped so hostile syntax cannot overflow the
 * stack; anything it cannot read is null, never an exception.
 */

export type PdfValue = number | boolean | null | PdfName | PdfRef | PdfString | PdfValue[] | PdfDict;
export interface PdfName {
  name: string;
}
export interface PdfRef {
  ref: number;
}
export interface PdfString {
  string: true;
}
export type PdfDict = Map<string, PdfValue>;

export interface RawObject {
  value: PdfValue;
  /** The raw (still encoded) stream data when the object is a stream. */
  stream: Uint8Array | null;
}

/** Nesting deeper than this is read as null (real files nest a few levels). */
const MAX_NESTING = 64;

/** Byte classes of PDF syntax: 0 regular, 1 whitespace, 2 delimiter (a table: this runs per byte). */
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = 1;
for (const c of [0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]) CLASS[c] = 2;

export const isWhitespace = (c: number) => CLASS[c] === 1;
export const isRegular = (c: number) => CLASS[c] === 0;

export const isDict = (v: PdfValue | undefined): v is PdfDict => v instanceof Map;
export const isName = (v: PdfValue | undefined): v is PdfName => typeof v === 'object' && v !== null && 'name' in v;
export const isRef = (v: PdfValue | undefined): v is PdfRef => typeof v === 'object' && v !== null && 'ref' in v;

/** Reads one value at `at`; returns it and where reading stopped. */
export function readValue(bytes: Uint8Array, at: number, depth = 0): { value: PdfValue; end: number } {
  let i = skipSpace(bytes, at);
  const c = bytes[i];
  if (c === undefined) return { value: null, end: i };
  if (depth > MAX_NESTING) return { value: null, end: bytes.length };
  if (c === 0x3c && bytes[i + 1] === 0x3c) {
    // << dictionary >>
    const dict: PdfDict = new Map();
    i += 2;
    for (;;) {
      i = skipSpace(bytes, i);
      if (i >= bytes.length) return { value: dict, end: i };
      if (bytes[i] === 0x3e && bytes[i + 1] === 0x3e) return { value: dict, end: i + 2 };
      if (bytes[i] !== 0x2f) {
        // Not a key: skip the token so a damaged dictionary still ends.
        const skipped = readValue(bytes, i, depth + 1);
        i = Math.max(skipped.end, i + 1);
        continue;
      }
      const key = readName(bytes, i);
      const entry = readValue(bytes, key.end, depth + 1);
      dict.set(key.name, entry.value);
      i = Math.max(entry.end, key.end + 1);
    }
  }
  if (c === 0x5b) {
    const array: PdfValue[] = [];
    i++;
    for (;;) {
      i = skipSpace(bytes, i);
      if (i >= bytes.length) return { value: array, end: i };
      if (bytes[i] === 0x5d) return { value: array, end: i + 1 };
      const item = readValue(bytes, i, depth + 1);
      array.push(item.value);
      i = Math.max(item.end, i + 1);
    }
  }
  if (c === 0x2f) {
    const name = readName(bytes, i);
    return { value: { name: name.name }, end: name.end };
  }
  if (c === 0x28) return { value: { string: true }, end: skipLiteralString(bytes, i) };
  if (c === 0x3c) {
    const close = bytes.indexOf(0x3e, i);
    return { value: { string: true }, end: close < 0 ? bytes.length : close + 1 };
  }
  // A number, a reference "N G R", or a keyword.
  let end = i;
  while (end < bytes.length && isRegular(bytes[end]!)) end++;
  if (end === i) return { value: null, end: i + 1 };
  const token = latin1(bytes, i, end);
  if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(token)) {
    const ref = /^\s+(\d+)\s+R(?![^\s/<>[\]()%{}])/.exec(latin1(bytes, end, Math.min(bytes.length, end + 24)));
    if (ref && /^\d+$/.test(token)) return { value: { ref: Number(token) }, end: end + ref[0].length };
    return { value: Number(token), end };
  }
  return { value: token === 'true' ? true : token === 'false' ? false : null, end };
}

function readName(bytes: Uint8Array, at: number): { name: string; end: number } {
  let end = at + 1;
  while (end < bytes.length && isRegular(bytes[end]!)) end++;
  return { name: latin1(bytes, at + 1, end), end };
}

/** The end of a ( literal string ), balanced parentheses and backslash escapes honoured. */
export function skipLiteralString(bytes: Uint8Array, at: number): number {
  let depth = 0;
  for (let i = at; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 0x5c) i++;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i + 1;
  }
  return bytes.length;
}

export function skipSpace(bytes: Uint8Array, at: number): number {
  let i = at;
  while (i < bytes.length) {
    const c = bytes[i]!;
    if (CLASS[c] === 1) i++;
    else if (c === 0x25) while (i < bytes.length && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    else break;
  }
  return i;
}

export function latin1(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, to - from)).toString('latin1');
}

/**
 * Every "N G obj" in the file, later definitions replacing earlier ones (incremental updates),
 * with its stream data when it has one. The stream ends at /Length when that lands on
 * "endstream", else at the next "endstream" (as pdf.js repairs a wrong length).
 */
export function scanObjects(bytes: Uint8Array): Map<number, RawObject> {
  const objects = new Map<number, RawObject>();
  const text = latin1(bytes, 0, bytes.length);
  // A header starts where a run of digits starts: a search from inside the run would be quadratic.
  const header = /(?<!\d)(\d+)\s+\d+\s+obj(?![^\s/<>[\]()%{}])/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const { value, end } = readValue(bytes, match.index + match[0].length);
    let stream: Uint8Array | null = null;
    let next = end;
    const after = skipSpace(bytes, end);
    if (isDict(value) && text.startsWith('stream', after)) {
      let start = after + 6;
      if (bytes[start] === 0x0d) start++;
      if (bytes[start] === 0x0a) start++;
      const length = value.get('Length');
      let stop = -1;
      if (typeof length === 'number' && length >= 0 && start + length <= bytes.length && text.startsWith('endstream', skipSpace(bytes, start + length))) stop = start + length;
      if (stop < 0) {
        const found = text.indexOf('endstream', start);
        stop = found < 0 ? bytes.length : found;
      }
      stream = bytes.subarray(start, stop);
      next = stop;
    }
    objects.set(Number(match[1]), { value, stream });
    header.lastIndex = Math.max(header.lastIndex, next);
  }
  return objects;
}
