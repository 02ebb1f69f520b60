/**
 * `roadmap inspect` as data: page-N.json of the bundled PDF and lines.html of the bundled layout
 * text, checked against what the sources show (positions measured with poppler's
 * `pdftotext -bbox`, line numbers read in the text file), not against what the code printed.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectFile } from '../../src/inspect/inspect.js';
import { PageDebugSchema, type PageDebug } from '../../src/inspect/model.js';
import { renderPageSvg } from '../../src/inspect/page-svg.js';
import { run } from '../cli/run.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const PDF = path.join(ROOT, 'sources/2018/wsis-roadmaps-2018.pdf');
const TEXT = path.join(ROOT, 'sources/2018/wsis-roadmaps-2018.txt');

/**
 * Page 2 of the bundled PDF, read by hand: where each header label's first word starts
 * (`pdftotext -f 2 -l 2 -bbox`: xMin), and the outcomes with text on the page (the tail of C2's
 * A, then B, C and D).
 */
const HEADER_WORDS: [string, number][] = [
  ['outcome', 59.1], // "WSIS Outcomes (WSIS AL C2)"
  ['timing', 277.6], // "Proposed Timing"
  ['goals', 336.0], // "ITU Strategic Goals and Relevant Resolutions"
  ['sdgs', 496.2], // "Linkages with the SDGs"
  ['results', 569.0], // "Expected Results of ITU Activities"
];
const PAGE_2_OUTCOMES = ['C2.geneva.A', 'C2.geneva.B', 'C2.geneva.C', 'C2.geneva.D'];

describe('inspect on the bundled PDF, page 2', () => {
  let out: string;
  let page: PageDebug;
  let stdout: string[];

  beforeAll(async () => {
    out = mkdtempSync(path.join(os.tmpdir(), 'roadmap-inspect-'));
    const result = await run('inspect', PDF, '--pages', '2', '--out', out);
    expect(result.code, result.stderr.join('\n')).toBe(0);
    stdout = result.stdout;
    page = PageDebugSchema.parse(JSON.parse(readFileSync(path.join(out, 'page-2.json'), 'utf8')));
  }, 120_000);

  it('writes page-2.svg, page-2.json and index.html, and says so', () => {
    expect(readdirSync(out).sort()).toEqual(['index.html', 'page-2.json', 'page-2.svg']);
    expect(stdout.join('\n')).toMatch(/page-2|1 page/);
  });

  it('has one table with five columns, each where its header label starts, named by what it holds', () => {
    expect(page.tables).toHaveLength(1);
    const table = page.tables[0]!;
    expect(table.columns).toHaveLength(5);
    for (const [i, [kind, x]] of HEADER_WORDS.entries()) {
      const column = table.columns[i]!;
      expect(column.kind).toBe(kind);
      expect(x).toBeGreaterThanOrEqual(column.x0);
      expect(x).toBeLessThan(column.x1);
    }
    expect(table.columns[1]!.label).toBe('Proposed Timing');
  });

  it('has a cell for every outcome on the page in its outcome column, and rows in page order', () => {
    const table = page.tables[0]!;
    const outcomes = new Set(table.cells.flatMap((c) => c.outcomes));
    expect([...outcomes].sort()).toEqual(PAGE_2_OUTCOMES);
    for (const key of ['C2.geneva.B', 'C2.geneva.C', 'C2.geneva.D']) {
      const cells = table.cells.filter((c) => c.outcomes.includes(key));
      expect(new Set(cells.map((c) => c.kind))).toEqual(new Set(['outcome', 'timing', 'goals', 'sdgs', 'results']));
      const timing = cells.find((c) => c.kind === 'timing')!;
      expect(timing.text).toBe('2016-2019');
      expect(timing.column).toBe(1);
    }
    expect(table.rows.map((r) => r.outcome)).toEqual(PAGE_2_OUTCOMES);
    // B starts at y 108.4 on the page ("B:" in pdftotext), C at 368.2, D at 492.7.
    const top = (key: string) => table.rows.find((r) => r.outcome === key)!.top;
    expect(Math.abs(top('C2.geneva.B') - 108.4)).toBeLessThan(3);
    expect(Math.abs(top('C2.geneva.C') - 368.2)).toBeLessThan(3);
    expect(Math.abs(top('C2.geneva.D') - 492.7)).toBeLessThan(3);
  });

  it('shows the drawn row edges and the header, and the page number as furniture', () => {
    const table = page.tables[0]!;
    expect(table.source).toBe('rulings');
    // Rules under the header and between A|B, B|C, C|D: at least those four inside the table.
    expect(table.drawnRowEdges.filter((y) => y > table.bbox.top + 1 && y < table.bbox.bottom - 1).length).toBeGreaterThanOrEqual(4);
    expect(table.header).not.toBeNull();
    expect(table.cells.filter((c) => c.role === 'header').map((c) => c.text)).toContain('Linkages with the SDGs');
    expect(page.regions).toContainEqual(expect.objectContaining({ kind: 'page-number', text: 'Page 2' }));
  });
});

describe('inspect on the bundled layout text', () => {
  let html: string;
  beforeAll(async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'roadmap-inspect-'));
    const result = await run('inspect', TEXT, '--out', out);
    expect(result.code, result.stderr.join('\n')).toBe(0);
    expect(readdirSync(out)).toEqual(['lines.html']);
    html = readFileSync(path.join(out, 'lines.html'), 'utf8');
  }, 120_000);

  const row = (line: number) => new RegExp(`<tr id="L${line}"[^>]*>.*?</tr>`).exec(html)?.[0] ?? '';

  it('marks the OCR ghost in line 96 dropped and struck through, and keeps the real text of the line', () => {
    // Line 96: "Developing guidelines …" (outcome) | "Regional Initiatives" | "9.1, 9.c, 11.3," | "coordinated response to cyber timedes." (a garbled copy of line 95's results).
    expect(row(96)).toMatch(/<del class="cell dropped" data-code="ghost-line-dropped"[^>]*>.*coordinated response to cyber timedes\.<\/del>/);
    expect(row(96)).toMatch(/data-column="outcome"[^>]*>.*Developing guidelines/);
    expect(row(96)).toContain('data-outcome="C5.geneva.B1"');
  });

  it('labels each kind of line by where it went', () => {
    expect(row(7)).toContain('data-bucket="document-title"');
    expect(html).toMatch(/data-bucket="table-header"[^>]*>.*WSIS Outcomes/);
    expect(html).toMatch(/data-bucket="footnote"/);
    expect(html).toMatch(/data-bucket="section-title"/);
    // Every non-blank line is accounted for, as ingest reports.
    expect(html).toContain('all 268 non-blank lines accounted for');
  });

  it('starts each outcome with its key', () => {
    expect(html).toMatch(/<tr id="L\d+" class="line bucket-outcome-row band-\d starts"[^>]*data-outcome="C5\.geneva\.B1"[^>]*>.*<strong>C5\.geneva\.B1<\/strong>/);
  });
});

describe('hostile text', () => {
  it('cannot inject markup through cell text, file names or warnings (lines.html)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-inspect-'));
    const file = path.join(dir, 'x<img src=x onerror=alert(1)>.txt');
    writeFileSync(
      file,
      [
        'C2. Information <script>alert(1)</script> infrastructure',
        'WSIS Outcomes\tProposed Timing\tITU Strategic Goals\tLinkages with the SDGs\tExpected Results',
        'Action Line C2 (Geneva Plan of Action)',
        'a. Develop "</td><script>x</script>\u0001\tnow\tGoal 1\t9.1\tit\'s & done',
      ].join('\n'),
    );
    const result = await inspectFile(file, { out: path.join(dir, 'out') });
    const html = readFileSync(path.join(result.out, 'lines.html'), 'utf8');
    expect(html).not.toMatch(/<script>|<img /);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('x&lt;img src=x onerror=alert(1)&gt;.txt');
    expect(html).not.toContain('\u0001');
  });

  it('cannot inject markup through page text, keys or warnings (SVG)', () => {
    const evil = '</text><script>alert(1)</script>\u0000\ud800"\'&';
    const page: PageDebug = PageDebugSchema.parse({
      stage: 'roadmap',
      file: evil,
      page: 1,
      width: 200,
      height: 100,
      text: [{ text: evil, x0: 10, x1: 90, baseline: 20, fontSize: 10, furniture: false }],
      rulings: [],
      fills: [{ x0: 0, top: 0, x1: 10, bottom: 10, color: '"/><script>' }],
      tables: [
        {
          bbox: { x0: 5, top: 5, x1: 195, bottom: 95 },
          source: evil,
          columns: [{ x0: 5, x1: 195, kind: evil, label: evil }],
          rows: [{ top: 10, bottom: 30, outcome: evil }],
          drawnRowEdges: [],
          header: null,
          cells: [{ bbox: { x0: 10, top: 10, x1: 90, bottom: 25 }, text: evil, role: 'body', column: 0, kind: evil, outcomes: [evil], row: null }],
        },
      ],
      regions: [{ kind: 'footnote', bbox: { x0: 10, top: 60, x1: 90, bottom: 70 }, text: evil }],
      dropped: [{ bbox: { x0: 10, top: 40, x1: 90, bottom: 50 }, text: evil, code: evil, message: evil }],
      warnings: [{ code: evil, message: evil, outcome: evil, at: null }],
    });
    const svg = renderPageSvg(page);
    expect(svg).not.toMatch(/<script|<\/text><script/);
    expect(svg).not.toMatch(/[\u0000\ud800]/);
    // Well-formed: every element that opens is closed (a crude but strict count).
    const opens = svg.match(/<(?!\/|!|\?)[a-z]+[^>]*(?<!\/)>/g)?.length ?? 0;
    const closes = svg.match(/<\/[a-z]+>/g)?.length ?? 0;
    expect(opens).toBe(closes);
  });
});

describe('roadmap tables --debug', () => {
  it('writes the table stage\'s page overlays: page 2 holds one ruled table of five columns', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'roadmap-inspect-'));
    const result = await run('tables', PDF, '--pages', '2', '--debug', out);
    expect(result.code, result.stderr.join('\n')).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['index.html', 'page-2.json', 'page-2.svg']);
    const page = PageDebugSchema.parse(JSON.parse(readFileSync(path.join(out, 'page-2.json'), 'utf8')));
    expect(page.stage).toBe('tables');
    expect(page.tables).toHaveLength(1);
    const table = page.tables[0]!;
    expect(table.source).toBe('lattice');
    expect(table.columns).toHaveLength(5);
    for (const [i, [, x]] of HEADER_WORDS.entries()) {
      expect(x).toBeGreaterThanOrEqual(table.columns[i]!.x0);
      expect(x).toBeLessThan(table.columns[i]!.x1);
    }
    // The CSV still goes to stdout.
    expect(result.stdout.join('\n')).toContain('2016-2019');
  }, 120_000);
});

describe('index.html', () => {
  it('links each page\'s overlay and data, with its warning count, and fetches nothing else', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'roadmap-inspect-'));
    const result = await run('inspect', path.join(ROOT, 'fixtures/pdf/variants/no-rules.pdf'), '--pages', '1-2', '--out', out);
    expect(result.code, result.stderr.join('\n')).toBe(0);
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    for (const p of [1, 2]) {
      expect(html).toContain(`<a href="page-${p}.svg"><img src="page-${p}.svg"`);
      expect(html).toContain(`href="page-${p}.json"`);
      const json = PageDebugSchema.parse(JSON.parse(readFileSync(path.join(out, `page-${p}.json`), 'utf8')));
      expect(html).toContain(`data-page="${p}" data-warnings="${json.warnings.length}"`);
    }
    expect(html).not.toMatch(/<script|<link|https?:/);
    expect(html).toMatch(/\d+ outcomes in 3 action lines/);
  }, 120_000);

  it('draws rows the page does not draw as inferred edges (a borderless table)', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'roadmap-inspect-'));
    await run('inspect', path.join(ROOT, 'fixtures/pdf/variants/no-rules.pdf'), '--pages', '2', '--out', out);
    const page = PageDebugSchema.parse(JSON.parse(readFileSync(path.join(out, 'page-2.json'), 'utf8')));
    const table = page.tables[0]!;
    expect(table.drawnRowEdges).toEqual([]);
    expect(table.rows.length).toBeGreaterThanOrEqual(2);
    expect(readFileSync(path.join(out, 'page-2.svg'), 'utf8')).toContain('class="row-edge inferred"');
  }, 120_000);
});

describe('inspect on a Markdown edition', () => {
  it('marks each source line: the delimiter row as markup, the prose the loader dropped, each table row in its outcome', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'roadmap-inspect-'));
    const result = await run('inspect', path.join(ROOT, 'fixtures/md-c2-c5-small/input.md'), '--out', out);
    expect(result.code, result.stderr.join('\n')).toBe(0);
    const html = readFileSync(path.join(out, 'lines.html'), 'utf8');
    const row = (line: number) => new RegExp(`<tr id="L${line}"[^>]*>.*?</tr>`).exec(html)?.[0] ?? '';
    // fixtures/md-c2-c5-small/input.md, read by hand: line 7 is C2's header, 8 its delimiter row,
    // 9 the bold section title row, 10 outcome A, 22 a remark between the tables (no row, no footnote).
    expect(row(7)).toContain('data-bucket="table-header"');
    expect(row(8)).toContain('data-bucket="markup"');
    expect(row(9)).toContain('data-bucket="section-title"');
    expect(row(10)).toContain('data-outcome="C2.geneva.A"');
    expect(row(22)).toMatch(/data-bucket="dropped".*Text between the tables.*data-code="line-unclassified"/);
    // One anchor per source line, even where a row's line breaks made several grid lines.
    expect(html.match(/id="L10"/g)).toHaveLength(1);
  }, 60_000);
});
