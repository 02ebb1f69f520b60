/**
 * `npx tsx scripts/make-pdf-variants-derived.ts [name...]`: makes the variants that are not
 * printed by Chromium from HTML (their list and descriptions are DERIVED in
 * scripts/make-pdf-variants.ts): a scanned copy with an OCR text layer, and held-out renderings
 * by other producers (LibreOffice Writer, Ghostscript's pdfwrite, cairo). A dev tool, not run in
 * CI: it needs Debian's poppler-utils, ocrmypdf and tesseract-ocr (with tesseract-ocr-eng, img2pdf and pikepdf),
 * libreoffice-writer-nogui and ghostscript. The re-distilled variants read the Chromium variants,
 * so make those first.
 *
 * The scans keep the OCR layer exactly as ocrmypdf wrote it and only swap each page's image for
 * a 25-dpi JPEG, so a 28-page scan stays a few hundred KB: the engine reads the text layer, and
 * the image is there so that the page looks like a scan.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compress, DERIVED, documentHtml, folderOf, readEdition, VARIANTS, writeReadmes } from './make-pdf-variants.js';

const BUNDLED = 'sources/2018/wsis-roadmaps-2018.pdf';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

/** The resolution of the low-resolution page images a scan keeps. */
const KEPT_DPI = 25;
/** Their JPEG quality: enough to see the page, not to read it. */
const KEPT_QUALITY = 30;

/**
 * Rasterises `input` at `dpi` in grey, OCRs the pages with ocrmypdf (Tesseract, English, one job
 * so as not to crowd a shared machine), then replaces the page images by KEPT_DPI JPEGs.
 * `oversample` > 1 upscales the scan before OCR (what ocrmypdf's --oversample does): at 150 dpi
 * Tesseract drops small digits and letters ("7.1, 7. ," for "7.1, 7.a, 7.b,"); read at twice the
 * size it keeps them. The information is still the 150-dpi scan's.
 */
function scan(input: string, out: string, dpi: number, oversample: number, work: string): void {
  run('pdftoppm', ['-r', String(dpi), '-gray', '-png', input, path.join(work, 'page')]);
  const pages = readdirSync(work)
    .filter((f) => /^page-\d+\.png$/.test(f))
    .sort()
    .map((f) => path.join(work, f));
  // ocrmypdf's own --oversample grafts no text layer in the Debian build (14.0.1): upscale here.
  if (oversample !== 1) run('mogrify', ['-resize', `${oversample * 100}%`, ...pages]);
  const ocrDpi = dpi * oversample;
  const images = path.join(work, 'images.pdf');
  const toPdf = ['import sys, img2pdf', `open(sys.argv[1], "wb").write(img2pdf.convert(sys.argv[2:], layout_fun=img2pdf.get_fixed_dpi_layout_fun((${ocrDpi}, ${ocrDpi}))))`].join('\n');
  run('/usr/bin/python3', ['-c', toPdf, images, ...pages]);
  const ocr = path.join(work, 'ocr.pdf');
  run('ocrmypdf', ['--quiet', '--language', 'eng', '--output-type', 'pdf', '--optimize', '0', '--jobs', '1', images, ocr]);
  shrinkImages(ocr, out, KEPT_DPI / ocrDpi);
}

/**
 * Another OCR pipeline, for checking that the engine's OCR rules are not tuned to ocrmypdf's:
 * `input` rasterised at `dpi` in grey, each page OCR'd by Tesseract itself (`tesseract page.png
 * base pdf`, its own PDF renderer, no ocrmypdf preprocessing), the pages joined, then the page
 * images replaced by KEPT_DPI JPEGs as in `scan`.
 */
function tesseractScan(input: string, out: string, dpi: number, work: string): void {
  run('pdftoppm', ['-r', String(dpi), '-gray', '-png', input, path.join(work, 'page')]);
  const pages = readdirSync(work)
    .filter((f) => /^page-\d+\.png$/.test(f))
    .sort()
    .map((f) => path.join(work, f));
  const pdfs = pages.map((png) => {
    const base = png.replace(/\.png$/, '');
    // One thread: the machine is shared.
    execFileSync('tesseract', [png, base, '-l', 'eng', '--dpi', String(dpi), 'pdf'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
    return `${base}.pdf`;
  });
  const joined = path.join(work, 'joined.pdf');
  const join = ['import sys, pikepdf', 'out = pikepdf.new()', 'for f in sys.argv[2:]:', '    out.pages.extend(pikepdf.open(f).pages)', 'out.save(sys.argv[1])'].join('\n');
  run('/usr/bin/python3', ['-c', join, joined, ...pdfs]);
  shrinkImages(joined, out, KEPT_DPI / dpi);
}

/** Replaces each page image of `input` by a grey JPEG scaled by `factor`; the rest is untouched. */
export function shrinkImages(input: string, out: string, factor: number): void {
  const script = [
    'import sys, io, pikepdf',
    'from PIL import Image',
    'pdf = pikepdf.open(sys.argv[1])',
    'factor = float(sys.argv[3])',
    'for page in pdf.pages:',
    '    for name, image in list(page.images.items()):',
    '        pil = pikepdf.PdfImage(image).as_pil_image().convert("L")',
    '        small = pil.resize((max(1, round(pil.width * factor)), max(1, round(pil.height * factor))), Image.LANCZOS)',
    `        data = io.BytesIO(); small.save(data, format="JPEG", quality=${KEPT_QUALITY})`,
    '        image.write(data.getvalue(), filter=pikepdf.Name.DCTDecode)',
    '        image.Width, image.Height = small.width, small.height',
    '        image.ColorSpace = pikepdf.Name.DeviceGray',
    '        image.BitsPerComponent = 8',
    '        for key in ("/DecodeParms", "/SMask", "/Decode"):',
    '            if key in image: del image[key]',
    'pdf.save(sys.argv[2], object_stream_mode=pikepdf.ObjectStreamMode.generate, recompress_flate=True)',
  ].join('\n');
  run('/usr/bin/python3', ['-c', script, input, out, String(factor)]);
}

/** LibreOffice's PDF export options for a tagged PDF (a structure tree). */
const TAGGED_PDF = ':{"UseTaggedPDF":{"type":"boolean","value":"true"}}';

/** LibreOffice Writer, with a profile of its own (another soffice may be running). */
function libreOffice(html: string, out: string, work: string, viaOdt: boolean, tagged = false): void {
  const pdf = `pdf:writer_pdf_Export${tagged ? TAGGED_PDF : ''}`;
  const profile = `-env:UserInstallation=file://${path.join(work, 'lo-profile')}`;
  const htmlFile = path.join(work, 'roadmap.html');
  writeFileSync(htmlFile, html);
  const soffice = (args: string[]) => run('soffice', [profile, '--headless', '--norestore', ...args, '--outdir', work]);
  if (viaOdt) {
    soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'odt', htmlFile]);
    soffice(['--convert-to', pdf, path.join(work, 'roadmap.odt')]);
  } else {
    soffice(['--infilter=HTML (StarWriter)', '--convert-to', pdf, htmlFile]);
  }
  copyFileSync(path.join(work, 'roadmap.pdf'), out);
  if (tagged) compress(out);
}

const variantPdf = (name: string) => {
  const variant = VARIANTS.find((v) => v.name === name)!;
  return path.join(folderOf(variant), `${name}.pdf`);
};
const htmlOf = (name: string) => documentHtml(readEdition(), VARIANTS.find((v) => v.name === name)!);

/** How each derived file is made, by name (descriptions in DERIVED). */
const BUILDERS: Record<string, (out: string, work: string) => void> = {
  'scanned-ocr': (out, work) => scan(BUNDLED, out, 150, 2, work),
  'scanned-ocr-letter-landscape': (out, work) => scan(variantPdf('letter-landscape'), out, 200, 1, work),
  'scanned-ocr-a4-portrait': (out, work) => tesseractScan(variantPdf('a4-portrait'), out, 300, work),
  'libreoffice-html': (out, work) => libreOffice(htmlOf('a4-portrait'), out, work, false),
  'libreoffice-tagged': (out, work) => libreOffice(htmlOf('no-rules'), out, work, false, true),
  'libreoffice-tagged-letter-portrait': (out, work) => libreOffice(htmlOf('centred-labels'), out, work, false, true),
  'libreoffice-odt-justified': (out, work) => libreOffice(htmlOf('justified'), out, work, true),
  'gs-no-rules': (out) => run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-o', out, variantPdf('no-rules')]),
  'gs-a4-footnotes-wrapped-header': (out) =>
    run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-o', out, variantPdf('a4-footnotes-wrapped-header')]),
  'cairo-id-column': (out) => {
    run('pdftocairo', ['-pdf', variantPdf('id-column'), out]);
    compress(out);
  },
  'cairo-chromium-tagged': (out) => {
    run('pdftocairo', ['-pdf', variantPdf('chromium-tagged'), out]);
    compress(out);
  },
};

/** Makes the named derived variants (all when none is named) and rewrites both READMEs. */
export function main(wanted: string[]): void {
  for (const derived of DERIVED) {
    if (wanted.length > 0 && !wanted.includes(derived.name)) continue;
    const build = BUILDERS[derived.name];
    if (!build) throw new Error(`no builder for ${derived.name}`);
    const dir = folderOf(derived);
    mkdirSync(dir, { recursive: true });
    const out = path.join(dir, `${derived.name}.pdf`);
    const work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-derived-'));
    try {
      build(path.resolve(out), work);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    console.log(`${out}: ${Math.round(statSync(out).size / 1024)} KB`);
  }
  writeReadmes();
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) main(process.argv.slice(2));
