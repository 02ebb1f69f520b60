/**
 * Text outside the tables (titles, notes, footnotes, prose) → one single-cell grid line per
 * paragraph: lines of one size, close together, join; a line that starts with a footnote marker
 * starts a new paragraph.
 */
import { joinWrappedLines } from './hyphenation.js';
import { groupLines, type TextLine, type Word } from '../../pdf/lines.js';
import type { PdfSettings } from '../../pdf/settings.js';
import { cell, type PlacedLine } from './table-rows.js';
import { piecesOf } from './tables.js';

/**
 * A footnote in a smaller font than the body whose marker was set glued to its text in the same
 * text word ("5WSIS Outcomes…"): the leading number is the marker.
 */
const GLUED_MARKER = /^(\d{1,3})(?=\p{Lu})/u;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const STARTS_WITH_MARKER = /^[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]/;

function markGluedFootnote(line: TextLine, bodySize: number, settings: PdfSettings): TextLine {
  if (line.size >= (1 - settings.roadmap.tableFontTolerance) * bodySize) return line;
  const match = GLUED_MARKER.exec(line.text);
  if (!match) return line;
  const marker = [...match[1]!].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');
  return { ...line, text: marker + line.text.slice(match[1]!.length) };
}

export function paragraphs(words: readonly Word[], bodySize: number, settings: PdfSettings): PlacedLine[] {
  const lines = groupLines(words, settings).map((line) => markGluedFootnote(line, bodySize, settings));
  const placed: PlacedLine[] = [];
  let current: { y: number; lines: TextLine[] } | null = null;
  const flush = () => {
    if (current) placed.push({ y: current.y, line: { line: null, page: null, cells: [cell(joinWrappedLines(current.lines.map((l) => l.text)))] } });
  };
  for (const line of lines) {
    const last = current?.lines[current.lines.length - 1];
    const joins =
      last !== undefined &&
      !STARTS_WITH_MARKER.test(line.text) &&
      Math.abs(line.size - last.size) <= settings.roadmap.tableFontTolerance * last.size &&
      line.baseline - last.baseline <= settings.roadmap.proseLineGap * line.size &&
      piecesOf(line, settings, settings.roadmap.prosePieceGap).length === 1;
    if (joins) current!.lines.push(line);
    else {
      flush();
      current = { y: line.baseline, lines: [line] };
    }
  }
  flush();
  return placed;
}
