/**
 * An edition's files are replaced together (src/emit/edition-files.ts): the old set or the new
 * set, never a mix, after a failure or a kill; nothing temporary left behind.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceEditionFiles, restoreOrClean } from '../../src/emit/edition-files.js';
import { run } from '../cli/run.js';

const TEXT = path.join(import.meta.dirname, '..', '..', 'sources', '2018', 'wsis-roadmaps-2018.txt');

function oldEdition(): { out: string; dir: string } {
  const out = mkdtempSync(path.join(os.tmpdir(), 'roadmap-swap-'));
  const dir = path.join(out, '2018');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'roadmap.json'), 'old roadmap\n');
  writeFileSync(path.join(dir, 'index.json'), 'old index\n');
  writeFileSync(path.join(dir, 'notes.txt'), 'kept\n');
  return { out, dir };
}

describe('replaceEditionFiles', () => {
  it('replaces the set, carries other files over, leaves nothing temporary', async () => {
    const { out, dir } = oldEdition();
    await replaceEditionFiles(dir, { 'roadmap.json': 'new roadmap\n', 'index.json': 'new index\n' });
    expect(readFileSync(path.join(dir, 'roadmap.json'), 'utf8')).toBe('new roadmap\n');
    expect(readFileSync(path.join(dir, 'index.json'), 'utf8')).toBe('new index\n');
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('kept\n');
    expect(readdirSync(out)).toEqual(['2018']);
  });

  it('keeps the old set when a file of the new one cannot be written (the second of three)', async () => {
    const { out, dir } = oldEdition();
    // A name the file system refuses (its folder does not exist) after roadmap.json was written.
    await expect(replaceEditionFiles(dir, { 'roadmap.json': 'new roadmap\n', 'missing/index.json': 'x', 'diff.json': 'y' })).rejects.toThrow();
    expect(readFileSync(path.join(dir, 'roadmap.json'), 'utf8')).toBe('old roadmap\n');
    expect(readFileSync(path.join(dir, 'index.json'), 'utf8')).toBe('old index\n');
    expect(readdirSync(out)).toEqual(['2018']);
  });

  it('replaces a symlinked roadmap.json and a symlinked edition folder without writing through them', async () => {
    const { out, dir } = oldEdition();
    const elsewhere = path.join(out, 'elsewhere.json');
    writeFileSync(elsewhere, 'not mine\n');
    symlinkSync(elsewhere, path.join(dir, 'diff.json'));
    await replaceEditionFiles(dir, { 'roadmap.json': 'new\n', 'diff.json': 'new diff\n' });
    expect(readFileSync(elsewhere, 'utf8')).toBe('not mine\n');
    expect(readFileSync(path.join(dir, 'diff.json'), 'utf8')).toBe('new diff\n');

    const target = path.join(out, 'target');
    mkdirSync(target);
    const linked = path.join(out, 'linked');
    symlinkSync(target, linked);
    await replaceEditionFiles(linked, { 'roadmap.json': 'new\n' });
    expect(readdirSync(target)).toEqual([]);
    expect(readFileSync(path.join(linked, 'roadmap.json'), 'utf8')).toBe('new\n');
  });

  it('puts back an old set a killed run left between its two renames, and removes dead temporaries', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'roadmap-swap-'));
    // pid 2^22+1 is above Linux's pid_max default: a process that is gone.
    const dead = 4194305;
    mkdirSync(path.join(out, `.2018.${dead}.0.old`));
    writeFileSync(path.join(out, `.2018.${dead}.0.old`, 'roadmap.json'), 'old\n');
    mkdirSync(path.join(out, `.2018.${dead}.0.tmp`));
    await restoreOrClean(path.join(out, '2018'));
    expect(readdirSync(out)).toEqual(['2018']);
    expect(readFileSync(path.join(out, '2018', 'roadmap.json'), 'utf8')).toBe('old\n');
  });

  it('never leaves a mix when killed with SIGKILL at random moments', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'roadmap-kill-'));
    const dir = path.join(out, '2018');
    const child = path.join(import.meta.dirname, 'swap-child.ts');
    for (let k = 0; k < 8; k++) {
      const proc = spawn(process.execPath, ['--import', 'tsx', child, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => proc.stdout.once('data', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 200));
      proc.kill('SIGKILL');
      await new Promise((resolve) => proc.once('close', resolve));
      // Right after the kill: the folder is there with one generation in every file, or is
      // missing (killed between the two renames: the next run puts the old set back).
      if (existsSync(dir)) {
        const files = readdirSync(dir).map((name) => readFileSync(path.join(dir, name), 'utf8'));
        expect(new Set(files).size).toBe(1);
      }
      await restoreOrClean(dir);
      if (k > 0 || existsSync(dir)) {
        const names = readdirSync(dir).sort();
        expect(names).toEqual(['diff.json', 'index.json', 'roadmap.json']);
        expect(new Set(names.map((name) => readFileSync(path.join(dir, name), 'utf8'))).size).toBe(1);
      }
      expect(readdirSync(out).filter((n) => n !== '2018')).toEqual([]);
    }
  }, 60_000);
});

describe('ingest replaces an edition as a set', () => {
  it('writes roadmap.json and index.json of the new run, drops diff reports it did not write, keeps other files', async () => {
    const { out, dir } = oldEdition();
    writeFileSync(path.join(dir, 'diff.md'), 'a diff against an older roadmap\n');
    const result = await run('ingest', TEXT, '--edition', '2018', '--out', out, '--quiet');
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['index.json', 'notes.txt', 'roadmap.json']);
    expect(JSON.parse(readFileSync(path.join(dir, 'roadmap.json'), 'utf8')).edition).toBe('2018');
    expect(JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8'))).toBeTypeOf('object');
    expect(readdirSync(out)).toEqual(['2018']);
  });

  it('fails in one line and keeps nothing new when a file stands where the edition folder goes', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'roadmap-swap-'));
    writeFileSync(path.join(out, '2018'), 'a file\n');
    const result = await run('ingest', TEXT, '--edition', '2018', '--out', out, '--quiet');
    expect(result.code).toBe(1);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/2018.roadmap\.json: cannot write the output \(a file stands where a folder is needed\)$/);
    expect(readdirSync(out)).toEqual(['2018']);
    expect(readFileSync(path.join(out, '2018'), 'utf8')).toBe('a file\n');
  });
});
