/**
 * Large text editions for the benchmark, built from the bundled one.
 *
 * What a bigger real edition would look like: the same action lines (C2, C5, C6), each quoting
 * many more WSIS outcomes, grouped by more source documents. So the bundled edition is not
 * concatenated as it is (every key would be taken twice: C2.geneva.A …), and the action lines are
 * not renumbered (C102 is no action line: only C1–C11 exist, and the recogniser reads two digits).
 * Instead each action line's table goes on: after the bundled rows, its rows again, `repeats - 1`
 * times, each time under section titles of their own ("Geneva Declaration of Principles Review 7",
 * "Tunis Commitment Review 7"), which the extractor reads as sections not in its known list (a
 * title-like line followed by a row that opens an id sequence). Keys stay unique
 * (C2.geneva-declaration-of-principles-review-7.A), ids and action lines stay in the real
 * vocabulary, and every repeat reads as the bundled rows do: BUNDLED_OUTCOMES outcomes each.
 *
 * In the repeats, footnotes are left out (an action line has its footnotes once) and a known
 * section title laid over a row (the C2 table's WSIS+10 title) is taken off that row by the
 * extractor's own rule, so the row reads as it does in the bundled part.
 */
import { COLUMN_KINDS } from '../src/layout/columns.js';
import { knownSectionByLead, overlaidTitlePrefix, readSectionTitle, titleCursorAfter } from '../src/layout/sections.js';
import { actionLineTitleOf } from '../src/layout/vocabulary.js';

/** How many times the large text edition repeats the bundled one. */
export const REPEATS = 50;

/** Outcomes in the bundled text edition, counted by hand in the source: C2 16, C5 21, C6 24. */
export const BUNDLED_OUTCOMES = 61;

/** WSIS outcome documents outside the extractor's known sections, to name the repeats' sections after. */
const DOCUMENTS = ['Geneva Declaration of Principles', 'Tunis Commitment'];

const FOOTNOTE = /^[\u00b9\u00b2\u00b3\u2070-\u2079]/;
/** An outcome id after a section title laid over its row: " a. Develop…". */
const OVERLAID_ID = /\s([A-Za-z]\d{0,2})[.:]\s+(?=[A-Z])/;

function sectionTitle(repeat: number, nth: number): string {
  return `${DOCUMENTS[nth % DOCUMENTS.length]} Review ${repeat}${nth >= DOCUMENTS.length ? ` Part ${nth + 1}` : ''}`;
}

/** A known section title laid over a row: the row without the title's pieces, or null when the line is no such overlay. */
function withoutOverlaidTitle(line: string): string | null {
  const cells = line.split('\t');
  const known = knownSectionByLead(cells[0]!);
  const id = known ? OVERLAID_ID.exec(cells[0]!) : null;
  if (!known || !id) return null;
  let cursor = titleCursorAfter(cells[0]!.slice(0, id.index), known.title);
  cells[0] = cells[0]!.slice(id.index).trim();
  // The row's cells after the outcome cell, in header order (the text edition has no id column).
  for (let i = 1; i < Math.min(cells.length, COLUMN_KINDS.length); i++) {
    const piece = overlaidTitlePrefix(cells[i]!, known.title, cursor);
    cursor = piece.cursor;
    cells[i] = cells[i]!.slice(piece.cut).trim();
  }
  return cells.join('\t');
}

/** One repeat of an action line's table rows, under section titles of its own. */
function repeatRows(rows: readonly string[], repeat: number): string[] {
  const out: string[] = [sectionTitle(repeat, 0)];
  let sections = 1;
  for (const line of rows) {
    if (FOOTNOTE.test(line)) continue;
    const stripped = withoutOverlaidTitle(line);
    if (stripped !== null) out.push(sectionTitle(repeat, sections++), stripped);
    else if (readSectionTitle(line.split('\t'))) out.push(sectionTitle(repeat, sections++));
    else out.push(line);
  }
  return out;
}

/** The bundled text edition with each action line's rows repeated `repeats` times in all (see above). */
export function largeEdition(text: string, repeats: number): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let block: string[] = [];
  const flush = () => {
    // The action line's title and header, up to its first section title, are printed once.
    const first = block.findIndex((line) => readSectionTitle(line.split('\t')) !== null);
    out.push(...block);
    if (first >= 0) for (let k = 1; k < repeats; k++) out.push(...repeatRows(block.slice(first + 1), k));
    block = [];
  };
  for (const line of lines) {
    if (actionLineTitleOf(line.trim()) && !line.includes('\t')) flush();
    block.push(line);
  }
  flush();
  return out.join('\n');
}
