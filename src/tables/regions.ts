/**
 * Where borderless tables are on a page (whole-page mode). A statistical table is usually drawn
 * with horizontal rules only: one above the header, one under it, one closing the table. Runs
 * of such rules of about the same length, with tabular text between each pair (most lines made
 * of several phrases), bound a table; a paragraph between two rules (notes, the next table's
 * caption) ends it.
 */
import { chunksOf, findGutters } from './columns.js';
import { boxOf, type Box } from '../pdf/geometry.js';
import type { Ruling } from '../pdf/rulings.js';
import type { PdfSettings } from '../pdf/settings.js';
import { wordsText, type TextLine } from '../pdf/lines.js';

/** Rules of one table have about the same extent (within this share of their length). */
const SAME_EXTENT = 0.05;

/** A line of running text: one phrase across most of the width (tables' lines part into columns or are short). */
export function isParagraphLine(line: TextLine, width: number, settings: PdfSettings): boolean {
  return line.x1 - line.x0 >= settings.tables.paragraphWidth * width && chunksOf(line, settings.tables.chunkGap).length === 1;
}

/** The part of a line made of the phrases that overlap [from, to], or null when none does. */
export function phrasesWithin(line: TextLine, from: number, to: number, settings: PdfSettings): TextLine | null {
  if (line.x0 >= from && line.x1 <= to) return line;
  const words = chunksOf(line, settings.tables.chunkGap)
    .filter((c) => c.x0 < to && c.x1 > from)
    .flatMap((c) => c.words);
  if (words.length === 0) return null;
  if (words.length === line.words.length) return line;
  return { ...line, words, text: wordsText(words), x0: Math.min(...words.map((w) => w.x0)), x1: Math.max(...words.map((w) => w.x1)), top: Math.min(...words.map((w) => w.top)), bottom: Math.max(...words.map((w) => w.bottom)) };
}

/** Text between two rules of a table: no running text, and lines parting into columns. */
function tabular(lines: readonly TextLine[], width: number, settings: PdfSettings): boolean {
  if (lines.length === 0) return false;
  // A band between two row rules may hold only the wrapped lines of one column (a row broken by the page end).
  return !lines.some((l) => isParagraphLine(l, width, settings));
}

/** Table regions bounded by horizontal rules. */
export function ruledRegions(pageLines: readonly TextLine[], horizontal: readonly Ruling[], settings: PdfSettings): Box[] {
  const rules = [...horizontal].sort((a, b) => a.at - b.at);
  const regions: Box[] = [];
  for (const start of rules) {
    if (regions.some((r) => start.at >= r.top - settings.rulings.rulingSnap && start.at <= r.bottom + settings.rulings.rulingSnap && start.from < r.x1 && start.to > r.x0)) continue;
    const length = start.to - start.from;
    // A page line may run on beside the table (a second page column at the same baselines): only
    // the phrases over the rules belong to the table.
    const lines = pageLines.map((l) => phrasesWithin(l, start.from, start.to, settings)).filter((l): l is TextLine => l !== null);
    const same = (r: Ruling) => Math.abs(r.from - start.from) <= SAME_EXTENT * length && Math.abs(r.to - start.to) <= SAME_EXTENT * length;
    // Every rule below that overlaps this one's extent divides the text into segments; each must be tabular.
    const below = rules.filter((r) => r.at > start.at + settings.rulings.rulingSnap && Math.min(r.to, start.to) - Math.max(r.from, start.from) > 0.2 * length);
    let bottom: Ruling | null = null;
    let top = start;
    let count = 0;
    for (const next of below) {
      const between = lines.filter((l) => l.baseline > top.at && l.baseline < next.at && l.x0 < start.to && l.x1 > start.from);
      // A label over a short rule (a header's straddle rule) is a header line, not a paragraph.
      const straddled = !same(next) && between.length <= 2 && between.every((l) => l.x0 >= next.from - 2 && l.x1 <= next.to + 2);
      if (between.length > 0 && !straddled && !tabular(between, length, settings)) break;
      count += between.length;
      if (same(next)) bottom = next;
      top = next;
    }
    const multi = lines.filter((l) => l.baseline > start.at && bottom && l.baseline < bottom.at && chunksOf(l, settings.tables.chunkGap).length >= 2).length;
    if (bottom && count >= 2 && multi >= 2) {
      // Text may run a little past the rules' ends.
      const inside = lines.filter((l) => l.baseline > start.at && l.baseline < bottom!.at && l.x0 < start.to && l.x1 > start.from);
      const region = { x0: Math.min(start.from, ...inside.map((l) => l.x0)), top: start.at, x1: Math.max(start.to, ...inside.map((l) => l.x1)), bottom: bottom.at };
      regions.push(start.shading || bottom.shading ? beyondShading(region, lines, start.shading === true, bottom.shading === true, settings) : region);
    }
  }
  return regions;
}

/**
 * Alternate rows are shaded, so a table's first and last rows may lie outside the bands: the
 * region takes in the lines right above its first band that part into columns (a header), and
 * the lines right below its last band up to a blank line or running text.
 */
function beyondShading(region: Box, lines: readonly TextLine[], up: boolean, down: boolean, settings: PdfSettings): Box {
  const width = region.x1 - region.x0;
  const near = (l: TextLine) => l.x0 < region.x1 && l.x1 > region.x0 && !isParagraphLine(l, width, settings);
  const sorted = lines.filter(near).sort((a, b) => a.baseline - b.baseline);
  let { top, bottom } = region;
  if (up) {
    for (const line of [...sorted].reverse()) {
      if (line.baseline >= top) continue;
      if (top - line.bottom > line.size || chunksOf(line, settings.tables.chunkGap).length < 2) break;
      top = line.top - 1;
    }
  }
  if (down) {
    for (const line of sorted) {
      if (line.baseline <= bottom) continue;
      if (line.top - bottom > line.size) break;
      bottom = line.bottom + 1;
    }
  }
  return { ...region, top, bottom };
}

/**
 * Table regions found from text alone (no rules): runs of lines between paragraphs of running
 * text in which at least three lines part into columns at the same gutters. Lines at the run's
 * ends that cross a gutter (a caption, a note) are left out; a two-column run whose columns
 * are both filled with flowing text is a page laid out in columns, and a run whose first
 * column holds only markers ("•", "1.", "a)") is a list; neither is a table.
 */
export function textRegions(lines: readonly TextLine[], settings: PdfSettings): Box[] {
  if (lines.length === 0) return [];
  const x0 = Math.min(...lines.map((l) => l.x0));
  const x1 = Math.max(...lines.map((l) => l.x1));
  const width = x1 - x0;
  const sorted = [...lines].sort((a, b) => a.baseline - b.baseline);
  const steps = sorted.slice(1).map((l, i) => l.baseline - sorted[i]!.baseline);
  const pitch = steps.length > 0 ? [...steps].sort((a, b) => a - b)[Math.floor(steps.length / 2)]! : 0;
  const blocks: TextLine[][] = [[]];
  for (const [i, line] of sorted.entries()) {
    const gap = i > 0 ? line.baseline - sorted[i - 1]!.baseline : 0;
    if (isParagraphLine(line, width, settings)) {
      blocks.push([]);
      continue;
    }
    if (gap > settings.tables.blockGap * Math.max(pitch, line.size)) blocks.push([]);
    blocks[blocks.length - 1]!.push(line);
  }
  const regions: Box[] = [];
  for (const block of blocks) {
    const region = tableInBlock(block, width, settings);
    if (region) regions.push(region);
  }
  return regions;
}

/**
 * A list item's marker: one or two characters ("•", "1", "a"), a number or roman numeral with "."
 * or ")", a section number ("1.3."), a symbol in brackets ("(*)", "(:)"), or a term of one or two
 * words ending in a colon ("Source:", "NB:", "Note 1:") — a block of notes keyed so is a list.
 */
const MARKER = /^(\S{1,2}|\(?[0-9ivxlc]{1,4}[.)]|\(?[a-z][.)]|\d{1,2}(?:\.\d{1,2}){1,3}\.|\(\S{1,3}\)|[^\s:]+(?: [^\s:]+)?:)$/iu;

function tableInBlock(block: readonly TextLine[], pageWidth: number, settings: PdfSettings): Box | null {
  const multi = (l: TextLine) => chunksOf(l, settings.tables.chunkGap).length >= 2;
  if (block.filter(multi).length < 3) return null;
  const gutters = findGutters(block, settings);
  if (gutters.length === 0) return null;
  const crosses = (l: TextLine) => chunksOf(l, settings.tables.chunkGap).some((c) => gutters.some((g) => c.x0 < (g.from + g.to) / 2 && c.x1 > (g.from + g.to) / 2));
  let first = 0;
  let last = block.length - 1;
  // A table starts with a line that parts into columns, or with lines in a later column only (the
  // rest of a row broken by the page end); a caption or a paragraph's last line above does not.
  const laterColumn = (l: TextLine) => l.x0 >= gutters[0]!.to - 1;
  while (first <= last && (crosses(block[first]!) || !(multi(block[first]!) || laterColumn(block[first]!)))) first++;
  while (last >= first && crosses(block[last]!)) last--;
  const lines = block.slice(first, last + 1);
  if (lines.filter(multi).length < 3) return null;
  if (gutters.length === 1) {
    const middle = (gutters[0]!.from + gutters[0]!.to) / 2;
    const left = lines.flatMap((l) => l.words.filter((w) => w.x1 <= middle));
    const leftTexts = lines.map((l) => l.words.filter((w) => w.x1 <= middle).map((w) => w.text).join(' ')).filter((t) => t !== '');
    if (leftTexts.every((t) => MARKER.test(t))) return null; // a list
    const columnWidths = [Math.max(...left.map((w) => w.x1)) - Math.min(...lines.map((l) => l.x0)), Math.max(...lines.map((l) => l.x1)) - middle];
    const flowing = lines.filter((l) => l.words.some((w) => w.x1 <= middle) && l.words.some((w) => w.x0 >= middle)).length >= 0.8 * lines.length;
    if (flowing && columnWidths.every((w) => w >= 0.3 * pageWidth)) return null; // text set in two columns
  }
  return boxOf(lines);
}
