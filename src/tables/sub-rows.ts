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
import { withoutLeaders } from './leaders.js';

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

/** A line that is a number (or a few): digits with their separators, signs, units and footnote marks. */
const NUMERIC = /^[(\[]?[-+−–]?[$€£¥]?\d[\d\s.,'’]*(?:%|‰)?[)\]]?\*?$/u;
const numeric = (line: TextLine) => line.words.every((w) => NUMERIC.test(w.text) || /^[-–—]$/.test(w.text) || /^\(?NA\)?$/.test(w.text));

/**
 * The width a cell's text may take: the cell's width less the narrower of the padding on its
 * left and on its right (text is set against one side, left or right, with the same padding on both).
 */
function textWidth(cell: GridCell, lines: readonly TextLine[]): number {
  const pad = Math.max(0, Math.min(...lines.map((l) => Math.min(l.x0 - cell.box.x0, cell.box.x1 - l.x1))));
  return cell.box.x1 - cell.box.x0 - 2 * pad;
}

/**
 * Whether line `below` reads on from line `above` in one cell (a wrapped cell, not a new entry):
 * for sure ('text') when it starts in lower case, the line above ends in a hyphen or comma, or the
 * two are centred on one another;
 * perhaps ('fit') when the first word below would not have fitted after the line above within
 * the cell's text width (a long entry fills its line too), the line above being broken between
 * words. A number is an entry of its own: it does not wrap (a column of right-aligned numbers
 * fills every line to its right edge).
 */
function readsOn(above: TextLine, below: TextLine, width: number): 'text' | 'fit' | null {
  if (numeric(above)) return null;
  const first = below.words[0]!;
  if (/^\(?\p{Ll}/u.test(first.text)) return 'text';
  if (/[-,;:–]$/.test(above.words[above.words.length - 1]!.text)) return 'text';
  // Lines centred on one another (edges apart, middles together) are one centred label, as header labels are set.
  const em = above.size;
  if (Math.abs(above.x0 + above.x1 - below.x0 - below.x1) / 2 <= 0.1 * em && Math.abs(above.x0 - below.x0) > 0.3 * em) return 'text';
  // A line of one word was not broken between words: it gives no sign of a wrap (a code, a name).
  if (above.words.length < 2) return null;
  return above.x1 - above.x0 + 0.25 * above.size + (first.x1 - first.x0) > width + 0.5 ? 'fit' : null;
}

/**
 * Where one ruled band holds several table rows. A row of the band begins where an entry of its
 * row label begins: the band's first filled column parts into entries, each a line and the lines
 * that read on from it (readsOn). Between two entries the band is cut at a baseline gap that no
 * cell's text reads on across, and that has text of some other column on both sides (the rows
 * line up across the band). A line that only fills its cell's width (readsOn 'fit') may be a long
 * entry: it does not hold the rows together where another column begins an entry on the very
 * baseline where the label's entry begins. Labels set at the top of their rows and numbers set at the bottom of
 * theirs leave several such gaps between two entries: the cut is the lowest one, so that a row
 * starts with its label (a cell wrapped below its label's line reads on, so it is never cut).
 * Dot leaders are left out of the lines (leaders.ts): a label filled to the column's edge with
 * dots is not a full line.
 */
function alignedPoints(cells: readonly { cell: GridCell; lines: TextLine[] }[], settings: PdfSettings): number[] {
  const filled = cells.filter((c) => c.lines.length > 0);
  if (filled.length < 2) return [];
  const stub = filled.reduce((a, b) => (b.cell.column < a.cell.column ? b : a));
  if (stub.lines.length < 2) return [];
  const others = filled.filter((c) => c !== stub);
  const widths = new Map(filled.map((c) => [c, textWidth(c.cell, c.lines)]));
  const entries: TextLine[][] = [];
  for (const line of [...stub.lines].sort((a, b) => a.baseline - b.baseline)) {
    const entry = entries[entries.length - 1];
    if (entry && readsOn(entry[entry.length - 1]!, line, widths.get(stub)!)) entry.push(line);
    else entries.push([line]);
  }
  if (entries.length < 2) return [];
  const all = filled.flatMap((c) => c.lines).sort((a, b) => a.baseline - b.baseline);
  // Baselines of the band, lines within the baseline tolerance being one.
  const rows: number[] = [];
  for (const l of all) {
    const last = rows[rows.length - 1];
    if (last === undefined || l.baseline - last > settings.text.baselineTolerance * l.size) rows.push(l.baseline);
  }
  const size = all.map((l) => l.size).sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
  const same = (a: number, b: number) => Math.abs(a - b) <= settings.text.baselineTolerance * size;
  const near = (l: TextLine, y: number) => same(l.baseline, y);
  /** Whether a cut between band baselines `above` and `below` leaves every cell's reading order whole. */
  const across = (c: (typeof filled)[number], above: number, below: number) => {
    const up = c.lines.filter((l) => l.baseline <= above || near(l, above)).pop();
    const down = c.lines.find((l) => l.baseline >= below || near(l, below));
    return up && down ? readsOn(up, down, widths.get(c)!) : null;
  };
  const clean = (above: number, below: number, labelStart: number) => {
    const reads = others.map((c) => across(c, above, below));
    if (reads.includes('text')) return false;
    if (!reads.includes('fit')) return true;
    return same(below, labelStart) && others.some((c, j) => reads[j] === null && c.lines.some((l) => near(l, below)));
  };
  const lined = (above: number, below: number) => others.some((c) => c.lines.some((l) => l.baseline <= above || near(l, above)) && c.lines.some((l) => l.baseline >= below || near(l, below)));
  const points: number[] = [];
  for (let i = 1; i < entries.length; i++) {
    const from = entries[i - 1]![entries[i - 1]!.length - 1]!.baseline;
    const to = entries[i]![0]!.baseline;
    for (let k = rows.length - 1; k >= 1; k--) {
      const [above, below] = [rows[k - 1]!, rows[k]!];
      if (below > to && !same(below, to)) continue;
      if (above < from && !same(above, from)) break;
      if (!clean(above, below, to) || !lined(above, below)) continue;
      const gapTop = Math.max(...all.filter((l) => near(l, above)).map((l) => l.bottom));
      const gapBottom = Math.min(...all.filter((l) => near(l, below)).map((l) => l.top));
      points.push(gapBottom > gapTop ? (gapTop + gapBottom) / 2 : (above + below) / 2 - 0.1 * (below - above));
      break;
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
    // Cheap test first: some cell must hold text on two lines or more.
    const multiLine = covering.filter(({ i }) => {
      const visible = filled.glyphs[i]!.filter((g) => !g.space);
      if (visible.length === 0) return false;
      const baselines = visible.map((g) => g.baseline);
      return Math.max(...baselines) - Math.min(...baselines) >= 0.8 * Math.max(...visible.map((g) => g.size));
    });
    if (multiLine.length === 0) continue;
    const cells = covering.map(({ cell, i }) => ({ cell, lines: textLines(withoutLeaders(filled.glyphs[i]!), settings) }));
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
