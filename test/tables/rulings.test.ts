/**
 * Ruling lines from what the page draws: strokes and thin filled rectangles become horizontal
 * and vertical rulings, pieces on one line joined; wider fills are shading, whose edges count
 * only where the colour changes (an inset fill of the same colour adds no edge).
 */
import { describe, expect, it } from 'vitest';
import { pageRulings, shadingEdges, type Shade } from '../../src/pdf/rulings.js';
import { DEFAULT_PDF_SETTINGS } from '../../src/pdf/settings.js';
import { contentOf, PageBuilder } from './pdf.js';

const settings = DEFAULT_PDF_SETTINGS;
const round = (x: number) => Math.round(x * 10) / 10;
const brief = (r: { at: number; from: number; to: number }) => [round(r.at), round(r.from), round(r.to)];

describe('rulings', () => {
  it('joins stroked pieces and thin filled rectangles on one line; leaves out white lines and short ticks', async () => {
    const page = new PageBuilder()
      .stroke(50, 100, 150, 100)
      .stroke(151, 100.5, 300, 100.5) // the same line, drawn in two pieces
      .fill(50, 200, 250, 0.5) // a border drawn as a thin rectangle
      .fill(120, 220, 1, 90)
      .stroke(400, 50, 401, 50) // a tick
      .raw('1 g 50 400 250 0.5 re f 0 g'); // white: invisible
    const rulings = pageRulings(await contentOf(page), settings);
    expect(rulings.horizontal.map(brief)).toEqual([
      [100.3, 50, 300], // at the pieces' mean position, weighted by length
      [200.3, 50, 300],
    ]);
    expect(rulings.vertical.map(brief)).toEqual([[120.5, 220, 310]]);
  });

  it('keeps wider fills as shading, and shading edges only where the colour changes', async () => {
    const cell: Shade = { x0: 50, top: 100, x1: 150, bottom: 120, color: '#d2eaf1' };
    const padding: Shade = { x0: 150, top: 100, x1: 155, bottom: 120, color: '#d2eaf1' }; // same colour, touching
    const next: Shade = { x0: 156, top: 100, x1: 250, bottom: 120, color: '#d2eaf1' }; // a white gap before it
    const edges = shadingEdges([cell, padding, next], settings);
    expect(edges.vertical.map((v) => round(v.at))).toEqual([50, 155.5, 250]);
    const page = new PageBuilder().raw('0.8 0.9 0.95 rg 50 400 200 30 re f');
    expect(pageRulings(await contentOf(page), settings).shaded).toHaveLength(1);
  });
});
