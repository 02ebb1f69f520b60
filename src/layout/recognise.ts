/**
 * Recognising the non-row lines of a roadmap by what they say: action-line titles, footnotes and
 * page furniture, on grid lines; the words themselves are the vocabulary's (vocabulary.ts), on plain
 * strings. (Headers: columns.ts; section titles: sections.ts; outcome ids: outcome-ids.ts.)
 */
import type { GridLine } from '../grid/grid.js';
import { filledTexts } from '../grid/grid.js';
import { superscriptToDigits } from '../grid/clean-cell.js';
import { actionLineTitleOf, pageNumberOf, plainFootnoteOf, superscriptMarkerOf, type ActionLineTitle } from './vocabulary.js';

export type { ActionLineTitle } from './vocabulary.js';

/** An action-line title: the only text of its line (the words: vocabulary.ts). */
export function readActionLineTitle(line: GridLine): ActionLineTitle | null {
  const texts = filledTexts(line);
  return texts.length === 1 ? actionLineTitleOf(texts[0]!) : null;
}

export interface FootnoteStart {
  marker: string;
  text: string;
}


/**
 * A footnote line: one cell starting with a superscript marker, or with a plain number that the
 * current table header declared as a marker (converters sometimes lose the superscript).
 */
export function readFootnote(line: GridLine, declaredMarkers: ReadonlySet<string>): FootnoteStart | null {
  const filled = line.cells.filter((c) => c.text !== '');
  if (filled.length !== 1 || line.cells.length > 1 && line.cells[0]!.text === '') return null;
  const raw = filled[0]!.raw.trim();
  const sup = superscriptMarkerOf(raw);
  if (sup) return { marker: superscriptToDigits(sup), text: filled[0]!.text };
  const plain = plainFootnoteOf(filled[0]!.text);
  return plain && declaredMarkers.has(plain.marker) ? plain : null;
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

/**
 * Page furniture: a line whose only text is a page number ("Page 5", "- 5 -", "5", or an OCR
 * garble of "Page 5" such as "rage 5" — one letter off). A bare number only counts when it is the
 * whole line (a number inside a table cell is data).
 */
export function readFurniture(line: GridLine): Furniture | null {
  const texts = filledTexts(line);
  if (texts.length !== 1) return null;
  const page = pageNumberOf(texts[0]!);
  if (!page || (page.bare && line.cells.length !== 1)) return null;
  return { text: page.text, garbled: page.garbled };
}
