/** Boxes in page coordinates: points, origin top-left, y grows downwards. */
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
