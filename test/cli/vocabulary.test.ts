/**
 * One vocabulary across commands: --out everywhere (--out-dir still accepted, not shown), diff takes
 * edition names as --previous does, no "(default: false)" in any help.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const COMMANDS = ['ingest', 'diff', 'validate', 'export', 'find', 'stats', 'tables', 'schema'];

describe('one vocabulary', () => {
  it.each(COMMANDS)('%s --help shows no "(default: false)" and no --out-dir', async (command) => {
    const help = (await run(command, '--help')).stdout.join('\n');
    expect(help).not.toContain('(default: false)');
    expect(help).not.toContain('--out-dir');
  });

  it('find and stats take --out, and --out-dir as its old name', async () => {
    const out = path.join(ROOT, 'output');
    const a = await run('stats', '--out', out, '--json');
    const b = await run('stats', '--out-dir', out, '--json');
    expect(a.code).toBe(0);
    expect(b).toEqual(a);
  });

  it('diff takes edition names in the output folder and writes beside the newer one', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'roadmap-vocab-'));
    for (const edition of ['2018', 'again']) {
      mkdirSync(path.join(out, edition));
      cpSync(path.join(ROOT, 'output', '2018', 'roadmap.json'), path.join(out, edition, 'roadmap.json'));
    }
    const result = await run('diff', '2018', 'again', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toEqual([`2018 → 2018: 0 added, 0 removed, 0 renamed, 0 changed, 61 unchanged → ${path.join(out, 'again', 'diff.{json,md,html}')}`]);
    expect(readdirSync(path.join(out, 'again')).sort()).toEqual(['diff.html', 'diff.json', 'diff.md', 'roadmap.json']);
    const missing = await run('diff', '2018', 'nope', '--out', out);
    expect(missing).toMatchObject({ code: 1, stderr: [`roadmap: ${path.join(out, 'nope', 'roadmap.json')}: no such file or folder`] });
  });
});
