/**
 * Hostile PDFs (made by hostile-pdfs.ts) through the CLI in a child process: one line naming the
 * file and the limit, exit 1, bounded time and peak memory, the previous output intact, and the
 * other sources of the run still read and reported.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encryptedPdf } from './encrypt-pdf.js';
import { bomb, damagedXref, deepArrays, fanOut, giantString, nested, objStmBomb, patternFanOut, shadingFunction, tinyOperators } from './hostile-pdfs.js';

const CHILD = path.join(import.meta.dirname, 'cli-child.ts');
const TEXT = path.join(import.meta.dirname, '..', '..', 'sources', '2018', 'wsis-roadmaps-2018.txt');
/** Far above what these files need when the budgets work (a few seconds), far below what they took without (minutes). */
const SECONDS = 60;
const GIGABYTE_KB = 1024 * 1024;

interface ChildRun {
  code: number | null;
  stdout: string[];
  stderr: string[];
  seconds: number;
  maxRssKb: number;
}

function cli(...args: string[]): Promise<ChildRun> {
  return new Promise((resolve) => {
    const start = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), SECONDS * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const lines = err.split('\n').filter((l) => l !== '');
      const rss = lines.at(-1)?.startsWith('maxrss ') ? Number(lines.pop()!.slice(7)) : Infinity;
      resolve({ code, stdout: out.split('\n').filter((l) => l !== ''), stderr: lines, seconds: (Date.now() - start) / 1000, maxRssKb: rss });
    });
  });
}

const files = new Map<string, string>();
let dir = '';
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-hostile-'));
  const made: [string, Uint8Array][] = [
    ['bomb.pdf', await bomb(1)],
    ['fan-out.pdf', fanOut(12, 8)],
    ['nested.pdf', nested(5000)],
    ['damaged-xref.pdf', damagedXref(['Minutes of the meeting', 'The meeting opened at 10:00 and closed at noon.'])],
    // Encrypted: the pre-scan must decrypt to see them (its bytes are ciphertext otherwise).
    ['bomb-aes128.pdf', await bomb(1, encryptedPdf('aes128'))],
    ['fan-out-rc4.pdf', fanOut(12, 8, encryptedPdf('rc4'))],
    ['fan-out-aes256.pdf', fanOut(12, 8, encryptedPdf('aes256'))],
    // Other kinds: each of these hung, took gigabytes or printed a raw engine message before.
    ['objstm-bomb.pdf', await objStmBomb(1)],
    ['pattern-cycle.pdf', patternFanOut(3, 8, true)],
    ['sampled-function.pdf', shadingFunction(1_000_000_000)],
    ['giant-string.pdf', giantString(60_000_000)],
    ['tiny-operators.pdf', tinyOperators(20_000_000)],
    ['deep-arrays.pdf', deepArrays(1_000_000, 'object')],
  ];
  for (const [name, bytes] of made) {
    writeFileSync(path.join(dir, name), bytes);
    files.set(name, path.join(dir, name));
  }
}, 120_000);

describe.each([
  ['bomb.pdf', /bomb\.pdf: hostile PDF: stream 4 decodes to more bytes than allowed: over the limit stream-bytes=67108864 \(raise it with --limit stream-bytes=N\)$/],
  ['fan-out.pdf', /fan-out\.pdf: hostile PDF: form \d+ draws 78,536,544,840 XObjects: over the limit draws-per-page=100000 /],
  ['nested.pdf', /nested\.pdf: hostile PDF: forms are drawn inside each other more deeply than allowed: over the limit form-depth=32 /],
  ['damaged-xref.pdf', /damaged-xref\.pdf: no roadmap table found/],
  ['bomb-aes128.pdf', /bomb-aes128\.pdf: hostile PDF: stream 4 decodes to more bytes than allowed: over the limit stream-bytes=67108864 /],
  ['fan-out-rc4.pdf', /fan-out-rc4\.pdf: hostile PDF: form \d+ draws 78,536,544,840 XObjects: over the limit draws-per-page=100000 /],
  ['fan-out-aes256.pdf', /fan-out-aes256\.pdf: hostile PDF: form \d+ draws 78,536,544,840 XObjects: over the limit draws-per-page=100000 /],
  ['objstm-bomb.pdf', /objstm-bomb\.pdf: hostile PDF: an object stream decodes to more bytes than allowed: over the limit stream-bytes=67108864 /],
  ['pattern-cycle.pdf', /pattern-cycle\.pdf: hostile PDF: pattern 6 nests forms in a cycle: over the limit form-depth=32 /],
  ['sampled-function.pdf', /sampled-function\.pdf: hostile PDF: the sampled function 7 claims 12,000,000,000 bytes of samples: over the limit stream-bytes=67108864 /],
  ['giant-string.pdf', /giant-string\.pdf \(page 1\): hostile PDF: page 1 shows 60,000,0\d\d characters: over the limit text-chars-per-page=500000 /],
  ['tiny-operators.pdf', /tiny-operators\.pdf \(page 1\): hostile PDF: page 1 holds 20,000,0\d\d operators: over the limit operators-per-page=2000000 /],
  ['deep-arrays.pdf', /deep-arrays\.pdf: damaged PDF: no page could be read \(page 1: objects nested too deeply to read\)$/],
])('%s', (name, message) => {
  it('ingest: one line naming the file and the limit, exit 1, bounded time and memory, previous output intact', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'roadmap-hostile-out-'));
    mkdirSync(path.join(out, 'x'));
    writeFileSync(path.join(out, 'x', 'roadmap.json'), '{"previous": true}\n');
    const result = await cli('ingest', files.get(name)!, '--edition', 'x', '--out', out);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(message);
    expect(result.code).toBe(1);
    expect(result.seconds).toBeLessThan(SECONDS);
    expect(result.maxRssKb).toBeLessThan(GIGABYTE_KB);
    expect(readFileSync(path.join(out, 'x', 'roadmap.json'), 'utf8')).toBe('{"previous": true}\n');
    expect(readdirSync(out)).toEqual(['x']);
    expect(readdirSync(path.join(out, 'x'))).toEqual(['roadmap.json']);
  }, SECONDS * 1000 + 10_000);
});

describe.each(['bomb.pdf', 'fan-out.pdf', 'nested.pdf', 'bomb-aes128.pdf', 'pattern-cycle.pdf', 'giant-string.pdf'])('tables %s', (name) => {
  it('fails in one line naming the limit, within the time and memory bounds', async () => {
    const result = await cli('tables', files.get(name)!);
    expect(result.code).toBe(1);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/: hostile PDF: .*: over the limit [a-z-]+=\d+ \(raise it with --limit [a-z-]+=N\)$/);
    expect(result.stdout).toEqual([]);
    expect(result.maxRssKb).toBeLessThan(GIGABYTE_KB);
  }, SECONDS * 1000 + 10_000);
});

describe('a hostile PDF among good sources', () => {
  it('fails alone: the text source is still written and reported', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'roadmap-hostile-out-'));
    const sources = mkdtempSync(path.join(os.tmpdir(), 'roadmap-hostile-src-'));
    mkdirSync(path.join(sources, 'good'));
    mkdirSync(path.join(sources, 'bad'));
    writeFileSync(path.join(sources, 'good', 'edition.txt'), readFileSync(TEXT));
    writeFileSync(path.join(sources, 'bad', 'edition.pdf'), readFileSync(files.get('fan-out.pdf')!));
    const result = await cli('ingest', path.join(sources, 'good', 'edition.txt'), path.join(sources, 'bad', 'edition.pdf'), '--out', out, '--quiet');
    expect(result.code).toBe(1);
    expect(result.stdout).toHaveLength(1);
    expect(result.stdout[0]).toMatch(/^good: .*edition\.txt → .*roadmap\.json: \d+ outcomes/);
    expect(result.stderr.filter((l) => !l.startsWith('roadmap: reading'))).toEqual([expect.stringMatching(/bad.edition\.pdf: hostile PDF: form \d+ draws/)]);
    expect(readdirSync(path.join(out, 'good')).sort()).toEqual(['index.json', 'roadmap.json']);
    expect(readdirSync(out)).toEqual(['good']);
  }, SECONDS * 1000 + 10_000);

  it('an unknown --limit name is a usage error', async () => {
    const result = await cli('tables', files.get('fan-out.pdf')!, '--limit', 'nonsense=3');
    expect(result.code).toBe(2);
    expect(result.stderr[0]).toMatch(/--limit: no limit named "nonsense"/);
  }, SECONDS * 1000);
});
