/**
 * Words wrapped at their hyphen: a compound or a range broken at the end of a line ("well-" /
 * "being", "www.e-" / "accessibilitytoolkit.org/", "2016-" / "2019") is one word again, so that
 * joining a cell's lines with spaces does not split it. The next line's first word moves up to
 * the line that ends with the hyphen. This holds inside a page and across a page break, where a
 * cell goes on in the first row of the next page. (A hyphen the text had before a space, as in
 * "Sharm el- Sheikh", cannot be told from a wrap when the line breaks right there.)
 */
import { cleanCell } from '../../grid/clean-cell.js';
import type { GridCell, GridLine } from '../../grid/grid.js';
import { readTableHeader } from '../../layout/columns.js';

/** Words after which a line-final hyphen is a suspended one ("small- and medium-sized"), not a wrap. */
const AFTER_SUSPENDED_HYPHEN = new Set(['and', 'or', 'nor', 'to', 'as']);

/** A letter or digit and a hyphen at the end of a line: "e-", "sub-", "2016-" (not a dash after a space). */
const ENDS_WITH_WORD_HYPHEN = /[\p{L}\p{N}]-$/u;
/** The first word of a line: everything up to the first space, starting with a letter or digit. */
const FIRST_WORD = /^([\p{L}\p{N}]\S*)(?:\s+|$)/u;

function cell(raw: string, paragraphBefore: boolean | undefined): GridCell {
  const cleaned = cleanCell(raw);
  return paragraphBefore ? { raw, ...cleaned, paragraphBefore } : { raw, ...cleaned };
}

/** "and," → "and" (a loop: a regex anchored only at the end would be quadratic on long runs of punctuation). */
function withoutTrailingPunctuation(word: string): string {
  let end = word.length;
  while (end > 0 && !/\p{L}/u.test(word[end - 1]!)) end--;
  return word.slice(0, end);
}

/**
 * When `above` ends with a word's hyphen and `below` starts with the rest of the word, the two
 * lines with that word moved up; else null.
 */
export function moveWrappedWord(above: string, below: string): { above: string; below: string } | null {
  if (!ENDS_WITH_WORD_HYPHEN.test(above)) return null;
  const next = FIRST_WORD.exec(below);
  if (!next || AFTER_SUSPENDED_HYPHEN.has(withoutTrailingPunctuation(next[1]!))) return null;
  return { above: above + next[1]!, below: below.slice(next[0].length) };
}

/** Moves `current`'s first word up to `previous` when `previous` ends with a word's hyphen. Returns true when it did. */
export function rejoinWord(previous: GridCell, current: GridCell): boolean {
  if (current.paragraphBefore) return false;
  const moved = moveWrappedWord(previous.raw, current.raw);
  if (!moved) return false;
  Object.assign(previous, cell(moved.above, previous.paragraphBefore));
  Object.assign(current, cell(moved.below, current.paragraphBefore));
  return true;
}

/** Joins the lines of one cell's text with spaces, rejoining words wrapped at their hyphen. */
export function joinWrappedLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    const moved = text === '' ? null : moveWrappedWord(text, line);
    if (moved) text = moved.below === '' ? moved.above : `${moved.above} ${moved.below}`;
    else text = text === '' ? line : `${text} ${line}`;
  }
  return text;
}

function isTableLine(line: GridLine): boolean {
  return line.cells.length > 1 && readTableHeader(line) === null;
}

/**
 * Rejoins hyphen-wrapped words down each column of a page's table lines. A drawn row boundary
 * ends a cell; without drawn rows, a cell goes on until its column has a paragraph break.
 */
export function rejoinWrappedWords(lines: readonly GridLine[]): void {
  let previous: (GridCell | null)[] = [];
  for (const line of lines) {
    if (!isTableLine(line)) continue;
    if (line.rowStart === true || previous.length !== line.cells.length) previous = line.cells.map(() => null);
    line.cells.forEach((current, c) => {
      if (current.text === '') return;
      const above = previous[c];
      if (above) rejoinWord(above, current);
      previous[c] = current.text === '' ? above ?? null : current;
    });
  }
}

/**
 * Across a page break: the last text of each column on the previous page and the first text of
 * that column in the next page's first row, when the next page's table has as many columns.
 */
export function rejoinAcrossPages(previousPage: readonly GridLine[], nextPage: readonly GridLine[]): void {
  const before = previousPage.filter(isTableLine);
  const after = nextPage.filter(isTableLine);
  const lastRowStart = before.findLastIndex((l) => l.rowStart === true);
  const lastRow = before.slice(Math.max(0, lastRowStart));
  const nextRowStart = after.findIndex((l, i) => i > 0 && l.rowStart === true);
  const firstRow = after.slice(0, nextRowStart < 0 ? after.length : nextRowStart);
  if (lastRow.length === 0 || firstRow.length === 0 || lastRow[0]!.cells.length !== firstRow[0]!.cells.length) return;
  for (let c = 0; c < firstRow[0]!.cells.length; c++) {
    // (Lines of a row may have fewer cells than its first: a spanning line has one per column, a table's line may not.)
    const above = lastRow.map((l) => l.cells[c]).findLast((x) => x !== undefined && x.text !== '');
    const below = firstRow.map((l) => l.cells[c]).find((x) => x !== undefined && x.text !== '');
    if (above && below) rejoinWord(above, below);
  }
}
