/**
 * Inline Markdown (the content of a table cell, a heading or a paragraph) → text lines, as the
 * grid wants them: cleaned text, the raw text, and the footnote markers found on the line.
 *
 * A cell or paragraph breaks into lines at `<br>` (any spelling: `<br/>`, `<BR />`), at hard
 * breaks and, in paragraphs, at source line ends. Footnote markers are GFM references (`[^3]`),
 * `<sup>3</sup>` and superscript digits (`³`); they are kept apart from the text, like the grid
 * stage does for layout text. Other inline HTML (`<u>`, `<span>`) is dropped, its text kept.
 * Emphasis, links and code keep their text. Unlike layout text, nothing in a text node is read
 * as markup: what Markdown escaped (`\<b>`, `&amp;lt;`) stays literal.
 */
import { foldWhitespace } from '../../cells/cell-content.js';
import { superscriptToDigits } from '../../grid/clean-cell.js';
import type { MdNode } from './mdast.js';
import { isNumericMarker, SUPERSCRIPT_RUN, toSuperscript } from './superscript.js';

export interface InlineLine {
  /** Cleaned text: markers removed, whitespace folded. */
  text: string;
  /** The line as written, with markers as superscript digits (what the rows stage checks footnote lines by). */
  raw: string;
  markers: string[];
  /** 1-based source line the line starts on, or null when unknown. */
  line: number | null;
}

const BR = /^<br\s*\/?>$/i;
const SUP_OPEN = /^<sup(?:\s[^<>]*)?>$/i;
const SUP_CLOSE = /^<\/sup\s*>$/i;
const MARKER_TEXT = /^\s*(\d{1,3})\s*$/;

interface Draft {
  text: string;
  raw: string;
  markers: string[];
  line: number | null;
}

class LineBuilder {
  readonly lines: Draft[];
  /** Text inside an open `<sup>`: a marker if it turns out to be a number. */
  private sup: { tag: string; text: string } | null = null;

  constructor(line: number | null) {
    this.lines = [{ text: '', raw: '', markers: [], line }];
  }

  private get current(): Draft {
    return this.lines[this.lines.length - 1]!;
  }

  breakLine(line: number | null): void {
    this.closeSup();
    this.lines.push({ text: '', raw: '', markers: [], line: line ?? this.current.line });
  }

  marker(label: string): void {
    this.current.markers.push(label);
    this.current.text += ' ';
    this.current.raw += isNumericMarker(label) ? toSuperscript(label) : `[^${label}]`;
  }

  /** Literal text (no markup inside); superscript digits in it are markers. */
  literal(value: string, superscripts: boolean): void {
    if (this.sup) {
      this.sup.text += value;
      return;
    }
    this.current.raw += value;
    this.current.text += superscripts
      ? value.replace(SUPERSCRIPT_RUN, (run) => {
          this.current.markers.push(superscriptToDigits(run));
          return ' ';
        })
      : value;
  }

  html(tag: string): void {
    if (SUP_OPEN.test(tag)) {
      this.closeSup();
      this.sup = { tag, text: '' };
    } else if (SUP_CLOSE.test(tag) && this.sup) {
      const { tag: open, text } = this.sup;
      this.sup = null;
      const digits = MARKER_TEXT.exec(text);
      if (digits) {
        this.marker(digits[1]!);
      } else {
        // "1<sup>st</sup>": a superscript that is no marker is text.
        this.current.raw += open;
        this.literal(text, true);
        this.current.raw += tag;
      }
    } else {
      // Any other tag says how text looks, not what it says.
      this.current.raw += tag;
    }
  }

  /** An unclosed `<sup>` keeps its text. */
  closeSup(): void {
    if (!this.sup) return;
    const { tag, text } = this.sup;
    this.sup = null;
    this.current.raw += tag;
    this.literal(text, true);
  }
}

function walk(node: MdNode, out: LineBuilder): void {
  switch (node.type) {
    case 'text': {
      // A paragraph's soft line breaks stay in its text nodes: each is a source line end.
      const pieces = (node.value ?? '').split('\n');
      const first = node.position?.start.line ?? null;
      pieces.forEach((piece, i) => {
        if (i > 0) out.breakLine(first === null ? null : first + i);
        out.literal(piece, true);
      });
      return;
    }
    case 'inlineCode':
      out.literal(node.value ?? '', false);
      return;
    case 'break':
      out.breakLine(node.position?.end.line ?? null);
      return;
    case 'html': {
      const tag = (node.value ?? '').trim();
      if (BR.test(tag)) out.breakLine(node.position?.end.line ?? null);
      else out.html(tag);
      return;
    }
    case 'footnoteReference':
      out.marker(node.label ?? node.identifier ?? '');
      return;
    case 'image':
    case 'imageReference':
      return;
    default:
      for (const child of node.children ?? []) walk(child, out);
  }
}

/** The lines of an inline container (a cell, a heading, a paragraph). Never empty: an empty container gives one empty line. */
export function inlineLines(container: MdNode): InlineLine[] {
  const out = new LineBuilder(container.position?.start.line ?? null);
  for (const child of container.children ?? []) walk(child, out);
  out.closeSup();
  return out.lines.map((d) => ({ text: foldWhitespace(d.text), raw: d.raw.trim(), markers: d.markers, line: d.line }));
}

/** The container as one line: its lines joined by spaces (a heading, a footnote's text). */
export function inlineText(container: MdNode): InlineLine {
  const lines = inlineLines(container);
  return {
    text: foldWhitespace(lines.map((l) => l.text).join(' ')),
    raw: lines.map((l) => l.raw).filter(Boolean).join(' '),
    markers: lines.flatMap((l) => l.markers),
    line: lines[0]?.line ?? null,
  };
}

/** True when the container's only content is one `strong` node (a bold-only row or paragraph). */
export function isBoldOnly(container: MdNode): boolean {
  const content = (container.children ?? []).filter((c) => !(c.type === 'text' && (c.value ?? '').trim() === ''));
  return content.length === 1 && content[0]!.type === 'strong';
}
