/**
 * A table printed sideways (its text drawn a quarter turn from upright) is read in its own
 * direction, with its rules turned alike; a page of upright text with a turned label is read as usual.
 */
import { describe, expect, it } from 'vitest';
import { PageBuilder, tablesOf, texts } from './pdf.js';

/** Text reading bottom to top whose baseline starts at (x, y) of the frame where it reads left to right (x = PDF y, y = PDF x). */
function turned(page: PageBuilder, x: number, y: number, text: string): PageBuilder {
  return page.raw(`BT /F1 10 Tf 0 1 -1 0 ${y} ${x} Tm (${text}) Tj ET`);
}

describe('sideways tables', () => {
  it('reads a borderless table whose text runs bottom to top', async () => {
    const page = new PageBuilder(595, 842);
    const rows = [
      ['Country', 'Capital', 'Population'],
      ['France', 'Paris', '68'],
      ['Spain', 'Madrid', '48'],
      ['Italy', 'Rome', '59'],
    ];
    rows.forEach((row, r) => row.forEach((text, c) => turned(page, 100 + 120 * c, 100 + 16 * r, text)));
    const [table] = await tablesOf([page]);
    expect(table).toBeDefined();
    expect(texts(table!)).toEqual(rows);
  });

  it('reads a ruled table whose text and rules are turned', async () => {
    const page = new PageBuilder(595, 842);
    // Frame rows at y 100..140 (PDF x), columns at x 90, 190, 290 (PDF y).
    for (const y of [100, 120, 140]) page.raw(`0.5 w ${y} 90 m ${y} 290 l S`);
    for (const x of [90, 190, 290]) page.raw(`0.5 w 100 ${x} m 140 ${x} l S`);
    turned(page, 95, 114, 'Name');
    turned(page, 195, 114, 'Value');
    turned(page, 95, 134, 'Alpha');
    turned(page, 195, 134, '1');
    const [table] = await tablesOf([page]);
    expect(texts(table!)).toEqual([
      ['Name', 'Value'],
      ['Alpha', '1'],
    ]);
  });
});
