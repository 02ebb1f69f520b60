/** `roadmap export`: formats, stdout or an atomic --out, and one-line errors with exit codes. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { roadmapToCsv } from '../../src/export/csv.js';
import { roadmapToMarkdown } from '../../src/export/markdown.js';
import { RoadmapEditionSchema } from '../../src/schema/roadmap.js';
import { run, runRaw } from '../cli/run.js';

const ROADMAP = path.join(import.meta.dirname, '..', '..', 'output', '2018', 'roadmap.json');
const edition = RoadmapEditionSchema.parse(JSON.parse(readFileSync(ROADMAP, 'utf8')));
let work: string;

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-export-'));
});

describe('roadmap export', () => {
  it('prints the Markdown export to stdout without --out', async () => {
    const result = await run('export', ROADMAP, '--format', 'markdown');
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual([]);
    expect(`${result.stdout.join('\n')}\n`).toBe(roadmapToMarkdown(edition));
    expect(result.stdout.join('\n').split('\n')[0]).toBe('# WSIS Action Lines Roadmaps C2, C5, C6');
  });

  it('writes the CSV export to --out byte for byte, with a summary line', async () => {
    const out = path.join(work, 'nested', 'roadmap.csv');
    const result = await run('export', ROADMAP, '-f', 'csv', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toEqual([`${ROADMAP} → ${out}: 61 outcomes in 3 action lines (csv)`]);
    const written = readFileSync(out, 'utf8');
    expect(written).toBe(roadmapToCsv(edition));
    // Records end with CRLF outside quotes: the header and 61 outcomes.
    expect(written.replace(/"(?:[^"]|"")*"/g, '').split('\r\n')).toHaveLength(1 + 61 + 1);
    // Only the file itself: the temporary file was renamed over it.
    expect(readdirSync(path.dirname(out))).toEqual(['roadmap.csv']);
  });

  it('prints the CSV export to stdout byte for byte what --out writes (CRLF throughout)', async () => {
    const result = await runRaw('export', ROADMAP, '-f', 'csv');
    expect(result.code).toBe(0);
    expect(result.stdoutText).toBe(roadmapToCsv(edition));
    expect(result.stdoutText.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it.each([
    ['no --format', ['export', ROADMAP], /required option '-f, --format <format>'/],
    ['an unknown format', ['export', ROADMAP, '--format', 'pdf'], /Allowed choices are markdown, csv/],
  ])('is a usage error (exit 2) with %s', async (_name, argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toEqual([]);
    expect(result.stderr.join('\n')).toMatch(message);
  });

  it.each([
    ['a file that is not JSON', 'not json', /bad\.json: not JSON/],
    ['JSON that breaks the contract', '{"schemaVersion": 2}', /bad\.json: does not match the roadmap contract/],
  ])('fails on %s with one line naming the file, exit 1, and leaves --out untouched', async (_name, content, message) => {
    const input = path.join(work, 'bad.json');
    writeFileSync(input, content);
    const out = path.join(work, 'out.md');
    writeFileSync(out, 'previous\n');
    const result = await run('export', input, '--format', 'markdown', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/^roadmap: /);
    expect(result.stderr[0]).toMatch(message);
    expect(readFileSync(out, 'utf8')).toBe('previous\n');
    expect(readdirSync(work).sort()).toEqual(['bad.json', 'out.md']);
  });

  it('fails with one line naming --out when it cannot be written', async () => {
    const blocker = path.join(work, 'a-file');
    writeFileSync(blocker, '');
    const result = await run('export', ROADMAP, '--format', 'csv', '--out', path.join(blocker, 'x.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/a-file\/x\.csv: cannot write the output \(a file stands where a folder is needed\)$/);
  });
});
