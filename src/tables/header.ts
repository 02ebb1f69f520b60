/**
 * The header of a borderless table: the lines above the wide rule that closes it. Its labels
 * stack into one cell per column; a label over a short rule (a "straddle rule") spans the
 * columns the rule covers, and the labels under it form a second header row, while the labels
 * of the other columns run down through both rows.
 */
import type { Segment } from './columns.js';
import type { Ruling } from '../pdf/rulings.js';
import type { Extent, StreamCell, StreamLine, StreamRows } from './stream-rows.js';
import type { TextLine } from '../pdf/lines.js';

/** A rule across (most of) the table's text width. */
export function spansTable(rule: Ruling, width: Extent): boolean {
  return Math.min(rule.to, width.x1) - Math.max(rule.from, width.x0) >= 0.8 * (width.x1 - width.x0);
}

/** The rule that closes a header: the first wide horizontal rule with a few lines above and more below. */
export function headerRule(lines: readonly TextLine[], rulings: readonly Ruling[], width: Extent): Ruling | null {
  const wide = rulings.filter((r) => spansTable(r, width)).sort((a, b) => a.at - b.at);
  for (const rule of wide) {
    const above = lines.filter((l) => l.baseline < rule.at).length;
    const below = lines.length - above;
    if (above === 0) continue;
    // A header is a few lines (or a minority of a long table's lines), or however many lines
    // its straddle rules (short rules over groups of columns, above this one) tier.
    const top = Math.min(...lines.map((l) => l.top));
    const tiered = rulings.some((r) => !spansTable(r, width) && r.at > top && r.at < rule.at);
    if ((above <= Math.max(4, 0.4 * lines.length) || tiered) && below >= 2) return rule;
    return null;
  }
  return null;
}

/** Header lines → header cells in tiers (a label over a straddle rule spans the columns beneath it). */
export function headerCells(lines: readonly StreamLine[], straddles: readonly Ruling[], extents: readonly Extent[]): StreamRows {
  const segments: { segment: Segment; baseline: number }[] = lines.flatMap((l) => l.segments.map((segment) => ({ segment: { ...segment, words: [...segment.words] }, baseline: l.line.baseline })));
  // A label right above a straddle rule spans the columns the rule covers.
  for (const rule of straddles) {
    const covered = extents.map((e, k) => ({ e, k })).filter(({ e }) => e.x1 > e.x0 && (e.x0 + e.x1) / 2 >= rule.from && (e.x0 + e.x1) / 2 <= rule.to);
    if (covered.length < 2) continue;
    const first = covered[0]!.k;
    const last = covered[covered.length - 1]!.k;
    const above = segments.filter(({ baseline, segment }) => baseline < rule.at && rule.at - baseline < 2 * segment.words[0]!.size && segment.x0 >= rule.from - 2 && segment.x1 <= rule.to + 2);
    if (above.length === 0) continue;
    const lineOf = Math.max(...above.map((a) => a.baseline));
    const onLine = above.filter((a) => a.baseline === lineOf);
    const merged = onLine[0]!.segment;
    for (const other of onLine.slice(1)) {
      merged.words.push(...other.segment.words);
      merged.x1 = Math.max(merged.x1, other.segment.x1);
      segments.splice(segments.indexOf(other), 1);
    }
    merged.first = first;
    merged.last = last;
  }
  const spanning = segments.filter((s) => s.segment.last > s.segment.first);
  const tierOf = (s: { segment: Segment; baseline: number }) =>
    spanning.filter((o) => o !== s && o.baseline < s.baseline && o.segment.first <= s.segment.first && o.segment.last >= s.segment.last).length;
  const byPlace = new Map<string, StreamCell>();
  let tiers = 1;
  for (const s of segments) {
    const tier = tierOf(s);
    tiers = Math.max(tiers, tier + 1);
    const key = `${tier}:${s.segment.first}`;
    const cell = byPlace.get(key);
    if (cell) {
      cell.segments.push(s.segment);
      cell.columnSpan = Math.max(cell.columnSpan, s.segment.last - s.segment.first + 1);
    } else byPlace.set(key, { row: tier, column: s.segment.first, rowSpan: 1, columnSpan: s.segment.last - s.segment.first + 1, segments: [s.segment] });
  }
  const cells = [...byPlace.values()];
  // A label no spanning label sits over runs down through all tiers.
  for (const cell of cells) {
    const under = spanning.some((o) => o.segment.first <= cell.column && o.segment.last >= cell.column + cell.columnSpan - 1 && !cell.segments.includes(o.segment));
    if (cell.row === 0 && !under) cell.rowSpan = tiers;
  }
  return { cells, rowCount: tiers, headerRows: tiers };
}
