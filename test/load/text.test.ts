import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.js';
import { InputError } from '../../src/errors.js';
import { decodeText } from '../../src/load/text.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('keeps line numbers across LF, CRLF and CR line ends', () => {
    const { lines } = decodeText(utf8('a\r\nb\nc\rd'), 'f.txt', new Diagnostics());
    expect(lines).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('WSIS Action Line C2: x')]);
    expect(decodeText(bytes, 'f.txt', new Diagnostics()).lines[0]).toBe('WSIS Action Line C2: x');
  });

  it('decodes Windows-1252 text that is not UTF-8, with a warning', () => {
    const diagnostics = new Diagnostics();
    // "Caf\xe9 – x": 0xe9 is é and 0x96 an en dash in Windows-1252, invalid alone in UTF-8.
    const { lines, encoding } = decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x78]), 'f.txt', diagnostics);
    expect(encoding).toBe('windows-1252');
    expect(lines).toEqual(['Café – x']);
    expect(diagnostics.items.map((d) => d.code)).toEqual(['encoding-fallback']);
  });

  it.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['only whitespace', utf8(' \n\t\r\n'), /empty/],
    ['binary data with NUL bytes', new Uint8Array([0x25, 0x50, 0x00, 0x01, 0x02]), /not a text file/],
    ['control characters', utf8('\u0001\u0002\u0003\u0004abc'), /not a text file/],
  ])('rejects %s naming the file', (_name, bytes, message) => {
    expect(() => decodeText(bytes, 'sources/x/bad.txt', new Diagnostics())).toThrow(InputError);
    try {
      decodeText(bytes, 'sources/x/bad.txt', new Diagnostics());
    } catch (error) {
      expect((error as InputError).describe()).toMatch(/^sources\/x\/bad\.txt: /);
      expect((error as InputError).message).toMatch(message);
    }
  });
});
