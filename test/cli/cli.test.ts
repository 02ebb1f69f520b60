import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { chmodSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toJson } from '../../src/emit/json.js';
import { roadmapJsonSchema } from '../../src/schema/roadmap.js';
import { run, sourceIn } from './run.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const FIXTURE_INPUT = path.join(ROOT, 'fixtures', 'c2-a-single-line-bullets', 'input.txt');
let work: string;

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-cli-'));
});
afterEach(() => {
  // temp folders are left to the OS; nothing here writes outside them
});

const source = (edition: string, name: string, content: string | Uint8Array): string => sourceIn(work, edition, name, content);

describe('roadmap ingest', () => {
  it('writes DIR/<edition>/roadmap.json named after the source folder, and a summary line', async () => {
    const file = source('2099', 'roadmap.txt', readFileSync(FIXTURE_INPUT));
    const out = path.join(work, 'out');
    const result = await run('ingest', file, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toHaveLength(1);
    expect(result.stdout[0]).toMatch(/^2099: .*roadmap\.txt → .*roadmap\.json: 1 outcomes in 1 action lines, 0 warnings, all 4 lines accounted for$/);
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

  it('groups warnings by code on stderr, lists each with --verbose, and --quiet hides them', async () => {
    const slice = path.join(ROOT, 'fixtures', 'c6-k-p-garbled-ids', 'input.txt');
    const file = source('w', 'roadmap.txt', readFileSync(slice));
    const grouped = await run('ingest', file, '--out', path.join(work, 'o0'));
    // Two missing ids (n, o) at lines 17 and 18: one line for the code, with count and locations.
    expect(grouped.stderr).toContain(
      `${file}: warning id-missing ×2 at :17 C6.geneva.n, :18 C6.geneva.o — e.g. no id printed; "n" inferred from the section's sequence`,
    );
    expect(grouped.stderr.filter((l) => / warning id-missing /.test(l))).toHaveLength(1);
    const verbose = await run('ingest', file, '--out', path.join(work, 'o1'), '--verbose');
    expect(verbose.stderr.some((l) => /roadmap\.txt:16: warning id-garbled: .*\[C6\.geneva\.m\]$/.test(l))).toBe(true);
    expect(verbose.stderr.filter((l) => / warning id-missing: /.test(l))).toHaveLength(2);
    const quiet = await run('ingest', file, '--out', path.join(work, 'o2'), '--quiet');
    expect(quiet.stderr).toEqual([]);
  });

  it('--strict and --max-warnings turn warnings into exit 1; --json prints one object per source', async () => {
    const slice = path.join(ROOT, 'fixtures', 'c6-k-p-garbled-ids', 'input.txt');
    const file = source('w', 'roadmap.txt', readFileSync(slice));
    const strict = await run('ingest', file, '--out', path.join(work, 's'), '--strict', '--quiet');
    expect(strict.code).toBe(1);
    expect(strict.stderr.at(-1)).toMatch(/^roadmap: --strict: \d+ warnings$/);
    expect((await run('ingest', file, '--out', path.join(work, 'm1'), '--max-warnings', '1000', '--quiet')).code).toBe(0);
    expect((await run('ingest', file, '--out', path.join(work, 'm2'), '--max-warnings', '0', '--quiet')).code).toBe(1);
    const json = await run('ingest', file, '--out', path.join(work, 'j'), '--json');
    expect(json.stderr).toEqual([]);
    expect(json.stdout).toHaveLength(1);
    const record = JSON.parse(json.stdout[0]!);
    expect(record).toMatchObject({ edition: 'w', ok: true, outcomes: 9 });
    expect(record.warnings.some((w: { code: string; line: number; outcome: string }) => w.code === 'id-garbled' && w.line === 16 && w.outcome === 'C6.geneva.m')).toBe(true);
    expect(record.linesAccounted).toBe(record.lines);
  });

  it('reads with --concurrency 1 exactly what it reads by default', async () => {
    const a = source('ca', 'roadmap.txt', readFileSync(FIXTURE_INPUT));
    const b = source('cb', 'roadmap.txt', readFileSync(path.join(ROOT, 'fixtures', 'c6-k-p-garbled-ids', 'input.txt')));
    await run('ingest', a, b, '--out', path.join(work, 'c1'), '--concurrency', '1', '--quiet');
    await run('ingest', a, b, '--out', path.join(work, 'c2'), '--quiet');
    for (const edition of ['ca', 'cb']) {
      expect(readFileSync(path.join(work, 'c1', edition, 'roadmap.json'), 'utf8')).toBe(readFileSync(path.join(work, 'c2', edition, 'roadmap.json'), 'utf8'));
    }
    expect((await run('ingest', a, '--concurrency', '0')).code).toBe(2);
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

  it('prints the version and suggests the nearest command', async () => {
    const version = await run('--version');
    expect(version.code).toBe(0);
    expect(version.stdout).toEqual([JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version]);
    const typo = await run('ingets');
    expect(typo.code).toBe(2);
    expect(typo.stderr.join('\n')).toMatch(/Did you mean ingest\?/);
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
    expect(bad.stderr[0]).toMatch(/broken\.json: error contract at \/actionLines\/0\/outcomes\/0\/timing\/from \[C2\.geneva\.A\]: /);
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

describe('roadmap ingest: more failures, each one line naming the file, exit 1, nothing written', () => {
  /** The single stderr line of a failed run, after checking the exit code and that nothing was reported as written. */
  function theFailure(result: { code: number; stdout: string[]; stderr: string[] }): string {
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toHaveLength(1);
    return result.stderr[0]!;
  }

  /** A previous output for `edition` in `out`, to check it is left exactly as it was. */
  function previousOutput(out: string, edition: string): string {
    const file = path.join(out, edition, 'roadmap.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '{"previous": true}\n');
    return file;
  }

  it('a folder with no sources (documentation and other files only)', async () => {
    const folder = path.join(work, 'sources', 'empty');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'README.md'), '# where the source will come from\n');
    writeFileSync(path.join(folder, 'roadmap.docx'), 'not a source type');
    const out = path.join(work, 'out');
    expect(theFailure(await run('ingest', folder, '--out', out))).toBe(`roadmap: ${folder}: no source files found (.txt, .md or .pdf)`);
    expect(existsSync(out)).toBe(false);
  });

  it('an unreadable file (chmod 000)', async ({ skip }) => {
    const file = source('locked', 'roadmap.txt', readFileSync(FIXTURE_INPUT));
    chmodSync(file, 0o000);
    let readable = true;
    try {
      readFileSync(file);
    } catch {
      readable = false;
    }
    if (readable) chmodSync(file, 0o644);
    skip(readable, 'running as root: chmod 000 does not stop root from reading, so there is no unreadable file to test with');
    const out = path.join(work, 'out');
    const previous = previousOutput(out, 'locked');
    expect(theFailure(await run('ingest', file, '--out', out))).toBe(`roadmap: ${file}: cannot read (EACCES)`);
    expect(readFileSync(previous, 'utf8')).toBe('{"previous": true}\n');
    chmodSync(file, 0o644);
  });

  it('a folder named like a source: read as a folder, not as a file', async () => {
    const folder = path.join(work, 'sources', '2099', 'roadmap.txt');
    mkdirSync(folder, { recursive: true });
    const out = path.join(work, 'out');
    // Named on the command line: an empty folder, so no sources.
    expect(theFailure(await run('ingest', folder, '--out', out))).toBe(`roadmap: ${folder}: no source files found (.txt, .md or .pdf)`);
    expect(existsSync(out)).toBe(false);
    // Found while scanning its parent: not taken for a source; the real source beside it is read.
    const real = source('2099', 'real.txt', readFileSync(FIXTURE_INPUT));
    const ok = await run('ingest', path.join(work, 'sources'), '--out', out, '--quiet');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toEqual([`2099: ${real} → ${path.join(out, '2099', 'roadmap.json')}: 1 outcomes in 1 action lines, 0 warnings, all 4 lines accounted for`]);
  });

  it('two sources named for the same edition', async () => {
    const first = source('2099', 'a.txt', readFileSync(FIXTURE_INPUT));
    const second = source('2099', 'b.txt', readFileSync(FIXTURE_INPUT));
    const out = path.join(work, 'out');
    const previous = previousOutput(out, '2099');
    expect(theFailure(await run('ingest', first, second, '--out', out))).toBe(
      `roadmap: ${second}: edition "2099" would also come from ${first}; give each edition one source, or pass --edition`,
    );
    expect(readFileSync(previous, 'utf8')).toBe('{"previous": true}\n');
    expect(readdirSync(path.dirname(previous))).toEqual(['roadmap.json']);
  });

  it('--out naming an existing file', async () => {
    const file = source('2099', 'roadmap.txt', readFileSync(FIXTURE_INPUT));
    const out = path.join(work, 'not-a-folder');
    writeFileSync(out, 'something else\n');
    const target = path.join(out, '2099', 'roadmap.json');
    expect(theFailure(await run('ingest', file, '--out', out))).toBe(`roadmap: ${target}: cannot write the output (a file stands where a folder is needed)`);
    expect(readFileSync(out, 'utf8')).toBe('something else\n');
  });

  it('a folder standing where roadmap.json goes: the failure is reported, the folder and its content stay, no temporary file is left', async () => {
    const file = source('2099', 'roadmap.txt', readFileSync(FIXTURE_INPUT));
    const out = path.join(work, 'out');
    const target = path.join(out, '2099', 'roadmap.json');
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, 'kept.txt'), 'kept\n');
    expect(theFailure(await run('ingest', file, '--out', out))).toBe(`roadmap: ${target}: cannot write the output (a folder stands where a file is needed)`);
    expect(readdirSync(path.join(out, '2099'))).toEqual(['roadmap.json']);
    expect(statSync(target).isDirectory()).toBe(true);
    expect(readFileSync(path.join(target, 'kept.txt'), 'utf8')).toBe('kept\n');
  });

  it('an output folder without write permission', async ({ skip }) => {
    const file = source('2099', 'roadmap.txt', readFileSync(FIXTURE_INPUT));
    const out = path.join(work, 'out');
    const previous = previousOutput(out, '2099');
    chmodSync(path.dirname(previous), 0o555);
    let writable = true;
    try {
      writeFileSync(path.join(path.dirname(previous), 'probe'), '');
    } catch {
      writable = false;
    }
    if (writable) chmodSync(path.dirname(previous), 0o755);
    skip(writable, 'running as root: a read-only folder does not stop root from writing, so there is no unwritable folder to test with');
    expect(theFailure(await run('ingest', file, '--out', out))).toBe(`roadmap: ${path.join(out, '2099', 'roadmap.json')}: cannot write the output (permission denied)`);
    expect(readFileSync(previous, 'utf8')).toBe('{"previous": true}\n');
    expect(readdirSync(path.dirname(previous))).toEqual(['roadmap.json']);
    chmodSync(path.dirname(previous), 0o755);
  });

  it('one failed source among good ones: the good ones are written, the failure is one line, exit 1', async () => {
    const good = source('2098', 'roadmap.txt', readFileSync(FIXTURE_INPUT));
    const bad = source('2099', 'roadmap.txt', '');
    const out = path.join(work, 'out');
    const previous = previousOutput(out, '2099');
    const result = await run('ingest', good, bad, '--out', out, '--quiet');
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([`2098: ${good} → ${path.join(out, '2098', 'roadmap.json')}: 1 outcomes in 1 action lines, 0 warnings, all 4 lines accounted for`]);
    expect(result.stderr).toEqual([`roadmap: ${bad}: the file is empty`]);
    expect(readFileSync(previous, 'utf8')).toBe('{"previous": true}\n');
    // Without --quiet, two sources give a plain progress line each (stderr is no terminal here).
    const loud = await run('ingest', good, bad, '--out', out);
    expect(loud.stderr.filter((l) => l.startsWith('roadmap: reading '))).toEqual([`roadmap: reading ${good} (edition 2098)…`, `roadmap: reading ${bad} (edition 2099)…`]);
  });
});
