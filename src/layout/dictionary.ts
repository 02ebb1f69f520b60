/**
 * The English word list used to tell an OCR garble ("registations") from a real word
 * ("legislations"): ~275,000 words from the word-list package, loaded once, lazily, the first
 * time the ghost rule asks about a word.
 *
 * Kept compact: the file's text as one string and an open-addressing hash table of line starts
 * (about 7 MB in all, built in one pass), not a Set of 275,000 strings (about 45 MB and a quarter
 * of a second). A lookup hashes the word and compares it with the text at the stored starts.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/** What the ghost rule needs of a word list. */
export interface WordList {
  has(word: string): boolean;
}

const NEWLINE = 10;

/** FNV-1a over UTF-16 code units of text[from, to). */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** An exact set of the lines of a text (one word per line), looked up without a string per word. */
export class LineSet implements WordList {
  /** Line start + 1 per slot, 0 for an empty slot; the size is a power of two at least twice the lines. */
  private readonly slots: Uint32Array;
  private readonly mask: number;

  constructor(private readonly text: string) {
    let lines = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === NEWLINE) lines++;
    let size = 1;
    while (size < 2 * (lines + 1)) size *= 2;
    this.slots = new Uint32Array(size);
    this.mask = size - 1;
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end > start) this.insert(start, end);
      start = end + 1;
    }
  }

  private insert(start: number, end: number): void {
    let slot = hashOf(this.text, start, end) & this.mask;
    while (this.slots[slot] !== 0) {
      if (this.lineEquals(this.slots[slot]! - 1, this.text, start, end)) return;
      slot = (slot + 1) & this.mask;
    }
    this.slots[slot] = start + 1;
  }

  /** Whether the line starting at `at` is exactly other[from, to). */
  private lineEquals(at: number, other: string, from: number, to: number): boolean {
    const length = to - from;
    if (at + length > this.text.length) return false;
    for (let k = 0; k < length; k++) if (this.text.charCodeAt(at + k) !== other.charCodeAt(from + k)) return false;
    return at + length === this.text.length || this.text.charCodeAt(at + length) === NEWLINE;
  }

  has(word: string): boolean {
    if (word === '' || word.includes('\n')) return false;
    let slot = hashOf(word, 0, word.length) & this.mask;
    while (this.slots[slot] !== 0) {
      if (this.lineEquals(this.slots[slot]! - 1, word, 0, word.length)) return true;
      slot = (slot + 1) & this.mask;
    }
    return false;
  }
}

let cached: WordList | null = null;

export function englishWords(): WordList {
  cached ??= new LineSet(readFileSync(wordListPath, 'utf8'));
  return cached;
}
