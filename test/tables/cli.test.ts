/**
 * `roadmap tables`: CSV (RFC 4180, CRLF, tables parted by an empty line) and JSON on stdout,
 * --pages and --area, and one-line errors for bad input (exit 1) and bad usage (exit 2).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TablesJson } from '../../src/tables/format.js';
import { run, runRaw } from '../cli/run.js';
import { grid, makePdf, PageBuilder } from './pdf.js';

const dir = mkdtempSync(path.join(tmpdir(), 'roadmap-tables-'));

function pdfFile(name: string, pages: PageBuilder[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, makePdf(pages));
  return file;
}

function twoTables(): PageBuilder {
  const page = grid(new PageBuilder(), [50, 150, 300], [100, 120, 150]);
  page.text(55, 114, 'Name').text(155, 114, 'Note').text(55, 134, 'Alpha').text(155, 134, 'says "hi", then').text(155, 146, 'leaves');
  grid(page, [50, 150, 300], [300, 320, 340]);
  page.text(55, 314, 'x').text(155, 314, 'y').text(55, 334, '1').text(155, 334, '2');
  return page;
}

describe('roadmap tables', () => {
  it('prints CSV: quoted fields where needed, CRLF record ends and line breaks in cells, an empty line between tables', async () => {
    const file = pdfFile('two.pdf', [twoTables()]);
    const result = await runRaw('tables', file);
    expect(result.code).toBe(0);
    expect(result.stdoutText).toBe('Name,Note\r\nAlpha,"says ""hi"", then\r\nleaves"\r\n\r\nx,y\r\n1,2\r\n');
  });

  it('prints JSON with pages, boxes and rows of cells', async () => {
    const file = pdfFile('json.pdf', [twoTables()]);
    const result = await run('tables', file, '--format', 'json');
    const json = JSON.parse(result.stdout.join('\n')) as TablesJson;
    expect(json.pages).toEqual([1]);
    expect(json.tables).toHaveLength(2);
    const [first] = json.tables;
    expect(first).toMatchObject({ strategy: 'lattice', pages: [1], rowCount: 2, columnCount: 2 });
    expect(first!.regions).toEqual([{ page: 1, box: { x0: 50, top: 100, x1: 300, bottom: 150 } }]);
    expect(first!.rows[1]![1]).toEqual({ text: 'says "hi", then\nleaves', page: 1, box: { x0: 150, top: 120, x1: 300, bottom: 150 }, rowSpan: 1, columnSpan: 1 });
  });

  it('reads only the pages and the area asked for', async () => {
    const file = pdfFile('pages.pdf', [twoTables(), new PageBuilder(), twoTables()]);
    const pages = JSON.parse((await run('tables', file, '--pages', '2-3', '--format', 'json')).stdout.join('\n')) as TablesJson;
    expect(pages.pages).toEqual([2, 3]);
    expect(pages.tables.map((t) => t.pages)).toEqual([[3], [3]]);
    const area = await run('tables', file, '--pages', '1', '--area', '290,40,350,310');
    expect(area.stdout.join('\n')).toBe('x,y\r\n1,2\r');
    expect((await run('tables', file, '--pages', '2-end', '--format', 'json')).stdout.join('\n')).toBe((await run('tables', file, '--pages', '2-3', '--format', 'json')).stdout.join('\n'));
    expect((await run('tables', file, '--pages', 'all', '--format', 'json')).stdout.join('\n')).toBe((await run('tables', file, '--format', 'json')).stdout.join('\n'));
    expect(await run('tables', file, '--pages', '4-end')).toMatchObject({ code: 1, stderr: [expect.stringMatching(/page 4 does not exist \(the PDF has 3 pages\)/)] });
  });

  it('says so on stderr when there is no table, and fails with one line on bad input or usage', async () => {
    const empty = await run('tables', pdfFile('empty.pdf', [new PageBuilder().text(50, 100, 'No table here.')]));
    expect(empty).toMatchObject({ code: 0, stdout: [] });
    expect(empty.stderr).toEqual([expect.stringMatching(/empty\.pdf: no tables found$/)]);
    const missing = await run('tables', path.join(dir, 'missing.pdf'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toEqual([expect.stringMatching(/missing\.pdf: no such file or folder$/)]);
    const notPdf = path.join(dir, 'text.pdf');
    writeFileSync(notPdf, 'hello');
    expect((await run('tables', notPdf)).stderr).toEqual([expect.stringMatching(/text\.pdf: not a PDF/)]);
    const file = pdfFile('one.pdf', [twoTables()]);
    expect(await run('tables', file, '--pages', '4')).toMatchObject({ code: 1, stderr: [expect.stringMatching(/page 4 does not exist \(the PDF has 1 page\)/)] });
    expect(await run('tables', file, '--pages', '2-1')).toMatchObject({ code: 2 });
    expect(await run('tables', file, '--area', '1,2,3')).toMatchObject({ code: 2 });
    expect(await run('tables', file, '--format', 'xml')).toMatchObject({ code: 2 });
  });
});
