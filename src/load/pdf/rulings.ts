/**
 * Ruling lines from the page's drawing operators: stroked segments and thin filled rectangles,
 * in page coordinates (y down), found by replaying the operator list with its transformation
 * matrix. Large shaded fills (cell backgrounds) are not borders. Collinear pieces are joined.
 */
import { OPS, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { applyToPoint, multiply, type Matrix } from './geometry.js';
import { FILLS, STROKES, subPaths, type Point } from './paths.js';
import type { PdfSettings } from './settings.js';

export interface Ruling {
  orientation: 'horizontal' | 'vertical';
  /** The fixed coordinate: y for a horizontal ruling, x for a vertical one. */
  at: number;
  /** The extent along the ruling: x0..x1 or y0..y1. */
  from: number;
  to: number;
}


/** pdf.js's operator list of a page: what readRulings and drawsInvisibleText read. */
export type OperatorList = Awaited<ReturnType<PDFPageProxy['getOperatorList']>>;

/**
 * Whether the page draws text invisibly (text rendering mode 3 or 7): the mark of an OCR text
 * layer laid over a scanned image, whose text may carry OCR errors (ghost lines, stray digits).
 */
export function drawsInvisibleText(operators: OperatorList): boolean {
  for (let k = 0; k < operators.fnArray.length; k++) {
    if (operators.fnArray[k] !== OPS.setTextRenderingMode) continue;
    const mode = (operators.argsArray[k] as unknown[])[0];
    if (mode === 3 || mode === 7) return true;
  }
  return false;
}

export async function readRulings(page: PDFPageProxy, viewportTransform: Matrix, settings: PdfSettings, list?: OperatorList): Promise<Ruling[]> {
  const operators = list ?? (await page.getOperatorList());
  const rulings: Ruling[] = [];
  let ctm: Matrix = viewportTransform;
  const stack: Matrix[] = [];
  let lineWidth = 1;
  const widthStack: number[] = [];
  for (let k = 0; k < operators.fnArray.length; k++) {
    const fn = operators.fnArray[k]!;
    const args = operators.argsArray[k] as unknown[];
    if (fn === OPS.save) {
      stack.push(ctm);
      widthStack.push(lineWidth);
    } else if (fn === OPS.restore) {
      ctm = stack.pop() ?? ctm;
      lineWidth = widthStack.pop() ?? lineWidth;
    } else if (fn === OPS.transform) {
      ctm = multiply(ctm, args as Matrix);
    } else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args[0] as Matrix | null;
      if (matrix) ctm = multiply(ctm, matrix);
    } else if (fn === OPS.paintFormXObjectEnd) {
      ctm = stack.pop() ?? ctm;
    } else if (fn === OPS.setLineWidth) {
      lineWidth = args[0] as number;
    } else if (fn === OPS.constructPath) {
      const paint = args[0] as number;
      const data = (args[1] as (ArrayLike<number> | null)[])[0];
      if (!data) continue;
      const scale = Math.hypot(ctm[0], ctm[1]) || 1;
      for (const path of subPaths(data)) {
        const points = path.points.map(([x, y]) => applyToPoint(ctm, x, y));
        if (STROKES.has(paint) && lineWidth * scale <= settings.maxRulingThickness) {
          // A curve is no ruling: only straight pieces count.
          const segments = points.slice(1).flatMap((p, i) => (path.curved[i] ? [] : [[points[i]!, p] as const]));
          if (path.closed && points.length > 2) segments.push([points[points.length - 1]!, points[0]!]);
          for (const [a, b] of segments) addSegment(rulings, a, b, settings);
        }
        if (FILLS.has(paint) && points.length >= 4) addThinRectangle(rulings, points, settings);
      }
    }
  }
  return joinCollinear(rulings, settings);
}

function addSegment(rulings: Ruling[], a: Point, b: Point, settings: PdfSettings): void {
  const [x0, y0] = a;
  const [x1, y1] = b;
  if (Math.abs(y0 - y1) < settings.rulingSnap / 2 && Math.abs(x1 - x0) >= settings.minRulingLength) {
    rulings.push({ orientation: 'horizontal', at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
  } else if (Math.abs(x0 - x1) < settings.rulingSnap / 2 && Math.abs(y1 - y0) >= settings.minRulingLength) {
    rulings.push({ orientation: 'vertical', at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
  }
}

/** A filled rectangle thinner than a ruling is drawn as one (Word and LibreOffice draw borders so). */
function addThinRectangle(rulings: Ruling[], points: Point[], settings: PdfSettings): void {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const width = x1 - x0;
  const height = y1 - y0;
  if (height <= settings.maxRulingThickness && width >= settings.minRulingLength) {
    rulings.push({ orientation: 'horizontal', at: (y0 + y1) / 2, from: x0, to: x1 });
  } else if (width <= settings.maxRulingThickness && height >= settings.minRulingLength) {
    rulings.push({ orientation: 'vertical', at: (x0 + x1) / 2, from: y0, to: y1 });
  }
}

/** Joins pieces on the same line that touch or overlap (within the snap distance). */
export function joinCollinear(rulings: readonly Ruling[], settings: PdfSettings): Ruling[] {
  const joined: Ruling[] = [];
  for (const orientation of ['horizontal', 'vertical'] as const) {
    const pieces = rulings.filter((r) => r.orientation === orientation).sort((a, b) => a.at - b.at || a.from - b.from);
    const lines: Ruling[][] = [];
    for (const piece of pieces) {
      const line = lines.find((l) => Math.abs(l[0]!.at - piece.at) <= settings.rulingSnap);
      if (line) line.push(piece);
      else lines.push([piece]);
    }
    for (const line of lines) {
      const at = line.reduce((s, r) => s + r.at, 0) / line.length;
      const spans = line.map((r) => [r.from, r.to] as [number, number]).sort((a, b) => a[0] - b[0]);
      let [from, to] = spans[0]!;
      for (const [f, t] of spans.slice(1)) {
        if (f <= to + settings.rulingSnap) to = Math.max(to, t);
        else {
          joined.push({ orientation, at, from, to });
          [from, to] = [f, t];
        }
      }
      joined.push({ orientation, at, from, to });
    }
  }
  return joined;
}
