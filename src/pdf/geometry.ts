/**
 * The one geometry of the PDF engine: page coordinates are points (1/72 inch), origin top-left,
 * y grows downwards. Matrices as PDF writes them, boxes, ruling lines, and the joining of
 * collinear ruling pieces. The page reader, the table stage and the roadmap loader all use these.
 */

/** Affine matrices as PDF writes them: [a, b, c, d, e, f]. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 × m2: apply m2 first, then m1 (pdf.js's Util.transform). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

export function applyToPoint(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export interface Box {
  x0: number;
  top: number;
  x1: number;
  bottom: number;
}

export function boxOf(boxes: readonly Box[]): Box {
  let x0 = Infinity;
  let top = Infinity;
  let x1 = -Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x0);
    top = Math.min(top, b.top);
    x1 = Math.max(x1, b.x1);
    bottom = Math.max(bottom, b.bottom);
  }
  return { x0, top, x1, bottom };
}

export function contains(box: Box, x: number, y: number, slack = 0): boolean {
  return x >= box.x0 - slack && x <= box.x1 + slack && y >= box.top - slack && y <= box.bottom + slack;
}

/** Length of the overlap of [a0, a1] and [b0, b1] (0 when they do not overlap). */
export function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** Sorted values with those closer than `snap` to the previous kept one merged into it (their mean). */
export function clusterPositions(values: readonly number[], snap: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const v of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && v - last[last.length - 1]! <= snap) last.push(v);
    else clusters.push([v]);
  }
  return clusters.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
}

/** Sorted positions with those closer than `snap` to the previous kept one dropped (the first of each cluster stays). */
export function snapPositions(values: readonly number[], snap: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const result: number[] = [];
  for (const v of sorted) if (result.length === 0 || v - result[result.length - 1]! > snap) result.push(v);
  return result;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** A drawn line, horizontal or vertical. */
export interface Ruling {
  orientation: 'horizontal' | 'vertical';
  /** y of a horizontal ruling, x of a vertical one. */
  at: number;
  /** Extent along the ruling: x0..x1 or top..bottom. */
  from: number;
  to: number;
  /** The edge of a shaded band rather than a drawn line: the table may go on beyond it unshaded. */
  shading?: boolean;
}

/**
 * Joins pieces of one orientation on one line (positions within `snap`) that touch or overlap
 * (ends within `snap`). A joined line lies at its pieces' position weighted by their lengths.
 */
export function joinCollinear(pieces: readonly Ruling[], snap: number): Ruling[] {
  const sorted = [...pieces].sort((a, b) => a.at - b.at);
  const lines: Ruling[][] = [];
  for (const piece of sorted) {
    const line = lines[lines.length - 1];
    if (line && piece.at - line[0]!.at <= snap) line.push(piece);
    else lines.push([piece]);
  }
  const joined: Ruling[] = [];
  for (const line of lines) {
    const spans = [...line].sort((a, b) => a.from - b.from);
    let group: Ruling[] = [spans[0]!];
    let to = spans[0]!.to;
    const flush = () => {
      const length = group.reduce((s, r) => s + (r.to - r.from), 0) || 1;
      const at = group.reduce((s, r) => s + r.at * (r.to - r.from), 0) / length;
      const ruling: Ruling = { orientation: group[0]!.orientation, at, from: Math.min(...group.map((r) => r.from)), to };
      if (group.every((r) => r.shading)) ruling.shading = true;
      joined.push(ruling);
    };
    for (const piece of spans.slice(1)) {
      if (piece.from <= to + snap) {
        group.push(piece);
        to = Math.max(to, piece.to);
      } else {
        flush();
        group = [piece];
        to = piece.to;
      }
    }
    flush();
  }
  return joined;
}
