/**
 * The pre-scan must find every stream pdf.js will decode, however the file writes it: each
 * variant below hid a deflate bomb from an earlier pre-scan while pdf.js still found and
 * inflated it (minutes and gigabytes). Each must now fail on the stream-bytes budget, before pdf.js.
 */
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PDF_LIMITS, LimitError } from '../../src/guard/pdf-limits.js';
import { prescanPdf } from '../../src/guard/pdf-prescan.js';
import { bomb, pageWith } from './hostile-pdfs.js';

/** The limit a pre-scan of `bytes` stops at, or null when it lets the file through. */
function stopsAt(bytes: Uint8Array): string | null {
  try {
    prescanPdf(bytes, 'x.pdf', DEFAULT_PDF_LIMITS);
    return null;
  } catch (error) {
    if (error instanceof LimitError) return error.limit;
    throw error;
  }
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

let plainBomb = '';
beforeAll(async () => {
  // 128 MiB of spaces, twice deflated: twice the stream-bytes budget.
  plainBomb = latin1(await bomb(1 / 8));
}, 60_000);

describe('a deflate bomb written so that a naive scan misses it', () => {
  it('as written (the control)', () => {
    expect(stopsAt(bytesOf(plainBomb))).toBe('stream-bytes');
  });

  it('a comment and a NUL inside the object header ("4%…\\n0\\0obj")', () => {
    expect(stopsAt(bytesOf(plainBomb.replace('4 0 obj', '4%x\n0\0obj')))).toBe('stream-bytes');
  });

  it('its /Filter an indirect reference to the array of filters', () => {
    const text = plainBomb.replace('/Filter [/FlateDecode /FlateDecode]', '/Filter 6 0 R').replace('xref\n', '6 0 obj\n[/FlateDecode 7 0 R]\nendobj\n7 0 obj\n/FlateDecode\nendobj\nxref\n');
    expect(stopsAt(bytesOf(text))).toBe('stream-bytes');
  });

  it('its filters under /F, the short name pdf.js also takes', () => {
    expect(stopsAt(bytesOf(plainBomb.replace('/Filter [', '/F [')))).toBe('stream-bytes');
  });

  it('an earlier definition of the object, replaced by a harmless one later in the file', () => {
    const harmless = '4 0 obj\n<< /Length 0 >>\nstream\n\nendstream\nendobj\n';
    const at = plainBomb.indexOf('xref\n');
    expect(stopsAt(bytesOf(plainBomb.slice(0, at) + harmless + plainBomb.slice(at)))).toBe('stream-bytes');
  });
});

describe('Brotli (pdf.js reads /BrotliDecode)', () => {
  it('a Brotli bomb fails; a small Brotli stream passes', () => {
    const spaces = Buffer.alloc(96 * 2 ** 20, 0x20);
    const squeezed = zlib.brotliCompressSync(spaces, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } });
    const made = latin1(pageWith('BT ET'));
    // pageWith deflates its content; put the Brotli data in its place.
    const start = made.indexOf('stream\n', made.indexOf('4 0 obj')) + 7;
    const end = made.indexOf('\nendstream', start);
    const text = made.slice(0, start) + squeezed.toString('latin1') + made.slice(end);
    const fixed = text.replace(/(4 0 obj\n<< )\/Filter \/FlateDecode \/Length \d+/, `$1/Filter /BrotliDecode /Length ${squeezed.length}`);
    expect(stopsAt(bytesOf(fixed))).toBe('stream-bytes');
    const small = zlib.brotliCompressSync(Buffer.from('BT /F1 12 Tf (ok) Tj ET'));
    const fine = made.slice(0, start) + small.toString('latin1') + made.slice(end);
    expect(stopsAt(bytesOf(fine.replace(/(4 0 obj\n<< )\/Filter \/FlateDecode \/Length \d+/, `$1/Filter /BrotliDecode /Length ${small.length}`)))).toBeNull();
  });
});
