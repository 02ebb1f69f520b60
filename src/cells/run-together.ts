/**
 * List items that run together without punctuation ("ITU activities under ITU-D and SG 2 Q3 ITU
 * activities under ITU-T SG 13, 17, 20 …"), split as a careful reader splits them:
 * - where a lead phrase recurs: the same first words (three or more, from a capital) start an
 *   item again later in the piece;
 * - where an item the document prints on its own elsewhere ("Technical Recommendations under
 *   ITU-T Study Group 17 activities") starts after a finished one (the word before it is no
 *   function word: "… by ITU-D | Technical Recommendations …", not "… under the | …");
 * - where the same name is printed twice in a row ("… facilitated by ITU-D ITU-D maintenance …").
 * Never inside a name or a reference: a split needs a word before it that can end an item and a
 * capital after it, and the known items must be three words or more.
 */

/** Words after which an item cannot end ("… activities under the", "… Centres of"). */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'under', 'from', 'into', 'as', 'such', 'its', 'their', 'this', 'that', 'these', 'between', 'among', 'amongst', 'via', 'per', 'including', 'than', 'is', 'are', 'be',
]);
/** An acronym or code: capitals, digits and hyphens, a capital first ("ITU-D", "CERT"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d-]+$/u;
/** A known item or a recurring lead has at least this many words (shorter ones recur inside names). */
const MIN_WORDS = 3;

interface Word {
  text: string;
  start: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index }));
}

/** Can the item before a cut end with this word? Not after a function word, a comma or an opener. */
function canEndItem(word: string): boolean {
  // A word, a number or a closing bracket ends an item; a comma, a colon, an opener or a full stop
  // (a sentence end is cut elsewhere; "e.g." leads on) does not.
  if (!/[\p{L}\p{N}][)\]'"’”]?$/u.test(word)) return false;
  return !FUNCTION_WORDS.has(word.toLowerCase());
}

function startsItem(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** The known items of MIN_WORDS words or more, lower-cased and in words, by their first MIN_WORDS words. */
interface KnownIndex {
  firstWords: Set<string>;
  byLead: Map<string, string[][]>;
}

const knownIndexes = new WeakMap<ReadonlySet<string>, KnownIndex>();

/**
 * Built once per set of known items: trying every known item at every word of every item was
 * quadratic in the size of the document (a longer document prints more items on their own).
 * A set of known items is not changed once it is in use (knownItems makes a new one per round).
 */
function knownIndexOf(known: ReadonlySet<string>): KnownIndex {
  let index = knownIndexes.get(known);
  if (index) return index;
  index = { firstWords: new Set(), byLead: new Map() };
  for (const item of known) {
    const itemWords = item.toLowerCase().split(/\s+/);
    if (itemWords.length < MIN_WORDS) continue;
    const lead = itemWords.slice(0, MIN_WORDS).join(' ');
    index.firstWords.add(itemWords[0]!);
    (index.byLead.get(lead) ?? index.byLead.set(lead, []).get(lead)!).push(itemWords);
  }
  knownIndexes.set(known, index);
  return index;
}

/** Word positions where the piece should be cut (each > 0). */
function cutPoints(words: readonly Word[], known: ReadonlySet<string>): Set<number> {
  const cuts = new Set<number>();
  const lower = words.map((w) => w.text.toLowerCase());
  const canCutAt = (k: number): boolean => k > 0 && startsItem(words[k]!.text) && canEndItem(words[k - 1]!.text);
  // A name printed twice in a row: the second starts an item.
  // (An acronym or code such as "ITU-D": a doubled ordinary word is a typo, not two items.)
  for (let k = 1; k < words.length; k++) if (words[k]!.text === words[k - 1]!.text && ACRONYM.test(words[k]!.text) && canCutAt(k)) cuts.add(k);
  // A lead phrase that recurs: its words at k and at j > k.
  const phrase = (k: number): string => lower.slice(k, k + MIN_WORDS).join(' ');
  const starts = new Map<string, number[]>();
  for (let k = 0; k + MIN_WORDS <= words.length; k++) {
    if (!startsItem(words[k]!.text) || (k > 0 && !canEndItem(words[k - 1]!.text))) continue;
    const key = phrase(k);
    (starts.get(key) ?? starts.set(key, []).get(key)!).push(k);
  }
  for (const [key, at] of starts) {
    // A phrase of one word repeated ("Goal Goal Goal") is no lead phrase.
    if (at.length < 2 || new Set(key.split(' ')).size === 1) continue;
    // The same word before every occurrence: the phrase is the tail of a longer one that recurs
    // ("Work under the ITU-T | Focus Group on"), so the cut belongs at the longer one's start.
    if (at.every((k) => k > 0 && lower[k - 1] === lower[at[0]! - 1])) continue;
    for (const k of at) if (canCutAt(k)) cuts.add(k);
  }
  // An item the document prints on its own elsewhere, looked up by the phrase it opens with.
  const index = knownIndexOf(known);
  for (let k = 0; k + MIN_WORDS <= words.length; k++) {
    if (!index.firstWords.has(lower[k]!)) continue;
    for (const itemWords of index.byLead.get(phrase(k)) ?? []) {
      if (itemWords.length >= words.length || k + itemWords.length > words.length) continue;
      if (itemWords.some((w, i) => lower[k + i] !== w)) continue;
      const end = k + itemWords.length;
      // It must stand whole: cut before it (unless it opens the piece) and after it.
      if (k > 0 && !canCutAt(k)) continue;
      if (end < words.length && !canCutAt(end)) continue;
      if (k > 0) cuts.add(k);
      if (end < words.length) cuts.add(end);
    }
  }
  return cuts;
}

/** Cuts one item that holds several run together; an item that holds one comes back alone. */
export function splitRunTogether(item: string, known: ReadonlySet<string>): string[] {
  const words = wordsOf(item);
  const cuts = [...cutPoints(words, known)].sort((a, b) => a - b);
  if (cuts.length === 0) return [item];
  const pieces: string[] = [];
  let from = 0;
  for (const k of cuts) {
    pieces.push(item.slice(from, words[k]!.start).trim());
    from = words[k]!.start;
  }
  pieces.push(item.slice(from).trim());
  return pieces.filter((p) => p !== '');
}
