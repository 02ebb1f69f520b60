/**
 * Recognising the non-row lines of a roadmap by what they say: action-line titles, footnotes and
 * page furniture. (Headers: columns.ts; section titles: sections.ts; outcome ids: outcome-ids.ts.)
 */
import type { GridLine } from '../grid/grid.js';
import { filledTexts } from '../grid/grid.js';
import { superscriptToDigits } from '../grid/clean-cell.js';
import { levenshtein } from './similarity.js';

export interface ActionLineTitle {
  id: string;
  title: string;
  note: string | null;
}

/**
 * "WSIS Action Line C2: Information …", "Roadmap for WSIS Action Line C5: … Note: GCA – …".
 * Neighbouring repetitions that can match the same spaces are kept apart (the punctuation is
 * optional as a group, the title starts with a non-space), so a match never backtracks over a
 * run of spaces more than once.
 */
const ACTION_LINE_TITLE = /^(?:Roadmap\s+for\s+(?:the\s+)?)?(?:WSIS\s+)?Action\s+Line\s+(C\s?\d{1,2})(?:\s*[:.\u2013\u2014-])?\s+(\S.*)$/i;
/** Starts only where a run of spaces starts: a search that tried every space of a long run would be quadratic. */
const TITLE_NOTE = /(?<!\s)\s+Note\s*:\s*/i;

export function readActionLineTitle(line: GridLine): ActionLineTitle | null {
  const texts = filledTexts(line);
  if (texts.length !== 1) return null;
  const match = ACTION_LINE_TITLE.exec(texts[0]!);
  if (!match) return null;
  const rest = match[2]!;
  const noteAt = TITLE_NOTE.exec(rest);
  const title = (noteAt ? rest.slice(0, noteAt.index) : rest).trim();
  const note = noteAt ? rest.slice(noteAt.index + noteAt[0].length).trim() || null : null;
  return { id: match[1]!.replace(/\s/g, '').toUpperCase(), title, note };
}

export interface FootnoteStart {
  marker: string;
  text: string;
}

// Only the marker is read, so nothing is required to the end of the line: a `(\S.*)$` there let a
// long run of superscripts backtrack quadratically when the line held a U+2028 line separator.
const SUPERSCRIPT_MARKER = /^\s*([\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+)\s*\S/;
const PLAIN_MARKER = /^\s*(\d{1,3})\s+([A-Z\u00c0-\u00dd].*)$/;

/**
 * A footnote line: one cell starting with a superscript marker, or with a plain number that the
 * current table header declared as a marker (converters sometimes lose the superscript).
 */
export function readFootnote(line: GridLine, declaredMarkers: ReadonlySet<string>): FootnoteStart | null {
  const filled = line.cells.filter((c) => c.text !== '');
  if (filled.length !== 1 || line.cells.length > 1 && line.cells[0]!.text === '') return null;
  const raw = filled[0]!.raw.trim();
  const sup = SUPERSCRIPT_MARKER.exec(raw);
  if (sup) return { marker: superscriptToDigits(sup[1]!), text: filled[0]!.text };
  const plain = PLAIN_MARKER.exec(filled[0]!.text);
  if (plain && declaredMarkers.has(plain[1]!)) return { marker: plain[1]!, text: plain[2]!.trim() };
  return null;
}

/**
 * Splits a footnote whose text runs into the next footnote ("… if justified. 7 Relevant …"), at a
 * sentence end followed by a declared marker that has no footnote of its own yet.
 */
export function splitRunOnFootnote(note: FootnoteStart, declared: ReadonlySet<string>, seen: ReadonlySet<string>): FootnoteStart[] {
  const parts: FootnoteStart[] = [];
  let current = note;
  for (;;) {
    const re = /[.;]\s+(\d{1,3})\s+(?=[A-Z])/g;
    let split: RegExpExecArray | null = null;
    for (let m = re.exec(current.text); m; m = re.exec(current.text)) {
      const marker = m[1]!;
      if (declared.has(marker) && !seen.has(marker) && marker !== current.marker && !parts.some((p) => p.marker === marker)) {
        split = m;
        break;
      }
    }
    if (!split) break;
    parts.push({ marker: current.marker, text: current.text.slice(0, split.index + 1).trim() });
    current = { marker: split[1]!, text: current.text.slice(split.index + split[0].length).trim() };
  }
  parts.push(current);
  return parts;
}

export interface Furniture {
  text: string;
  garbled: boolean;
}

const PAGE_NUMBER = /^(?:-\s*)?([A-Za-z]{3,5})\.?\s*(\d{1,4})(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*-)?$/;
const BARE_NUMBER = /^-?\s*\d{1,4}\s*-?$/;

/**
 * Page furniture: a line whose only text is a page number ("Page 5", "- 5 -", "5", or an OCR
 * garble of "Page 5" such as "rage 5" — one letter off). A bare number only counts when it is the
 * whole line (a number inside a table cell is data).
 */
export function readFurniture(line: GridLine): Furniture | null {
  const texts = filledTexts(line);
  if (texts.length !== 1) return null;
  const text = texts[0]!;
  if (BARE_NUMBER.test(text)) return line.cells.length === 1 ? { text, garbled: false } : null;
  const match = PAGE_NUMBER.exec(text);
  if (!match) return null;
  const word = match[1]!.toLowerCase();
  if (word === 'page') return { text, garbled: false };
  return levenshtein(word, 'page') <= 1 ? { text, garbled: true } : null;
}
