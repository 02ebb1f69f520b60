/**
 * diff.html: one self-contained, escaped page; in real headless Chromium its counts equal
 * diff.json, its filters work, and a screenshot is saved to test-artifacts/ (gitignored).
 */
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffEditions } from '../../src/diff/edition-diff.js';
import { renderHtml } from '../../src/diff/html.js';
import type { EditionDiff, OutcomeStatus } from '../../src/schema/diff.js';
import { dumpDom, findChromium, screenshot } from './chromium.js';
import { edition2018, editedEdition, outcome } from './editions.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');

const diff = diffEditions(edition2018(), editedEdition());
const html = renderHtml(diff);

interface ShownOutcome {
  id: string;
  line: string;
  status: string;
  hidden: boolean;
}

/** The outcome articles of a page (as written, or as Chromium left them). */
function articles(page: string): ShownOutcome[] {
  return [...page.matchAll(/<article class="outcome" id="([^"]+)" data-line="([^"]*)" data-status="([^"]+)"([^>]*)>/g)].map((m) => ({
    id: m[1]!,
    line: m[2]!,
    status: m[3]!,
    hidden: /\bhidden\b/.test(m[4]!),
  }));
}

const visible = (page: string) => articles(page).filter((a) => !a.hidden);
const shownCount = (page: string) => Number(/<output id="shown">(\d+)<\/output>/.exec(page)?.[1]);
const count = (d: EditionDiff, line: string, statuses: readonly OutcomeStatus[]) =>
  d.outcomes.filter((o) => (line === '' || o.actionLine === line) && statuses.includes(o.status)).length;

describe('diff.html as written', () => {
  it('fetches nothing: no external style, script, image or font', () => {
    expect(html).not.toMatch(/<link\b|<img\b|<iframe\b|\bsrc=|@import|url\(/i);
    expect(html).not.toMatch(/href="(?!#)/);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it('has one article per outcome, and every summary link leads to one', () => {
    expect(articles(html)).toHaveLength(diff.outcomes.length);
    const ids = new Set(articles(html).map((a) => a.id));
    const links = [...html.matchAll(/href="#((?:to|from)-[^"]+)"/g)].map((m) => m[1]!);
    expect(links).toHaveLength(12);
    for (const link of links) expect(ids.has(link), link).toBe(true);
    // The old C5.geneva.B3 was removed; the new C5.geneva.B3 is the renamed B4: two anchors.
    expect(ids.has('from-C5.geneva.B3') && ids.has('to-C5.geneva.B3')).toBe(true);
  });

  it('marks insertions and deletions with tags that show without colour', () => {
    expect(html).toContain('making <del>available</del> adequate');
    expect(html).toContain('<dt>SDG targets</dt><dd><ul class="set"><li><ins>17.9</ins></li><li><del>4.1</del></li></ul></dd>');
    expect(html).toContain('<dt>Timing</dt><dd><del>2016–2019</del> → <ins>2016–2021</ins></dd>');
    expect(html).toContain('<li>WTDC Res. 45: Rev. Dubai, 2014 → Rev. Kigali, 2022</li>');
    expect(html).toMatch(/ins \{[^}]*text-decoration: underline/);
    expect(html).toMatch(/del \{[^}]*text-decoration: line-through/);
    expect(html).toMatch(/ins::before \{ content: "\+"/);
  });

  it('escapes every text from the roadmap', () => {
    const edited = edition2018();
    edited.edition = '<2019>';
    outcome(edited, 'C2.geneva.A').text = 'Use <script>alert("x")</script> & <b>bold</b> \'quotes\'';
    const page = renderHtml(diffEditions(edition2018(), edited));
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page).toContain('<ins>Use &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; &#39;quotes&#39;</ins>');
    expect(page).toContain('<title>Roadmap changes: 2018 → &lt;2019&gt;</title>');
    expect(page.match(/<script>/g)).toHaveLength(1);
  });
});

const chromium = findChromium();

describe.skipIf(!chromium)(`diff.html in headless Chromium${chromium ? '' : ' — SKIPPED: chromium is not installed (apt-get install chromium; .ci/run does)'}`, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-diff-html-'));
  const file = path.join(dir, 'diff.html');
  writeFileSync(file, html);
  const FILTERS: [string, string, OutcomeStatus[]][] = [
    ['#line=C5&status=renamed', 'C5', ['renamed']],
    ['#line=&status=unchanged', '', ['unchanged']],
    ['#line=C2&status=added,changed', 'C2', ['added', 'changed']],
    ['#line=C6', 'C6', ['added', 'removed', 'renamed', 'changed']],
  ];
  const png = path.join(ARTIFACTS, 'diff-html.png');
  // The Chromium runs start together, two at a time (each is a whole browser).
  let pages: Promise<string[]>;
  let shot: Promise<void>;
  beforeAll(() => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const limit = pLimit(2);
    pages = Promise.all(['', '#to-C2.geneva.A', ...FILTERS.map(([hash]) => hash)].map((hash) => limit(() => dumpDom(chromium!, file, hash))));
    shot = limit(() => screenshot(chromium!, file, png));
    // Settled here, awaited in the tests: a failure belongs to the test that reads it.
    pages.catch(() => {});
    shot.catch(() => {});
  });

  it('shows the counts of diff.json: the summary table, and the outcomes it lists at first', async () => {
    const dom = (await pages)[0]!;
    expect(dom).toContain('data-ready="true"');
    const changed = count(diff, '', ['added', 'removed', 'renamed', 'changed']);
    expect(changed).toBe(12);
    expect(shownCount(dom)).toBe(changed);
    expect(visible(dom)).toHaveLength(changed);
    for (const line of ['C2', 'C5', 'C6', '']) {
      const row = new RegExp(`<tr data-line="${line}">(.*?)</tr>`).exec(dom)![1]!;
      const cells = Object.fromEntries([...row.matchAll(/data-status="(\w+)" data-count="(\d+)"/g)].map((m) => [m[1], Number(m[2])]));
      const shown = Object.fromEntries([...row.matchAll(/data-status="(\w+)" data-count="\d+"><a [^>]*>(\d+)<\/a>/g)].map((m) => [m[1], Number(m[2])]));
      const expected = Object.fromEntries((['added', 'removed', 'renamed', 'changed', 'unchanged'] as const).map((s) => [s, count(diff, line, [s])]));
      expect(cells, line).toEqual(expected);
      expect(shown, line).toEqual(expected);
    }
  });

  it('filters by action line and status from the URL hash', async () => {
    const doms = (await pages).slice(2);
    FILTERS.forEach(([hash, line, statuses], i) => {
      const dom = doms[i]!;
      const shown = visible(dom);
      expect(shown.length, hash).toBe(count(diff, line, statuses));
      expect(shownCount(dom), hash).toBe(shown.length);
      expect(shown.every((a) => (line === '' || a.line === line) && statuses.includes(a.status as OutcomeStatus)), hash).toBe(true);
      expect(dom, hash).toContain(`data-filter-line="${line}" data-filter-status="${statuses.join(',')}"`);
    });
    expect(visible(doms[0]!).map((a) => a.id)).toEqual(['to-C5.geneva.B3', 'to-C5.geneva.B4']);
  });

  it('a link to an outcome the filter hides shows everything', async () => {
    const dom = (await pages)[1]!;
    expect(visible(dom)).toHaveLength(diff.outcomes.length);
    expect(shownCount(dom)).toBe(62);
  });

  it('saves a screenshot to test-artifacts/diff-html.png', async () => {
    await shot;
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(statSync(png).size).toBeGreaterThan(20_000);
  });
});
