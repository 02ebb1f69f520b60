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

/** Deflate of `prefix` and then `gib` GiB of spaces, made in 1 MiB steps (never the whole in memory). */
async function deflatedSpaces(prefix: Uint8Array, gib: number): Promise<Buffer> {
  const deflate = zlib.createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  const collected = new Promise<void>((resolve) => deflate.pipe(new PassThrough()).on('data', (c: Buffer) => chunks.push(c)).on('end', resolve));
  deflate.write(prefix);
  const block = Buffer.alloc(2 ** 20, 0x20);
  for (let k = 0; k < gib * 1024; k++) if (!deflate.write(block)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await collected;
  return Buffer.concat(chunks);
}

/** A content stream that is a deflate of a deflate of `gib` GiB of spaces. */
export async function bomb(gib = 1, seal = plain): Promise<Uint8Array> {
  const outer = zlib.deflateSync(await deflatedSpaces(new Uint8Array(0), gib), { level: 9 });
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

/**
 * A PDF with a cross-reference stream, objects 1..N in order; `packed` objects are not written
 * at the top level but live in object stream `objStm` (its data given), at their index there.
 */
function xrefStreamPdf(objects: PdfObject[], packed: Map<number, number>, objStm: number): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let size = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(size);
    if (packed.has(i + 1)) return;
    const body = typeof object === 'string' ? Buffer.from(object, 'latin1') : streamBytes(object.dict, object.data);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(part);
    size += part.length;
  });
  const n = objects.length + 2;
  const row = (type: number, a: number, b: number) => Buffer.from([type, (a >>> 24) & 0xff, (a >>> 16) & 0xff, (a >>> 8) & 0xff, a & 0xff, (b >>> 8) & 0xff, b & 0xff]);
  const rows = [row(0, 0, 0xffff), ...offsets.map((o, i) => (packed.has(i + 1) ? row(2, objStm, packed.get(i + 1)!) : row(1, o, 0))), row(1, size, 0)];
  parts.push(Buffer.from(`${n - 1} 0 obj\n`, 'latin1'), streamBytes(`/Type /XRef /Size ${n} /W [1 4 2] /Root 1 0 R`, Buffer.concat(rows)), Buffer.from(`\nendobj\nstartxref\n${size}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

/** The font of the page inside an object stream whose data then runs on for `gib` GiB of spaces. */
export async function objStmBomb(gib = 1): Promise<Uint8Array> {
  const members = Buffer.from(`5 0 ${FONT}`, 'latin1');
  const data = zlib.deflateSync(await deflatedSpaces(members, gib), { level: 9 });
  return xrefStreamPdf([CATALOG, PAGES, page(''), stream('', TEXT), '', stream('/Type /ObjStm /N 1 /First 4 /Filter [/FlateDecode /FlateDecode]', data)], new Map([[5, 0]]), 6);
}

/** An object stream that claims `n` objects, its header a long run of "number offset" pairs. */
export function objStmCount(n = 10_000_000): Uint8Array {
  const header = Buffer.from(Array.from({ length: 200_000 }, (_, k) => `${100 + k} 0`).join(' '), 'latin1');
  const members = Buffer.concat([Buffer.from('5 0 ', 'latin1'), header, Buffer.from(` ${FONT}`, 'latin1')]);
  return xrefStreamPdf([CATALOG, PAGES, page(''), stream('', TEXT), '', stream(`/Type /ObjStm /N ${n} /First 4 /Filter /FlateDecode`, zlib.deflateSync(members))], new Map([[5, 0]]), 6);
}

/** A page of text whose content stream is `content` (deflated), and `extra` objects from 6 on. */
export function pageWith(content: string | Uint8Array, resources = '', extra: PdfObject[] = [], pageDict = ''): Uint8Array {
  const data = zlib.deflateSync(typeof content === 'string' ? Buffer.from(content, 'latin1') : content, { level: 9 });
  const thePage = pageDict || page(resources);
  return pdfOf([CATALOG, PAGES, thePage, stream('/Filter /FlateDecode', data), FONT, ...extra]);
}

/** The page tree's /Kids lists the tree itself (and the page): a loop. */
export function kidsLoop(): Uint8Array {
  return pdfOf([CATALOG, '<< /Type /Pages /Kids [3 0 R 2 0 R 1 0 R] /Count 3 >>', page(''), stream('', TEXT), FONT]);
}

/** The trailer's /Prev points back at its own cross-reference table. */
export function prevLoop(): Uint8Array {
  const text = Buffer.from(textPage(['A line of text'])).toString('latin1');
  const at = /startxref\n(\d+)/.exec(text)![1]!;
  return new Uint8Array(Buffer.from(text.replace('trailer\n<< ', `trailer\n<< /Prev ${at} `), 'latin1'));
}

/** Two cross-reference sections whose /Prev point at each other. */
export function prevCycle(): Uint8Array {
  const first = Buffer.from(textPage(['A line of text'])).toString('latin1');
  const firstAt = Number(/startxref\n(\d+)/.exec(first)![1]);
  const secondAt = first.length;
  const update = `xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 6 /Root 1 0 R /Prev ${firstAt} >>\nstartxref\n${secondAt}\n%%EOF\n`;
  const looped = first.replace('trailer\n<< ', `trailer\n<< /Prev ${String(secondAt).padEnd(10)} `);
  return new Uint8Array(Buffer.from(looped + update, 'latin1'));
}

/** Arrays nested `depth` deep: in the page dictionary, or as an operand in the content stream. */
export function deepArrays(depth = 1_000_000, where: 'object' | 'content' | 'dict' = 'object'): Uint8Array {
  if (where === 'content') return pageWith(`${'['.repeat(depth)}${']'.repeat(depth)} 0 d\n${TEXT.toString('latin1')}`);
  const nest = where === 'dict' ? `${'<< /A '.repeat(depth)}1${' >>'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`;
  return pageWith(TEXT, '', [], `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Junk ${nest} >>`);
}

/** A Type 3 font whose glyph shows text in the same font (endless recursion), or draws a form fan-out. */
export function type3(kind: 'recursive' | 'forms' = 'recursive'): Uint8Array {
  // Object 6: the font; 7: glyph "a"; 8..: forms.
  const glyph = kind === 'recursive' ? '1000 0 d0 BT /F3 1 Tf (aaaaaaaa) Tj ET' : `1000 0 d0 ${'/X Do '.repeat(8)}`;
  const forms = kind === 'forms' ? fanOutForms(12, 8, 8) : [];
  const font = `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /a 7 0 R >> /Encoding << /Type /Encoding /Differences [97 /a] >> /FirstChar 97 /LastChar 97 /Widths [1000] /Resources << /Font << /F3 6 0 R >> /XObject << /X 8 0 R >> >> >>`;
  return pageWith(`BT /F3 12 Tf 72 700 Td (aaaa) Tj ET\n${TEXT.toString('latin1')}`, '/Font << /F1 5 0 R /F3 6 0 R >>', [font, stream('', Buffer.from(glyph, 'latin1')), ...forms], page('').replace('/Font << /F1 5 0 R >>', '/Font << /F1 5 0 R /F3 6 0 R >>'));
}

/** Forms from object `first` on, each drawing the next `fan` times. */
function fanOutForms(levels: number, fan: number, first: number): StreamObject[] {
  return Array.from({ length: levels + 1 }, (_, k) => {
    const content = k < levels ? '/X Do '.repeat(fan) : '0 0 m 10 10 l S';
    const resources = k < levels ? `/Resources << /XObject << /X ${first + 1 + k} 0 R >> >>` : '';
    return stream(`/Type /XObject /Subtype /Form /BBox [0 0 595 842] ${resources}`, Buffer.from(content, 'latin1'));
  });
}

/** Tiling patterns, each filling with the next `fan` times, `levels` deep (or one filling with itself). */
export function patternFanOut(levels = 12, fan = 8, recursive = false): Uint8Array {
  const patterns = Array.from({ length: levels + 1 }, (_, k) => {
    const next = recursive ? 6 : 7 + k;
    const content = k < levels ? '/Pattern cs /P scn 0 0 10 10 re f\n'.repeat(fan) : '0 0 1 1 re f';
    const resources = k < levels ? `/Resources << /Pattern << /P ${next} 0 R >> >>` : '/Resources << >>';
    return stream(`/Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 10 10] /XStep 10 /YStep 10 ${resources}`, Buffer.from(content, 'latin1'));
  });
  return pageWith(`/Pattern cs /P scn 0 0 595 842 re f\n${TEXT.toString('latin1')}`, '/Pattern << /P 6 0 R >>', patterns);
}

/** An axial shading whose sampled function claims `samples` samples of 32 bits. */
export function shadingFunction(samples = 1_000_000_000): Uint8Array {
  const shading = `<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 595 842] /Function 7 0 R >>`;
  const fn = stream(`/FunctionType 0 /Domain [0 1] /Range [0 1 0 1 0 1] /Size [${samples}] /BitsPerSample 32`, Buffer.alloc(64));
  return pageWith(`/S sh\n${TEXT.toString('latin1')}`, '/Shading << /S 6 0 R >>', [shading, fn]);
}

/** An image XObject of `side` × `side` RGB pixels whose data is a few bytes (or a deflate of zeros). */
export function hugeImage(side = 50_000): Uint8Array {
  const image = stream(`/Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode`, zlib.deflateSync(Buffer.alloc(1 << 20)));
  return pageWith(`q 500 0 0 500 50 50 cm /Im Do Q\n${TEXT.toString('latin1')}`, '/XObject << /Im 6 0 R >>', [image]);
}

/** A page tree whose /Count claims `count` pages. */
export function pageCount(count = 1_000_000_000): Uint8Array {
  return pdfOf([CATALOG, `<< /Type /Pages /Kids [3 0 R] /Count ${count} >>`, page(''), stream('', TEXT), FONT]);
}

/** `count` pages that all share one page object's content (a few bytes each). */
export function manyPages(count = 50_000): Uint8Array {
  const kids = Array.from({ length: count }, (_, k) => `${6 + k} 0 R`).join(' ');
  const pages = Array.from({ length: count }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>');
  return pdfOf([CATALOG, `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`, page(''), stream('', TEXT), FONT, ...pages]);
}

/** A page `side` points across. */
export function hugeMediaBox(side: string = '1e9'): Uint8Array {
  return pdfOf([CATALOG, PAGES, page('').replace('[0 0 595 842]', `[0 0 ${side} ${side}]`), stream('', TEXT), FONT]);
}

/** A content stream of `count` tiny operators ("n": end a path that was never begun). */
export function tinyOperators(count = 20_000_000): Uint8Array {
  return pageWith(Buffer.concat([TEXT, Buffer.alloc(count * 2, 'n\n')]));
}

/** One Tj showing a string of `length` characters (literal, or hex). */
export function giantString(length = 60_000_000, hex = false): Uint8Array {
  const body = hex ? `<${'41'.repeat(length)}>` : `(${'A'.repeat(length)})`;
  return pageWith(`BT /F1 12 Tf 72 770 Td ${body} Tj ET\n${TEXT.toString('latin1')}`);
}

/** One TJ whose array holds `count` strings and kerning numbers. */
export function giantTJ(count = 5_000_000): Uint8Array {
  return pageWith(`BT /F1 12 Tf 72 770 Td [${'(A) -10 '.repeat(count)}] TJ ET\n${TEXT.toString('latin1')}`);
}

/** A tagged page (its text marked as MCID 0) whose structure tree the generator `kids` writes from object 7 on. */
function taggedPage(tree: (first: number) => { objects: string[]; leaf: number; root: number }): Uint8Array {
  const text = Buffer.from('BT /F1 12 Tf 72 770 Td /TD <</MCID 0>> BDC (WSIS Action Line C2) Tj EMC ET\n', 'latin1');
  const { objects, leaf, root } = tree(7);
  const parentTree = 7 + objects.length;
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 6 0 R /MarkInfo << /Marked true >> >>',
    PAGES,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /StructParents 0 >>',
    stream('', text),
    FONT,
    `<< /Type /StructTreeRoot /K [${root} 0 R] /ParentTree ${parentTree} 0 R >>`,
    ...objects,
    `<< /Nums [0 [${leaf} 0 R]] >>`,
  ]);
}

/** A structure element that is its own parent and lists itself among its kids. */
export function structTreeLoop(): Uint8Array {
  return taggedPage((first) => ({ objects: [`<< /Type /StructElem /S /Table /P ${first} 0 R /Pg 3 0 R /K [${first} 0 R ${first} 0 R 0] >>`], leaf: first, root: first }));
}

/** A chain of `levels` structure elements, each listing the next `fan` times: fan^levels paths down to one cell. */
export function structTreeFanOut(levels = 40, fan = 8): Uint8Array {
  return taggedPage((first) => ({
    objects: Array.from({ length: levels }, (_, i) =>
      i < levels - 1
        ? `<< /Type /StructElem /S /Div /P ${i === 0 ? 6 : first + i - 1} 0 R /Pg 3 0 R /K [${Array(fan).fill(`${first + i + 1} 0 R`).join(' ')}] >>`
        : `<< /Type /StructElem /S /TD /P ${first + i - 1} 0 R /Pg 3 0 R /K 0 >>`,
    ),
    leaf: first + levels - 1,
    root: first,
  }));
}
