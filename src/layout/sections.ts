/**
 * Section titles. Roadmap tables group outcomes by the WSIS document they come from; converters
 * split these full-width titles across cells (sometimes mid-word, sometimes garbling letters) or
 * lay them over the first row of the section. Known sections are recognised by their opening
 * words and repaired to their known title; any other title is slugged as printed.
 */
import { similarity, substringAlignment, prefixAlignment } from './similarity.js';

export interface KnownSection {
  slug: string;
  title: string;
  /** Normalised opening words that identify the section even when the rest is garbled. */
  lead: string;
}

/** The sections of the WSIS outcome documents that roadmaps are organised by. */
export const KNOWN_SECTIONS: readonly KnownSection[] = [
  { slug: 'geneva', title: 'Geneva Plan of Action and Tunis Agenda for the Information Society', lead: 'genevaplanofaction' },
  { slug: 'tunis', title: 'Tunis Agenda for the Information Society', lead: 'tunisagendaforthe' },
  {
    slug: 'wsis10',
    title: 'WSIS+10 Outcome Documents (WSIS+10 Statement on the Implementation of WSIS Outcomes and WSIS+10 Vision for WSIS Beyond 2015)',
    lead: 'wsis10outcome',
  },
];

/** Minimum similarity (1 − edit distance / length, on normalised text) for a garbled title to count as the known one. */
export const TITLE_SIMILARITY_THRESHOLD = 0.7;

/** Lower-case letters and digits only: spacing, punctuation and case do not identify a title. */
export function normaliseTitle(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Rejoins a title that a converter split across cells. A split between two letters was a split
 * inside a word ("So" + "ciety"), so those pieces are joined without a space.
 */
export function joinTitleFragments(fragments: readonly string[]): string {
  let joined = '';
  for (const raw of fragments) {
    const fragment = raw.trim();
    if (fragment === '') continue;
    if (joined === '') joined = fragment;
    else if (/[A-Za-z]$/.test(joined) && /^[a-z]/.test(fragment)) joined += fragment;
    else joined += ` ${fragment}`;
  }
  return joined;
}

export interface SectionTitle {
  slug: string;
  /** The title to report: the known title when recognised, else the reassembled text. */
  title: string;
  /** The text as the converter left it, reassembled. */
  printed: string;
  /** True when the printed text differs from the known title (beyond spacing and punctuation). */
  repaired: boolean;
}

/** The known section whose lead the text starts with, if any. */
export function knownSectionByLead(text: string): KnownSection | null {
  const normal = normaliseTitle(text);
  return KNOWN_SECTIONS.find((s) => normal.startsWith(s.lead)) ?? null;
}

export function slugify(text: string): string {
  // `(?<!-)`: the trailing run is only tried where a run of hyphens starts (linear, not quadratic).
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|(?<!-)-+$/g, '').slice(0, 60) || 'section';
}

/** A WSIS+N outcome section not in the known list ("WSIS+20 Outcome Document"), slugged wsisN. */
const WSIS_REVIEW = /^WSIS\s*\+\s*(\d{1,2})\b/i;

/**
 * Reads a whole line as a section title: it must start with a known lead and be similar to the
 * known title as a whole, or be a WSIS+N review title.
 */
export function readSectionTitle(fragments: readonly string[]): SectionTitle | null {
  const printed = joinTitleFragments(fragments);
  const known = knownSectionByLead(printed);
  if (known) {
    const normal = normaliseTitle(printed);
    const title = normaliseTitle(known.title);
    // The edit distance is at least the difference in length, so a line much longer than the
    // title cannot reach the threshold; comparing it would cost its length times the title's.
    if (Math.abs(normal.length - title.length) > (1 - TITLE_SIMILARITY_THRESHOLD) * Math.max(normal.length, title.length)) return null;
    const score = similarity(normal, title);
    if (score < TITLE_SIMILARITY_THRESHOLD) return null;
    return { slug: known.slug, title: known.title, printed, repaired: normal !== title };
  }
  const review = WSIS_REVIEW.exec(printed);
  if (review && /\bOutcome/i.test(printed)) return { slug: `wsis${review[1]}`, title: printed, printed, repaired: false };
  return null;
}

/** Garbled title pieces may differ from the known title by one edit in this many characters. */
const TITLE_PIECE_CHARS_PER_EDIT = 10;
/** How far before the expected position a title piece may start (converters repeat or drop a letter at a cut). */
const TITLE_PIECE_SLACK = 3;

function allowedEdits(length: number): number {
  return Math.max(1, Math.floor(length / TITLE_PIECE_CHARS_PER_EDIT));
}

/**
 * Where the title text `printed` (the start of a title laid over a row) ends in the known title:
 * a cursor into the normalised known title, for following the title into the next cells.
 */
export function titleCursorAfter(printed: string, knownTitle: string): number {
  const alignment = prefixAlignment(normaliseTitle(printed), normaliseTitle(knownTitle));
  return alignment.end;
}

/**
 * For a title laid over a row: the longest leading part of a cell (ending at a word end, with a
 * letter in it) that continues the known title from `cursor` (allowing the odd garbled letter).
 * Returns how many characters of the cell to strip, and the cursor after them.
 */
export function overlaidTitlePrefix(cellText: string, knownTitle: string, cursor: number): { cut: number; cursor: number } {
  const title = normaliseTitle(knownTitle);
  let best = { cut: 0, cursor };
  const wordEnd = /\S(?=\s|$)/g;
  for (let m = wordEnd.exec(cellText); m; m = wordEnd.exec(cellText)) {
    const end = m.index + 1;
    const piece = cellText.slice(0, end);
    const normal = normaliseTitle(piece);
    if (normal.length === 0) continue;
    const windowStart = Math.max(0, cursor - TITLE_PIECE_SLACK);
    const window = title.slice(windowStart, cursor + normal.length + TITLE_PIECE_SLACK);
    const alignment = substringAlignment(normal, window);
    if (alignment.distance > allowedEdits(normal.length) || alignment.start > 2 * TITLE_PIECE_SLACK) break;
    if (/[a-z]/i.test(piece) && (normal.length >= 3 || end === cellText.trim().length)) {
      best = { cut: end, cursor: windowStart + alignment.end };
    }
  }
  return best;
}
