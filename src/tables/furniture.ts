/**
 * A frame drawn around a whole exhibit often boxes its caption and its notes with the table,
 * as rows that span the full width. Such a row is not a table row: the first row when its text
 * is set larger than the table's, the last row when it is set smaller or reads as a note
 * ("Note:", "Source:").
 */
import type { Glyph } from '../pdf/reader.js';
import type { FilledGrid } from './ruled.js';

const NOTE_START = /^(notes?|sources?)\b\s*[:.]/i;
const CAPTION_SIZE = 1.15;
const NOTE_SIZE = 0.9;

function sizeOf(glyphs: readonly Glyph[]): number {
  const weight = new Map<number, number>();
  for (const g of glyphs) if (!g.space) weight.set(Math.round(g.size * 10) / 10, (weight.get(Math.round(g.size * 10) / 10) ?? 0) + 1);
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

function startText(glyphs: readonly Glyph[]): string {
  const top = [...glyphs].filter((g) => !g.space).sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const first = top[0];
  if (!first) return '';
  return top
    .filter((g) => Math.abs(g.baseline - first.baseline) < 0.3 * first.size)
    .sort((a, b) => a.x0 - b.x0)
    .map((g) => g.text)
    .join('');
}

/** Empties the caption and notes rows of a framed table; returns their glyphs. */
export function takeFrameFurniture(filled: FilledGrid): { caption: Glyph[]; notes: Glyph[] } {
  const { grid } = filled;
  const columns = grid.xs.length - 1;
  const rows = grid.ys.length - 1;
  const fullRow = (row: number) => {
    const cells = grid.cells.map((cell, i) => ({ cell, i })).filter(({ cell }) => cell.row <= row && cell.row + cell.rowSpan > row);
    return cells.length === 1 && cells[0]!.cell.columnSpan === columns && cells[0]!.cell.rowSpan === 1 ? cells[0]!.i : -1;
  };
  const taken = { caption: [] as Glyph[], notes: [] as Glyph[] };
  if (rows < 3) return taken;
  const bodySize = (skip: number) => sizeOf(filled.glyphs.filter((_, i) => i !== skip).flat());
  const top = fullRow(0);
  if (top >= 0 && filled.glyphs[top]!.length > 0 && sizeOf(filled.glyphs[top]!) >= CAPTION_SIZE * bodySize(top)) {
    taken.caption = filled.glyphs[top]!;
    filled.glyphs[top] = [];
  }
  const bottom = fullRow(rows - 1);
  if (bottom >= 0 && filled.glyphs[bottom]!.length > 0) {
    const glyphs = filled.glyphs[bottom]!;
    if (sizeOf(glyphs) <= NOTE_SIZE * bodySize(bottom) || NOTE_START.test(startText(glyphs))) {
      taken.notes = glyphs;
      filled.glyphs[bottom] = [];
    }
  }
  return taken;
}
