/**
 * Output safe for where it goes: terminal text made inert, edition names that are names, an
 * output folder that cannot be made failing at once, bounded --pages, keys escaped in diff.md,
 * a malformed hash ignored by diff.html, Markdown nesting limits.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffEditions } from '../../src/diff/edition-diff.js';
import { renderHtml } from '../../src/diff/html.js';
import { renderMarkdown } from '../../src/diff/markdown.js';
import { Diagnostics } from '../../src/diagnostics.js';
import { InputError } from '../../src/errors.js';
import { loadMarkdownGrid } from '../../src/load/markdown.js';
import { printable } from '../../src/safety/terminal-text.js';
import { run } from '../cli/run.js';
import { dumpDom, findChromium } from '../diff/chromium.js';
import { edition2018 } from '../diff/editions.js';

const TEXT = path.join(import.meta.dirname, '..', '..', 'sources', '2018', 'wsis-roadmaps-2018.txt');
const PDF = path.join(import.meta.dirname, '..', '..', 'sources', '2018', 'wsis-roadmaps-2018.pdf');

describe('printable', () => {
  it('replaces control characters, escape sequences and direction overrides with visible escapes', () => {
    expect(printable('a\u001b[2J\u001b[Hb')).toBe('a\\x1b[2J\\x1b[Hb');
    expect(printable('line\nfake\r\tx\u0007')).toBe('line\\nfake\\r\\tx\\x07');
    expect(printable('\u009b31m \u202eevil \u2066')).toBe('\\x9b31m \\u202eevil \\u2066');
    expect(printable('C2.geneva.A — “quoted” ü ²')).toBe('C2.geneva.A — “quoted” ü ²');
  });
});

describe('the CLI prints no raw control characters', () => {
  it('a file name with an escape sequence appears escaped in the summary line', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-esc-'));
    const file = path.join(dir, 'x\u001b[2Jall lines accounted for.txt');
    copyFileSync(TEXT, file);
    const result = await run('ingest', file, '--edition', 'e', '--out', path.join(dir, 'out'), '--quiet');
    expect(result.code).toBe(0);
    expect(result.stdout).toHaveLength(1);
    expect(result.stdout[0]).toContain('x\\x1b[2Jall lines');
    expect([...result.stdout, ...result.stderr].join('')).not.toMatch(/[\u0000-\u001f]/);
  });

  it('an error naming such a file is one escaped line', async () => {
    const result = await run('ingest', 'missing\u001b[31m.txt', '--edition', 'e', '--out', os.tmpdir());
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([expect.stringContaining('missing\\x1b[31m.txt')]);
  });
});

describe('--edition is a name, --out a folder that can be made', () => {
  it.each(['../../x', 'a/b', '..', '.hidden', 'a\\b'])('--edition %s is a usage error', async (name) => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'roadmap-ed-'));
    const result = await run('ingest', TEXT, '--edition', name, '--out', path.join(out, 'o'));
    expect(result.code).toBe(2);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/^roadmap: --edition: .*not an edition name/);
  });

  it('--out /proc/x fails in one line at once', async () => {
    const start = Date.now();
    const result = await run('ingest', TEXT, '--edition', 'e', '--out', '/proc/x/y');
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual(['roadmap: /proc/x/y/e/roadmap.json: cannot write the output (a folder on the way cannot be made there)']);
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it('--out naming a file fails in one line', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-out-'));
    writeFileSync(path.join(dir, 'file'), '');
    const result = await run('ingest', TEXT, '--edition', 'e', '--out', path.join(dir, 'file', 'sub'));
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([expect.stringMatching(/file.sub.e.roadmap\.json: cannot write the output \(a file stands where a folder is needed\)$/)]);
  });
});

describe('tables --pages', () => {
  it('a range beyond the pages limit is a usage error, not a list of 10^8 pages', async () => {
    const result = await run('tables', PDF, '--pages', '1-100000000');
    expect(result.code).toBe(2);
    expect(result.stderr).toEqual(['roadmap: --pages: "1-100000000" goes beyond page 10000, the most a PDF may have (raise it with --limit pages=N)']);
  });
});

describe('diff reports escape keys as text', () => {
  it('a key with a line break and HTML puts no raw HTML into diff.md or diff.html', () => {
    const before = edition2018();
    const after = edition2018();
    const outcome = after.actionLines[0]!.outcomes[0]!;
    outcome.key = 'C2.geneva.A\n\n<img src=x onerror=alert(1)>';
    outcome.text = 'changed text';
    const diff = diffEditions(before, after);
    const md = renderMarkdown(diff);
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(renderHtml(diff)).not.toContain('<img');
  });
});

const chromium = findChromium();
describe.skipIf(!chromium)('diff.html with a malformed hash', () => {
  it('ignores the hash and still sets up the page', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-hash-'));
    const file = path.join(dir, 'diff.html');
    const after = edition2018();
    after.actionLines[0]!.outcomes[0]!.text = 'changed text';
    writeFileSync(file, renderHtml(diffEditions(edition2018(), after)));
    const dom = await dumpDom(chromium!, file, '#%E0%A4%A');
    expect(dom).toMatch(/<body[^>]*data-ready="true"/);
  }, 90_000);
});

describe('Markdown nesting limits', () => {
  const load = (text: string) => {
    try {
      loadMarkdownGrid(new TextEncoder().encode(text), 'deep.md', new Diagnostics());
      return null;
    } catch (error) {
      if (error instanceof InputError) return error.describe();
      throw error;
    }
  };

  it('2,000 nested block quotes: one line naming the file and line', () => {
    expect(load(`# Title\n\n${'> '.repeat(2000)}text\n`)).toBe('deep.md:3: Markdown blocks nested more than 100 deep (block quotes or lists inside each other)');
  });

  it('50,000 nested "[" in one line: one line, at once', () => {
    const start = Date.now();
    expect(load(`| a | b |\n| - | - |\n| ${'['.repeat(50_000)} | x |\n`)).toBe('deep.md:3: more than 100 "[" open at once in one line (link labels nested in link labels)');
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it('ordinary nesting and brackets pass', () => {
    expect(load('> quote\n> > inner\n\n- a\n  - b [link](x) [[note]]\n')).toBeNull();
  });
});
