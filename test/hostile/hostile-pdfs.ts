/**
 * Hostile PDFs, made here rather than committed as binaries (scripts/make-hostile-pdfs.ts writes
 * them to a folder for trying by hand):
 *   - bomb: one page whose content stream is a deflate of a deflate of 1 GiB of spaces (~4 KB);
 *   - fanOut: 12 levels of forms, each drawing the next 8 times: 8^12 draws from ~4 KB;
 *   - nested: forms drawn inside each other 5,000 deep;
 *   - damagedXref: a good PDF whose cross-reference offsets all point at byte 0.
 */
import { PassThrough } from 'node:stream';
import zlib from 'node:zlib';

/** A stream object: its dictionary's entries (without /Length) and its data. */
export interface StreamObject {
  dict: string;
  data: Uint8Array;
}
export type PdfObject = string | StreamObject;

/**
 * A PDF from its objects (1-based, in order), with a correct cross-reference table (or one
 * `xrefOffset` damages) and `trailer` entries added to the trailer. `encrypt(number, data)`, when
 * given, is applied to each stream's data (encrypt-pdf.ts).
 */
export function pdfOf(
  objects: PdfObject[],
  xrefOffset: (real: number) => number = (real) => real,
  trailer = '',
  encrypt: (number: number, data: Uint8Array) => Uint8Array = (_, data) => data,
): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let size = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(size);
    const body = typeof object === 'string' ? Buffer.from(object, 'latin1') : streamBytes(object.dict, encrypt(i + 1, object.data));
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(part);
    size += part.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(xrefOffset(o)).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${size}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

function streamBytes(dict: string, data: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), Buffer.from(data), Buffer.from('\nendstream', 'latin1')]);
}

export const stream = (dict: string, data: Uint8Array): StreamObject => ({ dict, data });

/** How a generator's objects become a file: plainly, or encrypted (encrypt-pdf.ts). */
export type Seal = (objects: PdfObject[]) => Uint8Array;
const plain: Seal = (objects) => pdfOf(objects);

const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';
const PAGES = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
const page = (resources: string) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> ${resources} >> >>`;
const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const TEXT = Buffer.from('BT /F1 12 Tf 72 770 Td (WSIS Action Line C2) Tj ET\n', 'latin1');

/** Deflate of a deflate of `gib` GiB of spaces, made in 1 MiB steps (never the whole in memory). */
export async function bomb(gib = 1, seal = plain): Promise<Uint8Array> {
  const inner = zlib.createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  const collected = new Promise<void>((resolve) => inner.pipe(new PassThrough()).on('data', (c: Buffer) => chunks.push(c)).on('end', resolve));
  const block = Buffer.alloc(2 ** 20, 0x20);
  for (let k = 0; k < gib * 1024; k++) if (!inner.write(block)) await new Promise((r) => inner.once('drain', r));
  inner.end();
  await collected;
  const outer = zlib.deflateSync(Buffer.concat(chunks), { level: 9 });
  return seal([CATALOG, PAGES, page(''), stream('/Filter [/FlateDecode /FlateDecode]', outer), FONT]);
}

/** `levels` levels of forms, each drawing the next `fan` times; the last draws a line. */
export function fanOut(levels = 12, fan = 8, seal = plain): Uint8Array {
  // Objects 1–5 as in every file here; forms from 6 on, form k drawing form k+1 as /X.
  const forms = Array.from({ length: levels + 1 }, (_, k) => {
    const content = k < levels ? '/X Do '.repeat(fan) : '0 0 m 10 10 l S';
    const resources = k < levels ? `/Resources << /XObject << /X ${7 + k} 0 R >> >>` : '';
    return stream(`/Type /XObject /Subtype /Form /BBox [0 0 595 842] ${resources}`, Buffer.from(content, 'latin1'));
  });
  return seal([CATALOG, PAGES, page('/XObject << /X 6 0 R >>'), stream('', Buffer.concat([TEXT, Buffer.from('/X Do', 'latin1')])), FONT, ...forms]);
}

/** Forms drawn inside each other `depth` deep. */
export function nested(depth = 5000, seal = plain): Uint8Array {
  const forms = Array.from({ length: depth }, (_, k) => {
    const last = k === depth - 1;
    return stream(`/Type /XObject /Subtype /Form /BBox [0 0 595 842] ${last ? '' : `/Resources << /XObject << /X ${7 + k} 0 R >> >>`}`, Buffer.from(last ? '0 0 m 10 10 l S' : '/X Do', 'latin1'));
  });
  return seal([CATALOG, PAGES, page('/XObject << /X 6 0 R >>'), stream('', Buffer.concat([TEXT, Buffer.from('/X Do', 'latin1')])), FONT, ...forms]);
}

/** A one-page PDF of text lines, each a Tj at its own height. */
export function textPage(lines: string[], seal = plain): Uint8Array {
  return seal(textPageObjects(lines));
}

function textPageObjects(lines: string[]): PdfObject[] {
  const content = ['BT /F1 9 Tf', ...lines.map((line, k) => `1 0 0 1 40 ${800 - k * 12} Tm (${line.replace(/[()\\]/g, '\\$&')}) Tj`), 'ET'].join('\n');
  return [CATALOG, PAGES, page(''), stream('', Buffer.from(content, 'latin1')), FONT];
}

/** A one-page PDF of text lines (each a Tj at its own height), with every xref offset set to 0. */
export function damagedXref(lines: string[]): Uint8Array {
  return pdfOf(textPageObjects(lines), () => 0);
}
