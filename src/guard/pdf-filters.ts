/**
 * Decoding a stream's filter chain with a cap on the output, for the budget pre-scan: zlib's
 * maxOutputLength stops a deflate bomb at the cap instead of after gigabytes, and each stage is
 * capped, so a chain of filters (deflate of a deflate, LZW of a deflate) cannot multiply its way
 * past it. Filters that only shrink or decode images (DCT, JPX, JBIG2, CCITT) end the chain: their
 * output is not content pdf.js parses further, and their size is bounded by the image's
 * dimensions, which pdf.js checks itself.
 */
import zlib from 'node:zlib';
import { isDict, isName, type PdfDict, type PdfValue } from './pdf-objects.js';

/** The decoded bytes, or 'over' when a stage would produce more than the cap. */
export type Decoded = Uint8Array | 'over';

/** One stage of a stream's filter chain: its name and the one parameter that changes its output. */
export interface Filter {
  name: string;
  /** LZW's /EarlyChange (1 unless the parameters say 0). */
  earlyChange: number;
}

/**
 * A stream's filters as pdf.js reads them: /Filter or its short form /F (pdf.js takes either on
 * any stream), each name or array item possibly an indirect reference (`resolve`), with their
 * /DecodeParms (or /DP).
 */
export function filtersOf(dict: PdfDict, resolve: (v: PdfValue | undefined) => PdfValue | undefined = (v) => v): Filter[] {
  const filter = resolve(dict.get('Filter') ?? dict.get('F'));
  const params = resolve(dict.get('DecodeParms') ?? dict.get('DP'));
  const list: PdfValue[] = Array.isArray(filter) ? filter : filter === undefined ? [] : [filter];
  const filters: Filter[] = [];
  list.forEach((item, i) => {
    const name = resolve(item);
    if (!isName(name)) return;
    const param = resolve(Array.isArray(params) ? params[i] : params);
    filters.push({ name: name.name, earlyChange: isDict(param) && param.get('EarlyChange') === 0 ? 0 : 1 });
  });
  return filters;
}

/**
 * Decodes as far as the chain can be followed. A stage that fails on damaged data yields what
 * pdf.js would also read at most: nothing further (pdf.js stops at the same damage).
 */
export function decodeCapped(data: Uint8Array, filters: readonly Filter[], cap: number): Decoded {
  let bytes = data;
  for (const filter of filters) {
    const next = decodeStage(bytes, filter, cap);
    if (next === null) return bytes;
    if (next === 'over') return 'over';
    bytes = next;
  }
  return bytes;
}

function decodeStage(bytes: Uint8Array, filter: Filter, cap: number): Decoded | null {
  switch (filter.name) {
    case 'FlateDecode':
    case 'Fl':
      return inflateCapped(bytes, cap);
    case 'BrotliDecode':
      return brotliCapped(bytes, cap);
    case 'LZWDecode':
    case 'LZW':
      return lzw(bytes, cap, filter.earlyChange);
    case 'RunLengthDecode':
    case 'RL':
      return runLength(bytes, cap);
    case 'ASCIIHexDecode':
    case 'AHx':
      return asciiHex(bytes);
    case 'ASCII85Decode':
    case 'A85':
      return ascii85(bytes);
    default:
      return null;
  }
}

function inflateCapped(bytes: Uint8Array, cap: number): Decoded {
  try {
    // Z_SYNC_FLUSH: a truncated stream gives what it holds, as pdf.js reads it.
    return zlib.inflateSync(bytes, { maxOutputLength: cap + 1, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) return 'over';
    return new Uint8Array(0);
  }
}

function brotliCapped(bytes: Uint8Array, cap: number): Decoded {
  try {
    // A flush rather than a finish: a truncated stream gives what it holds.
    return zlib.brotliDecompressSync(bytes, { maxOutputLength: cap + 1, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) return 'over';
    return new Uint8Array(0);
  }
}

function runLength(bytes: Uint8Array, cap: number): Decoded {
  const out: number[] = [];
  let size = 0;
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; ) {
    const n = bytes[i++]!;
    if (n === 128) break;
    const run = n < 128 ? n + 1 : 257 - n;
    size += run;
    if (size > cap) return 'over';
    if (n < 128) {
      for (let k = 0; k < run && i < bytes.length; k++) out.push(bytes[i++]!);
    } else {
      const b = bytes[i++] ?? 0;
      for (let k = 0; k < run; k++) out.push(b);
    }
    if (out.length > 65536) chunks.push(Uint8Array.from(out.splice(0)));
  }
  chunks.push(Uint8Array.from(out));
  return Buffer.concat(chunks);
}

/** LZW as PDF uses it (9 to 12-bit codes, the width growing one code early unless /EarlyChange 0). */
function lzw(bytes: Uint8Array, cap: number, earlyChange = 1): Decoded {
  const table: Uint8Array[] = [];
  const reset = () => {
    table.length = 0;
    for (let i = 0; i < 256; i++) table.push(Uint8Array.of(i));
    table.push(new Uint8Array(0), new Uint8Array(0));
  };
  reset();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let bits = 9;
  let buffer = 0;
  let held = 0;
  let previous: Uint8Array | null = null;
  for (let i = 0; i < bytes.length; i++) {
    buffer = ((buffer << 8) | bytes[i]!) >>> 0;
    held += 8;
    while (held >= bits) {
      const code = (buffer >>> (held - bits)) & ((1 << bits) - 1);
      held -= bits;
      if (code === 256) {
        reset();
        bits = 9;
        previous = null;
        continue;
      }
      if (code === 257) return Buffer.concat(chunks);
      let entry: Uint8Array;
      if (code < table.length) entry = table[code]!;
      else if (previous && code === table.length) entry = Buffer.concat([previous, previous.subarray(0, 1)]);
      else return Buffer.concat(chunks);
      if (previous) table.push(Buffer.concat([previous, entry.subarray(0, 1)]));
      previous = entry;
      size += entry.length;
      if (size > cap) return 'over';
      chunks.push(entry);
      if (table.length + earlyChange >= 1 << bits && bits < 12) bits++;
    }
  }
  return Buffer.concat(chunks);
}

function asciiHex(bytes: Uint8Array): Uint8Array {
  const digits = Buffer.from(bytes).toString('latin1').split('>')[0]!.replace(/[^0-9a-fA-F]/g, '');
  return Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex');
}

function ascii85(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1').split('~>')[0]!.replace(/\s/g, '');
  const out: number[] = [];
  let group: number[] = [];
  const flush = (n: number) => {
    while (group.length < 5) group.push(84);
    let value = 0;
    for (const d of group) value = value * 85 + d;
    for (let k = 3; k >= 4 - n; k--) out.push((value >>> (8 * k)) & 0xff);
    group = [];
  };
  for (const ch of text) {
    if (ch === 'z' && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    const d = ch.charCodeAt(0) - 33;
    if (d < 0 || d > 84) continue;
    group.push(d);
    if (group.length === 5) flush(4);
  }
  if (group.length > 1) flush(group.length - 1);
  return Uint8Array.from(out);
}
