/**
 * Decoding layout text: UTF-8 with or without BOM, CRLF/CR/LF line ends, line numbers kept.
 * Text that is not valid UTF-8 is decoded as Windows-1252 (the usual fallback of converters on
 * Windows; it maps every byte) and reported. Binary data, UTF-16, empty files and lines far longer
 * than any table line are fatal.
 */
import { InputError } from '../errors.js';
import { Diagnostics } from '../diagnostics.js';

export interface DecodedText {
  /** Line i (0-based) is source line i + 1. */
  lines: string[];
  encoding: 'utf-8' | 'windows-1252';
}

/**
 * The longest line accepted. Layout text has one table line per source line (the longest line of
 * the 2018 edition has 2,689 characters); a line of a million characters means the file is no
 * layout text export (a dump without line breaks), and every stage would pay for it.
 */
export const MAX_LINE_LENGTH = 1_000_000;

/** Control characters other than tab/LF/CR/FF: a few are tolerated, many mean binary data. */
const MAX_CONTROL_CHAR_RATIO = 0.01;

export function decodeText(bytes: Uint8Array, file: string, diagnostics: Diagnostics): DecodedText {
  // A UTF-16 byte order mark: text, but full of NUL bytes that would read as binary data.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(file, 'the file is UTF-16 text; save it as UTF-8');
  }
  if (bytes.includes(0)) throw new InputError(file, 'not a text file (it contains NUL bytes: binary data?)');
  // Each line is decoded on its own (a line end is the same byte in UTF-8 and in Windows-1252, and
  // never inside a UTF-8 sequence): a line of plain text is then a compact one-byte string, where a
  // slice of the whole text would keep all of it in two bytes a character as soon as one character
  // anywhere needs them.
  const spans = lineSpans(bytes);
  let encoding: DecodedText['encoding'] = 'utf-8';
  let lines: string[];
  try {
    const first = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    const rest = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    lines = spans.map((span, i) => (i === 0 ? first : rest).decode(bytes.subarray(span.start, span.end)));
  } catch {
    encoding = 'windows-1252';
    lines = spans.map((span) => decodeWindows1252(bytes.subarray(span.start, span.end)));
    diagnostics.warn('encoding-fallback', 'the file is not valid UTF-8; it was decoded as Windows-1252');
  }
  if (lines.every((line) => line.trim() === '')) throw new InputError(file, 'the file is empty');
  // Over the whole text, line ends included (they are no control characters here).
  let control = 0;
  let length = 0;
  lines.forEach((line, i) => {
    length += line.length + spans[i]!.ending;
    for (let k = 0; k < line.length; k++) {
      const c = line.charCodeAt(k);
      if ((c < 32 && c !== 9 && c !== 12) || c === 0xfffd) control++;
    }
  });
  if (control / length > MAX_CONTROL_CHAR_RATIO) {
    throw new InputError(file, 'not a text file (too many control characters: binary data?)');
  }
  const long = lines.findIndex((line) => line.length > MAX_LINE_LENGTH);
  if (long >= 0) {
    const length = lines[long]!.length.toLocaleString('en');
    throw new InputError(file, `line too long (${length} characters, the limit is ${MAX_LINE_LENGTH.toLocaleString('en')}): layout text has one table line per line`, long + 1);
  }
  return { lines, encoding };
}

interface LineSpan {
  start: number;
  end: number;
  /** Bytes of the line end after it: 2 for CRLF, 1 for CR or LF, 0 after the last line. */
  ending: number;
}

const CR = 0x0d;
const LF = 0x0a;

/** The lines of the bytes, split at CRLF, CR or LF (as /\r\n|\r|\n/ splits the decoded text). */
function lineSpans(bytes: Uint8Array): LineSpan[] {
  const spans: LineSpan[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== CR && b !== LF) continue;
    const ending = b === CR && bytes[i + 1] === LF ? 2 : 1;
    spans.push({ start, end: i, ending });
    i += ending - 1;
    start = i + 1;
  }
  spans.push({ start, end: bytes.length, ending: 0 });
  return spans;
}

/** Windows-1252's printable characters in 0x80–0x9F (Node's 'windows-1252' decoder gives Latin-1 C1 controls there). */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Code units per String.fromCharCode call (its arguments are bounded). */
const DECODE_CHUNK = 8192;

function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    units[i] = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte;
  }
  // In pieces: a character at a time made one string of a million parts per megabyte.
  const parts: string[] = [];
  for (let at = 0; at < units.length; at += DECODE_CHUNK) parts.push(String.fromCharCode(...units.subarray(at, at + DECODE_CHUNK)));
  return parts.join('');
}
