/**
 * `npx tsx scripts/make-pdf-variants.ts [name...]`: renders the bundled edition in layouts the PDF
 * loader was not built on, and prints each to fixtures/pdf/variants/<name>.pdf with headless
 * Chromium. A dev tool, not run in CI (it needs Chromium: `apt-get install -y --no-install-recommends
 * chromium`). test/load/pdf-variants.test.ts reads the committed PDFs.
 *
 * The content is the outcomes as printed: the layout-text edition read up to the rows stage
 * (ghosts already dropped), each row's cells with their source line breaks (one `<br>` per source
 * line) and paragraph breaks (a blank gap), the header labels with their footnote markers, section
 * titles as rows spanning the table, ids as "A: …" / "a. …" (the id each row was decided to have,
 * so OCR-garbled ids are printed clean), footnotes below each table in a smaller font, page
 * numbers in the page margin.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { superscriptToDigits } from '../src/grid/clean-cell.js';
import { textToGrid } from '../src/grid/text-grid.js';
import { Diagnostics } from '../src/diagnostics.js';
import { COLUMN_KINDS, readTableHeader, type ColumnKind } from '../src/layout/columns.js';
import type { ActionLineDraft, LaidOutDocument, RowDraft } from '../src/layout/model.js';
import { readActionLineTitle } from '../src/layout/recognise.js';
import { layOutRows } from '../src/layout/rows.js';
import { decodeText } from '../src/load/text.js';

const SOURCE = 'sources/2018/wsis-roadmaps-2018.txt';
const OUT_DIR = 'fixtures/pdf/variants';

/** How one variant lays the edition out. */
interface Variant {
  name: string;
  /** One line for the README. */
  description: string;
  /** CSS page size: "A4 landscape", "letter portrait"… */
  page: string;
  margin: string;
  font: string;
  fontSize: string;
  /** Ruling lines: a full grid, only between rows, or none. */
  rules: 'grid' | 'rows' | 'none';
  /** The header row repeated on every page (a thead), or printed once as the table's first row. */
  header: 'repeated' | 'once';
  /** Column widths in %, outcome…results (and the id column first when `idColumn`). */
  widths: number[];
  /** Table width in % of the text area. */
  tableWidth: number;
  /** Ids in a column of their own instead of "A: " before the outcome text. */
  idColumn: boolean;
  /** How header labels sit in their cells. */
  headerAlign: 'left' | 'center';
  /** Header labels in bold or in the body's font. */
  headerWeight: 'bold' | 'normal';
}

const BASE: Omit<Variant, 'name' | 'description'> = {
  page: 'A4 landscape',
  margin: '15mm 12mm 16mm 12mm',
  font: "'DejaVu Sans'",
  fontSize: '8pt',
  rules: 'grid',
  header: 'repeated',
  widths: [30, 9, 22, 12, 27],
  tableWidth: 100,
  idColumn: false,
  headerAlign: 'left',
  headerWeight: 'bold',
};

const VARIANTS: Variant[] = [
  { ...BASE, name: 'a4-portrait', description: 'A4 portrait, ruled grid, header repeated, sans 8pt', page: 'A4 portrait', widths: [28, 11, 22, 12, 27] },
  { ...BASE, name: 'letter-landscape', description: 'US Letter landscape, ruled grid, header repeated, sans 8pt', page: 'letter landscape' },
  {
    ...BASE,
    name: 'serif-11pt',
    description: 'A4 landscape, DejaVu Serif 11pt, ruled grid, header repeated',
    font: "'DejaVu Serif'",
    fontSize: '11pt',
  },
  { ...BASE, name: 'rules-between-rows', description: 'A4 landscape, horizontal rules between rows only (no vertical lines), header repeated', rules: 'rows' },
  {
    ...BASE,
    name: 'no-rules',
    description: 'A4 landscape, no ruling lines at all, header repeated, header labels in the body font (not bold)',
    rules: 'none',
    headerWeight: 'normal',
  },
  {
    ...BASE,
    name: 'header-once',
    description: 'A4 landscape, no ruling lines, header printed once per table (a plain first row, not repeated on later pages)',
    rules: 'none',
    header: 'once',
  },
  {
    ...BASE,
    name: 'narrow-columns',
    description: 'A4 landscape, the table at 70% of the text width with narrow timing and SDG columns (timings wrap at their hyphen), ruled grid',
    tableWidth: 70,
    widths: [32, 7, 22, 9, 30],
  },
  {
    ...BASE,
    name: 'wide-columns',
    description: 'Letter portrait, small margins, wide outcome and results columns, sans condensed 7.5pt, ruled grid',
    page: 'letter portrait',
    margin: '8mm 6mm 12mm 6mm',
    font: "'DejaVu Sans Condensed', 'DejaVu Sans'",
    fontSize: '7.5pt',
    widths: [34, 8, 17, 10, 31],
  },
  {
    ...BASE,
    name: 'centred-labels',
    description: 'US Letter portrait, no ruling lines, header labels centred in their cells (so a label does not start where its column does), header repeated',
    page: 'letter portrait',
    rules: 'none',
    headerAlign: 'center',
    widths: [27, 11, 23, 12, 27],
  },
  {
    ...BASE,
    name: 'id-column',
    description: 'A4 landscape, ids in a separate first column (empty header cell), ruled grid, header repeated',
    idColumn: true,
    widths: [4, 28, 9, 21, 11, 27],
  },
];

// ---------------------------------------------------------------------------------------------
// The edition as printed

interface PrintedActionLine {
  draft: ActionLineDraft;
  /** Header labels as printed, with their footnote markers ("WSIS Outcomes¹ (WSIS AL C2)"). */
  headerCells: string[];
}

interface PrintedEdition {
  title: string;
  /** Prose between the title and the first action line. */
  introduction: string[];
  actionLines: PrintedActionLine[];
}

function readEdition(): PrintedEdition {
  const diagnostics = new Diagnostics();
  const lines = decodeText(new Uint8Array(readFileSync(SOURCE)), SOURCE, diagnostics).lines;
  const grid = textToGrid(lines);
  const laidOut: LaidOutDocument = layOutRows(grid, diagnostics);
  const introduction: string[] = [];
  const headers = new Map<string, string[]>();
  let current: string | null = null;
  for (const line of grid.lines) {
    const title = readActionLineTitle(line);
    if (title) current = title.id;
    else if (current === null) {
      const text = line.cells.map((c) => c.text).filter(Boolean).join(' ');
      if (text !== '') introduction.push(text);
    } else if (!headers.has(current) && readTableHeader(line)) {
      headers.set(current, line.cells.map((c) => c.raw.trim()).filter(Boolean));
    }
  }
  return {
    title: laidOut.title,
    introduction: introduction.filter((t) => t !== laidOut.title),
    actionLines: laidOut.actionLines.map((draft) => ({ draft, headerCells: headers.get(draft.id) ?? draft.columns })),
  };
}

// ---------------------------------------------------------------------------------------------
// HTML

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Superscript digits in a label become <sup> markers glued to the word before them. */
function withMarkers(label: string): string {
  return escape(label).replace(/\s*([\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+)/g, (_m, run: string) => `<sup>${superscriptToDigits(run)}</sup>`);
}

/** A cell's fragments: one line each, an empty fragment a paragraph break (a blank gap). */
function cellHtml(fragments: readonly { text: string }[], prefix = ''): string {
  const paragraphs: string[][] = [[]];
  for (const fragment of fragments) {
    if (fragment.text === '') paragraphs.push([]);
    else paragraphs[paragraphs.length - 1]!.push(fragment.text);
  }
  const filled = paragraphs.filter((p) => p.length > 0);
  if (prefix && filled.length > 0) filled[0]![0] = `${prefix} ${filled[0]![0]}`;
  else if (prefix) filled.push([prefix]);
  return filled.map((lines, i) => `<div class="${i === 0 ? 'p' : 'p gap'}">${lines.map(escape).join('<br>')}</div>`).join('');
}

/** "A: " for letter-first upper-case ids (A, A1), "a. " for lower-case ones, as the roadmap prints them. */
function idPrefix(id: string): string {
  return /^[A-Z]/.test(id) ? `${id}:` : `${id}.`;
}

function rowHtml(row: RowDraft, variant: Variant): string {
  const id = row.decision!.id;
  const cells = COLUMN_KINDS.map((kind: ColumnKind) => (kind === 'outcome' && !variant.idColumn ? cellHtml(row.cells[kind], idPrefix(id)) : cellHtml(row.cells[kind])));
  if (variant.idColumn) cells.unshift(escape(idPrefix(id)));
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

function tableHtml(actionLine: PrintedActionLine, variant: Variant): string {
  const labels = actionLine.headerCells.map(withMarkers);
  if (variant.idColumn) labels.unshift('');
  const headerRow = `<tr class="head">${labels.map((l) => `<th>${l}</th>`).join('')}</tr>`;
  const span = labels.length;
  const body: string[] = [];
  let section: string | null = null;
  for (const row of actionLine.draft.rows) {
    if (row.section.slug !== section) {
      section = row.section.slug;
      body.push(`<tr class="section"><td colspan="${span}">${escape(row.section.title)}</td></tr>`);
    }
    body.push(rowHtml(row, variant));
  }
  const colgroup = `<colgroup>${variant.widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`;
  const head = variant.header === 'repeated' ? `<thead>${headerRow}</thead><tbody>` : `<tbody>${headerRow}`;
  return `<table>${colgroup}${head}${body.join('\n')}</tbody></table>`;
}

function footnotesHtml(actionLine: PrintedActionLine): string {
  const notes = actionLine.draft.footnotes.map((f) => `<p><sup>${escape(f.marker)}</sup>${escape(f.text)}</p>`);
  return `<div class="footnotes">${notes.join('')}</div>`;
}

function rulesCss(rules: Variant['rules']): string {
  const line = '0.6pt solid #000';
  if (rules === 'grid') return `td, th { border: ${line}; }`;
  if (rules === 'rows') return `tr { border-top: ${line}; border-bottom: ${line}; }`;
  return '';
}

function documentHtml(edition: PrintedEdition, variant: Variant): string {
  const css = `
@page { size: ${variant.page}; margin: ${variant.margin};
  @bottom-center { content: "Page " counter(page); font-family: ${variant.font}; font-size: 8pt; } }
body { font-family: ${variant.font}; font-size: ${variant.fontSize}; line-height: 1.25; margin: 0; }
h1 { font-size: 1.8em; text-align: center; margin: 0 0 1em; }
h2 { font-size: 1.3em; margin: 1.2em 0 0.6em; }
p { margin: 0 0 0.6em; }
table { border-collapse: collapse; width: ${variant.tableWidth}%; table-layout: fixed; margin: 0.4em 0; }
td, th { vertical-align: top; text-align: left; padding: 2pt 4pt; overflow-wrap: break-word; }
th, tr.head td { font-weight: ${variant.headerWeight}; text-align: ${variant.headerAlign}; }
tr.section td { font-weight: bold; }
.gap { margin-top: 1.25em; }
sup { font-size: 0.6em; vertical-align: super; line-height: 0; }
.footnotes { font-size: 0.8em; margin: 0.6em 0 1.5em; }
.footnotes p { margin: 0 0 0.3em; }
${rulesCss(variant.rules)}`;
  const parts = [`<h1>${escape(edition.title)}</h1>`];
  for (const paragraph of edition.introduction) parts.push(/^[A-Z ]+$/.test(paragraph) ? `<h2>${escape(paragraph)}</h2>` : `<p>${escape(paragraph)}</p>`);
  for (const actionLine of edition.actionLines) {
    const { id, title, note } = actionLine.draft;
    parts.push(`<h2>WSIS Action Line ${escape(id)}: ${escape(title)}</h2>`);
    if (note) parts.push(`<p>Note: ${escape(note)}</p>`);
    parts.push(tableHtml(actionLine, variant), footnotesHtml(actionLine));
  }
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escape(edition.title)}</title><style>${css}</style></head>\n<body>\n${parts.join('\n')}\n</body></html>\n`;
}

// ---------------------------------------------------------------------------------------------
// Printing

function chromium(): string {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'pipe' });
      return name;
    } catch {
      // try the next name
    }
  }
  throw new Error('no Chromium found: apt-get install -y --no-install-recommends chromium');
}

function printToPdf(browser: string, html: string, out: string): void {
  const work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-variant-'));
  try {
    const htmlFile = path.join(work, 'roadmap.html');
    writeFileSync(htmlFile, html);
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${path.join(work, 'profile')}`,
      '--no-pdf-header-footer',
      '--disable-pdf-tagging',
      `--print-to-pdf=${path.resolve(out)}`,
      `file://${htmlFile}`,
    ];
    execFileSync(browser, args, { stdio: 'pipe' });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Recompresses the PDF with qpdf when it is installed (Chromium's output is about twice as big). */
function compress(file: string): void {
  try {
    execFileSync('qpdf', ['--object-streams=generate', '--recompress-flate', '--compression-level=9', '--replace-input', file], { stdio: 'pipe' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function readme(): string {
  const lines = VARIANTS.map((v) => `- \`${v.name}.pdf\`: ${v.description}.`);
  return `# PDF layout variants of the 2018 edition

Made by \`npx tsx scripts/make-pdf-variants.ts [name...]\` (a dev tool, not run in CI; it needs
Chromium, and qpdf if present to recompress) from \`${SOURCE}\`: the layout-text edition read up
to the rows stage (OCR ghosts already dropped), each outcome row rendered as an HTML table row with
the source's line breaks inside cells and a blank gap for each paragraph break, then printed with
headless Chromium (\`--print-to-pdf --no-pdf-header-footer --disable-pdf-tagging\`, DejaVu fonts).
\`KEEP_HTML=1\` leaves the HTML in the temporary folder for a look.

Every variant has: the document title and introduction; per action line a title line
("WSIS Action Line C2: …", C5's note on its own line), a table whose header carries the five labels
with their footnote markers, section titles as rows spanning the table, outcome rows with the id the
rows stage decided ("A: …", "a. …"; so OCR-garbled or missing ids of the text edition are printed
clean), footnotes below the table in a smaller font with superscript markers, and "Page N" at the
bottom of each page. Rows break across pages.

${lines.join('\n')}

test/load/pdf-variants.test.ts checks that each gives the outcomes of output/2018/roadmap.json, and
lists where a rendering legitimately reads differently. Printing again gives other bytes (dates,
ids) and may move page breaks: run the test after regenerating.
`;
}

const wanted = process.argv.slice(2);
const browser = chromium();
const edition = readEdition();
mkdirSync(OUT_DIR, { recursive: true });
for (const variant of VARIANTS) {
  if (wanted.length > 0 && !wanted.includes(variant.name)) continue;
  const out = path.join(OUT_DIR, `${variant.name}.pdf`);
  const html = documentHtml(edition, variant);
  if (process.env.KEEP_HTML) writeFileSync(path.join(os.tmpdir(), `${variant.name}.html`), html);
  printToPdf(browser, html, out);
  compress(out);
  console.log(`${out}: ${Math.round(statSync(out).size / 1024)} KB`);
}
writeFileSync(path.join(OUT_DIR, 'README.md'), readme());
