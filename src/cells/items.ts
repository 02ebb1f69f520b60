/**
 * Cuts a stretch of the results cell into items. Hyphen bullets ("-Implementation", "- Policy")
 * mark items when there are any; otherwise paragraph breaks and sentence ends do. Lines that
 * only lead into a list ("Results of activities in this area include:") are not items.
 * The input uses "\n" for a paragraph break (see joinCell).
 */
import { foldWhitespace } from './cell-content.js';
import { splitRunTogether } from './run-together.js';

// A bullet: '-', '–' or '•' after a space (or at the start), then at most one space and the
// item's first letter, digit, quote or parenthesis. "el- Sheikh", "ITU-T" are no bullets.
const BULLET = /(?<=^|\s)[-–•](?= ?[\p{L}\p{N}"'“‘(])/gu;
// What must follow a sentence end for a new item to start: space, then a capital letter.
const NEXT_IS_CAPITAL = /\s+["'“‘([]?\p{Lu}/uy;
// Words whose full stop does not end a sentence. Not "etc.": before a capital it ends one
// ("... direct assistance, etc. Increased capacity ..."), since its dot is also the full stop.
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'no', 'nos', 'res', 'rev', 'vs', 'cf', 'art', 'para', 'fig', 'vol', 'approx', 'incl', 'mr', 'mrs', 'ms', 'dr', 'st']);

const OPENERS = '([';
const CLOSERS = ')]';

/**
 * `known`: items the document prints on their own elsewhere. Text that is not bulleted may hold
 * several items run together; it is cut where run-together.ts says. A bulleted item is an item as
 * printed and is never cut further.
 */
export function splitItems(text: string, known: ReadonlySet<string> = NO_ITEMS): string[] {
  return cutRunTogether(itemPieces(text), known);
}

/** The items of a stretch before any run-together item is cut: what does not depend on the known items. */
export interface ItemPieces {
  /** Items that are not bulleted (each may hold several run together). */
  unbulleted: string[];
  /** Items as printed after bullets, never cut further. */
  bulleted: string[];
}

export function itemPieces(text: string): ItemPieces {
  const bullets = [...text.matchAll(BULLET)].map((m) => m.index);
  if (bullets.length === 0) return { unbulleted: finish(splitParagraphs(text), false), bulleted: [] };
  const first = bullets[0] ?? 0;
  // Text before the first bullet is read as paragraphs; its last line may lead into the list.
  const before = finish(splitParagraphs(text.slice(0, first)), true);
  const bulleted = bullets.map((start, k) => text.slice(start + 1, bullets[k + 1] ?? text.length));
  return { unbulleted: before, bulleted: finish(bulleted, false) };
}

/** The items of the pieces, run-together items cut where `known` (and run-together.ts) say. */
export function cutRunTogether(pieces: ItemPieces, known: ReadonlySet<string> = NO_ITEMS): string[] {
  return [...pieces.unbulleted.flatMap((item) => splitRunTogether(item, known)), ...pieces.bulleted];
}

const NO_ITEMS: ReadonlySet<string> = new Set();

/** Folds, drops empty pieces and lead-ins. `listFollows`: the last piece is followed by a list. */
function finish(pieces: string[], listFollows: boolean): string[] {
  const items = pieces.map((p) => foldWhitespace(p)).filter((p) => /[\p{L}\p{N}]/u.test(p));
  return items.filter((item, k) => {
    if (!item.endsWith(':')) return true;
    const next = items[k + 1];
    const isLeadIn = next === undefined ? listFollows : /^["'“‘([]?\p{Lu}/u.test(next);
    return !isLeadIn;
  });
}

function isAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && !/[\s(["'“‘]/.test(text[start - 1] ?? ' ')) start--;
  const word = text.slice(start, dot);
  if (/^\p{L}$/u.test(word)) return true; // "b." in "Item b. have", initials
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "e.g.", "i.e.", "U.S."
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Pieces cut at paragraph breaks, sentence ends before a capital, and lead-in colons. */
function splitParagraphs(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  let depth = 0;
  const closed = closedOpeners(text);
  const cut = (end: number): void => {
    pieces.push(text.slice(start, end));
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\n') {
      cut(i);
      depth = 0;
      continue;
    }
    if (OPENERS.includes(c)) {
      // An opener that is never closed (a typo such as "Members (to share …") must not hide
      // every sentence end after it.
      if (closed.has(i)) depth++;
      continue;
    }
    if (CLOSERS.includes(c) && depth > 0) {
      depth = Math.max(0, depth - 1);
      // "(..., etc.) Increased capacity": a sentence that ends inside the parenthesis.
      if (depth === 0 && /[.!?]/.test(text[i - 1] ?? '') && nextIsCapital(text, i + 1)) cut(i + 1);
      continue;
    }
    if (depth > 0 || !'.!?;:'.includes(c) || !nextIsCapital(text, i + 1)) continue;
    if (c === '.' && isAbbreviation(text, i)) continue;
    cut(i + 1);
  }
  cut(text.length);
  return pieces;
}

/** Positions of the openers that have a matching closer in the same paragraph. */
function closedOpeners(text: string): Set<number> {
  const closed = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\n') open.length = 0;
    else if (OPENERS.includes(c)) open.push(i);
    else if (CLOSERS.includes(c)) {
      const opener = open.pop();
      if (opener !== undefined) closed.add(opener);
    }
  }
  return closed;
}

function nextIsCapital(text: string, at: number): boolean {
  NEXT_IS_CAPITAL.lastIndex = at;
  return NEXT_IS_CAPITAL.test(text);
}
