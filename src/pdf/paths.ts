/**
 * Reading pdf.js's drawn paths: the path opcodes inside a constructPath operator (its DrawOPS) and
 * which paint operators stroke or fill. Shared by the roadmap loader's rulings and the general
 * table stage's page reader.
 */
import './builtins.js'; // before pdf.js (see builtins.ts)
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

const PATH_MOVE = 0;
const PATH_LINE = 1;
const PATH_CURVE = 2;
const PATH_QUADRATIC = 3;
const PATH_CLOSE = 4;

/** Paint operators that stroke the path, and those that fill it. */
export const STROKES: ReadonlySet<number> = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
export const FILLS: ReadonlySet<number> = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

export type Point = [number, number];

export interface SubPath {
  points: Point[];
  /** curved[i]: the piece from points[i] to points[i + 1] is a curve (drawn, but not a straight segment). */
  curved: boolean[];
  closed: boolean;
}

/** Sub-paths of a constructPath's data, as lists of points (curves kept by their end points). */
export function subPaths(data: ArrayLike<number>): SubPath[] {
  const paths: SubPath[] = [];
  let current: SubPath | null = null;
  const to = (point: Point, curved: boolean) => {
    if (!current) return;
    current.points.push(point);
    current.curved.push(curved);
  };
  for (let i = 0; i < data.length; ) {
    const op = data[i++]!;
    if (op === PATH_MOVE) {
      current = { points: [[data[i]!, data[i + 1]!]], curved: [], closed: false };
      paths.push(current);
      i += 2;
    } else if (op === PATH_LINE) {
      to([data[i]!, data[i + 1]!], false);
      i += 2;
    } else if (op === PATH_CURVE) {
      to([data[i + 4]!, data[i + 5]!], true);
      i += 6;
    } else if (op === PATH_QUADRATIC) {
      to([data[i + 2]!, data[i + 3]!], true);
      i += 4;
    } else if (op === PATH_CLOSE) {
      if (current) {
        current.closed = true;
        // Drawing continues from the sub-path's start.
        current = { points: [current.points[0]!], curved: [], closed: false };
        paths.push(current);
      }
    } else break; // an unknown opcode: stop rather than misread coordinates
  }
  return paths.filter((p) => p.points.length > 1);
}
