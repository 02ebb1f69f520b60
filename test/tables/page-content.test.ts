/**
 * Reading a page for the table stage: every glyph with its own box (text placed by the text
 * matrix, TJ offsets and word spacing), stroked segments and filled rectangles through the
 * transformation matrix, and text outside the clipping path left out. Helvetica 10 pt: "H" is
 * 7.22 pt wide, a space 2.78 pt.
 */
import { describe, expect, it } from 'vitest';
import { contentOf, PageBuilder } from './pdf.js';

const round = (x: number) => Math.round(x * 100) / 100;

describe('glyphs from the operator list', () => {
  it('places each glyph where the text matrix puts it, y down from the top', async () => {
    const content = await contentOf(new PageBuilder().text(100, 200, 'HH H'));
    const boxes = content.glyphs.map((g) => [g.text, round(g.x0), round(g.x1), round(g.baseline), round(g.size), g.space]);
    expect(boxes).toEqual([
      ['H', 100, 107.22, 200, 10, false],
      ['H', 107.22, 114.44, 200, 10, false],
      [' ', 114.44, 117.22, 200, 10, true],
      ['H', 117.22, 124.44, 200, 10, false],
    ]);
  });

  it('moves glyphs by TJ offsets (thousandths of the font size, leftwards when positive)', async () => {
    const page = new PageBuilder().raw('BT /F1 10 Tf 1 0 0 1 100 395 Tm [(H) -1000 (H)] TJ ET');
    const content = await contentOf(page);
    expect(content.glyphs.map((g) => round(g.x0))).toEqual([100, 117.22]);
    expect(content.glyphs[0]!.baseline).toBeCloseTo(200, 5); // 595 − 395
  });

  it('scales glyphs with the transformation matrix', async () => {
    const page = new PageBuilder().raw('q 2 0 0 2 0 0 cm BT /F1 10 Tf 1 0 0 1 50 250 Tm (H) Tj ET Q');
    const [glyph] = (await contentOf(page)).glyphs;
    expect([round(glyph!.x0), round(glyph!.x1), round(glyph!.baseline), round(glyph!.size)]).toEqual([100, 114.44, 95, 20]);
  });

  it('leaves out text that the clipping path hides', async () => {
    const page = new PageBuilder().raw('q 100 300 50 20 re W n BT /F1 10 Tf 1 0 0 1 100 305 Tm (HHHHHHHHHH) Tj ET Q');
    const content = await contentOf(page);
    // The clip ends at x = 150: the glyph at 150.54 and those after it are not shown.
    expect(content.glyphs.map((g) => round(g.x0))).toEqual([100, 107.22, 114.44, 121.66, 128.88, 136.1, 143.32]);
  });
});

describe('lines and fills', () => {
  it('reads stroked segments and filled rectangles in page coordinates', async () => {
    const page = new PageBuilder().stroke(50, 100, 300, 100, 0.5).fill(60, 120, 100, 20).raw('0.8 0.6 1 rg 200 300 50 40 re f 0 g');
    const content = await contentOf(page);
    expect(content.strokes.map((s) => [s.x0, s.y0, s.x1, s.y1, s.width].map(round))).toEqual([[50, 100, 300, 100, 0.5]]);
    expect(content.fills.map((f) => [f.x0, f.top, f.x1, f.bottom].map(round).concat([f.color as never]))).toEqual([
      [60, 120, 160, 140, '#000000'],
      [200, 255, 250, 295, '#cc99ff'],
    ]);
  });
});
