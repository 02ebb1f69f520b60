/**
 * Columns of a borderless table from whitespace: a gutter is an x-interval that the text of the
 * table's lines leaves empty. A few lines may cross a gutter (a title, a header label wider than
 * its numbers, a note); a sparse column is not a gutter, because its own text lies inside the
 * interval rather than across it. Each line is then cut into column segments at the gutters,
 * at the word gap nearest each gutter.
 */
import { median, type Box } from '../pdf/geometry.js';
import type { PdfSettings } from '../pdf/settings.js';
import type { TextLine, Word } from '../pdf/lines.js';

export interface Gutter {
  from: number;
  to: number;
}

/** A line's words that fall in one column, or across several (a spanning cell). */
export interface Segment {
  first: number;
  last: number;
  words: Word[];
  x0: number;
  x1: number;
}

/** Words closer together than a column gap can be: one phrase. */
export interface Phrase {
  x0: number;
  x1: number;
  words: Word[];
}

/** A line's phrases: words closer than `gap` × font size belong together; wider gaps may separate columns. */
export function chunksOf(line: TextLine, gap: number): Phrase[] {
  const chunks: Phrase[] = [];
  for (const w of line.words) {
    const last = chunks[chunks.length - 1];
    if (last && w.x0 - last.x1 < gap * Math.max(w.size, line.size)) {
      last.x1 = Math.max(last.x1, w.x1);
      last.words.push(w);
    } else chunks.push({ x0: w.x0, x1: w.x1, words: [w] });
  }
  return chunks;
}

/** Gutters between the columns of these lines, left to right. */
export function findGutters(allLines: readonly TextLine[], settings: PdfSettings): Gutter[] {
  // Lines of one phrase (a group title, a label spanning columns, a wrapped cell's next line)
  // say nothing about where columns part; the lines with several phrases do.
  const phrased = allLines.map((line) => ({ line, chunks: chunksOf(line, settings.tables.chunkGap) }));
  const multi = phrased.filter((p) => p.chunks.length >= 2);
  const used = multi.length >= 2 ? multi : phrased;
  if (used.length === 0) return [];
  const lines = used.map((p) => p.line);
  const chunks = used.flatMap((p, i) => p.chunks.map((c) => ({ x0: c.x0, x1: c.x1, line: i })));
  const size = median(lines.map((l) => l.size));
  const left = Math.min(...chunks.map((c) => c.x0));
  const right = Math.max(...chunks.map((c) => c.x1));
  const allowance = Math.max(1, Math.floor(settings.tables.gutterCrossingShare * lines.length));

  // Sweep: how many lines cover each x (a line counts once however many chunks it has there).
  const events = chunks.flatMap((c) => [
    { x: c.x0, d: 1, line: c.line },
    { x: c.x1, d: -1, line: c.line },
  ]);
  events.sort((a, b) => a.x - b.x || a.d - b.d);
  const perLine = new Map<number, number>();
  let covering = 0;
  const candidates: Gutter[] = [];
  let openAt: number | null = null;
  for (const e of events) {
    const before = perLine.get(e.line) ?? 0;
    const after = before + e.d;
    perLine.set(e.line, after);
    if (before === 0 && after > 0) covering++;
    if (before > 0 && after === 0) covering--;
    if (covering <= allowance && openAt === null) openAt = e.x;
    else if (covering > allowance && openAt !== null) {
      if (e.x > openAt) candidates.push({ from: openAt, to: e.x });
      openAt = null;
    }
  }

  const gutters: Gutter[] = [];
  for (const candidate of candidates) {
    if (candidate.from <= left || candidate.to >= right) continue;
    // Text that starts or ends inside the interval is a column of its own there (a sparse one): cut it out.
    let pieces: Gutter[] = [candidate];
    for (const c of chunks) {
      if (c.x1 <= candidate.from || c.x0 >= candidate.to) continue;
      if (c.x0 < candidate.from && c.x1 > candidate.to) continue; // crosses the whole interval
      pieces = pieces.flatMap((p) => subtract(p, c.x0, c.x1));
    }
    for (const p of pieces) if (p.to - p.from >= settings.tables.minGutter * size) gutters.push(p);
  }
  return gutters.sort((a, b) => a.from - b.from);
}

function subtract(p: Gutter, x0: number, x1: number): Gutter[] {
  if (x1 <= p.from || x0 >= p.to) return [p];
  const out: Gutter[] = [];
  if (x0 > p.from) out.push({ from: p.from, to: x0 });
  if (x1 < p.to) out.push({ from: x1, to: p.to });
  return out;
}

export { median } from '../pdf/geometry.js';

/**
 * Cuts a line into column segments. A word that reaches over a gutter's middle goes to the side
 * away from the word gap that lies in the gutter (a header label wider than its numbers); a word
 * that covers a whole gutter with no gap in it joins the columns on both sides (a spanning cell).
 */
export function segmentLine(line: TextLine, gutters: readonly Gutter[], chunkGap = 0): Segment[] {
  // Units that are never cut: words, or (in a table's body) phrases — two columns are at least a gutter apart.
  const words: Phrase[] = chunkGap > 0 ? chunksOf(line, chunkGap) : line.words.map((w) => ({ x0: w.x0, x1: w.x1, words: [w] }));
  const gapWidthIn = (gutter: Gutter, from: number, to: number) => Math.max(0, Math.min(to, gutter.to) - Math.max(from, gutter.from));
  const segments: Segment[] = [];
  for (const [i, w] of words.entries()) {
    let first = 0;
    let last = 0;
    for (const [g, gutter] of gutters.entries()) {
      const middle = (gutter.from + gutter.to) / 2;
      let side: 'left' | 'right' | 'both';
      if (w.x0 >= middle) side = 'right';
      else if (w.x1 <= middle) side = 'left';
      else {
        const before = i > 0 ? gapWidthIn(gutter, words[i - 1]!.x1, w.x0) : 0;
        const after = i < words.length - 1 ? gapWidthIn(gutter, w.x1, words[i + 1]!.x0) : 0;
        if (before > 0 || after > 0) side = before >= after ? 'right' : 'left';
        else if (w.x0 <= gutter.from && w.x1 >= gutter.to) side = 'both';
        else side = middle - w.x0 > w.x1 - middle ? 'left' : 'right';
      }
      if (side === 'left') break;
      if (side === 'right') first = g + 1;
      last = g + 1;
    }
    const current = segments[segments.length - 1];
    if (current && first <= current.last) {
      current.words.push(...w.words);
      current.last = Math.max(current.last, last);
      current.x1 = Math.max(current.x1, w.x1);
    } else segments.push({ first, last: Math.max(first, last), words: [...w.words], x0: w.x0, x1: w.x1 });
  }
  return segments;
}

/** The x-extent of the text in each column (from segments that sit in one column). */
export function columnExtents(segmentsByLine: readonly Segment[][], columns: number, region: Box): { x0: number; x1: number }[] {
  const extents = Array.from({ length: columns }, () => ({ x0: Infinity, x1: -Infinity }));
  for (const segments of segmentsByLine) {
    for (const s of segments) {
      if (s.first !== s.last) continue;
      const e = extents[s.first]!;
      e.x0 = Math.min(e.x0, s.x0);
      e.x1 = Math.max(e.x1, s.x1);
    }
  }
  return extents.map((e) => (Number.isFinite(e.x0) ? e : { x0: region.x0, x1: region.x0 }));
}
