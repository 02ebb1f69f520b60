/**
 * Dot leaders ("All persons . . . . . . 210,411", "Excise taxes........ 62.5"): a row of dots that
 * leads the eye from a label to its numbers. A leader is filler, not text: it fills the gap
 * between two columns, so the table's geometry (where a label ends, whether a line is full,
 * where the gutters are) is read without it; the label keeps it in its text, as printed.
 */
import type { Glyph } from '../pdf/reader.js';
import type { Word } from '../pdf/lines.js';

/** Dots counted in a glyph that is only dots ("." "·" "…" "‥"), else 0. */
function dotsIn(text: string): number {
  let n = 0;
  for (const ch of text) {
    if (ch === '.' || ch === '·' || ch === '․' || ch === '∙') n += 1;
    else if (ch === '‥') n += 2;
    else if (ch === '…') n += 3;
    else return 0;
  }
  return n;
}

/** Fewer dots than this in a row are punctuation (an ellipsis is three); a leader is longer. */
const MIN_DOTS = 4;
/** Dots further apart than this × font size are not one leader. */
const MAX_DOT_GAP = 1.2;

/** A leader: its glyphs in x order, on one baseline. */
export interface Leader {
  glyphs: Glyph[];
  x0: number;
  x1: number;
  baseline: number;
  size: number;
}

/** The glyphs without leader dots, and the leaders taken out. */
export function splitLeaders(glyphs: readonly Glyph[]): { content: Glyph[]; leaders: Leader[] } {
  const dotted = glyphs.filter((g) => !g.space && dotsIn(g.text) > 0);
  if (dotted.length < MIN_DOTS) return { content: [...glyphs], leaders: [] };
  // Lines of glyphs: by baseline, then left to right.
  const visible = glyphs.filter((g) => !g.space).sort((a, b) => a.baseline - b.baseline);
  const rows: Glyph[][] = [];
  for (const g of visible) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(g.baseline - row[0]!.baseline) <= 0.3 * g.size) row.push(g);
    else rows.push([g]);
  }
  const leaders: Leader[] = [];
  const taken = new Set<Glyph>();
  for (const row of rows) {
    row.sort((a, b) => a.x0 - b.x0);
    let run: Glyph[] = [];
    let dots = 0;
    // The text the run follows: a leader leads away from a label; dots standing alone are a value ("....", not available).
    let before: Glyph | null = null;
    let lastText: Glyph | null = null;
    const close = () => {
      if (dots >= MIN_DOTS && before !== null && run[0]!.x0 - before.x1 <= MAX_DOT_GAP * run[0]!.size) {
        for (const g of run) taken.add(g);
        leaders.push({ glyphs: run, x0: run[0]!.x0, x1: run[run.length - 1]!.x1, baseline: run[0]!.baseline, size: run[0]!.size });
      }
      run = [];
      dots = 0;
    };
    for (const g of row) {
      const n = dotsIn(g.text);
      const last = run[run.length - 1];
      if (n > 0 && last && g.x0 - last.x1 <= MAX_DOT_GAP * g.size) {
        run.push(g);
        dots += n;
      } else {
        close();
        if (n > 0) {
          before = lastText;
          run = [g];
          dots = n;
        }
      }
      if (n === 0) lastText = g;
    }
    close();
  }
  if (leaders.length === 0) return { content: [...glyphs], leaders };
  return { content: glyphs.filter((g) => !taken.has(g)), leaders };
}

/** The glyphs without their leader dots. */
export function withoutLeaders(glyphs: readonly Glyph[]): Glyph[] {
  return splitLeaders(glyphs).content;
}

/**
 * A leader as a word, to be put back into the text of the label it follows: its dots spaced as
 * printed; `spaceBefore` when it stands a word space or more from the label.
 */
export function leaderWord(leader: Leader, after: { x1: number } | null): Word {
  let text = '';
  for (const [i, g] of leader.glyphs.entries()) text += i > 0 && g.x0 - leader.glyphs[i - 1]!.x1 > 0.15 * g.size ? ` ${g.text}` : g.text;
  const first = leader.glyphs[0]!;
  return {
    text,
    x0: leader.x0,
    x1: leader.x1,
    top: Math.min(...leader.glyphs.map((g) => g.top)),
    bottom: Math.max(...leader.glyphs.map((g) => g.bottom)),
    baseline: leader.baseline,
    size: leader.size,
    font: first.font,
    spaceBefore: after === null || leader.x0 - after.x1 > 0.15 * leader.size,
    spaceGlyph: false,
    invisible: first.invisible,
    mcid: first.mcid,
  };
}
