/**
 * The pre-scan reads encrypted streams (src/guard/pdf-decrypt.ts): files encrypted by
 * encrypt-pdf.ts (written from the specification, checked against poppler by hand) give back the
 * content stream that was put in, with the empty user password, a user password and the owner
 * password, for RC4, AES-128 and AES-256; a wrong password finds no key.
 */
import { describe, expect, it } from 'vitest';
import { decryptStreams } from '../../src/guard/pdf-decrypt.js';
import { scanObjects, scanTrailers, stringBytes } from '../../src/guard/pdf-objects.js';
import { encryptedPdf } from './encrypt-pdf.js';
import { textPage } from './hostile-pdfs.js';

const CONTENT = 'BT /F1 9 Tf\n1 0 0 1 40 800 Tm (Sealed line) Tj\nET';

/** Object 4 of textPage is its content stream. */
function contentAfter(bytes: Uint8Array, password?: string): { result: string; content: string } {
  const objects = scanObjects(bytes);
  const result = decryptStreams(objects, scanTrailers(bytes, objects), password);
  return { result, content: Buffer.from(objects.get(4)!.stream!).toString('latin1') };
}

describe.each(['rc4', 'aes128', 'aes256'] as const)('%s', (method) => {
  it('no user password: the content stream comes back as written', () => {
    const bytes = textPage(['Sealed line'], encryptedPdf(method));
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('Sealed line');
    expect(contentAfter(bytes)).toEqual({ result: 'decrypted', content: CONTENT });
  });

  it('a user password: read with it or with the owner password, not without or with a wrong one', () => {
    const bytes = textPage(['Sealed line'], encryptedPdf(method, 'secret', 'boss'));
    expect(contentAfter(bytes, 'secret')).toEqual({ result: 'decrypted', content: CONTENT });
    expect(contentAfter(bytes, 'boss')).toEqual({ result: 'decrypted', content: CONTENT });
    expect(contentAfter(bytes).result).toBe('locked');
    expect(contentAfter(bytes, 'wrong').result).toBe('locked');
  });
});

describe('decryptStreams', () => {
  it('leaves a file without /Encrypt as it is', () => {
    const bytes = textPage(['Sealed line']);
    expect(contentAfter(bytes)).toEqual({ result: 'plain', content: CONTENT });
  });

  it('an /Encrypt of another handler is locked, not guessed', () => {
    const bytes = textPage(['x'], encryptedPdf('rc4'));
    const text = Buffer.from(bytes).toString('latin1').replace('/Filter /Standard', '/Filter /Adobe.PubSec');
    const objects = scanObjects(Buffer.from(text, 'latin1'));
    expect(decryptStreams(objects, scanTrailers(Buffer.from(text, 'latin1'), objects))).toBe('locked');
  });
});

describe('stringBytes', () => {
  const of = (written: string) => {
    const objects = scanObjects(Buffer.from(`1 0 obj\n<< /S ${written} >>\nendobj\n`, 'latin1'));
    const dict = objects.get(1)!.value as Map<string, never>;
    return [...(stringBytes(dict.get('S')) ?? [])];
  };
  it('reads hex strings, odd digit counts padded with 0', () => {
    expect(of('<41 42 4>')).toEqual([0x41, 0x42, 0x40]);
  });
  it('reads literal escapes: \\n, \\(, \\\\, octal, a backslash-newline, a raw CR LF', () => {
    expect(of('(a\\nb\\(\\)\\\\\\101\\7x\\\ny\r\nz)')).toEqual([0x61, 0x0a, 0x62, 0x28, 0x29, 0x5c, 0x41, 0x07, 0x78, 0x79, 0x0a, 0x7a]);
  });
});
