/**
 * Ruling lines: the strokes and thin filled rectangles a page draws, as horizontal and vertical
 * lines, with pieces on one line joined. Wider filled rectangles are kept apart as shaded boxes:
 * they are cell backgrounds, which separate rows only where a table draws no lines at all.
 */
import { joinCollinear, overlap, type Box, type Ruling } from './geometry.js';
import type { PageContent } from './reader.js';
import type { PdfSettings } from './settings.js';

export type { Ruling } from './geometry.js';

export interface PageRulings {
  horizontal: Ruling[];
  vertical: Ruling[];
  /** Filled rectangles too wide to be lines, in a colour other than white. */
  shaded: Shade[];
}

export interface Shade extends Box {
  color: string | null;
}

/**
 * The edges of shaded boxes, as rulings. A table drawn with cell backgrounds only (no lines)
 * is divided by them: per-cell boxes close cells like lines do; alternating row bands part the
 * rows. They are used only where the drawn lines found no table (a shaded header inside a
 * ruled table is not a grid of its own).
 */
export function shadingEdges(shaded: readonly Shade[], settings: PdfSettings): { horizontal: Ruling[]; vertical: Ruling[] } {
  const horizontal: Ruling[] = [];
  const vertical: Ruling[] = [];
  for (const b of shaded) {
    const sides: [Ruling, (o: Shade) => number][] = [
      [{ orientation: 'horizontal', at: b.top, from: b.x0, to: b.x1, shading: true }, (o) => (near(o.bottom, b.top) ? overlap(o.x0, o.x1, b.x0, b.x1) : 0)],
      [{ orientation: 'horizontal', at: b.bottom, from: b.x0, to: b.x1, shading: true }, (o) => (near(o.top, b.bottom) ? overlap(o.x0, o.x1, b.x0, b.x1) : 0)],
      [{ orientation: 'vertical', at: b.x0, from: b.top, to: b.bottom, shading: true }, (o) => (near(o.x1, b.x0) ? overlap(o.top, o.bottom, b.top, b.bottom) : 0)],
      [{ orientation: 'vertical', at: b.x1, from: b.top, to: b.bottom, shading: true }, (o) => (near(o.x0, b.x1) ? overlap(o.top, o.bottom, b.top, b.bottom) : 0)],
    ];
    for (const [side, touching] of sides) {
      // An edge between two fills of one colour is not seen (a cell's fill and its padding's).
      const hidden = shaded.reduce((sum, o) => (o !== b && o.color === b.color ? sum + touching(o) : sum), 0);
      if (hidden >= 0.9 * (side.to - side.from)) continue;
      (side.orientation === 'horizontal' ? horizontal : vertical).push(side);
    }
  }
  return { horizontal: joinCollinear(horizontal, settings.rulings.rulingSnap), vertical: joinCollinear(vertical, settings.rulings.rulingSnap) };
}

const near = (a: number, b: number) => Math.abs(a - b) <= 0.5;

/** How far off horizontal or vertical (points over the length) a stroke may lean. */
const MAX_LEAN = 0.02;

/** Near-white fills are invisible on a white page (they erase, or paint the page background). */
function isWhite(color: string | null): boolean {
  if (color === null || !/^#[0-9a-f]{6}$/i.test(color)) return false;
  return [1, 3, 5].every((i) => parseInt(color.slice(i, i + 2), 16) >= 0xf5);
}

export function pageRulings(content: PageContent, all: PdfSettings): PageRulings {
  const settings = all.rulings;
  const pieces: Ruling[] = [];
  const shaded: Shade[] = [];
  for (const s of content.strokes) {
    // A line stroked in white is drawn in the page's colour: no visible rule.
    if (s.width > settings.maxStrokeWidth || isWhite(s.color)) continue;
    const dx = Math.abs(s.x1 - s.x0);
    const dy = Math.abs(s.y1 - s.y0);
    if (dy <= MAX_LEAN * dx + 0.5 && dx >= settings.minRulingLength) {
      pieces.push({ orientation: 'horizontal', at: (s.y0 + s.y1) / 2, from: Math.min(s.x0, s.x1), to: Math.max(s.x0, s.x1) });
    } else if (dx <= MAX_LEAN * dy + 0.5 && dy >= settings.minRulingLength) {
      pieces.push({ orientation: 'vertical', at: (s.x0 + s.x1) / 2, from: Math.min(s.y0, s.y1), to: Math.max(s.y0, s.y1) });
    }
  }
  for (const f of content.fills) {
    if (isWhite(f.color)) continue;
    const width = f.x1 - f.x0;
    const height = f.bottom - f.top;
    if (height <= settings.maxRulingThickness && width >= settings.minRulingLength) {
      pieces.push({ orientation: 'horizontal', at: (f.top + f.bottom) / 2, from: f.x0, to: f.x1 });
    } else if (width <= settings.maxRulingThickness && height >= settings.minRulingLength) {
      pieces.push({ orientation: 'vertical', at: (f.x0 + f.x1) / 2, from: f.top, to: f.bottom });
    } else if (width > settings.maxRulingThickness && height > settings.maxRulingThickness && (width < 0.95 * content.width || height < 0.95 * content.height)) {
      shaded.push({ x0: f.x0, top: f.top, x1: f.x1, bottom: f.bottom, color: f.color });
    }
  }
  return {
    horizontal: joinCollinear(pieces.filter((r) => r.orientation === 'horizontal'), settings.rulingSnap),
    vertical: joinCollinear(pieces.filter((r) => r.orientation === 'vertical'), settings.rulingSnap),
    shaded,
  };
}
