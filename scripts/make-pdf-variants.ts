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
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, printToPdf } from './chromium-print.js';
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
const HELD_OUT_DIR = 'fixtures/pdf/held-out';

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
  /** Text in every cell left-aligned or justified (word gaps stretched to the cell's width). */
  align?: 'left' | 'justify';
  /**
   * Footnote markers drawn at 0.6em (`small`) or with the browser's own `<sup>` style
   * (`font-size: smaller`, about 83 %, as an unstyled HTML page prints them).
   */
  sup?: 'small' | 'browser';
  /** A tagged PDF (a structure tree with Table/TR/TH/TD), as Chromium writes by default. */
  tagged?: boolean;
  /**
   * Footnotes below each table, or at the foot of the first page of each action line (as a word
   * processor sets them: a short rule, then the notes; each action line starts on a new page).
   */
  footnotes?: 'below' | 'page-foot';
  /** The column order, when not the roadmap's own (outcome, timing, goals, SDGs, results). */
  order?: ColumnKind[];
  /** Header labels reworded, per column (markers kept as `{n}`: the action line's own marker). */
  labels?: Partial<Record<ColumnKind, string>>;
  /** `held-out`: written to fixtures/pdf/held-out, which the engine must not be tuned on. */
  set?: 'variants' | 'held-out';
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

export const VARIANTS: Variant[] = [
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
  {
    ...BASE,
    name: 'justified',
    description: 'US Letter landscape, DejaVu Serif 9pt, text justified in every cell (header labels too), rules between rows only (no vertical rules), header repeated',
    page: 'letter landscape',
    font: "'DejaVu Serif'",
    fontSize: '9pt',
    rules: 'rows',
    align: 'justify',
    widths: [29, 9, 21, 14, 27],
  },
  {
    ...BASE,
    name: 'a4-footnotes-wrapped-header',
    description:
      'A4 portrait, DejaVu Serif 7.5pt, rules between rows only, narrow columns: the header labels wrap around their footnote markers ("WSIS Outcomes¹ (WSIS AL" / "C2)", "Propose" / "d²" / "Timing"); footnotes at the foot of the first page of each action line under a short rule, each action line on a new page',
    page: 'A4 portrait',
    margin: '15mm 12mm 16mm 12mm',
    font: "'DejaVu Serif'",
    fontSize: '7.5pt',
    rules: 'rows',
    footnotes: 'page-foot',
    widths: [23.5, 8.5, 22, 15, 31],
  },
  {
    ...BASE,
    name: 'chromium-tagged',
    description:
      'A4 landscape, DejaVu Sans 8.5pt, ruled grid, a tagged PDF (Chromium\'s structure tree: Table/TR/TH/TD), footnote markers in the browser\'s own <sup> style (about 83 % size)',
    fontSize: '8.5pt',
    sup: 'browser',
    tagged: true,
  },
  {
    ...BASE,
    name: 'chromium-tagged-header-once',
    description:
      'A4 landscape, no ruling lines, the header printed once per table (a plain first row), a tagged PDF: the pages a table goes on to carry no header, and the structure tree has the table there',
    rules: 'none',
    header: 'once',
    tagged: true,
  },
  {
    ...BASE,
    name: 'monospace',
    description: 'A4 landscape, DejaVu Sans Mono 7.5pt (a monospaced font: a word gap is one character wide), ruled grid, header repeated',
    font: "'DejaVu Sans Mono'",
    fontSize: '7.5pt',
  },
  // Two more justified renderings (issue 10's justified class), so that its rules are designed on
  // more than one font, size, page width and rule style.
  {
    ...BASE,
    name: 'justified-a4-sans',
    description:
      'A4 portrait, DejaVu Sans Condensed 7.5pt, text justified in every cell (header labels too), no ruling lines at all, header labels in the body font (not bold), header repeated',
    page: 'A4 portrait',
    font: "'DejaVu Sans Condensed', 'DejaVu Sans'",
    fontSize: '7.5pt',
    rules: 'none',
    headerWeight: 'normal',
    align: 'justify',
    widths: [27, 10, 21, 15, 27],
  },
  {
    ...BASE,
    name: 'justified-roman-10pt',
    description: 'A4 landscape, Nimbus Roman 10pt, text justified in every cell (header labels too), rules between rows only, header repeated',
    font: "'Nimbus Roman'",
    fontSize: '10pt',
    rules: 'rows',
    align: 'justify',
    widths: [31, 8, 20, 13, 28],
  },
  {
    ...BASE,
    name: 'justified-centred-narrow',
    description:
      'US Letter portrait, DejaVu Serif Condensed 8pt, body text justified, header labels bold and centred (not justified), no ruling lines, header repeated',
    page: 'letter portrait',
    margin: '12mm 10mm 14mm 10mm',
    font: "'DejaVu Serif Condensed', 'DejaVu Serif'",
    fontSize: '8pt',
    rules: 'none',
    headerAlign: 'center',
    align: 'justify',
    widths: [30, 9, 20, 13, 28],
  },
  // Held out: the engine must not be tuned on these (fixtures/pdf/held-out/README.md).
  {
    ...BASE,
    name: 'liberation-serif-reordered',
    description:
      'US Letter portrait, Liberation Serif 9.5pt, rules between rows only, columns in another order (outcome, goals, SDGs, timing, results), header repeated',
    page: 'letter portrait',
    margin: '12mm 10mm 14mm 10mm',
    font: "'Liberation Serif'",
    fontSize: '9.5pt',
    rules: 'rows',
    order: ['outcome', 'goals', 'sdgs', 'timing', 'results'],
    widths: [27, 21, 15, 10, 27],
    set: 'held-out',
  },
  {
    ...BASE,
    name: 'nimbus-sans-10pt',
    description: 'A4 landscape, Nimbus Sans 10pt, no ruling lines, header labels centred and printed once per table, browser <sup> style, tagged',
    font: "'Nimbus Sans'",
    fontSize: '10pt',
    rules: 'none',
    header: 'once',
    headerAlign: 'center',
    sup: 'browser',
    tagged: true,
    set: 'held-out',
  },
  {
    ...BASE,
    name: 'liberation-sans-narrow-justified',
    description: 'A4 portrait, Liberation Sans Narrow 8pt, justified cells, ruled grid, ids in their own column, footnotes at the page foot',
    page: 'A4 portrait',
    font: "'Liberation Sans Narrow'",
    fontSize: '8pt',
    align: 'justify',
    idColumn: true,
    footnotes: 'page-foot',
    widths: [5, 25, 9, 20, 13, 28],
    set: 'held-out',
  },
  {
    ...BASE,
    name: 'reworded-labels',
    description:
      'A4 landscape, Liberation Sans 8.5pt, ruled grid, the header labels reworded ("Outcomes (WSIS Action Line C2)", "Timeline", "ITU goals and resolutions", "SDG targets", "Expected results and ITU activities"), markers kept',
    font: "'Liberation Sans'",
    fontSize: '8.5pt',
    labels: {
      outcome: 'Outcomes{1} (WSIS Action Line {al})',
      timing: 'Timeline{2}',
      goals: 'ITU goals and resolutions{3}',
      sdgs: 'SDG targets',
      results: 'Expected results and ITU activities{4}',
    },
    set: 'held-out',
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

export function readEdition(): PrintedEdition {
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

/** The columns in the variant's order. */
const orderOf = (variant: Variant): readonly ColumnKind[] => variant.order ?? COLUMN_KINDS;

function rowHtml(row: RowDraft, variant: Variant): string {
  const id = row.decision!.id;
  const cells = orderOf(variant).map((kind) => (kind === 'outcome' && !variant.idColumn ? cellHtml(row.cells[kind], idPrefix(id)) : cellHtml(row.cells[kind])));
  if (variant.idColumn) cells.unshift(escape(idPrefix(id)));
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

/**
 * A column's label as printed: the edition's, or the variant's rewording with the marker the
 * edition's label carries in that column (its n-th marker of the action line).
 */
function labelOf(actionLine: PrintedActionLine, kind: ColumnKind, variant: Variant): string {
  const own = actionLine.headerCells[COLUMN_KINDS.indexOf(kind)] ?? '';
  const reworded = variant.labels?.[kind];
  if (!reworded) return own;
  const markers = actionLine.draft.footnotes.map((f) => f.marker);
  const superscript = (digits: string) => [...digits].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('');
  return reworded
    .replace('{al}', actionLine.draft.id)
    .replace(/\{(\d)\}/g, (_m, n: string) => {
      const marker = markers[Number(n) - 1];
      return marker ? superscript(marker) : '';
    });
}

/** The table's rows (section titles as spanning rows) and its header row. */
function tableParts(actionLine: PrintedActionLine, variant: Variant): { colgroup: string; headerRow: string; body: string[] } {
  // headerCells are printed in the roadmap's order (COLUMN_KINDS); reorder them with the cells.
  const labels = orderOf(variant).map((kind) => withMarkers(labelOf(actionLine, kind, variant)));
  if (variant.idColumn) labels.unshift('');
  const headerRow = `<tr class="head">${labels.map((l) => `<th>${l}</th>`).join('')}</tr>`;
  const body: string[] = [];
  let section: string | null = null;
  for (const row of actionLine.draft.rows) {
    if (row.section.slug !== section) {
      section = row.section.slug;
      body.push(`<tr class="section"><td colspan="${labels.length}">${escape(row.section.title)}</td></tr>`);
    }
    body.push(rowHtml(row, variant));
  }
  const colgroup = `<colgroup>${variant.widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`;
  return { colgroup, headerRow, body };
}

function tableHtml(actionLine: PrintedActionLine, variant: Variant): string {
  const { colgroup, headerRow, body } = tableParts(actionLine, variant);
  const head = variant.header === 'repeated' ? `<thead>${headerRow}</thead><tbody>` : `<tbody>${headerRow}`;
  return `<table>${colgroup}${head}${body.join('\n')}</tbody></table>`;
}

function footnotesHtml(actionLine: PrintedActionLine, className = 'footnotes'): string {
  const notes = actionLine.draft.footnotes.map((f) => `<p><sup>${escape(f.marker)}</sup>${escape(f.text)}</p>`);
  return `<div class="${className}">${notes.join('')}</div>`;
}

/**
 * An action line whose footnotes sit at the foot of its first page: the first page is a box one
 * page tall holding the title, the table's first rows and the footnotes at its bottom; the rest
 * of the table follows (header repeated). A script run before printing moves rows from the first
 * part to the rest until the first part clears the footnotes (the body has the printed width, so
 * the screen layout it measures is the printed one).
 */
function pageFootActionLineHtml(actionLine: PrintedActionLine, variant: Variant, titleHtml: string): string {
  const { colgroup, headerRow, body } = tableParts(actionLine, variant);
  const first = `<table class="first-part">${colgroup}<thead>${headerRow}</thead><tbody>${body.join('\n')}</tbody></table>`;
  const rest = `<table class="rest">${colgroup}<thead>${headerRow}</thead><tbody></tbody></table>`;
  return `<section class="first-page">${titleHtml}${first}${footnotesHtml(actionLine, 'footnotes page-foot')}</section>\n${rest}`;
}

const PAGE_FOOT_SCRIPT = `<script>
for (const page of document.querySelectorAll('section.first-page')) {
  const first = page.querySelector('table.first-part tbody');
  const rest = page.nextElementSibling.querySelector('tbody');
  const foot = page.querySelector('.page-foot');
  const gap = 8;
  while (first.rows.length > 1 && first.lastElementChild.getBoundingClientRect().bottom > foot.getBoundingClientRect().top - gap) {
    rest.insertBefore(first.lastElementChild, rest.firstChild);
  }
  if (rest.rows.length === 0) page.nextElementSibling.remove();
}
</script>`;

/** Page width and height in mm of a CSS page size ("A4 portrait", "letter landscape"). */
function pageSizeMm(page: string): { width: number; height: number } {
  const [w, h] = /^letter/i.test(page) ? [215.9, 279.4] : [210, 297];
  return /landscape/i.test(page) ? { width: h, height: w } : { width: w, height: h };
}

/** The text area of the page in mm: the page less its margins (CSS shorthand in mm). */
function contentSizeMm(variant: Variant): { width: number; height: number } {
  const m = variant.margin.split(/\s+/).map((v) => Number.parseFloat(v));
  const [top, right, bottom, left] = m.length === 4 ? m : m.length === 2 ? [m[0], m[1], m[0], m[1]] : [m[0], m[0], m[0], m[0]];
  const page = pageSizeMm(variant.page);
  return { width: page.width - right! - left!, height: page.height - top! - bottom! };
}

function rulesCss(rules: Variant['rules']): string {
  const line = '0.6pt solid #000';
  if (rules === 'grid') return `td, th { border: ${line}; }`;
  if (rules === 'rows') return `tr { border-top: ${line}; border-bottom: ${line}; }`;
  return '';
}

export function documentHtml(edition: PrintedEdition, variant: Variant): string {
  const align = variant.align === 'justify' ? 'justify' : 'left';
  const pageFoot = variant.footnotes === 'page-foot';
  const text = contentSizeMm(variant);
  const css = `
@page { size: ${variant.page}; margin: ${variant.margin};
  @bottom-center { content: "Page " counter(page); font-family: ${variant.font}; font-size: 8pt; } }
body { font-family: ${variant.font}; font-size: ${variant.fontSize}; line-height: 1.25; margin: 0; }
h1 { font-size: 1.8em; text-align: center; margin: 0 0 1em; }
h2 { font-size: 1.3em; margin: 1.2em 0 0.6em; }
p { margin: 0 0 0.6em; }
table { border-collapse: collapse; width: ${variant.tableWidth}%; table-layout: fixed; margin: 0.4em 0; }
td, th { vertical-align: top; text-align: ${align}; padding: 2pt 4pt; overflow-wrap: break-word; hyphens: manual; }
th, tr.head td { font-weight: ${variant.headerWeight}; text-align: ${variant.headerAlign === 'center' ? 'center' : align}; }
tr.section td { font-weight: bold; }
.gap { margin-top: 1.25em; }
${variant.sup === 'browser' ? '' : 'sup { font-size: 0.6em; vertical-align: super; line-height: 0; }'}
.footnotes { font-size: 0.8em; margin: 0.6em 0 1.5em; text-align: ${align}; }
.footnotes p { margin: 0 0 0.3em; }
${
  pageFoot
    ? `body { width: ${text.width}mm; }
section.first-page { position: relative; height: ${text.height - 2}mm; break-before: page; break-after: page; overflow: hidden; }
section.first-page h2 { margin-top: 0; }
.page-foot { position: absolute; bottom: 0; left: 0; right: 0; margin: 0; padding-top: 0.4em; }
.page-foot::before { content: ""; display: block; width: 30%; border-top: 0.5pt solid #000; margin-bottom: 0.4em; }`
    : ''
}
${rulesCss(variant.rules)}`;
  const parts = [`<h1>${escape(edition.title)}</h1>`];
  for (const paragraph of edition.introduction) parts.push(/^[A-Z ]+$/.test(paragraph) ? `<h2>${escape(paragraph)}</h2>` : `<p>${escape(paragraph)}</p>`);
  for (const actionLine of edition.actionLines) {
    const { id, title, note } = actionLine.draft;
    const titleHtml = `<h2>WSIS Action Line ${escape(id)}: ${escape(title)}</h2>${note ? `<p>Note: ${escape(note)}</p>` : ''}`;
    if (pageFoot) parts.push(pageFootActionLineHtml(actionLine, variant, titleHtml));
    else parts.push(titleHtml, tableHtml(actionLine, variant), footnotesHtml(actionLine));
  }
  if (pageFoot) parts.push(PAGE_FOOT_SCRIPT);
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escape(edition.title)}</title><style>${css}</style></head>\n<body>\n${parts.join('\n')}\n</body></html>\n`;
}

// ---------------------------------------------------------------------------------------------
// Printing (scripts/chromium-print.ts) and recompressing

/**
 * Recompresses the PDF (object streams, flate level 9) with qpdf, or with pikepdf (qpdf's Python
 * binding, which Debian's ocrmypdf brings) when the qpdf tool is missing: Chromium's output is
 * about twice as big. The content streams are untouched.
 */
export function compress(file: string): void {
  try {
    execFileSync('qpdf', ['--object-streams=generate', '--recompress-flate', '--compression-level=9', '--replace-input', file], { stdio: 'pipe' });
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const script = [
    'import sys, pikepdf',
    'pikepdf.settings.set_flate_compression_level(9)',
    'pdf = pikepdf.open(sys.argv[1], allow_overwriting_input=True)',
    'pdf.save(sys.argv[1], object_stream_mode=pikepdf.ObjectStreamMode.generate, recompress_flate=True)',
  ].join('\n');
  try {
    execFileSync('/usr/bin/python3', ['-c', script, file], { stdio: 'pipe' });
  } catch {
    // neither tool: keep the file as printed
  }
}

/**
 * The files scripts/make-pdf-variants-derived.ts makes from other files (listed here so that one
 * catalogue describes every variant): a scan with an OCR layer, and held-out renderings by other
 * producers.
 */
export interface DerivedVariant {
  name: string;
  description: string;
  set: 'variants' | 'held-out';
}

export const DERIVED: DerivedVariant[] = [
  {
    name: 'scanned-ocr',
    set: 'variants',
    description:
      'the bundled PDF (sources/2018/wsis-roadmaps-2018.pdf) rasterised at 150 dpi in grey (pdftoppm), upscaled 2× and OCR\'d by ocrmypdf (Tesseract, English; the upscaling is what ocrmypdf\'s --oversample does): an invisible text layer (rendering mode 3), one run per word, no rulings; the page images then replaced by 25-dpi grey JPEGs to keep the file small (the text layer is untouched)',
  },
  {
    name: 'libreoffice-tagged',
    set: 'variants',
    description:
      'LibreOffice Writer from the HTML of the `no-rules` variant, exported as a tagged PDF (`writer_pdf_Export` with UseTaggedPDF): a structure tree with Table/TR/TH/TD; LibreOffice sets its own table (no rules, cells centred vertically in their rows, column widths of its own) and repeats the header row on each page as an untagged artifact',
  },
  {
    name: 'libreoffice-tagged-letter-portrait',
    set: 'held-out',
    description: 'LibreOffice Writer from the HTML of the `centred-labels` variant (US Letter portrait, no rules, centred labels), exported as a tagged PDF',
  },
  {
    name: 'scanned-ocr-a4-portrait',
    set: 'variants',
    description:
      'the `a4-portrait` variant rasterised at 300 dpi in grey (pdftoppm) and OCR\'d page by page by Tesseract\'s own PDF renderer (`tesseract page.png base pdf`, no ocrmypdf), the pages joined (pikepdf), page images replaced by 25-dpi grey JPEGs: a second OCR pipeline, resolution and page layout, for checking that the OCR rules are not tuned to the first',
  },
  {
    name: 'libreoffice-html',
    set: 'held-out',
    description: 'LibreOffice Writer (`soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf`) from the HTML of the `a4-portrait` variant: LibreOffice sets its own page, fonts and table',
  },
  {
    name: 'libreoffice-odt-justified',
    set: 'held-out',
    description: 'LibreOffice Writer from the HTML of the `justified` variant, via an .odt (HTML → odt → pdf)',
  },
  {
    name: 'gs-no-rules',
    set: 'held-out',
    description:
      'the `no-rules` variant re-distilled by Ghostscript (`gs -sDEVICE=pdfwrite`): fonts re-encoded, text re-positioned; Ghostscript maps the fonts\' fi/ff/ffi ligature glyphs to wrong Unicode ("speciüc", "aûordable", as pdftotext reads it too), so those words cannot be read back: only the structure can',
  },
  { name: 'gs-a4-footnotes-wrapped-header', set: 'held-out', description: 'the `a4-footnotes-wrapped-header` variant re-distilled by Ghostscript (`gs -sDEVICE=pdfwrite`), with the same wrong ligature Unicode' },
  { name: 'cairo-id-column', set: 'held-out', description: 'the `id-column` variant re-written by cairo (`pdftocairo -pdf`): glyphs re-encoded, paths re-emitted' },
  { name: 'cairo-chromium-tagged', set: 'held-out', description: 'the `chromium-tagged` variant re-written by cairo (`pdftocairo -pdf`), which drops the structure tree' },
  {
    name: 'scanned-ocr-letter-landscape',
    set: 'held-out',
    description: 'the `letter-landscape` variant rasterised at 200 dpi (pdftoppm) and OCR\'d by ocrmypdf as is (no upscaling), page images replaced by 25-dpi grey JPEGs',
  },
];

const derivedLines = (dir: string) =>
  DERIVED.filter((d) => folderOf(d) === dir)
    .map((d) => `- \`${d.name}.pdf\`: ${d.description}.`)
    .join('\n');

/** The folder a variant is written to. */
export const folderOf = (variant: { set?: 'variants' | 'held-out' }) => (variant.set === 'held-out' ? HELD_OUT_DIR : OUT_DIR);

function readme(): string {
  const lines = VARIANTS.filter((v) => folderOf(v) === OUT_DIR).map((v) => `- \`${v.name}.pdf\`: ${v.description}.`);
  return `# PDF layout variants of the 2018 edition

Made by \`npx tsx scripts/make-pdf-variants.ts [name...]\` (a dev tool, not run in CI; it needs
Chromium, and qpdf or Python's pikepdf if present to recompress) from \`${SOURCE}\`: the layout-text edition read up
to the rows stage (OCR ghosts already dropped), each outcome row rendered as an HTML table row with
the source's line breaks inside cells and a blank gap for each paragraph break, then printed with
headless Chromium (\`--print-to-pdf --no-pdf-header-footer\`, untagged unless said, DejaVu fonts unless said).
\`KEEP_HTML=1\` leaves the HTML in the temporary folder for a look.

Every variant has: the document title and introduction; per action line a title line
("WSIS Action Line C2: …", C5's note on its own line), a table whose header carries the five labels
with their footnote markers, section titles as rows spanning the table, outcome rows with the id the
rows stage decided ("A: …", "a. …"; so OCR-garbled or missing ids of the text edition are printed
clean), footnotes below the table in a smaller font with superscript markers (or at the page foot
where said), and "Page N" at the bottom of each page. Rows break across pages.

${lines.join('\n')}

Made by \`npx tsx scripts/make-pdf-variants-derived.ts\` from other files (see that script):

${derivedLines(OUT_DIR)}

test/load/pdf-variants.test.ts and test/load/pdf-layouts.test.ts check that each gives the outcomes
of output/2018/roadmap.json, and list where a rendering legitimately reads differently;
\`npx tsx scripts/variant-scores.ts\` prints the per-layout table (outcomes found, missing, invented,
fields equal, ms/page). Printing again gives other bytes (dates, ids) and may move page breaks: run
the tests after regenerating.
`;
}

function heldOutReadme(): string {
  const lines = VARIANTS.filter((v) => folderOf(v) === HELD_OUT_DIR).map((v) => `- \`${v.name}.pdf\`: ${v.description} (Chromium).`);
  return `# HELD-OUT renderings of the 2018 edition: do not tune the engine on these

These renderings exist to tell whether the PDF engine generalises to producers, fonts, sizes and
column orders it was not designed on. **Do not look at them while designing or tuning a rule, and do
not add per-file expectations for them to the tests.** Measure on them only (\`npx tsx
scripts/variant-scores.ts --held-out\`), after a change is designed on fixtures/pdf/variants, and
report the figures. When a rule is tuned on one of them, move that file to fixtures/pdf/variants and
make a fresh held-out one.

Printed by headless Chromium by \`npx tsx scripts/make-pdf-variants.ts [name...]\`:

${lines.join('\n')}

Made by \`npx tsx scripts/make-pdf-variants-derived.ts\` (other producers: LibreOffice Writer,
Ghostscript's pdfwrite, cairo, a scan with an OCR layer):

${derivedLines(HELD_OUT_DIR)}
`;
}

/** Prints the named variants (all when none is named) and rewrites both READMEs. */
export function main(wanted: string[]): void {
  const browser = chromium();
  const edition = readEdition();
  for (const variant of VARIANTS) {
    if (wanted.length > 0 && !wanted.includes(variant.name)) continue;
    const dir = folderOf(variant);
    mkdirSync(dir, { recursive: true });
    const out = path.join(dir, `${variant.name}.pdf`);
    const html = documentHtml(edition, variant);
    if (process.env.KEEP_HTML) writeFileSync(path.join(os.tmpdir(), `${variant.name}.html`), html);
    printToPdf(browser, html, out, variant.tagged === true);
    compress(out);
    console.log(`${out}: ${Math.round(statSync(out).size / 1024)} KB`);
  }
  writeReadmes();
}

export function writeReadmes(): void {
  mkdirSync(OUT_DIR, { recursive: true });
  mkdirSync(HELD_OUT_DIR, { recursive: true });
  writeFileSync(path.join(OUT_DIR, 'README.md'), readme());
  writeFileSync(path.join(HELD_OUT_DIR, 'README.md'), heldOutReadme());
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) main(process.argv.slice(2));
