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
 * - A bar before a word is a ruling or a capital I: the document's vocabulary (its own words
 *   and an English word list) says which reading is a word (`|members` → `members`,
 *   `|TU-D` → `ITU-D`, `|n` → `In`).
 * - A lower-case l inside an acronym (a run of letters mostly capitals: `Rls`, `CCl`, `loT`) is a
 *   capital I: Tesseract reads the two alike.
 * - Where a resolution reference expects a number (a Council session code before `Res`, the
 *   numbers after it), a letter read for a digit (O for 0, l or I for 1, S for 5) is the digit.
 * - A target letter read as a digit (`7.6` for `7.b`), where only the letter makes an SDG target.
 * - A lone em dash whose box is narrower than an em dash on its line is an en dash.
 * - A closing double quote glued to a word, with no opening quote a few lines up, is a footnote
 *   marker read as a quote (`Activities”`).
 *
 * Each change is returned with the page and the line's position, so that the caller can warn
 * about it: an OCR repair is a guess, never silent.
 */
import { isSdgTarget } from '../registry/sdg.js';
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

/** The letter of a target (`7.b`) each digit is misread for. */
const LETTER_FOR: Record<string, string> = { '6': 'b' };
/** An SDG target as a list prints it (`7.a,`). */
const TARGET_TOKEN = /^(\d{1,2})\.([a-z]|\d{1,2})([,;]?)$/;

/**
 * In a list of SDG targets (a neighbour on the row is one), a target that is none but whose
 * sub-item digit read as the letter it looks like makes one (`7.6` for `7.b`) is that target.
 */
function targetLetters(words: Word[], repairs: OcrRepair[]): void {
  const isTarget = (w: Word | undefined, word: Word) => {
    const m = w && Math.abs(w.baseline - word.baseline) <= 0.5 * word.size ? TARGET_TOKEN.exec(w.text) : null;
    return m !== null && isSdgTarget(`${m[1]}.${m[2]}`);
  };
  words.forEach((word, i) => {
    const m = word.invisible ? TARGET_TOKEN.exec(word.text) : null;
    if (!m || isSdgTarget(`${m[1]}.${m[2]}`)) return;
    const letter = LETTER_FOR[m[2]!];
    if (!letter || !isSdgTarget(`${m[1]}.${letter}`) || !(isTarget(words[i - 1], word) || isTarget(words[i + 1], word))) return;
    const text = `${m[1]}.${letter}${m[3]}`;
    repairs.push({ from: word.text, to: text, y: word.baseline, why: 'a target letter read as a digit in a list of SDG targets' });
    words[i] = { ...word, text };
  });
}

/** Says whether a word is one of the document's language or of the document itself. */
export interface Vocabulary {
  isKnown(word: string): boolean;
}

/** The letters (and inner hyphens) of a word without the punctuation around it: what a vocabulary is asked. */
export function wordCore(text: string): string {
  const start = text.search(/[A-Za-z]/);
  if (start < 0) return '';
  let end = start;
  while (end < text.length && /[A-Za-z-]/.test(text[end]!)) end++;
  while (text[end - 1] === '-') end--;
  return text.slice(start, end);
}

/** A word of the layer counts as the document's own when it is printed clean at least this often. */
const OWN_WORD_MIN_COUNT = 2;

/**
 * The vocabulary of an OCR layer: the words of a word list (lower case), and the words the layer
 * itself prints clean (no ruling marks glued to them) at least OWN_WORD_MIN_COUNT times
 * (`ITU-D`, `GSR`: a document's own terms).
 */
export function ocrVocabulary(words: Iterable<Word>, dictionary: () => { has(word: string): boolean }): Vocabulary {
  const counts = new Map<string, number>();
  for (const word of words) {
    if (!word.invisible || RULE_MARKS.test(word.text) || /^[[{]|[\]}]$/.test(word.text)) continue;
    const core = wordCore(word.text).toLowerCase();
    if (core) counts.set(core, (counts.get(core) ?? 0) + 1);
  }
  return {
    isKnown: (word) => {
      const lower = word.toLowerCase();
      return lower !== '' && ((counts.get(lower) ?? 0) >= OWN_WORD_MIN_COUNT || dictionary().has(lower));
    },
  };
}

/**
 * A bar glued before a word: a ruling, or a capital I. When the vocabulary knows one reading and
 * not the other, that one; else a capital I before a colon or a lower-case letter (`|:`, `|n`),
 * a ruling before anything else. Null when the word has no such bar.
 */
function leadingBar(text: string, vocabulary: Vocabulary | null): { words: string[]; why: string } | null {
  if (!/^\|[^|_¦=—]/.test(text)) return null;
  const rest = text.slice(1);
  const asI = `I${rest}`;
  if (vocabulary && /[A-Za-z]/.test(rest)) {
    const restKnown = vocabulary.isKnown(wordCore(rest));
    const iKnown = vocabulary.isKnown(wordCore(asI));
    if (restKnown !== iKnown) return restKnown ? { words: [rest], why: 'a ruling glued to a word' } : { words: [asI], why: 'a capital I read as a bar' };
  }
  if (/^[:a-z]/.test(rest)) return { words: [asI], why: 'a capital I read as a bar' };
  return null;
}

/** A run of letters that is mostly capitals (an acronym, `C&I` too), with a lower-case l in it. */
const ACRONYM_RUN = /[A-Za-z&]+/g;
function acronymWithL(run: string): boolean {
  if (!run.includes('l')) return false;
  const capitals = run.replace(/[^A-Z]/g, '').length;
  const lower = run.replace(/[^a-z]/g, '').replace(/l/g, '').length;
  return capitals >= 1 && capitals >= lower;
}

/** One word's repair: its new text(s), or null to keep it. */
function repairText(text: string, vocabulary: Vocabulary | null): { words: string[]; why: string } | null {
  // A repair that leaves one word may leave noise of another kind in it: that is repaired too.
  const then = (first: { words: string[]; why: string }) => {
    const further = first.words.length === 1 ? repairText(first.words[0]!, vocabulary) : null;
    return further ? { words: further.words, why: `${first.why}; ${further.why}` } : first;
  };
  const bar = leadingBar(text, vocabulary);
  if (bar) return then(bar);
  if (text.includes('l') && [...text.matchAll(ACRONYM_RUN)].some((m) => acronymWithL(m[0]))) {
    return then({ words: [text.replace(ACRONYM_RUN, (run) => (acronymWithL(run) ? run.replace(/l/g, 'I') : run))], why: 'a capital I read as l in an acronym' });
  }
  if (!RULE_MARKS.test(text) && !/^[[{]|[\]}’?*®°]$/.test(text) && !/[A-Za-z]\d|\d\.[A-Z]|\d-\d/.test(text)) return null;
  // (A dash alone is punctuation, not a ruling: `GCA — Global …`.)
  if (/^[|_¦={}[\]]+$/.test(text) || (/^[|_¦=—]+$/.test(text) && /[|_¦=]/.test(text))) return { words: [], why: 'a ruling read as text' };
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
  // `Proposed?`, `Resolutions*`, `Proposed®`): a letter, then one such mark (two for a two-digit
  // marker: `Proposed’®`).
  // (A closing quote is read apart: unmatchedClosingQuotes looks for its opening quote.)
  const marker = /^([A-Za-z][A-Za-z-]*[a-z])[’?*®°]{1,2}$/.exec(out);
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

/** A resolution keyword: the word before it is the issuing body, the words after it its numbers. */
const RES_KEYWORD = /^[Rr]es(?:\.|olutions?)?[.,]?$/;
/** Letters an OCR engine reads for digits, and the digit each stands for. */
const DIGIT_FOR: Record<string, string> = { O: '0', o: '0', D: '0', I: '1', l: '1', '|': '1', S: '5', B: '8' };
/** A Council session code (`C09`) with a letter for a digit (`CO9`). */
const SESSION_CODE = /^C[0-9ODoIl|SB]{2}$/;
/** A resolution number (`1305,`) with a letter for a digit (`13O5`). */
const RESOLUTION_NUMBER = /^[0-9OoIl|SB]{1,4}[,;]?$/;

/** The word's letters-for-digits read as digits, when it has at least one real digit and one such letter. */
function asDigits(text: string, from: number): string | null {
  const head = text.slice(0, from);
  const tail = text.slice(from).replace(/[OoDIl|SB]/g, (c) => DIGIT_FOR[c]!);
  return /\d/.test(text.slice(from)) && tail !== text.slice(from) ? head + tail : null;
}

/**
 * Words that a resolution reference expects to be numbers, on one baseline row (words in x
 * order): the Council session code right before a `Res` keyword, and the numbers right after
 * it (up to the first word that is not one).
 */
function referenceDigits(words: Word[], repairs: OcrRepair[]): void {
  words.forEach((word, i) => {
    if (!word.invisible || !RES_KEYWORD.test(word.text)) return;
    const sameRow = (other: Word | undefined) => other && Math.abs(other.baseline - word.baseline) <= 0.5 * word.size;
    const fix = (k: number, from: number) => {
      const target = words[k]!;
      const digits = asDigits(target.text, from);
      if (!digits) return;
      repairs.push({ from: target.text, to: digits, y: target.baseline, why: 'a letter read for a digit in a resolution reference' });
      words[k] = { ...target, text: digits };
    };
    if (sameRow(words[i - 1]) && SESSION_CODE.test(words[i - 1]!.text)) fix(i - 1, 1);
    for (let k = i + 1; sameRow(words[k]) && RESOLUTION_NUMBER.test(words[k]!.text); k++) fix(k, 0);
  });
}

/** An em dash is about an em wide, two average characters; an en dash about one. */
const EM_DASH_IN_CHARACTERS = 1.5;

/** The median width of one character in the words (letters only) of some words. */
function characterWidth(words: readonly Word[]): number | null {
  const widths = words.filter((w) => /^[A-Za-z]{3,}[,.;:]?$/.test(w.text)).map((w) => (w.x1 - w.x0) / w.text.length).sort((a, b) => a - b);
  return widths.length > 0 ? widths[Math.floor(widths.length / 2)]! : null;
}

/**
 * A dash standing alone read as an em dash whose box is narrower than an em dash is printed on
 * its line (measured in the line's own characters) is an en dash: the recogniser tells dashes by
 * shape alone, and an en dash between two words (`GCA – Global …`) is common.
 */
function dashWidths(words: Word[], repairs: OcrRepair[]): void {
  words.forEach((word, i) => {
    if (!word.invisible || word.text !== '—') return;
    const character = characterWidth(words.filter((o) => Math.abs(o.baseline - word.baseline) <= 0.5 * word.size));
    if (character === null || word.x1 - word.x0 >= EM_DASH_IN_CHARACTERS * character) return;
    repairs.push({ from: word.text, to: '–', y: word.baseline, why: `an en dash read as an em dash (its box is ${((word.x1 - word.x0) / character).toFixed(1)} characters wide)` });
    words[i] = { ...word, text: '–' };
  });
}

/** How far up (× size) and left (× size) of a closing quote its opening quote may be (a few lines of one cell). */
const QUOTE_REACH_UP = 10;
const QUOTE_REACH_LEFT = 30;

/**
 * A closing double quote glued to the end of a word with no opening quote before it (on its line
 * or a few lines up, in the same stretch of the page) is a raised footnote marker the recogniser
 * read as a quote (`Activities”` in a header): dropped. (`previousPage`: the words of the page
 * before, where a cell broken over the page end may open its quote.)
 */
function unmatchedClosingQuotes(words: Word[], repairs: OcrRepair[], previousPage: readonly Word[]): void {
  const opens = (o: Word, word: Word) => o !== word && /[“"]/.test(o.text.slice(0, -1)) && o.x1 >= word.x1 - QUOTE_REACH_LEFT * word.size && o.x0 <= word.x1;
  // A cell broken over the page end: its quote may open at the foot of the previous page.
  const previousFoot = previousPage.reduce((foot, w) => Math.max(foot, w.baseline), -Infinity);
  words.forEach((word, i) => {
    const match = /^([A-Za-z][A-Za-z-]*[A-Za-z])[”"]$/.exec(word.text);
    if (!word.invisible || !match) return;
    const reach = QUOTE_REACH_UP * word.size;
    const opened =
      words.some((o) => opens(o, word) && o.baseline <= word.baseline + 0.5 * word.size && o.baseline >= word.baseline - reach) ||
      previousPage.some((o) => opens(o, word) && o.baseline >= previousFoot - reach);
    if (opened) return;
    repairs.push({ from: word.text, to: match[1]!, y: word.baseline, why: 'a footnote marker read as a closing quote (no quote opens before it)' });
    words[i] = { ...word, text: match[1]! };
  });
}

/**
 * The OCR layer's words with its noise repaired or dropped, and the list of what changed. The
 * vocabulary (the document's words and a word list) decides between two readings of a mark;
 * without it, the readings a mark usually has are taken.
 */
export function repairOcrWords(words: readonly Word[], vocabulary: Vocabulary | null = null, previousPage: readonly Word[] = []): { words: Word[]; repairs: OcrRepair[] } {
  const out: Word[] = [];
  const repairs: OcrRepair[] = [];
  for (const word of words) {
    const repair = word.invisible ? repairText(word.text, vocabulary) : null;
    if (!repair) {
      out.push(word);
      continue;
    }
    repairs.push({ from: word.text, to: repair.words.join(' '), y: word.baseline, why: repair.why });
    // An OCR layer stretches each word's characters evenly over its box: a word that kept its
    // characters keeps their share of the box (a dropped marker or ruling mark no longer widens
    // it, so the gap to the next cell is measured as printed); else the words share the box by
    // their share of characters.
    const perCharacter = (word.x1 - word.x0) / Math.max(1, word.text.length);
    const total = repair.words.reduce((n, w) => n + w.length, 0) || 1;
    let x = word.x0;
    let cursor = 0;
    repair.words.forEach((text, i) => {
      const at = word.text.indexOf(text, cursor);
      const [x0, x1] = at >= 0 ? [word.x0 + at * perCharacter, word.x0 + (at + text.length) * perCharacter] : [x, x + ((word.x1 - word.x0) * text.length) / total];
      if (at >= 0) cursor = at + text.length;
      out.push({ ...word, text, x0, x1, spaceBefore: i === 0 ? word.spaceBefore : true, spaceGlyph: i === 0 ? word.spaceGlyph : true });
      x = x1;
    });
  }
  referenceDigits(out, repairs);
  targetLetters(out, repairs);
  dashWidths(out, repairs);
  unmatchedClosingQuotes(out, repairs, previousPage);
  return { words: out, repairs };
}
