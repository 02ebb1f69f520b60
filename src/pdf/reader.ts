/**
 * The page reader of the PDF engine: what a page shows, read from ONE pass over pdf.js's
 * operator list (pdf.js is asked once per page): every glyph with its own box (pdfplumber's
 * `chars`), its font, size, rendering mode and marked-content id; every straight stroked segment
 * and every filled rectangle through the transformation matrix; in page coordinates (points,
 * origin top-left, y grows downwards). Reading glyphs from the operator list rather than from
 * getTextContent gives each character its own position (text items may hold several table
 * cells separated by plain spaces) and saves pdf.js a second pass over the page.
 *
 * A glyph is a space only when its Unicode is whitespace: pdf.js's `isSpace` says that the glyph
 * has char code 32, which subset fonts (LibreOffice's) give to letters as well ("WSIS O tcomes").
 */
import './builtins.js'; // before pdf.js (see builtins.ts)
import { OPS, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { FILLS, STROKES, subPaths, type Point } from './paths.js';
import { applyToPoint, multiply, type Matrix } from './geometry.js';

export interface Glyph {
  text: string;
  x0: number;
  x1: number;
  /** Top and bottom of the font's ascent/descent box. */
  top: number;
  bottom: number;
  baseline: number;
  /** Font size in page points. */
  size: number;
  font: string;
  /** A space glyph (its Unicode is whitespace): it carries no text but separates words. */
  space: boolean;
  /** Drawn invisibly (text rendering mode 3 or 7): the text layer of a scanned page (OCR). */
  invisible: boolean;
  /** The marked-content id (MCID) the glyph is drawn in, for a tagged PDF's structure tree; null outside one. */
  mcid: number | null;
}

/** A straight stroked segment. */
export interface Stroke {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  width: number;
  /** '#rrggbb', or null for a pattern or an unknown colour. */
  color: string | null;
}

/** A filled axis-aligned rectangle (a cell background, a border drawn as a thin box, a page band). */
export interface Fill {
  x0: number;
  top: number;
  x1: number;
  bottom: number;
  /** '#rrggbb', or null for a pattern or an unknown colour. */
  color: string | null;
}

export interface PageContent {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  glyphs: Glyph[];
  strokes: Stroke[];
  fills: Fill[];
  /** Glyphs not drawn left to right (rotated or vertical text): not read. */
  skippedGlyphs: number;
  /**
   * Text drawn a quarter turn from upright, in the frame where it reads left to right: `up` reads
   * bottom to top (frame: x = page height − y, y = x), `down` top to bottom (x = y, y = page width − x).
   * A table printed sideways is read from these (src/tables/sideways.ts).
   */
  turned: { up: Glyph[]; down: Glyph[] };
  /** Non-space characters the page draws, read or not (0: an image-only page). */
  characters: number;
}

interface FontInfo {
  fontMatrix: number[];
  ascent: number;
  descent: number;
  vertical: boolean;
  name: string;
}

interface GraphicsState {
  ctm: Matrix;
  /** The clipping path's bounding box (page coordinates), or null for the whole page. */
  clip: { x0: number; top: number; x1: number; bottom: number } | null;
  lineWidth: number;
  fillColor: string | null;
  strokeColor: string | null;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  font: FontInfo | null;
  fontSize: number;
  fontDirection: number;
  /** Text rendering mode (Tr): 3 draws nothing, 7 only clips. */
  renderingMode: number;
}

interface PdfGlyph {
  unicode: string;
  width: number;
  isSpace: boolean;
}


/** Ligatures and other compatibility characters are read as the letters they stand for. */
const COMPATIBILITY = /[\uFB00-\uFB4F\u2000-\u200A\u00A0]/;

const DEFAULT_FONT: FontInfo = { fontMatrix: [0.001, 0, 0, 0.001, 0, 0], ascent: 0.8, descent: -0.2, vertical: false, name: '' };

export async function readPageContent(page: PDFPageProxy, pageNumber: number): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const operators = await page.getOperatorList();
  const content: PageContent = { page: pageNumber, width: viewport.width, height: viewport.height, glyphs: [], strokes: [], fills: [], skippedGlyphs: 0, characters: 0, turned: { up: [], down: [] } };
  const fonts = new Map<string, FontInfo>();
  const fontInfo = (name: string): FontInfo => {
    let info = fonts.get(name);
    if (!info) {
      info = DEFAULT_FONT;
      try {
        const font = page.commonObjs.get(name) as Partial<FontInfo> & { fontMatrix?: number[] };
        const ascent = typeof font.ascent === 'number' && font.ascent > 0 && font.ascent < 2 ? font.ascent : 0.8;
        const descent = typeof font.descent === 'number' && font.descent <= 0 && font.descent > -1 ? font.descent : -0.2;
        info = { fontMatrix: font.fontMatrix ?? DEFAULT_FONT.fontMatrix, ascent, descent, vertical: font.vertical === true, name: font.name ?? name };
      } catch {
        // A font pdf.js could not load: keep the defaults rather than lose the text.
      }
      fonts.set(name, info);
    }
    return info;
  };

  let state: GraphicsState = {
    ctm: viewport.transform as Matrix,
    clip: null,
    lineWidth: 1,
    fillColor: '#000000',
    strokeColor: '#000000',
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
    font: null,
    fontSize: 0,
    fontDirection: 1,
    renderingMode: 0,
  };
  const stack: GraphicsState[] = [];
  // Marked-content sequences nest; a glyph takes the innermost MCID.
  const marked: (number | null)[] = [];
  // A clip operator applies to the path that follows it.
  let clipNext = false;
  // Text object state (not part of the graphics state).
  let textMatrix: Matrix = [1, 0, 0, 1, 0, 0];
  let x = 0;
  let y = 0;
  let lineX = 0;
  let lineY = 0;

  const { fnArray, argsArray } = operators;
  for (let k = 0; k < fnArray.length; k++) {
    const fn = fnArray[k]!;
    const args = argsArray[k] as unknown[];
    switch (fn) {
      case OPS.save:
        stack.push(state);
        state = { ...state };
        break;
      case OPS.restore:
        state = stack.pop() ?? state;
        break;
      case OPS.transform:
        state.ctm = multiply(state.ctm, args as Matrix);
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push(state);
        state = { ...state };
        const matrix = args[0] as Matrix | null;
        if (matrix) state.ctm = multiply(state.ctm, matrix);
        break;
      }
      case OPS.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case OPS.setLineWidth:
        state.lineWidth = args[0] as number;
        break;
      case OPS.setGState:
        for (const [key, value] of args[0] as [string, unknown][]) {
          if (key === 'LW') state.lineWidth = value as number;
          else if (key === 'Font') {
            const [name, size] = value as [string, number];
            setFont(state, fontInfo(name), size);
          }
        }
        break;
      case OPS.setFillRGBColor:
        state.fillColor = typeof args[0] === 'string' ? args[0] : null;
        break;
      case OPS.setFillTransparent:
        state.fillColor = null;
        break;
      case OPS.setFillColorN:
        state.fillColor = null; // a pattern
        break;
      case OPS.setStrokeRGBColor:
        state.strokeColor = typeof args[0] === 'string' ? args[0] : null;
        break;
      case OPS.setStrokeTransparent:
      case OPS.setStrokeColorN:
        state.strokeColor = null;
        break;
      case OPS.beginText:
        textMatrix = [1, 0, 0, 1, 0, 0];
        x = y = lineX = lineY = 0;
        break;
      case OPS.setTextMatrix:
        textMatrix = (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]) ? Array.from(args[0] as ArrayLike<number>) : (args as number[]).slice(0, 6)) as Matrix;
        x = y = lineX = lineY = 0;
        break;
      case OPS.moveText:
        x = lineX += args[0] as number;
        y = lineY += args[1] as number;
        break;
      case OPS.setLeadingMoveText:
        state.leading = args[1] as number;
        x = lineX += args[0] as number;
        y = lineY += args[1] as number;
        break;
      case OPS.nextLine:
        x = lineX;
        y = lineY += state.leading;
        break;
      case OPS.setLeading:
        state.leading = -(args[0] as number);
        break;
      case OPS.setCharSpacing:
        state.charSpacing = args[0] as number;
        break;
      case OPS.setWordSpacing:
        state.wordSpacing = args[0] as number;
        break;
      case OPS.setHScale:
        state.hScale = (args[0] as number) / 100;
        break;
      case OPS.setTextRise:
        state.rise = args[0] as number;
        break;
      case OPS.setFont:
        setFont(state, fontInfo(args[0] as string), args[1] as number);
        break;
      case OPS.setTextRenderingMode:
        state.renderingMode = args[0] as number;
        break;
      case OPS.beginMarkedContent:
        marked.push(null);
        break;
      case OPS.beginMarkedContentProps: {
        const mcid = args[1];
        marked.push(typeof mcid === 'number' && Number.isInteger(mcid) ? mcid : null);
        break;
      }
      case OPS.endMarkedContent:
        marked.pop();
        break;
      case OPS.showText:
        x += showText(content, state, textMatrix, x, y, args[0] as (PdfGlyph | number)[], marked.findLast((m) => m !== null) ?? null);
        break;
      case OPS.clip:
      case OPS.eoClip:
        clipNext = true;
        break;
      case OPS.constructPath:
        if (clipNext) {
          clipTo(state, args);
          clipNext = false;
        }
        addPath(content, state, args);
        break;
      default:
        break;
    }
  }
  return content;
}

/** Narrows the clip to the path's bounding box (text outside a cell's clip is not shown). */
function clipTo(state: GraphicsState, args: unknown[]): void {
  const data = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
  if (!data) return;
  let x0 = Infinity;
  let x1 = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (const path of subPaths(data)) {
    for (const [px, py] of path.points) {
      const [x, y] = applyToPoint(state.ctm, px, py);
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  if (!Number.isFinite(x0)) return;
  const c = state.clip;
  state.clip = c ? { x0: Math.max(c.x0, x0), top: Math.max(c.top, top), x1: Math.min(c.x1, x1), bottom: Math.min(c.bottom, bottom) } : { x0, top, x1, bottom };
}

function setFont(state: GraphicsState, font: FontInfo, size: number): void {
  state.font = font;
  state.fontDirection = size < 0 ? -1 : 1;
  state.fontSize = Math.abs(size);
}

/** Places one showText's glyphs; returns how far the text position moved (text space, x). */
function showText(content: PageContent, state: GraphicsState, textMatrix: Matrix, x: number, y: number, glyphs: (PdfGlyph | number)[], mcid: number | null): number {
  const font = state.font ?? DEFAULT_FONT;
  const fontSize = state.fontSize;
  const hScale = state.hScale * state.fontDirection;
  const widthScale = fontSize * (font.fontMatrix[0] ?? 0.001);
  // Text space → page: the text matrix, then the CTM (which already holds the viewport).
  let m = multiply(state.ctm, textMatrix);
  const size = Math.hypot(m[2], m[3]) * fontSize * Math.abs((font.fontMatrix[3] ?? 0.001) * 1000);
  const dirX = m[0] * hScale;
  const dirY = m[1] * hScale;
  const upright = !font.vertical && dirX > 0 && Math.abs(dirY) <= 0.1 * Math.abs(dirX) && m[3] < 0;
  // Text a quarter turn from upright is placed in the frame where it reads left to right.
  const { width: pageWidth, height: pageHeight } = content;
  const sideways = !upright && !font.vertical && Math.abs(dirX) <= 0.1 * Math.abs(dirY) ? (dirY < 0 ? 'up' : 'down') : null;
  if (sideways) m = multiply(sideways === 'up' ? [0, 1, -1, 0, pageHeight, 0] : [0, -1, 1, 0, 0, pageWidth], m);
  const horizontal = upright || (sideways !== null && m[0] * hScale > 0 && m[3] < 0);
  const target = upright ? content.glyphs : sideways ? content.turned[sideways] : content.glyphs;
  let advance = 0;
  for (const glyph of glyphs) {
    if (typeof glyph === 'number') {
      advance += (font.vertical ? 1 : -1) * glyph * fontSize / 1000;
      continue;
    }
    // Word spacing applies to char code 32 whatever glyph it draws (PDF 9.3.3): isSpace moves the
    // pen, but only whitespace Unicode makes a space.
    const width = (glyph.width ?? 0) * widthScale + ((glyph.isSpace ? state.wordSpacing : 0) + state.charSpacing) * state.fontDirection;
    let text = glyph.unicode ?? '';
    const space = text.trim() === '';
    if (!space) content.characters++;
    if (fontSize > 0) {
      if (!upright) content.skippedGlyphs++;
      if (horizontal) {
        // applyToPoint(m, …) written out: this runs for every glyph of the document.
        const gx = x + advance * hScale;
        const gy = y + state.rise;
        const px = m[0] * gx + m[2] * gy + m[4];
        const py = m[1] * gx + m[3] * gy + m[5];
        const qx = m[0] * (x + (advance + (glyph.width ?? 0) * widthScale) * hScale) + m[2] * gy + m[4];
        const middle = (px + Math.max(qx, px)) / 2;
        const clip = upright ? state.clip : null; // the clip is in page coordinates
        if (clip && (middle < clip.x0 || middle > clip.x1 || py - 0.3 * size < clip.top || py - 0.3 * size > clip.bottom)) {
          advance += width;
          continue; // clipped away: not visible
        }
        if (COMPATIBILITY.test(text)) text = text.normalize('NFKC');
        target.push({
          text,
          x0: px,
          x1: Math.max(qx, px),
          top: py - font.ascent * size,
          bottom: py - font.descent * size,
          baseline: py,
          size,
          font: font.name,
          space,
          invisible: state.renderingMode === 3 || state.renderingMode === 7,
          mcid,
        });
      }
    }
    advance += width;
  }
  return advance * hScale;
}

function addPath(content: PageContent, state: GraphicsState, args: unknown[]): void {
  const paint = args[0] as number;
  const data = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
  if (!data) return;
  const stroked = STROKES.has(paint);
  const filled = FILLS.has(paint) && state.fillColor !== null;
  if (!stroked && !filled) return;
  const scale = Math.sqrt(Math.abs(state.ctm[0] * state.ctm[3] - state.ctm[1] * state.ctm[2])) || 1;
  for (const path of subPaths(data)) {
    const points = path.points.map(([px, py]) => applyToPoint(state.ctm, px, py));
    if (stroked) {
      const segments = points.slice(1).flatMap((p, i) => (path.curved[i] ? [] : [[points[i]!, p] as const]));
      if (path.closed && points.length > 2) segments.push([points[points.length - 1]!, points[0]!]);
      for (const [a, b] of segments) {
        if (a[0] !== b[0] || a[1] !== b[1]) content.strokes.push({ x0: a[0], y0: a[1], x1: b[0], y1: b[1], width: state.lineWidth * scale, color: state.strokeColor });
      }
    }
    if (filled && points.length >= 3 && !path.curved.includes(true)) {
      const rectangle = axisAlignedBox(points);
      if (rectangle) content.fills.push({ ...rectangle, color: state.fillColor });
    }
  }
}

/** The box of a closed path whose every point lies on its bounding box's corners (a rectangle), or null. */
function axisAlignedBox(points: Point[]): Omit<Fill, 'color'> | null {
  let x0 = Infinity;
  let x1 = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (const [px, py] of points) {
    x0 = Math.min(x0, px);
    x1 = Math.max(x1, px);
    top = Math.min(top, py);
    bottom = Math.max(bottom, py);
  }
  const near = (a: number, b: number) => Math.abs(a - b) < 0.01;
  const onCorner = points.every(([px, py]) => (near(px, x0) || near(px, x1)) && (near(py, top) || near(py, bottom)));
  return onCorner ? { x0, top, x1, bottom } : null;
}

