/**
 * The overlays as a person sees them: page-2.svg of the bundled PDF and lines.html of the bundled
 * text, drawn by headless Chromium, measured in the drawn page (getBoundingClientRect) by a
 * small script, and a screenshot saved to test-artifacts/ (gitignored). Expected positions come
 * from the source (`pdftotext -f 2 -l 2 -bbox`), not from the code.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectFile } from '../../src/inspect/inspect.js';
import { PageDebugSchema } from '../../src/inspect/model.js';
import { renderPageSvg } from '../../src/inspect/page-svg.js';
import { dumpDom, findChromium, screenshot } from '../diff/chromium.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
interface Measured {
  scale: number;
  origin: { left: number; top: number };
  bands: (Rect & { kind: string })[];
  texts: (Rect & { text: string })[];
  cells: { outcome: string; kind: string; box: Rect; label: string | null; labelBox: Rect | null }[];
  dropped: { code: string; box: Rect; strike: Rect | null }[];
}

/** An HTML page that shows the SVG inline and writes what it measured into <pre id="result">. */
function harness(svg: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0}</style></head><body>${svg.replace(/^<\?xml[^>]*>/, '')}<pre id="result"></pre><script>
const svg = document.querySelector('svg');
const box = (e) => { const b = e.getBoundingClientRect(); return { left: b.left, right: b.right, top: b.top, bottom: b.bottom }; };
const outer = svg.getBoundingClientRect();
document.getElementById('result').textContent = JSON.stringify({
  scale: outer.width / svg.viewBox.baseVal.width,
  origin: { left: outer.left, top: outer.top },
  bands: [...svg.querySelectorAll('rect.column-band')].map((r) => ({ kind: r.dataset.kind, ...box(r) })),
  texts: [...svg.querySelectorAll('g.page-text text')].map((t) => ({ text: t.textContent, ...box(t) })),
  cells: [...svg.querySelectorAll('g.cell')].map((g) => {
    const label = g.querySelector('.cell-label text');
    return { outcome: g.dataset.outcome, kind: g.dataset.kind, box: box(g.querySelector(':scope > rect')), label: label ? label.textContent : null, labelBox: label ? box(label) : null };
  }),
  dropped: [...svg.querySelectorAll('g.dropped')].map((g) => ({ code: g.dataset.code, box: box(g.querySelector(':scope > rect')), strike: g.querySelector('line.strike') ? box(g.querySelector('line.strike')) : null })),
});
</script></body></html>`;
}

function measured(dom: string): Measured {
  const text = /<pre id="result">([\s\S]*?)<\/pre>/.exec(dom)?.[1] ?? '';
  return JSON.parse(text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Measured;
}

/** Page 2's header labels: the first word of each and where it starts (pdftotext -bbox xMin), by column. */
const HEADER_WORDS: [string, string, number][] = [
  ['outcome', 'WSIS', 59.1],
  ['timing', 'Proposed', 277.6],
  ['goals', 'ITU', 336.0],
  ['sdgs', 'Linkages', 496.2],
  ['results', 'Expected', 569.0],
];
const PAGE_2_OUTCOMES = ['C2.geneva.A', 'C2.geneva.B', 'C2.geneva.C', 'C2.geneva.D'];

const chromium = findChromium();

describe.skipIf(!chromium)(`inspect overlays in headless Chromium${chromium ? '' : ' — SKIPPED: chromium is not installed (apt-get install chromium; .ci/run does)'}`, () => {
  let dir: string;
  let svgDom: string;
  let page: Measured;
  let linesDom: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-inspect-render-'));
    await inspectFile(path.join(ROOT, 'sources/2018/wsis-roadmaps-2018.pdf'), { pages: [2], out: path.join(dir, 'pdf') });
    await inspectFile(path.join(ROOT, 'sources/2018/wsis-roadmaps-2018.txt'), { out: path.join(dir, 'txt') });
    const svgFile = path.join(dir, 'pdf', 'page-2.svg');
    writeFileSync(path.join(dir, 'page.html'), harness(readFileSync(svgFile, 'utf8')));
    mkdirSync(ARTIFACTS, { recursive: true });
    // One browser at a time: the machine's cores are shared with the rest of the suite.
    svgDom = await dumpDom(chromium!, svgFile);
    page = measured(await dumpDom(chromium!, path.join(dir, 'page.html')));
    linesDom = await dumpDom(chromium!, path.join(dir, 'txt', 'lines.html'));
    await screenshot(chromium!, svgFile, path.join(ARTIFACTS, 'inspect-page-2.png'), '1360,1100');
  }, 180_000);

  it('parses page-2.svg as XML (no parser error page)', () => {
    expect(svgDom).toContain('<svg');
    expect(svgDom).not.toMatch(/parsererror|This page contains the following errors/);
  });

  it('draws the page text where the PDF has it, inside the column band of its kind', () => {
    expect(page.bands.map((b) => b.kind)).toEqual(HEADER_WORDS.map(([kind]) => kind));
    const pageX = (t: Rect) => (t.left - page.origin.left) / page.scale;
    for (const [kind, word, x] of HEADER_WORDS) {
      // The word as drawn nearest to where the PDF has it (it may be drawn elsewhere too).
      const text = page.texts.filter((t) => t.text.trim().startsWith(word)).sort((a, b) => Math.abs(pageX(a) - x) - Math.abs(pageX(b) - x))[0];
      expect(text, word).toBeDefined();
      // Drawn at the PDF's x (within 1.5 pt)…
      expect(Math.abs(pageX(text!) - x), word).toBeLessThan(1.5);
      // …and inside its column's band.
      const band = page.bands.find((b) => b.kind === kind)!;
      expect(text!.left, word).toBeGreaterThanOrEqual(band.left);
      expect(text!.left, word).toBeLessThan(band.right);
    }
  });

  it('gives every outcome on the page a visible, labelled box for each of its cells', () => {
    for (const key of PAGE_2_OUTCOMES) {
      const cells = page.cells.filter((c) => c.outcome.split(' ').includes(key));
      expect(cells.length, key).toBeGreaterThan(0);
      for (const cell of cells) {
        expect(cell.label, key).toContain(key);
        expect(cell.labelBox!.right - cell.labelBox!.left, key).toBeGreaterThan(10);
        // The label sits on the box's top edge.
        expect(Math.abs(cell.labelBox!.bottom - cell.box.top), key).toBeLessThan(6 * page.scale);
      }
    }
    // C2.geneva.B's timing cell holds "2016-2019", drawn at x 277.6 on the page.
    const timing = page.cells.find((c) => c.outcome === 'C2.geneva.B' && c.kind === 'timing')!;
    expect(timing.label).toContain('timing');
    expect(Math.abs((timing.box.left - page.origin.left) / page.scale - 277.6)).toBeLessThan(3);
  });

  it('strikes through the ghost line dropped from C5.geneva.B1 in lines.html', () => {
    const row = /<tr id="L96"[^>]*>[\s\S]*?<\/tr>/.exec(linesDom)?.[0] ?? '';
    expect(row).toMatch(/<del class="cell dropped" data-code="ghost-line-dropped"[^>]*>[\s\S]*coordinated response to cyber timedes\./);
    expect(row).toContain('✗ ghost-line-dropped');
  });
});

describe.skipIf(!chromium)('a dropped line on a page overlay', () => {
  it('is struck through across its text, in its own box and label', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-inspect-render-'));
    const ghost = { x0: 100, x1: 260, baseline: 120, fontSize: 10 };
    const svg = renderPageSvg(
      PageDebugSchema.parse({
        stage: 'roadmap',
        file: 'ghost.pdf',
        page: 1,
        width: 400,
        height: 200,
        text: [{ text: 'coordinated response to cyber timedes.', ...ghost, furniture: false }],
        rulings: [],
        fills: [],
        tables: [],
        regions: [],
        dropped: [{ bbox: { x0: 100, top: 112, x1: 260, bottom: 122.5 }, text: 'coordinated response to cyber timedes.', code: 'ghost-line-dropped', message: 'dropped "coordinated response to cyber timedes.", a garbled copy of the neighbouring line in the results cell' }],
        warnings: [],
      }),
    );
    writeFileSync(path.join(dir, 'page.html'), harness(svg));
    const drawn = measured(await dumpDom(chromium!, path.join(dir, 'page.html')));
    const text = drawn.texts[0]!;
    const mark = drawn.dropped[0]!;
    expect(mark.code).toBe('ghost-line-dropped');
    // The strike runs the text's whole width, between its top and bottom.
    expect(mark.strike!.left).toBeLessThanOrEqual(text.left + 1);
    expect(mark.strike!.right).toBeGreaterThanOrEqual(text.right - 1);
    const middle = (mark.strike!.top + mark.strike!.bottom) / 2;
    expect(middle).toBeGreaterThan(text.top);
    expect(middle).toBeLessThan(text.bottom);
    expect(svg).toContain('✗ dropped: ghost-line-dropped');
  }, 60_000);
});
