/**
 * The lattice strategy's geometry (tabula's SpreadsheetExtractionAlgorithm, pdfplumber's
 * "lines" strategy): ruling lines → their crossings → the smallest closed rectangles between
 * crossings (cells) → groups of cells that share corners (tables) → each table's grid, where a
 * cell that no inner line divides spans several rows or columns.
 */
import { clusterPositions, type Box } from '../pdf/geometry.js';
import type { Ruling } from '../pdf/rulings.js';

export interface GridCell {
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
  box: Box;
}

export interface LatticeGrid {
  /** Column edges left to right (n + 1 for n columns). */
  xs: number[];
  /** Row edges top to bottom. */
  ys: number[];
  cells: GridCell[];
}

interface Crossing {
  x: number;
  y: number;
  /** Index of the vertical and the horizontal ruling that cross here. */
  v: number;
  h: number;
}

/** Where rulings cross (or one ends on the other, within `snap`). */
export function crossings(horizontal: readonly Ruling[], vertical: readonly Ruling[], snap: number): Crossing[] {
  const points: Crossing[] = [];
  for (const [v, vr] of vertical.entries()) {
    for (const [h, hr] of horizontal.entries()) {
      if (vr.at >= hr.from - snap && vr.at <= hr.to + snap && hr.at >= vr.from - snap && hr.at <= vr.to + snap) {
        points.push({ x: vr.at, y: hr.at, v, h });
      }
    }
  }
  return points;
}

/** The smallest rectangles whose four corners are crossings joined by rulings on all four sides. */
export function cellBoxes(horizontal: readonly Ruling[], vertical: readonly Ruling[], snap: number): Box[] {
  const points = crossings(horizontal, vertical, snap);
  const byVertical = new Map<number, Crossing[]>();
  const byHorizontal = new Map<number, Crossing[]>();
  const at = new Map<string, Crossing>();
  for (const p of points) {
    (byVertical.get(p.v) ?? byVertical.set(p.v, []).get(p.v)!).push(p);
    (byHorizontal.get(p.h) ?? byHorizontal.set(p.h, []).get(p.h)!).push(p);
    at.set(`${p.v}:${p.h}`, p);
  }
  for (const list of byVertical.values()) list.sort((a, b) => a.y - b.y);
  for (const list of byHorizontal.values()) list.sort((a, b) => a.x - b.x);
  const boxes: Box[] = [];
  for (const p of points) {
    const below = byVertical.get(p.v)!.filter((b) => b.y > p.y + snap);
    const right = byHorizontal.get(p.h)!.filter((r) => r.x > p.x + snap);
    search: for (const b of below) {
      for (const r of right) {
        const corner = at.get(`${r.v}:${b.h}`);
        if (corner) {
          boxes.push({ x0: p.x, top: p.y, x1: corner.x, bottom: corner.y });
          break search;
        }
      }
    }
  }
  return boxes;
}

/** Groups cells that share a corner into tables, each with its grid. */
export function latticeGrids(boxes: readonly Box[], snap: number): LatticeGrid[] {
  // Corners are ruling positions, so cells that share a corner share its exact coordinates.
  const parent = boxes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  for (const [i, b] of boxes.entries()) {
    for (const key of [`${b.x0}:${b.top}`, `${b.x1}:${b.top}`, `${b.x0}:${b.bottom}`, `${b.x1}:${b.bottom}`]) {
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Box[]>();
  for (const [i, b] of boxes.entries()) {
    const root = find(i);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(b);
  }
  return [...groups.values()].map((cells) => toGrid(cells, snap)).sort((a, b) => a.ys[0]! - b.ys[0]! || a.xs[0]! - b.xs[0]!);
}

function nearestIndex(edges: readonly number[], value: number): number {
  let best = 0;
  for (let i = 1; i < edges.length; i++) if (Math.abs(edges[i]! - value) < Math.abs(edges[best]! - value)) best = i;
  return best;
}

function toGrid(boxes: readonly Box[], snap: number): LatticeGrid {
  const xs = clusterPositions(boxes.flatMap((b) => [b.x0, b.x1]), snap);
  const ys = clusterPositions(boxes.flatMap((b) => [b.top, b.bottom]), snap);
  const cells: GridCell[] = [];
  for (const box of boxes) {
    const column = nearestIndex(xs, box.x0);
    const row = nearestIndex(ys, box.top);
    const rowSpan = nearestIndex(ys, box.bottom) - row;
    const columnSpan = nearestIndex(xs, box.x1) - column;
    // A box thinner than the snap distance (two rulings drawn a hair apart) falls on one grid line: no cell.
    if (rowSpan >= 1 && columnSpan >= 1) cells.push({ row, column, rowSpan, columnSpan, box });
  }
  cells.sort((a, b) => a.row - b.row || a.column - b.column);
  return { xs, ys, cells };
}
