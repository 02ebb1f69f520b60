/**
 * Tables continued over pages: one table, the header the next page repeats dropped, a row
 * broken by the page end joined; a table with other columns, or below a title of its own, or
 * on a page that does not follow, stays apart.
 */
import { describe, expect, it } from 'vitest';
import { grid, PageBuilder, tablesOf, texts } from './pdf.js';

/** A ruled table page: the header row, then the given rows (20 pt each). */
function ruledPage(rows: readonly [string, string][], options: { header?: boolean; top?: number; xs?: number[] } = {}): PageBuilder {
  const xs = options.xs ?? [50, 200, 400];
  const top = options.top ?? 60;
  const all: [string, string][] = options.header === false ? [...rows] : [['Contract', 'Amount'], ...rows];
  const page = grid(new PageBuilder(), xs, all.map((_, i) => top + 20 * i).concat(top + 20 * all.length));
  all.forEach(([a, b], i) => page.text(xs[0]! + 5, top + 20 * i + 14, a).text(xs[1]! + 5, top + 20 * i + 14, b));
  return page;
}

describe('tables continued over pages', () => {
  it('joins the parts and drops the header the next page repeats', async () => {
    const tables = await tablesOf([ruledPage([['Pickups', '902,418.00'], ['Buses', '214,885.63']]), ruledPage([['Printers', '45,262.32']])]);
    expect(tables).toHaveLength(1);
    expect(texts(tables[0]!)).toEqual([
      ['Contract', 'Amount'],
      ['Pickups', '902,418.00'],
      ['Buses', '214,885.63'],
      ['Printers', '45,262.32'],
    ]);
    expect(tables[0]!.regions.map((r) => r.page)).toEqual([1, 2]);
    expect(tables[0]!.headerRows).toBe(1);
  });

  it('joins the rest of a row broken by the page end to that row', async () => {
    const first = ruledPage([['Pickups', '902,418.00'], ['Procurement of road', 'pending']]);
    const second = ruledPage([['', 'and approved'], ['Printers', '45,262.32']]);
    const [table] = await tablesOf([first, second]);
    expect(texts(table!)).toEqual([
      ['Contract', 'Amount'],
      ['Pickups', '902,418.00'],
      ['Procurement of road', 'pending and approved'],
      ['Printers', '45,262.32'],
    ]);
  });

  it('keeps tables apart when the columns differ, when a title starts the next, or when a page is skipped', async () => {
    const one = ruledPage([['Pickups', '902,418.00']]);
    expect(await tablesOf([one, ruledPage([['Printers', '45.00']], { xs: [50, 300, 400] })])).toHaveLength(2);
    const titled = ruledPage([['Printers', '45.00']], { top: 100 }).text(50, 80, 'Table 2. Services');
    expect(await tablesOf([one, titled])).toHaveLength(2);
    const pages = [one, new PageBuilder().text(50, 100, 'An interlude.'), ruledPage([['Printers', '45.00']])];
    expect(await tablesOf(pages, { pages: [1, 3] })).toHaveLength(2);
  });
});
