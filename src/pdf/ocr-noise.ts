/**
 * Noise an OCR engine leaves in an invisible text layer, repaired or dropped word by word. Only
 * words drawn invisibly (an OCR layer) are touched: a PDF typeset from text has none of it.
 *
 * - A ruling read as text: `|`, `_`, `—`, `=`, or an unmatched bracket glued to the start or end
 *   of a word (`|2016-2019`, `__|ITU`, `{ITU`, `[2016-2019`, `17|`) or between two words (`and_|in`), or a word of
 *   nothing else, are the table's drawn lines, not text.
 * - `|` where a letter stands (`|:`, `|n`): Tesseract reads a capital I as a bar.
 * - A raised footnote marker read as a mark glued to its word (`Outcomes’`, `Proposed?`,
 *   `Resolutions*`): the mark is dropped (a marker's number cannot be read back).
 * - A letter glued to a number (`Goal1`): a narrow space the recogniser lost.
 * - A sub-item letter read as a capital after a number (`9.C`) or a dot read as a hyphen
 *   between two one- or two-digit numbers where the word is a numbered target (`9-1,`).
 *
 * Each change is returned with the page and the line's position, so that the caller can warn
 * about it: an OCR repair is a guess, never silent.
 */
import type { Word } from './lines.js';

export interface OcrRepair {
  /** The word as the OCR layer had it. */
  from: string;
  /** What it became ('' when dropped). */
  to: string;
  /** Its baseline (points from the page's top), to find the line. */
  y: number;
  why: string;
}

/** Glyphs a ruling leaves when it is recognised as text. */
const RULE_MARKS = /[|_—¦=]/;
const LEADING_RULE = /^[|_—¦=]+/;
/** The word without the rule marks it ends with (a loop: a `[…]+$` search is quadratic on a long run of marks). */
function withoutTrailingRule(text: string): string {
  let end = text.length;
  while (end > 0 && RULE_MARKS.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}
/** Marks of a ruling between two letters: the ruling ran through where two words meet (`and_|in`). */
const INNER_RULE = /(?<=[A-Za-z])[|_—¦]+(?=[A-Za-z])/;

/** One word's repair: its new text(s), or null to keep it. */
function repairText(text: string): { words: string[]; why: string } | null {
  if (!RULE_MARKS.test(text) && !/^[[{]|[\]}’?*®°]$/.test(text) && !/[A-Za-z]\d|\d\.[A-Z]|\d-\d/.test(text)) return null;
  // (A dash alone is punctuation, not a ruling: `GCA — Global …`.)
  if (/^[|_¦={}[\]]+$/.test(text) || (/^[|_¦=—]+$/.test(text) && /[|_¦=]/.test(text))) return { words: [], why: 'a ruling read as text' };
  // `|` before a colon or a lower-case letter is a capital I read as a bar.
  if (/^\|(?=[:a-z])/.test(text)) return { words: [text.replace(/^\|/, 'I')], why: 'a capital I read as a bar' };
  let out = text;
  let why = '';
  // An opening bracket with no closing one in the word (or the reverse) is a ruling's edge: `[2016-2019`.
  if (/^[[{]/.test(out) && !/[\]}]/.test(out)) {
    out = out.slice(1);
    why = 'a ruling glued to a word';
  } else if (/[\]}]$/.test(out) && !/[[{]/.test(out)) {
    out = out.slice(0, -1);
    why = 'a ruling glued to a word';
  }
  if (LEADING_RULE.test(out) || withoutTrailingRule(out) !== out) {
    out = withoutTrailingRule(out.replace(LEADING_RULE, ''));
    // Nothing else in it: a lone dash (punctuation), kept.
    if (!out) return null;
    why = 'a ruling glued to a word';
  }
  // A raised footnote marker the recogniser read as a mark glued to its word (`Outcomes’`,
  // `Proposed?`, `Resolutions*`, `Proposed®`): a letter, then one such mark.
  // (A closing quote is not one: its opening quote is words before, `“… LIVES”`.)
  const marker = /^([A-Za-z][A-Za-z-]*[a-z])[’?*®°]$/.exec(out);
  if (marker) return { words: [marker[1]!], why: why || 'a footnote marker read as a mark' };
  if (INNER_RULE.test(out)) return { words: out.split(INNER_RULE).filter((w) => w.length > 0), why: 'a ruling between two words' };
  // A word of letters glued to a one- or two-digit number (or a pair of them, `Goal1&4`): the space between them was lost.
  const glued = /^([A-Z][a-z]{2,})(\d{1,2}(?:&\d{1,2})?[,.;:]?)$/.exec(out);
  if (glued) return { words: [glued[1]!, glued[2]!], why: why || 'a space lost between a word and its number' };
  // A numbered target's letter read as a capital (`9.C`), or its dot as a hyphen (`9-1,`).
  const target = /^(\d{1,2})(?:\.([A-Z])|-(\d))([,;]?)$/.exec(out);
  if (target) return { words: [`${target[1]}.${(target[2] ?? target[3])!.toLowerCase()}${target[4]}`], why: why || 'a numbered target misread' };
  return why ? { words: out ? [out] : [], why } : null;
}

/** The OCR layer's words with its noise repaired or dropped, and the list of what changed. */
export function repairOcrWords(words: readonly Word[]): { words: Word[]; repairs: OcrRepair[] } {
  const out: Word[] = [];
  const repairs: OcrRepair[] = [];
  for (const word of words) {
    const repair = word.invisible ? repairText(word.text) : null;
    if (!repair) {
      out.push(word);
      continue;
    }
    repairs.push({ from: word.text, to: repair.words.join(' '), y: word.baseline, why: repair.why });
    // Split words share the box by their share of characters.
    const total = repair.words.reduce((n, w) => n + w.length, 0) || 1;
    let x = word.x0;
    repair.words.forEach((text, i) => {
      const width = ((word.x1 - word.x0) * text.length) / total;
      out.push({ ...word, text, x0: x, x1: x + width, spaceBefore: i === 0 ? word.spaceBefore : true, spaceGlyph: i === 0 ? word.spaceGlyph : true });
      x += width;
    });
  }
  return { words: out, repairs };
}
