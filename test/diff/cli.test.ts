/**
 * `roadmap diff` and `roadmap ingest --previous`: the three reports, the summary line, exit codes,
 * bad input; and the committed JSON Schema of diff.json is not stale.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { toJson } from '../../src/emit/json.js';
import { diffJsonSchema, EditionDiffSchema } from '../../src/schema/diff.js';
import { run } from '../cli/run.js';
import { edition2018, editedEdition, outcome } from './editions.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
let work: string;

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-diff-cli-'));
});

function writeEdition(relative: string, edition: unknown): string {
  const file = path.join(work, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, toJson(edition));
  return file;
}

describe('roadmap diff', () => {
  it('writes diff.json, diff.md and diff.html beside NEW.json and prints the summary', async () => {
    const oldFile = writeEdition('2018/roadmap.json', edition2018());
    const newFile = writeEdition('2019/roadmap.json', editedEdition());
    const result = await run('diff', oldFile, newFile);
    expect(result.code).toBe(0);
    expect(result.stdout).toEqual([`2018 → 2019: 1 added, 2 removed, 2 renamed, 7 changed, 50 unchanged → ${path.join(work, '2019', 'diff.{json,md,html}')}`]);
    expect(readdirSync(path.join(work, '2019')).sort()).toEqual(['diff.html', 'diff.json', 'diff.md', 'roadmap.json']);
    const diff = EditionDiffSchema.parse(JSON.parse(readFileSync(path.join(work, '2019', 'diff.json'), 'utf8')));
    expect(diff.summary).toEqual({ added: 1, removed: 2, changed: 7, unchanged: 50, renamed: 2 });
    expect(readFileSync(path.join(work, '2019', 'diff.md'), 'utf8')).toMatch(/^# Roadmap changes: 2018 → 2019\n/);
    expect(readFileSync(path.join(work, '2019', 'diff.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('writes into --out, and gives the same bytes twice', async () => {
    const oldFile = writeEdition('a.json', edition2018());
    const newFile = writeEdition('b.json', editedEdition());
    await run('diff', oldFile, newFile, '--out', path.join(work, 'first'));
    await run('diff', oldFile, newFile, '--out', path.join(work, 'second'));
    for (const name of ['diff.json', 'diff.md', 'diff.html']) {
      expect(readFileSync(path.join(work, 'first', name), 'utf8')).toBe(readFileSync(path.join(work, 'second', name), 'utf8'));
    }
  });

  it('exits 0 with or without changes; --fail-on-change exits 3 only when there are some', async () => {
    const oldFile = writeEdition('a.json', edition2018());
    const same = writeEdition('same/roadmap.json', edition2018());
    const changed = writeEdition('changed/roadmap.json', editedEdition());
    expect((await run('diff', oldFile, changed)).code).toBe(0);
    expect((await run('diff', oldFile, changed, '--fail-on-change')).code).toBe(3);
    const unchanged = await run('diff', oldFile, same, '--fail-on-change');
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout[0]).toMatch(/^2018 → 2018: 0 added, 0 removed, 0 renamed, 0 changed, 61 unchanged → /);
  });

  it('fails on bad input with one line naming the file, exit 1, and writes nothing', async () => {
    const oldFile = writeEdition('a.json', edition2018());
    const broken = edition2018();
    (outcome(broken, 'C2.geneva.A') as { timing: unknown }).timing = 'soon';
    const brokenFile = writeEdition('broken/roadmap.json', broken);
    const bad = await run('diff', oldFile, brokenFile);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toHaveLength(1);
    expect(bad.stderr[0]).toMatch(/^roadmap: .*broken[/\\]roadmap\.json: does not match the roadmap contract at \/actionLines\/0\/outcomes\/0\/timing \[C2\.geneva\.A\]: /);
    expect(readdirSync(path.join(work, 'broken'))).toEqual(['roadmap.json']);
    const missing = await run('diff', path.join(work, 'nope.json'), oldFile);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toEqual([`roadmap: ${path.join(work, 'nope.json')}: no such file or folder`]);
    expect((await run('diff', oldFile)).code).toBe(2);
  });
});

describe('roadmap ingest --previous', () => {
  const slice = path.join(ROOT, 'fixtures', 'c2-a-single-line-bullets', 'input.txt');

  function source(edition: string): string {
    const file = path.join(work, 'sources', edition, 'roadmap.txt');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, readFileSync(slice));
    return file;
  }

  it('takes an edition in the output folder, and writes the three reports beside the new roadmap.json', async () => {
    const out = path.join(work, 'out');
    expect((await run('ingest', source('2098'), '--out', out, '--quiet')).code).toBe(0);
    const result = await run('ingest', source('2099'), '--out', out, '--quiet', '--previous', '2098');
    expect(result.code).toBe(0);
    expect(result.stdout[1]).toBe(`2099: changes 2098 → 2099: 0 added, 0 removed, 0 renamed, 0 changed, 1 unchanged → ${path.join(out, '2099', 'diff.{json,md,html}')}`);
    expect(readdirSync(path.join(out, '2099'))).toEqual(expect.arrayContaining(['diff.html', 'diff.json', 'diff.md', 'roadmap.json']));
    expect(readdirSync(path.join(out, '2098'))).not.toContain('diff.json');
  });

  it('takes a roadmap.json, read before the new edition is written (even over itself)', async () => {
    const out = path.join(work, 'out');
    expect((await run('ingest', source('2099'), '--out', out, '--quiet')).code).toBe(0);
    const previous = JSON.parse(readFileSync(path.join(out, '2099', 'roadmap.json'), 'utf8'));
    previous.actionLines[0].outcomes[0].timing = { raw: '2015', from: 2015, to: 2015 };
    writeFileSync(path.join(out, '2099', 'roadmap.json'), toJson(previous));
    const result = await run('ingest', source('2099'), '--out', out, '--quiet', '--previous', path.join(out, '2099', 'roadmap.json'));
    expect(result.code).toBe(0);
    const diff = JSON.parse(readFileSync(path.join(out, '2099', 'diff.json'), 'utf8'));
    expect(diff.outcomes).toEqual([
      expect.objectContaining({ status: 'changed', fromKey: 'C2.geneva.A', fields: [{ field: 'timing', kind: 'value', before: { raw: '2015', from: 2015, to: 2015 }, after: { raw: '2016-2019', from: 2016, to: 2019 } }] }),
    ]);
  });

  it('fails before writing anything when the previous edition is missing', async () => {
    const out = path.join(work, 'out');
    const result = await run('ingest', source('2099'), '--out', out, '--previous', '2000');
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([`roadmap: ${path.join(out, '2000', 'roadmap.json')}: no such file or folder`]);
    expect(existsSync(out)).toBe(false);
  });
});

describe('roadmap schema diff', () => {
  it('prints the JSON Schema of diff.json, as committed in schema/diff.schema.json', async () => {
    const result = await run('schema', 'diff');
    expect(result.code).toBe(0);
    const committed = readFileSync(path.join(ROOT, 'schema', 'diff.schema.json'), 'utf8');
    expect(`${result.stdout.join('\n')}\n`, 'regenerate with: node dist/cli/main.js schema diff > schema/diff.schema.json').toBe(committed);
    expect(committed).toBe(toJson(diffJsonSchema()));
  });
});
