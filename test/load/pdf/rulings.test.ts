/**
 * Ruling lines read from the operator list: stroked segments and thin filled rectangles, through
 * the transformation matrix, collinear pieces joined, large fills and short ticks ignored.
 * Positions are in page points, y down from the top (the pages are 842 × 595).
 */
import { describe, expect, it } from 'vitest';
import { joinCollinear, type Ruling } from '../../../src/pdf/geometry.js';
import { DEFAULT_PDF_SETTINGS } from '../../../src/pdf/settings.js';
import { makePdf, PageBuilder, readPages } from './make-pdf.js';

async function rulingsOf(page: PageBuilder): Promise<Ruling[]> {
  const [input] = await readPages(makePdf([page]));
  return input!.rulings.map((r) => ({ ...r, at: round(r.at), from: round(r.from), to: round(r.to) }));
}

const round = (x: number) => Math.round(x * 10) / 10;
const h = (at: number, from: number, to: number): Ruling => ({ orientation: 'horizontal', at, from, to });
const v = (at: number, from: number, to: number): Ruling => ({ orientation: 'vertical', at, from, to });

describe('rulings from the operator list', () => {
  it('reads stroked segments, in either direction', async () => {
    const page = new PageBuilder().stroke(50, 100, 300, 100).stroke(80, 400, 80, 150);
    expect(await rulingsOf(page)).toEqual([h(100, 50, 300), v(80, 150, 400)]);
  });

  it('reads thin filled rectangles as rulings (how Word, LibreOffice and Chromium draw borders)', async () => {
    const page = new PageBuilder().fill(50, 200, 250, 0.75).fill(120, 220, 1, 90);
    expect(await rulingsOf(page)).toEqual([h(200.4, 50, 300), v(120.5, 220, 310)]);
  });

  it('ignores large fills (shaded cells) and strokes thicker than a ruling (bars over 6 pt)', async () => {
    const page = new PageBuilder().fill(50, 200, 250, 40).stroke(50, 300, 300, 300, 8);
    expect(await rulingsOf(page)).toEqual([]);
  });

  it('ignores ticks shorter than the minimum ruling length (3 pt)', async () => {
    const page = new PageBuilder().stroke(50, 100, 52, 100).stroke(60, 100, 60, 102.5);
    expect(await rulingsOf(page)).toEqual([]);
  });

  it('follows the transformation matrix, saved and restored', async () => {
    // Scaled by 2 and moved to (10, 10) in PDF space (y up): the segment 0..100 lands at x 10..210,
    // 10 pt above the page's bottom edge. After Q the identity applies again.
    const page = new PageBuilder().raw('q 2 0 0 2 10 10 cm 0.5 w 0 0 m 100 0 l S Q').raw('0.5 w 400 500 m 400 300 l S');
    expect(await rulingsOf(page)).toEqual([h(585, 10, 210), v(400, 95, 295)]);
  });

  it('scales line widths with the matrix (a 3.5 pt line drawn at scale 2 is a 7 pt bar)', async () => {
    const page = new PageBuilder().raw('q 2 0 0 2 0 0 cm 3.5 w 10 100 m 100 100 l S Q');
    expect(await rulingsOf(page)).toEqual([]);
  });

  it('reads a flipped, scaled page matrix as Chromium writes it', async () => {
    // Chromium: ".24 0 0 -.24 0 <height> cm", then "3.125 0 0 3.125 …" (0.75 pt per unit) with y down.
    const page = new PageBuilder().raw('q .24 0 0 -.24 0 595 cm q 3.125 0 0 3.125 100 200 cm 0 0 1 300 re f 0 0 400 1 re f Q Q');
    expect(await rulingsOf(page)).toEqual([h(48.4, 24, 324), v(24.4, 48, 273)]);
  });

  it('joins collinear pieces that touch or nearly touch, and keeps apart those with a gap', async () => {
    // Cell borders are drawn cell by cell: three pieces of one row rule, and a separate rule further on.
    const page = new PageBuilder().stroke(50, 100, 150, 100).stroke(150, 100.5, 250, 100.5).stroke(251, 100, 400, 100).stroke(450, 100, 600, 100);
    // Each joined rule lies where its own pieces lie (weighted by their lengths).
    expect(await rulingsOf(page)).toEqual([h(100.1, 50, 400), h(100, 450, 600)]);
  });

  it('reads rectangles stroked as outlines as four rulings', async () => {
    const page = new PageBuilder().raw('0.5 w 100 295 200 100 re S');
    expect(await rulingsOf(page)).toEqual([h(200, 100, 300), h(300, 100, 300), v(100, 200, 300), v(300, 200, 300)]);
  });
});

describe('joinCollinear', () => {
  it('joins overlapping pieces at positions within the snap distance into one ruling at their mean position', () => {
    const joined = joinCollinear([h(100, 0, 50), h(101, 40, 90), v(20, 0, 10), v(20, 12, 30)], DEFAULT_PDF_SETTINGS.rulings.rulingSnap);
    expect(joined).toEqual([v(20, 0, 30), h(100.5, 0, 90)]);
  });
});
