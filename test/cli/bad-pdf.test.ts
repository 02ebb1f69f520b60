/**
 * Bad PDFs at the command line: one line naming the file, exit 1, nothing written, the previous
 * output intact. The files are made by scripts/make-bad-pdfs.py (see its docstring).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const BAD = path.join(import.meta.dirname, '..', '..', 'fixtures', 'bad-pdf');

describe.each([
  ['truncated.pdf', /truncated\.pdf: not a valid PDF \(damaged or truncated\)$/],
  ['not-a-pdf.pdf', /not-a-pdf\.pdf: not a PDF \(no %PDF header\)$/],
  ['encrypted.pdf', /encrypted\.pdf: the PDF is encrypted; open it with --password <password>$/],
  ['image-only.pdf', /image-only\.pdf: the PDF has no text layer \(image-only pages\); OCR is out of scope$/],
  ['no-table.pdf', /no-table\.pdf: no roadmap table found/],
])('%s', (name, message) => {
  it('fails with one line naming the file, exit 1, previous output untouched', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'roadmap-badpdf-'));
    const previous = path.join(out, 'bad', 'roadmap.json');
    mkdirSync(path.dirname(previous), { recursive: true });
    writeFileSync(previous, '{"previous": true}\n');
    const result = await run('ingest', path.join(BAD, name), '--edition', 'bad', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(message);
    expect(readFileSync(previous, 'utf8')).toBe('{"previous": true}\n');
    expect(readdirSync(path.dirname(previous))).toEqual(['roadmap.json']);
  });
});

describe('an encrypted PDF with --password', () => {
  it('opens with the right password (then finds the table on its one page)', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'roadmap-badpdf-'));
    const result = await run('ingest', path.join(BAD, 'encrypted.pdf'), '--edition', 'p1', '--out', out, '--password', 'secret', '--quiet');
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);
    const roadmap = JSON.parse(readFileSync(path.join(out, 'p1', 'roadmap.json'), 'utf8'));
    expect(roadmap.actionLines[0].outcomes[0].key).toBe('C2.geneva.A');
  });

  it('says so when the password is wrong', async () => {
    const result = await run('ingest', path.join(BAD, 'encrypted.pdf'), '--edition', 'p1', '--out', os.tmpdir(), '--password', 'wrong');
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toMatch(/encrypted\.pdf: the PDF password given with --password is wrong$/);
  });
});
