/**
 * OCR ghosts: a converter that OCRs a scanned table sometimes emits a garbled second copy of a
 * line just above or below the real one, in the same cell ("decount origining error to in these
 * dreas" under "…ongoing efforts in these areas"; "ITH Activities" next to "ITU Activities:").
 *
 * A fragment is a ghost of its neighbour in the same cell when it closely matches the end of the
 * line above or the start of the line below, and either repeats it exactly or is the worse copy:
 * it has words found nowhere else in the document while the neighbour's matching words are
 * common. The second test is what keeps real, similar lines (two resolution lists, two activity
 * lines starting alike) from being dropped.
 */
import { levenshtein, prefixAlignment, similarity, suffixAlignment } from './similarity.js';
import { foldWhitespace } from '../cells/cell-content.js';
import type { WordList } from './dictionary.js';

/** Minimum similarity (1 − edits / length) between a fragment and the neighbouring text it copies. */
export const GHOST_SIMILARITY = 0.6;
/** How alike the ghost's edge word and the copied line's edge word must be ("timedes" / "threats" is 0.43). */
export const GHOST_EDGE_WORD_SIMILARITY = 0.4;
/** Fragments shorter than this (letters and digits) are too short to call copies. */
export const GHOST_MIN_LENGTH = 4;
/** A ghost is a copy of one line: longer fragments are not compared (bounds the alignment cost). */
export const GHOST_MAX_LENGTH = 240;
/** How much of the neighbouring line's end or start a ghost can copy. */
const NEIGHBOUR_WINDOW = 400;

/** Words for comparing copies: letters, or numbers with their dotted parts ("17.8", "2.2"). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+|\d+(?:\.[a-z0-9]+)*/g) ?? [];
}

/** Says whether a word is a real word of the document's language or of the document itself. */
export interface Lexicon {
  isKnown(word: string): boolean;
}

/** A word used at least this often in the document is known even if no dictionary has it ("ITU", "CIRT"). */
export const KNOWN_WORD_MIN_COUNT = 3;

/**
 * Builds a lexicon from a dictionary and the document's own word counts. `documentTexts` is every
 * text of the document, or a function that gives them when first needed (then nothing of the
 * document is held until then).
 */
export function buildLexicon(dictionary: WordList | (() => WordList), documentTexts: Iterable<string> | (() => Iterable<string>)): Lexicon {
  // Both are built on first use: most documents have few ghost candidates, and loading the word
  // list costs more than reading a small edition.
  let counts: Map<string, number> | null = null;
  let words_: WordList | null = typeof dictionary === 'function' ? null : dictionary;
  const texts = typeof documentTexts === 'function' ? documentTexts : [...documentTexts];
  return {
    isKnown: (word) => {
      if (word.length === 1) return true;
      words_ ??= (dictionary as () => WordList)();
      if (words_.has(word)) return true;
      if (!counts) {
        counts = new Map();
        for (const text of typeof texts === 'function' ? texts() : texts) for (const w of words(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
      }
      return (counts.get(word) ?? 0) >= KNOWN_WORD_MIN_COUNT;
    },
  };
}

/** Compared on lower case, whitespace folded: OCR copies differ in case and spacing too. */
function comparable(text: string): string {
  return foldWhitespace(text.toLowerCase());
}

/** Widens a match inside `window` to whole words, so "fforts" is compared as "efforts". */
function widenToWords(window: string, matched: string, atEnd: boolean): string {
  if (atEnd) {
    let start = window.length - matched.length;
    while (start > 0 && /[a-z0-9]/.test(window[start - 1]!)) start--;
    return window.slice(start);
  }
  let end = matched.length;
  while (end < window.length && /[a-z0-9]/.test(window[end]!)) end++;
  return window.slice(0, end);
}

/** Digits an OCR engine reads for letters (1 for I or l, 0 for O, 5 for S, 8 for B). */
const LETTER_LIKE_NUMBER = /^[0158]{2,}$/;

/**
 * Words of `own` that look garbled: not in `other`, and either an unknown lower-case word, a
 * number made of letter-like digits ("110" for "ITU"), or an unknown acronym one letter away
 * from a word of `other` ("ITH" for "ITU"). A new acronym or number ("OIC", "SG 13, 17, 20")
 * is content, not garble.
 */
function garbledWords(own: readonly string[], other: readonly string[], acronyms: ReadonlySet<string>, lexicon: Lexicon): number {
  return own.filter((w) => {
    if (other.includes(w)) return false;
    if (/^\d/.test(w)) return LETTER_LIKE_NUMBER.test(w);
    if (lexicon.isKnown(w)) return false;
    if (acronyms.has(w)) return other.some((o) => o.length === w.length && levenshtein(o, w) === 1);
    return true;
  }).length;
}

/** The words written in capitals (acronyms such as "OIC", "CIRT"), lower-cased. */
function acronymsOf(text: string): Set<string> {
  return new Set((text.match(/\b[A-Z]{2,}\b/g) ?? []).map((w) => w.toLowerCase()));
}

/**
 * Is `fragment` a ghost of the neighbouring line `neighbour`? `neighbourIsAbove` says whether the
 * neighbour comes before it (then the fragment copies its end) or after it (copies its start).
 * Fragments without letters ("17.0") are left to the cell validators: a list of numbers next to a
 * similar list is normal.
 */
export function isGhostOf(fragment: string, neighbour: string, neighbourIsAbove: boolean, lexicon: Lexicon): boolean {
  const f = comparable(fragment);
  const n = comparable(neighbour);
  if (!/[a-z]/.test(f) || f.replace(/[^a-z0-9]/g, '').length < GHOST_MIN_LENGTH || f.length > GHOST_MAX_LENGTH || n === '') return false;
  const window = neighbourIsAbove ? n.slice(-NEIGHBOUR_WINDOW) : n.slice(0, NEIGHBOUR_WINDOW);
  // An exact repeat of the line above's end ("…of Cybersecurity." / "Cybersecurity.").
  if (neighbourIsAbove ? window.endsWith(f) : window.startsWith(f)) return neighbourIsAbove;
  // A ghost copies the line it haunts up to its edge: its last word is a copy of the last word above
  // ("dreas" / "areas"), or its first word of the first word below. A wrapped continuation that
  // merely repeats some words ("…strategies and sectoral" / "estrategies and master plans.") is not.
  // (Tried before the alignment, which costs the fragment's length times the window's.)
  const fragmentWords = words(f);
  const edgeOwn = neighbourIsAbove ? fragmentWords.at(-1) : fragmentWords[0];
  const edgeNeighbour = neighbourIsAbove ? words(n).at(-1) : words(n)[0];
  if (!edgeOwn || !edgeNeighbour || similarity(edgeOwn, edgeNeighbour) < GHOST_EDGE_WORD_SIMILARITY) return false;
  const alignment = neighbourIsAbove ? suffixAlignment(f, window) : prefixAlignment(f, window);
  const { distance } = alignment;
  const matched = window.slice(alignment.start, alignment.end);
  const score = 1 - distance / Math.max(f.length, matched.length);
  if (score < GHOST_SIMILARITY) return false;
  // Otherwise the ghost is the worse copy: more words that are neither dictionary words nor used elsewhere.
  const matchedWords = words(widenToWords(window, matched, neighbourIsAbove));
  return (
    garbledWords(fragmentWords, matchedWords, acronymsOf(fragment), lexicon) >
    garbledWords(matchedWords, fragmentWords, acronymsOf(neighbour), lexicon)
  );
}
