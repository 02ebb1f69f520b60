/**
 * The command line as a CI job uses it: --json puts everything (errors too) on stdout as JSON and
 * nothing on stderr; -q silences notes; conflicting flags are usage errors; --fail-on, --ignore and
 * --reporter github; a closed pipe ends the process quietly. Expectations are written from the
 * fixture c6-k-p-garbled-ids, whose lines 17 and 18 print no id (two id-missing warnings) and
 * whose line 16 holds a garbled id (id-garbled).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { run, sourceIn } from './run.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const GARBLED = path.join(ROOT, 'fixtures', 'c6-k-p-garbled-ids', 'input.txt');
let work: string;

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-ci-'));
});

const source = (edition: string, name: string, content: string | Uint8Array): string => sourceIn(work, edition, name, content);

describe('--json', () => {
  it('ingest: a failed source is a JSON record with the error; stderr stays empty', async () => {
    const good = source('good', 'roadmap.txt', readFileSync(GARBLED));
    const bad = source('bad', 'empty.txt', '');
    const result = await run('ingest', good, bad, '--out', path.join(work, 'out'), '--json');
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([]);
    const records = result.stdout.map((line) => JSON.parse(line) as { edition: string; ok: boolean; error?: { file: string } });
    expect(records.map((r) => [r.edition, r.ok])).toEqual([
      ['bad', false],
      ['good', true],
    ]);
    expect(records[0]!.error!.file).toBe(bad);
  });

  it('a top-level input error is one JSON object on stdout (exit 1), a usage error too (exit 2)', async () => {
    const missing = await run('find', '--goal', '3', '--out', path.join(work, 'nothing'), '--json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toEqual([]);
    expect(JSON.parse(missing.stdout.join('\n'))).toEqual({ ok: false, error: { kind: 'input', message: `${path.join(work, 'nothing')}: no such file or folder (run roadmap ingest first, or check --out)`, file: path.join(work, 'nothing'), line: null, page: null } });
    const usage = await run('ingest', '--json', '--bogus');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toEqual([]);
    expect(JSON.parse(usage.stdout.join('\n'))).toMatchObject({ ok: false, error: { kind: 'usage', message: expect.stringMatching(/unknown option '--bogus'/) } });
  });
});

describe('flags', () => {
  it.each([
    [['-q', '-v']],
    [['--json', '-v']],
    [['--json', '--reporter', 'github']],
  ])('%j together are a usage error', async (flags) => {
    const file = source('w', 'roadmap.txt', readFileSync(GARBLED));
    const result = await run('ingest', file, '--out', path.join(work, 'out'), ...flags);
    expect(result.code).toBe(2);
  });

  it('-q silences the note about a rendering not read, and the warnings', async () => {
    source('e', 'roadmap.txt', readFileSync(GARBLED));
    source('e', 'roadmap.md', '# not read\n');
    const loud = await run('ingest', path.join(work, 'sources'), '--out', path.join(work, 'o1'));
    expect(loud.stderr.filter((l) => l.includes('note:'))).toHaveLength(1);
    const quiet = await run('ingest', path.join(work, 'sources'), '--out', path.join(work, 'o2'), '-q');
    expect(quiet.stderr).toEqual([]);
    expect(quiet.stdout).toHaveLength(1);
  });

  it('--fail-on fails on a code present, not on one absent; --ignore neither shows nor counts a code', async () => {
    const file = source('w', 'roadmap.txt', readFileSync(GARBLED));
    const out = path.join(work, 'out');
    const failing = await run('ingest', file, '--out', out, '--fail-on', 'timing-reversed,id-missing');
    expect(failing.code).toBe(1);
    expect(failing.stderr.at(-1)).toBe('roadmap: --fail-on: 2 × id-missing');
    expect((await run('ingest', file, '--out', out, '--fail-on', 'timing-reversed', '-q')).code).toBe(0);
    const ignoring = await run('ingest', file, '--out', out, '--ignore', 'id-missing', '--json');
    const record = JSON.parse(ignoring.stdout[0]!) as { warnings: { code: string }[] };
    expect(record.warnings.some((w) => w.code === 'id-garbled')).toBe(true);
    expect(record.warnings.some((w) => w.code === 'id-missing')).toBe(false);
    // With every code the fixture raises ignored, --strict has nothing to fail on.
    const codes = [...new Set((JSON.parse((await run('ingest', file, '--out', out, '--json')).stdout[0]!) as { warnings: { code: string }[] }).warnings.map((w) => w.code))];
    expect((await run('ingest', file, '--out', out, '--strict', '--ignore', codes.join(','), '-q')).code).toBe(0);
  });

  it('--reporter github prints workflow annotations with file, line and code', async () => {
    const file = source('w', 'roadmap.txt', readFileSync(GARBLED));
    const result = await run('ingest', file, '--out', path.join(work, 'out'), '--reporter', 'github');
    const annotations = result.stdout.filter((l) => l.startsWith('::'));
    expect(annotations.filter((l) => l.startsWith(`::warning file=${file},line=17,title=id-missing::`))).toHaveLength(1);
    expect(annotations.filter((l) => l.startsWith(`::warning file=${file},line=18,title=id-missing::`))).toHaveLength(1);
    expect(result.stderr).toEqual([]);
  });
});

describe('a closed pipe', () => {
  it('ends the process quietly (exit 0, nothing on stderr) when the reader stops after one line', async () => {
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli', 'main.js'), 'export', path.join(ROOT, 'output', '2018', 'roadmap.json'), '-f', 'markdown'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      // The reader takes the first chunk and closes its end, as `head -1` does.
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (exit) => resolve({ code: exit, stderr: err }));
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
