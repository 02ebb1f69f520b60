/**
 * Word-level diffs of the text fields, with the `diff` package. Whitespace is folded first, so a
 * change of spacing or line breaks alone is no change. A list field (results, activities,
 * sub-items) is diffed as its items joined by "\n", so a new item reads as one inserted line.
 */
import { diffWords } from 'diff';
import { foldWhitespace } from '../cells/cell-content.js';
import type { TextOp } from '../schema/diff.js';

// diffWords treats a line break as plain whitespace, so an item boundary would be invisible to
// it. While diffing, items are joined by a private-use character instead (one the texts do not
// use): diffWords sees it as a punctuation token of its own, inserted or deleted like a word.
const FIRST_PRIVATE_USE = 0xe000;

/** The ops that turn `before` into `after`, or null when they are equal up to whitespace. */
export function diffText(before: string, after: string): TextOp[] | null {
  return diffItems([before], [after]);
}

/** The ops between two lists of items, or null when the lists are equal up to whitespace. */
export function diffItems(before: readonly string[], after: readonly string[]): TextOp[] | null {
  const a = before.map(foldWhitespace);
  const b = after.map(foldWhitespace);
  if (a.length === b.length && a.every((item, i) => item === b[i])) return null;
  const itemBreak = unusedCharacter([...a, ...b]);
  const changes = diffWords(a.join(` ${itemBreak} `), b.join(` ${itemBreak} `));
  const ops: TextOp[] = changes.map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value.split(` ${itemBreak} `).join('\n').split(itemBreak).map((piece, i, all) => trimAt(piece, i > 0, i < all.length - 1)).join('\n'),
  }));
  return tidySpacesAtBreaks(ops.filter((op) => op.text !== ''));
}

/**
 * diffWords leaves the spaces around an item break on the neighbouring words. A space is dropped
 * where, on each side that shows it, it only touches a break or the end of the text (so dropping
 * it can never join two words).
 */
function tidySpacesAtBreaks(ops: TextOp[]): TextOp[] {
  const sidesOf = (op: TextOp) => (op.op === 'equal' ? (['before', 'after'] as const) : op.op === 'delete' ? (['before'] as const) : (['after'] as const));
  const onSide = (op: TextOp, side: 'before' | 'after') => op.op === 'equal' || op.op === (side === 'before' ? 'delete' : 'insert');
  const neighbour = (i: number, step: 1 | -1, side: 'before' | 'after') => {
    for (let j = i + step; j >= 0 && j < ops.length; j += step) if (onSide(ops[j]!, side)) return ops[j]!;
    return null;
  };
  ops.forEach((op, i) => {
    const breakOrEnd = (text: string | undefined, at: 'start' | 'end') => text === undefined || (at === 'start' ? text.startsWith('\n') : text.endsWith('\n'));
    const endFree = sidesOf(op).every((side) => breakOrEnd(neighbour(i, 1, side)?.text, 'start'));
    const startFree = sidesOf(op).every((side) => breakOrEnd(neighbour(i, -1, side)?.text, 'end'));
    op.text = trimAt(op.text, startFree, endFree);
  });
  return ops.filter((op) => op.text !== '');
}

/** The text without the spaces at its start and/or end (a loop: linear on any input). */
function trimAt(text: string, start: boolean, end: boolean): string {
  let from = 0;
  let to = text.length;
  if (start) while (from < to && text[from] === ' ') from++;
  if (end) while (to > from && text[to - 1] === ' ') to--;
  return text.slice(from, to);
}

/** A private-use character that none of the texts contains. */
function unusedCharacter(texts: readonly string[]): string {
  for (let code = FIRST_PRIVATE_USE; ; code++) {
    const candidate = String.fromCharCode(code);
    if (!texts.some((t) => t.includes(candidate))) return candidate;
  }
}

/** The text on one side of a diff: equal + delete is the old text, equal + insert the new. */
export function sideOf(ops: readonly TextOp[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'insert' : 'delete';
  return ops
    .filter((op) => op.op !== skip)
    .map((op) => op.text)
    .join('');
}
