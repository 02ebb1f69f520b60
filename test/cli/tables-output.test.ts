/**
 * `roadmap tables` outputs and choices: TSV, Markdown, HTML and Excel; --out FILE and --out DIR/;
 * --strategy; --columns (explicit column edges); formula-like cells neutralised unless --raw. The
 * PDFs are drawn in the test, so every expected cell is known by construction.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { grid, makePdf, PageBuilder } from '../tables/pdf.js';
import { run, runRaw } from './run.js';

const dir = mkdtempSync(path.join(tmpdir(), 'roadmap-tables-out-'));

function pdfFile(name: string, pages: PageBuilder[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, makePdf(pages));
  return file;
}

/** A ruled 2×2 table whose second row holds a formula-like cell and a pipe. */
function ruled(): PageBuilder {
  const page = grid(new PageBuilder(), [50, 150, 300], [100, 120, 140]);
  return page.text(55, 114, 'Name').text(155, 114, 'Value').text(55, 134, '=SUM(A1)').text(155, 134, 'a | b');
}

/** Three borderless rows of three cells at x = 50, 200, 300. */
function borderless(): PageBuilder {
  const page = new PageBuilder();
  [['Alpha', '10', '20'], ['Beta', '30', '40'], ['Gamma', '50', '60']].forEach((cells, i) => cells.forEach((text, k) => page.text([50, 200, 300][k]!, 100 + i * 12, text)));
  return page;
}

describe('roadmap tables formats', () => {
  it('TSV and CSV neutralise a formula-like cell, --raw keeps it', async () => {
    const file = pdfFile('ruled.pdf', [ruled()]);
    expect((await runRaw('tables', file, '--format', 'tsv')).stdoutText).toBe("Name\tValue\r\n'=SUM(A1)\ta | b\r\n");
    expect((await runRaw('tables', file, '--format', 'tsv', '--raw')).stdoutText).toBe('Name\tValue\r\n=SUM(A1)\ta | b\r\n');
    expect((await runRaw('tables', file)).stdoutText).toBe("Name,Value\r\n'=SUM(A1),a | b\r\n");
  });

  it('Markdown: a pipe table with the pipe escaped; HTML: a table with escaped text', async () => {
    const file = pdfFile('ruled-md.pdf', [ruled()]);
    const markdown = (await run('tables', file, '--format', 'markdown')).stdout;
    expect(markdown[1]).toBe('| --- | --- |');
    expect(markdown[2]).toBe('| =SUM(A1) | a \\| b |');
    const html = (await run('tables', file, '--format', 'html')).stdout.join('\n');
    expect(html).toContain('<td>=SUM(A1)</td><td>a | b</td>');
    expect(html).toMatch(/^<!DOCTYPE html>/);
  });

  it('xlsx: one sheet per table, cells as text (not formulas); it needs --out', async () => {
    const file = pdfFile('ruled-x.pdf', [ruled()]);
    const out = path.join(dir, 'book.xlsx');
    const result = await run('tables', file, '--format', 'xlsx', '--out', out);
    expect(result).toMatchObject({ code: 0, stdout: [`${file} → ${out}: 1 table (xlsx)`] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Table 1')!;
    expect(sheet.getCell('A1').value).toBe('Name');
    expect(sheet.getCell('A2').value).toBe('=SUM(A1)');
    expect(sheet.getCell('A2').formula).toBeUndefined();
    expect((await run('tables', file, '--format', 'xlsx')).code).toBe(2);
  });

  it('--out DIR/ writes one file per table; --out FILE writes them all to one file', async () => {
    const page = grid(grid(new PageBuilder(), [50, 150, 300], [100, 120, 140]), [50, 150, 300], [300, 320, 340]);
    page.text(55, 114, 'a').text(155, 114, 'b').text(55, 134, '1').text(155, 134, '2');
    page.text(55, 314, 'x').text(155, 314, 'y').text(55, 334, '3').text(155, 334, '4');
    const file = pdfFile('two.pdf', [page]);
    const folder = path.join(dir, 'each') + path.sep;
    expect((await run('tables', file, '--out', folder)).code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['two-table-1.csv', 'two-table-2.csv']);
    expect(readFileSync(path.join(folder, 'two-table-2.csv'), 'utf8')).toBe('x,y\r\n3,4\r\n');
    const one = path.join(dir, 'all.csv');
    expect((await run('tables', file, '--out', one)).stdout).toEqual([`${file} → ${one}: 2 tables (csv)`]);
    expect(readFileSync(one, 'utf8')).toBe('a,b\r\n1,2\r\n\r\nx,y\r\n3,4\r\n');
  });
});

describe('roadmap tables choices', () => {
  it('--strategy lattice finds no borderless table, stream finds it', async () => {
    const file = pdfFile('borderless.pdf', [borderless()]);
    expect((await run('tables', file, '--strategy', 'lattice')).stderr).toEqual([expect.stringMatching(/no tables found$/)]);
    expect((await runRaw('tables', file, '--strategy', 'stream')).stdoutText).toBe('Alpha,10,20\r\nBeta,30,40\r\nGamma,50,60\r\n');
  });

  it('--columns cuts at the edges given: two edges, three columns; one edge between the numbers, two', async () => {
    const file = pdfFile('cols.pdf', [borderless()]);
    expect((await runRaw('tables', file, '--strategy', 'stream', '--columns', '150,250')).stdoutText).toBe('Alpha,10,20\r\nBeta,30,40\r\nGamma,50,60\r\n');
    // One edge at 250: "Alpha 10" | "20".
    expect((await runRaw('tables', file, '--strategy', 'stream', '--columns', '250')).code).toBe(2);
    expect((await runRaw('tables', file, '--strategy', 'stream', '--columns', '40,250,400')).stdoutText).toBe('Alpha 10,20\r\nBeta 30,40\r\nGamma 50,60\r\n');
    expect((await run('tables', file, '--columns', '300,200')).code).toBe(2);
  });
});
