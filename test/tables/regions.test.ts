/**
 * Finding borderless tables on a whole page: between horizontal rules of one length (a header
 * rule and a closing rule), between shaded row bands, or from text alignment alone — and not
 * in running text, a bulleted list or a page set in two columns.
 */
import { describe, expect, it } from 'vitest';
import { PageBuilder, tablesOf, texts } from './pdf.js';

const paragraph = (page: PageBuilder, top: number, lines: number) => {
  for (let i = 0; i < lines; i++) page.text(50, top + i * 12, 'Running text that fills the whole measure of the page from margin to margin, line by line.');
  return page;
};

function numbers(page: PageBuilder, top: number, labels: readonly string[]): PageBuilder {
  labels.forEach((label, i) => page.text(60, top + i * 12, label).text(300, top + i * 12, `${10 + i}.5`).text(400, top + i * 12, `${20 + i},100`));
  return page;
}

describe('regions of borderless tables', () => {
  it('finds a table between a top rule and a closing rule, with its header, and leaves the caption and notes out', async () => {
    const page = new PageBuilder().text(50, 70, 'Table 1. Borrowing by institution', { bold: true });
    page.stroke(50, 80, 450, 80).stroke(50, 98, 450, 98).stroke(50, 160, 450, 160);
    page.text(60, 94, 'Institution').text(300, 94, 'Percent').text(400, 94, 'Amount');
    numbers(page, 112, ['Public', 'Private', 'Other', 'Doctoral']);
    paragraph(page, 175, 2);
    const [table, ...others] = await tablesOf([page]);
    expect(others).toEqual([]);
    expect(texts(table!)).toEqual([
      ['Institution', 'Percent', 'Amount'],
      ['Public', '10.5', '20,100'],
      ['Private', '11.5', '21,100'],
      ['Other', '12.5', '22,100'],
      ['Doctoral', '13.5', '23,100'],
    ]);
  });

  it('finds a table from text alignment alone, between paragraphs', async () => {
    const page = paragraph(new PageBuilder(), 60, 3);
    page.text(60, 120, 'Institution').text(300, 120, 'Percent').text(400, 120, 'Amount');
    numbers(page, 132, ['Public', 'Private', 'Other']);
    paragraph(page, 190, 3);
    const [table, ...others] = await tablesOf([page]);
    expect(others).toEqual([]);
    expect(texts(table!)).toEqual([
      ['Institution', 'Percent', 'Amount'],
      ['Public', '10.5', '20,100'],
      ['Private', '11.5', '21,100'],
      ['Other', '12.5', '22,100'],
    ]);
  });

  it('parts rows at the edges of shaded bands, the unshaded first and last rows included', async () => {
    // Bands behind "Tuition" (one line) and "Books" (two lines); the rows between and after are unshaded.
    const page = new PageBuilder().raw('0.9 0.9 0.9 rg 50 477 400 18 re f 50 429 400 30 re f 0 g');
    page.text(60, 94, 'Item').text(300, 94, 'Cost');
    page.text(60, 112, 'Tuition').text(300, 112, 'Varies from school to school');
    page.text(60, 130, 'Room and board').text(300, 130, 'Lodging and food');
    page.text(60, 148, 'Books').text(300, 148, 'Can be expensive').text(300, 160, 'In the first year');
    page.text(60, 178, 'Fees').text(300, 178, 'Activity fees');
    const [table] = await tablesOf([page]);
    expect(table!.strategy).toBe('stream');
    expect(texts(table!)).toEqual([
      ['Item', 'Cost'],
      ['Tuition', 'Varies from school to school'],
      ['Room and board', 'Lodging and food'],
      ['Books', 'Can be expensive In the first year'],
      ['Fees', 'Activity fees'],
    ]);
  });

  it('finds no table in running text, a bulleted list, or a page set in two columns', async () => {
    expect(await tablesOf([paragraph(new PageBuilder(), 60, 10)])).toEqual([]);
    const list = new PageBuilder();
    for (let i = 0; i < 5; i++) list.text(60, 100 + i * 12, '•').text(75, 100 + i * 12, `Item number ${i} of a list of things`);
    expect(await tablesOf([list])).toEqual([]);
    const columns = new PageBuilder();
    for (let i = 0; i < 12; i++) {
      columns.text(50, 60 + i * 12, 'The left column of an article runs on here,');
      columns.text(430, 60 + i * 12, 'while the right column carries on its own text.');
    }
    expect(await tablesOf([columns])).toEqual([]);
  });
});
