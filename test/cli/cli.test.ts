import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toJson } from '../../src/emit/json.js';
import { roadmapJsonSchema } from '../../src/schema/roadmap.js';
import { run } from './run.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const FIXTURE_INPUT = path.join(ROOT, 'fixtures', 'c2-a-single-line-bullets', 'input.txt');
let work: string;

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-cli-'));
});
afterEach(() => {
  // temp folders are left to the OS; nothing here writes outside them
});

function source(edition: string, name: string, content: string | Uint8Array): string {
  const dir = path.join(work, 'sources', edition);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('roadmap ingest', () => {
  it('writes DIR/<edition>/roadmap.json named after the source folder, and a summary line', async () => {
    const file = source('2099', 'roadmap.txt', readFileSync(FIXTURE_INPUT));
    const out = path.join(work, 'out');
    const result = await run('ingest', file, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toHaveLength(1);
    expect(result.stdout[0]).toMatch(/^2099: .*roadmap\.txt → .*roadmap\.json: 1 outcomes in 1 action lines, 0 warnings$/);
    const written = JSON.parse(readFileSync(path.join(out, '2099', 'roadmap.json'), 'utf8'));
    expect(written.edition).toBe('2099');
    expect(written.actionLines[0].outcomes[0].key).toBe('C2.geneva.A');
  });

  it('takes --edition and finds sources in folders, skipping README files', async () => {
    source('x', 'roadmap.txt', readFileSync(FIXTURE_INPUT));
    source('x', 'README.md', '# notes about this edition\n');
    const out = path.join(work, 'out');
    const result = await run('ingest', path.join(work, 'sources'), '--edition', 'named', '--out', out);
    expect(result.code).toBe(0);
    expect(readdirSync(out)).toEqual(['named']);
  });

  it('prints warnings with file and line on stderr, and --quiet hides them', async () => {
    const slice = path.join(ROOT, 'fixtures', 'c6-k-p-garbled-ids', 'input.txt');
    const file = source('w', 'roadmap.txt', readFileSync(slice));
    const loud = await run('ingest', file, '--out', path.join(work, 'o1'));
    expect(loud.stderr.some((l) => /roadmap\.txt:16: warning id-garbled: .*\[C6\.geneva\.m\]$/.test(l))).toBe(true);
    const quiet = await run('ingest', file, '--out', path.join(work, 'o2'), '--quiet');
    expect(quiet.stderr).toEqual([]);
  });

  describe.each([
    ['an empty file', 'empty.txt', '', /empty\.txt: the file is empty$/],
    ['binary junk', 'junk.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0xff, 0x00]), /junk\.txt: not a text file/],
    ['prose without a roadmap table', 'prose.txt', 'Minutes of the meeting\n\nThe meeting opened at 10:00 and closed at noon.\n', /prose\.txt: no roadmap table found/],
    ['an unknown extension', 'roadmap.docx', 'WSIS Action Line C2: x\n', /roadmap\.docx: unknown file type "\.docx"/],
  ])('bad input: %s', (_name, fileName, content, message) => {
    it('fails with one line naming the file, exit 1, and leaves the previous output untouched', async () => {
      const file = source('bad', fileName, content);
      const out = path.join(work, 'out');
      const previous = path.join(out, 'bad', 'roadmap.json');
      mkdirSync(path.dirname(previous), { recursive: true });
      writeFileSync(previous, '{"previous": true}\n');
      const result = await run('ingest', file, '--out', out);
      expect(result.code).toBe(1);
      expect(result.stdout).toEqual([]);
      expect(result.stderr).toHaveLength(1);
      expect(result.stderr[0]).toMatch(/^roadmap: /);
      expect(result.stderr[0]).toMatch(message);
      expect(readFileSync(previous, 'utf8')).toBe('{"previous": true}\n');
      expect(readdirSync(path.dirname(previous))).toEqual(['roadmap.json']);
    });
  });

  it('fails on a path that does not exist', async () => {
    const result = await run('ingest', path.join(work, 'nowhere'));
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toMatch(/nowhere: no such file or folder$/);
  });
});

describe('usage', () => {
  it('exits 2 on an unknown command or option, 0 on --help', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('ingest', '--bogus')).code).toBe(2);
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout.join('\n')).toMatch(/ingest/);
    const ingestHelp = await run('ingest', '--help');
    expect(ingestHelp.code).toBe(0);
    expect(ingestHelp.stdout.join('\n')).toMatch(/--edition/);
  });

  it('exits 2 with help when no command is given', async () => {
    expect((await run()).code).toBe(2);
  });
});

describe('roadmap schema and validate', () => {
  it('prints the JSON Schema generated from the zod schema, as committed', async () => {
    const result = await run('schema');
    expect(result.code).toBe(0);
    const committed = readFileSync(path.join(ROOT, 'schema', 'roadmap.schema.json'), 'utf8');
    expect(`${result.stdout.join('\n')}\n`).toBe(committed);
    expect(committed).toBe(toJson(roadmapJsonSchema()));
  });

  it('accepts the committed output and rejects a broken file with its path', async () => {
    const ok = await run('validate', path.join(ROOT, 'output', '2018', 'roadmap.json'));
    expect(ok.code).toBe(0);
    expect(ok.stdout[0]).toMatch(/valid \(schema version 1, edition 2018, 61 outcomes in 3 action lines\)$/);
    const broken = JSON.parse(readFileSync(path.join(ROOT, 'output', '2018', 'roadmap.json'), 'utf8'));
    broken.actionLines[0].outcomes[0].timing = { raw: '2016', from: 'soon', to: 2016 };
    const file = path.join(work, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const bad = await run('validate', file);
    expect(bad.code).toBe(1);
    expect(bad.stderr[0]).toMatch(/broken\.json: does not match the roadmap contract at actionLines\.0\.outcomes\.0\.timing\.from/);
    const notJson = path.join(work, 'not.json');
    writeFileSync(notJson, '{');
    expect((await run('validate', notJson)).stderr[0]).toMatch(/not\.json: not JSON/);
  });
});

describe('the installed bin', () => {
  it('runs as `roadmap --help` from the build', () => {
    const bin = path.join(ROOT, 'dist', 'cli', 'main.js');
    expect(existsSync(bin), 'run `npm run build` (npm ci does it via prepare)').toBe(true);
    const help = execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(help).toMatch(/Usage: roadmap/);
  });
});
