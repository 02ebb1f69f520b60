/**
 * The roadmap's vocabulary as pure recognisers on plain strings: what a table header label says
 * (its column kind), action-line titles, footnote markers and page numbers. The loaders, the rows
 * stage and the exporter all ask here, so one edition's new wording is taught in one place.
 * (Section titles: sections.ts; outcome ids: outcome-ids.ts.)
 */
import { levenshtein } from './similarity.js';

/** The kinds of column whose cells the cell parsers read (src/cells). */
export type ColumnKind = 'outcome' | 'timing' | 'goals' | 'sdgs' | 'results';
export const COLUMN_KINDS: readonly ColumnKind[] = ['outcome', 'timing', 'goals', 'sdgs', 'results'];

/**
 * What a header label can name: a parsed column, a separate id column, or a column of a kind the
 * extractor does not read (Partners, Impact on resources, …), kept as printed under its label.
 */
export type HeaderKind = ColumnKind | 'id' | 'unknown';

/**
 * The words each kind's label uses, tried in this order (the first that matches wins): "SDG Goals"
 * is an SDG column before it is a goals column, "Expected Outcomes" a results column before it is
 * an outcome column.
 */
const LABEL_WORDS: readonly [ColumnKind, RegExp][] = [
  ['sdgs', /\bSDGs?\b|\bSustainable\s+Development\s+Goals?\b/i],
  ['timing', /\bTiming\b|\bTime[- ]?(?:scales?|frames?|lines?|table)\b|\bPeriods?\b|\bSchedule\b|\bDeadlines?\b|\bYears?\b|\bDates?\b/i],
  ['results', /\bExpected\b|\bResults?\b|\bActivities\b|\bDeliverables?\b|\bOutputs?\b/i],
  ['goals', /\bGoals?\b|\bResolutions?\b|\bPriorit(?:y|ies)\b|\bProgrammes?\b|\bObjectives?\b|\bInitiatives?\b/i],
  ['outcome', /\bOutcomes?\b|\bAction\s+Lines?\b/i],
];

/**
 * The same words with the spaces taken out, for labels whose words a narrow column broke
 * ("Propo sed Timin g"): tried only when the words themselves name no kind.
 */
const SPACELESS_WORDS: readonly [ColumnKind, RegExp][] = [
  ['sdgs', /sdgs?|sustainabledevelopmentgoal/],
  ['timing', /timing|time(?:scale|frame|line)/],
  ['results', /expectedresult|ituactivities/],
  ['goals', /strategicgoal|relevantresolution/],
  ['outcome', /wsisoutcome/],
];

/** A separate id column: "No.", "#", "ID", "Ref.", "Item". */
const ID_LABEL = /^(?:No\.?|N[°o]\.?|#|IDs?|Id|Ref\.?|Item)$/i;

/**
 * A header label is short ("Expected Results of ITU Activities"); a body cell that merely quotes
 * a label phrase ("… all the Sustainable Development Goals …") is longer and is no label.
 */
const MAX_LABEL_LENGTH = 80;
/** A label names no year ("2016-2019" is a timing value, not a label). */
const YEAR = /\d{4}/;
/** Nor is a cell with a colon ("Expected Results: more") or a numbered reference ("Goal 1") a label. */
const REFERENCE = /\b(?:Goals?|Res\.?|Resolutions?|Objectives?|Programmes?|Priorit(?:y|ies)|Targets?)\s?\d/i;

/** Footnote markers set as superscripts inside a label ("Propose" / "d²" / "Timing"). */
const SUPERSCRIPTS = /[\u00b9\u00b2\u00b3\u2070-\u2079]+/g;
/** A label word broken over at most this many lines of a narrow header cell ("Timin" / "g"). */
const MAX_BROKEN_PARTS = 3;

/**
 * The kind a label names once a word broken at a line end is put back together: two or three
 * neighbouring fragments, joined, must be exactly one of the kind's words ("Propo sed Timin g"
 * → "Timing"). Whole fragments only, so a longer word that merely contains a label word
 * ("updates", "throughputs") names nothing.
 */
function brokenLabelKind(text: string): ColumnKind | null {
  const parts = text.replace(SUPERSCRIPTS, '').split(/\s+/).filter((p) => p !== '');
  for (let i = 0; i < parts.length; i++) {
    for (let n = 2; n <= MAX_BROKEN_PARTS && i + n <= parts.length; n++) {
      const joined = parts.slice(i, i + n).join('');
      for (const [kind, words] of LABEL_WORDS) {
        const match = words.exec(joined);
        if (match && match.index === 0 && match[0].length === joined.length) return kind;
      }
    }
  }
  return null;
}

/**
 * Answers of columnKindOf by label: every stage asks about the same cell texts (the PDF loader's
 * tables and hyphen rejoining, then the rows stage), and a broken label's fragments are many
 * regex tests. Short texts only (no label is long), emptied when full.
 */
const kindsSeen = new Map<string, ColumnKind | null>();
const KINDS_SEEN_MAX = 10_000;

/** The column kind a header label names by its words, or null when it names none. */
export function columnKindOf(label: string): ColumnKind | null {
  if (label.length > 2 * MAX_LABEL_LENGTH) return labelKind(label);
  let kind = kindsSeen.get(label);
  if (kind === undefined) {
    kind = labelKind(label);
    if (kindsSeen.size >= KINDS_SEEN_MAX) kindsSeen.clear();
    kindsSeen.set(label, kind);
  }
  return kind;
}

function labelKind(label: string): ColumnKind | null {
  const text = label.trim();
  if (text.length > MAX_LABEL_LENGTH) return null;
  if (YEAR.test(text) || text.includes(':') || REFERENCE.test(text)) return null;
  for (const [kind, words] of LABEL_WORDS) if (words.test(text)) return kind;
  // A word a narrow column broke over lines: whole fragments first, then the label with its spaces out (multi-word labels).
  const broken = brokenLabelKind(text);
  if (broken) return broken;
  const spaceless = text.toLowerCase().replace(/\s+/g, '');
  for (const [kind, words] of SPACELESS_WORDS) if (words.test(spaceless)) return kind;
  return null;
}

/** A header label's kind: a parsed kind, an id column, or `unknown` (never a neighbour's kind). */
export function headerKindOf(label: string): HeaderKind {
  if (ID_LABEL.test(label.trim())) return 'id';
  return columnKindOf(label) ?? 'unknown';
}

/** A header must name at least this many distinct parsed kinds (OCR may garble one or two labels). */
export const MIN_KINDS_FOR_HEADER = 3;

/** Whether a line's cell texts read as the table header: they name three column kinds or more. */
export function isHeaderLabels(texts: readonly string[]): boolean {
  const kinds = new Set(texts.map(columnKindOf).filter((k): k is ColumnKind => k !== null));
  return kinds.size >= MIN_KINDS_FOR_HEADER;
}

/** The action line a header names: "(WSIS AL C2)" → "C2". */
export function actionLineOfLabels(labels: readonly string[]): string | null {
  return /\bAL\s*(C\d{1,2})\b/i.exec(labels.join(' '))?.[1]?.toUpperCase() ?? null;
}

export interface ActionLineTitle {
  id: string;
  title: string;
  note: string | null;
}

/**
 * "WSIS Action Line C2: Information …", "Roadmap for WSIS Action Line C5: … Note: GCA – …".
 * Neighbouring repetitions that can match the same spaces are kept apart (the punctuation is
 * optional as a group, the title starts with a non-space), so a match never backtracks over a
 * run of spaces more than once.
 */
const ACTION_LINE_TITLE = /^(?:Roadmap\s+for\s+(?:the\s+)?)?(?:WSIS\s+)?Action\s+Line\s+(C\s?\d{1,2})(?:\s*[:.\u2013\u2014-])?\s+(\S.*)$/i;
/** Starts only where a run of spaces starts: a search that tried every space of a long run would be quadratic. */
const TITLE_NOTE = /(?<!\s)\s+Note\s*:\s*/i;

/** An action-line title with its note, from the one text of a line; null when it is none. */
export function actionLineTitleOf(text: string): ActionLineTitle | null {
  const match = ACTION_LINE_TITLE.exec(text);
  if (!match) return null;
  const rest = match[2]!;
  const noteAt = TITLE_NOTE.exec(rest);
  const title = (noteAt ? rest.slice(0, noteAt.index) : rest).trim();
  const note = noteAt ? rest.slice(noteAt.index + noteAt[0].length).trim() || null : null;
  return { id: match[1]!.replace(/\s/g, '').toUpperCase(), title, note };
}

// Only the marker is read, so nothing is required to the end of the line: a `(\S.*)$` there let a
// long run of superscripts backtrack quadratically when the line held a U+2028 line separator.
const SUPERSCRIPT_MARKER = /^\s*([\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+)\s*\S/;
const PLAIN_MARKER = /^\s*(\d{1,3})\s+([A-Z\u00c0-\u00dd].*)$/;

/** The superscript marker a footnote's raw text starts with ("⁵ WSIS Outcomes …" → "⁵"), or null. */
export function superscriptMarkerOf(raw: string): string | null {
  return SUPERSCRIPT_MARKER.exec(raw)?.[1] ?? null;
}

/** A plain-number footnote start ("5 WSIS Outcomes …" → marker "5" and the text), or null. */
export function plainFootnoteOf(text: string): { marker: string; text: string } | null {
  const plain = PLAIN_MARKER.exec(text);
  return plain ? { marker: plain[1]!, text: plain[2]!.trim() } : null;
}

export interface PageNumber {
  text: string;
  /** An OCR garble of "Page" ("rage 5"). */
  garbled: boolean;
  /** A bare number ("5", "- 5 -"): page furniture only when it is a whole line. */
  bare: boolean;
}

const PAGE_NUMBER = /^(?:-\s*)?([A-Za-z]{3,5})\.?\s*(\d{1,4})(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*-)?$/;
const BARE_NUMBER = /^-?\s*\d{1,4}\s*-?$/;

/** A page number: "Page 5", "- 5 -", "5", or "rage 5" (one letter off "page"); null otherwise. */
export function pageNumberOf(text: string): PageNumber | null {
  if (BARE_NUMBER.test(text)) return { text, garbled: false, bare: true };
  const match = PAGE_NUMBER.exec(text);
  if (!match) return null;
  const word = match[1]!.toLowerCase();
  if (word === 'page') return { text, garbled: false, bare: false };
  return levenshtein(word, 'page') <= 1 ? { text, garbled: true, bare: false } : null;
}
