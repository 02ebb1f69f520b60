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
  /** The string as written, delimiters included, when short (the keys and ids of encryption are). */
  raw: Uint8Array | null;
}
export type PdfDict = Map<string, PdfValue>;

export interface RawObject {
  value: PdfValue;
  generation: number;
  /** The raw (still encoded) stream data when the object is a stream. */
  stream: Uint8Array | null;
}

/** Nesting deeper than this is read as null (real files nest a few levels). */
const MAX_NESTING = 64;
/** Strings longer than this are not kept (only short ones are ever read: keys, ids). */
const MAX_RAW_STRING = 4096;

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
  if (c === 0x28 || c === 0x3c) {
    const close = c === 0x28 ? skipLiteralString(bytes, i) : bytes.indexOf(0x3e, i) + 1 || bytes.length;
    return { value: { string: true, raw: close - i <= MAX_RAW_STRING ? bytes.subarray(i, close) : null }, end: close };
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
 * Every "N G obj" in the file, later definitions replacing earlier ones (incremental updates;
 * the replaced ones go to `shadowed`, since a cross-reference table may still point at them),
 * with its stream data when it has one. The stream ends at /Length when that lands on
 * "endstream", else at the next "endstream" (as pdf.js repairs a wrong length).
 */
export function scanObjects(bytes: Uint8Array, shadowed: [number, RawObject][] = []): Map<number, RawObject> {
  const objects = new Map<number, RawObject>();
  const text = latin1(bytes, 0, bytes.length);
  for (let match = nextHeader(bytes, 0); match; match = nextHeader(bytes, match.next)) {
    const { value, end } = readValue(bytes, match.end);
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
    const earlier = objects.get(match.number);
    if (earlier) shadowed.push([match.number, earlier]);
    objects.set(match.number, { value, generation: match.generation, stream });
    match.next = Math.max(match.end, next);
  }
  return objects;
}

/**
 * The next "N G obj" from `at`, read token by token as pdf.js's lexer reads it: white space (NUL
 * too) and comments may stand between the three tokens. One pass, each byte looked at once (a
 * regular expression allowing comments there was quadratic on a run of unterminated ones).
 */
function nextHeader(bytes: Uint8Array, at: number): { number: number; generation: number; end: number; next: number } | null {
  // The last two tokens, when they were runs of digits (else -1).
  let first = -1;
  let second = -1;
  const n = bytes.length;
  let i = at;
  while (i < n) {
    const c = bytes[i]!;
    if (CLASS[c] === 1) {
      i++;
      continue;
    }
    if (c === 0x25) {
      while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
      continue;
    }
    if (CLASS[c] === 2) {
      first = second = -1;
      i++;
      continue;
    }
    const start = i;
    let digits = true;
    while (i < n && CLASS[bytes[i]!] === 0) {
      const d = bytes[i]!;
      if (d < 0x30 || d > 0x39) digits = false;
      i++;
    }
    if (digits && i - start <= 10) {
      first = second;
      second = Number(latin1(bytes, start, i));
    } else if (i - start === 3 && c === 0x6f && bytes[start + 1] === 0x62 && bytes[start + 2] === 0x6a && first >= 0 && second >= 0) {
      return { number: first, generation: second, end: i, next: i };
    } else first = second = -1;
  }
  return null;
}

/**
 * Every file trailer dictionary ("trailer << … >>") and cross-reference stream dictionary, in
 * file order: where /Encrypt and /ID are (the last one that has them is the file's).
 */
export function scanTrailers(bytes: Uint8Array, objects: Map<number, RawObject>): PdfDict[] {
  const found: { at: number; dict: PdfDict }[] = [];
  const text = latin1(bytes, 0, bytes.length);
  for (let at = text.indexOf('trailer'); at >= 0; at = text.indexOf('trailer', at + 7)) {
    const { value } = readValue(bytes, at + 7);
    if (isDict(value)) found.push({ at, dict: value });
  }
  const dicts = found.map((f) => f.dict);
  for (const object of objects.values()) {
    const type = isDict(object.value) ? object.value.get('Type') : undefined;
    if (isName(type) && type.name === 'XRef') dicts.push(object.value as PdfDict);
  }
  return dicts;
}

/** The bytes of a string value: ( literal ) with its escapes read, or < hex >; null for anything else. */
export function stringBytes(value: PdfValue | undefined): Uint8Array | null {
  if (typeof value !== 'object' || value === null || !('string' in value) || !value.raw) return null;
  const raw = value.raw;
  if (raw[0] === 0x3c) {
    const digits = latin1(raw, 1, raw.length).replace(/[^0-9a-fA-F]/g, '');
    return Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex');
  }
  const out: number[] = [];
  const end = raw[raw.length - 1] === 0x29 ? raw.length - 1 : raw.length;
  for (let i = 1; i < end; i++) {
    const c = raw[i]!;
    if (c === 0x0d) {
      // An end of line in a literal string is read as a line feed.
      out.push(0x0a);
      if (raw[i + 1] === 0x0a) i++;
    } else if (c !== 0x5c) out.push(c);
    else {
      const e = raw[++i];
      if (e === undefined) break;
      const simple: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
      if (e in simple) out.push(simple[e]!);
      else if (e >= 0x30 && e <= 0x37) {
        let code = e - 0x30;
        for (let k = 0; k < 2 && raw[i + 1]! >= 0x30 && raw[i + 1]! <= 0x37; k++) code = code * 8 + raw[++i]! - 0x30;
        out.push(code & 0xff);
      } else if (e === 0x0d) {
        // A backslash at the end of a line continues the string on the next.
        if (raw[i + 1] === 0x0a) i++;
      } else if (e !== 0x0a) out.push(e);
    }
  }
  return Uint8Array.from(out);
}
