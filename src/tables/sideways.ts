/**
 * A table printed sideways (a landscape table on a portrait page, its text drawn a quarter turn
 * from upright) is read in its own direction: when most of a page's text is turned one way, the
 * page is read in the frame where that text runs left to right, with its rules turned alike.
 * Tables found there have their boxes in that frame.
 */
import type { Box, Matrix } from '../pdf/geometry.js';
import { applyToPoint } from '../pdf/geometry.js';
import type { Fill, PageContent, Stroke } from '../pdf/reader.js';

const visible = (glyphs: readonly { space: boolean }[]) => glyphs.filter((g) => !g.space).length;

/** An area (page coordinates) in the frame of `turn` (null: upright). */
export function turnBox(box: Box, turn: Matrix | null): Box {
  if (!turn) return box;
  const [ax, ay] = applyToPoint(turn, box.x0, box.top);
  const [bx, by] = applyToPoint(turn, box.x1, box.bottom);
  return { x0: Math.min(ax, bx), x1: Math.max(ax, bx), top: Math.min(ay, by), bottom: Math.max(ay, by) };
}

/** The page as its dominant text direction reads, and the quarter turn that leads there from the page (null: most text is upright). */
export function turnedFrame(content: PageContent): { content: PageContent; turn: Matrix | null } {
  const upright = visible(content.glyphs);
  const up = visible(content.turned.up);
  const down = visible(content.turned.down);
  if (Math.max(up, down) <= upright) return { content, turn: null };
  const direction = up >= down ? 'up' : 'down';
  // The same quarter turns as the page reader's (src/pdf/reader.ts).
  const turn: Matrix = direction === 'up' ? [0, 1, -1, 0, content.height, 0] : [0, -1, 1, 0, 0, content.width];
  const strokes: Stroke[] = content.strokes.map((s) => {
    const [x0, y0] = applyToPoint(turn, s.x0, s.y0);
    const [x1, y1] = applyToPoint(turn, s.x1, s.y1);
    return { ...s, x0, y0, x1, y1 };
  });
  const fills: Fill[] = content.fills.map((f) => ({ ...f, ...turnBox(f, turn) }));
  return {
    turn,
    content: {
    ...content,
    width: content.height,
    height: content.width,
    glyphs: content.turned[direction],
    strokes,
    fills,
    turned: { up: [], down: [] },
    },
  };
}
