/**
 * Rows that a ruled table does not rule: inside one ruled band, entries separated by a blank
 * line, each starting on a new line in the first column (a group of rows drawn as one box, as
 * in "Stationary: / Major … / Area …"). The band is split at such blank lines. A blank line
 * with nothing after it in the first column is a paragraph break inside the row's cells, and
 * stays.
 */
import type { Box } from '../pdf/geometry.js';
import type { GridCell } from './lattice.js';
import type { Glyph } from '../pdf/reader.js';
import type { FilledGrid } from './ruled.js';
import type { PdfSettings } from '../pdf/settings.js';
import { textLines, type TextLine } from '../pdf/lines.js';

interface Interval {
  top: number;
  bottom: number;
}

/** The ink rows of a set of lines: their vertical extents, overlapping ones merged. */
function inkBands(lines: readonly TextLine[]): Interval[] {
  const spans = lines.map((l) => ({ top: l.baseline - 0.75 * l.size, bottom: l.baseline + 0.25 * l.size })).sort((a, b) => a.top - b.top);
  const bands: Interval[] = [];
  for (const s of spans) {
    const last = bands[bands.length - 1];
    if (last && s.top <= last.bottom) last.bottom = Math.max(last.bottom, s.bottom);
    else bands.push({ ...s });
  }
  return bands;
}

/** Where to split one ruled row: y positions of blank lines followed by a new entry in the first column. */
function splitPoints(cells: readonly { cell: GridCell; lines: TextLine[] }[], settings: PdfSettings): number[] {
  const all = cells.flatMap((c) => c.lines);
  if (all.length < 2) return [];
  const first = cells.find((c) => c.cell.column === 0);
  if (!first || first.lines.length < 2) return [];
  const size = all.map((l) => l.size).sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
  const bands = inkBands(all);
  const points: number[] = [];
  for (let i = 1; i < bands.length; i++) {
    const gapTop = bands[i - 1]!.bottom;
    const gapBottom = bands[i]!.top;
    if (gapBottom - gapTop < settings.tables.blankLineGap * size) continue;
    const firstAbove = first.lines.some((l) => l.baseline < gapTop);
    const firstStartsBelow = first.lines.some((l) => l.baseline - 0.75 * l.size >= gapBottom - 0.01 && l.baseline - 0.75 * l.size <= bands[i]!.bottom);
    if (firstAbove && firstStartsBelow) points.push((gapTop + gapBottom) / 2);
  }
  return points;
}

/**
 * Where one ruled band holds several table rows of one line each: two or more of its cells, the
 * first of them among them, have lines on the same baselines (the rows line up across the band), and no cell's line reads on
 * into its next one (a wrapped cell: the next line starts in lower case, the line ends in a
 * hyphen or comma, or the next line's first word would not have fitted after it). The band is
 * split between such lines.
 */
function alignedPoints(cells: readonly { cell: GridCell; lines: TextLine[] }[], settings: PdfSettings): number[] {
  const filled = cells.filter((c) => c.lines.length > 0);
  if (filled.filter((c) => c.lines.length >= 2).length < 2) return [];
  const all = filled.flatMap((c) => c.lines).sort((a, b) => a.baseline - b.baseline);
  // Baselines of the band, lines within the baseline tolerance being one.
  const rows: number[] = [];
  for (const l of all) {
    const last = rows[rows.length - 1];
    if (last === undefined || l.baseline - last > settings.text.baselineTolerance * l.size) rows.push(l.baseline);
  }
  if (rows.length < 2) return [];
  const stub = filled.reduce((a, b) => (b.cell.column < a.cell.column ? b : a));
  const lineAt = (c: { lines: TextLine[] }, y: number) => c.lines.find((l) => Math.abs(l.baseline - y) <= settings.text.baselineTolerance * l.size);
  const points: number[] = [];
  for (let k = 1; k < rows.length; k++) {
    const [above, below] = [rows[k - 1]!, rows[k]!];
    // The row labels (the band's first filled column) must line up too: stacked lines in the
    // other columns beside one label are a header's or a cell's lines, not rows.
    const both = filled.filter((c) => lineAt(c, above) && lineAt(c, below));
    if (both.length < 2 || !both.includes(stub)) continue;
    const wraps = filled.some((c) => {
      const a = lineAt(c, above);
      const b = lineAt(c, below);
      if (!a || !b) return false;
      const next = b.words[0]!;
      const right = Math.max(...c.lines.map((l) => l.x1));
      const first = next.text;
      return /^\p{Ll}/u.test(first) || /[-,;:–]$/.test(a.words[a.words.length - 1]!.text) || (a.words.length >= 2 && a.x1 + 0.25 * a.size + (next.x1 - next.x0) > right + 0.5);
    });
    if (!wraps) {
      const gapTop = Math.max(...all.filter((l) => Math.abs(l.baseline - above) <= settings.text.baselineTolerance * l.size).map((l) => l.bottom));
      const gapBottom = Math.min(...all.filter((l) => Math.abs(l.baseline - below) <= settings.text.baselineTolerance * l.size).map((l) => l.top));
      points.push(gapBottom > gapTop ? (gapTop + gapBottom) / 2 : (above + below) / 2 - 0.1 * (below - above));
    }
  }
  return points;
}

export function splitSubRows(filled: FilledGrid, settings: PdfSettings): FilledGrid {
  const { grid } = filled;
  const rowCount = grid.ys.length - 1;
  const splits = new Map<number, number[]>();
  for (let r = 0; r < rowCount; r++) {
    const covering = grid.cells.map((cell, i) => ({ cell, i })).filter(({ cell }) => cell.row <= r && cell.row + cell.rowSpan > r);
    if (covering.length < 2 || covering.some(({ cell }) => cell.rowSpan > 1)) continue;
    // Cheap test first: some cell must hold text on lines well apart.
    const multiLine = covering.filter(({ i }) => {
      const visible = filled.glyphs[i]!.filter((g) => !g.space);
      if (visible.length === 0) return false;
      const baselines = visible.map((g) => g.baseline);
      return Math.max(...baselines) - Math.min(...baselines) >= 1.5 * Math.max(...visible.map((g) => g.size));
    });
    if (multiLine.length === 0) continue;
    const cells = covering.map(({ cell, i }) => ({ cell, lines: textLines(filled.glyphs[i]!, settings) }));
    const points = [...new Set([...splitPoints(cells, settings), ...alignedPoints(cells, settings)])].sort((a, b) => a - b);
    if (points.length > 0) splits.set(r, points);
  }
  if (splits.size === 0) return filled;

  const ys: number[] = [];
  const newIndex: number[] = []; // old row → new row of its first piece
  for (let r = 0; r < rowCount; r++) {
    newIndex.push(ys.length);
    ys.push(grid.ys[r]!, ...(splits.get(r) ?? []));
  }
  ys.push(grid.ys[rowCount]!);
  const cells: GridCell[] = [];
  const glyphs: Glyph[][] = [];
  for (const [i, cell] of grid.cells.entries()) {
    const points = splits.get(cell.row);
    const row = newIndex[cell.row]!;
    if (!points || cell.rowSpan > 1) {
      const end = newIndex[cell.row + cell.rowSpan] ?? ys.length - 1;
      cells.push({ ...cell, row, rowSpan: end - row });
      glyphs.push(filled.glyphs[i]!);
      continue;
    }
    const edges = [cell.box.top, ...points, cell.box.bottom];
    for (let k = 0; k < edges.length - 1; k++) {
      const box: Box = { ...cell.box, top: edges[k]!, bottom: edges[k + 1]! };
      cells.push({ ...cell, row: row + k, rowSpan: 1, box });
      glyphs.push(filled.glyphs[i]!.filter((g) => g.baseline > edges[k]! && g.baseline <= edges[k + 1]!));
    }
  }
  return { grid: { xs: grid.xs, ys, cells }, glyphs };
}
