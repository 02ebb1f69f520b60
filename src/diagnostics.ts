/**
 * Warnings: every guess the extractor makes is reported with a stable code and the place it
 * came from (the vfile-message idea: a reason, a position, a rule id). Stages never print; they
 * push into a `Diagnostics` collector that the pipeline turns into contract `Warning`s.
 */
import type { Warning } from './schema/roadmap.js';
import { printable } from './safety/terminal-text.js';

/** Where something came from in the source: 1-based line and/or page, either may be unknown. */
export interface Place {
  line: number | null;
  page: number | null;
}

export const NOWHERE: Place = { line: null, page: null };

/** Every warning code the extractor emits, with what it means (README lists these). */
export const WARNING_CODES = {
  'id-repaired': 'The printed outcome id did not fit the section\'s id sequence (wrong case, a digit for a letter); the id was set from the sequence.',
  'id-missing': 'No outcome id was printed; the id was inferred from the section\'s sequence.',
  'id-garbled': 'The id position held unreadable text; the id was inferred from the section\'s sequence.',
  'id-out-of-sequence': 'The printed id breaks the section\'s sequence and could not be repaired; it was kept as printed.',
  'id-duplicate': 'Two outcomes would share a key; the later one got a numeric suffix.',
  'outcome-split': 'One cell held two outcomes; it was split at the second outcome\'s id.',
  'ocr-noise-repaired': 'A word of an OCR text layer held noise (a ruling read as text, a misread letter or marker) and was repaired or dropped.',
  'ghost-line-dropped': 'A garbled near-duplicate of a neighbouring line in the same cell (an OCR ghost) was dropped.',
  'garbage-dropped': 'A fragment that cannot belong to the cell (e.g. a stray number after a finished sentence) was dropped.',
  'section-title-repaired': 'A section title was garbled or split by the converter; it was matched to the known title.',
  'section-title-overlaid': 'A section title was laid over the first row of its section; its fragments were removed from the row\'s cells.',
  'section-missing': 'Outcomes appeared before any section title; they were put in a section named after the action line.',
  'header-junk': 'Text preceded the repeated table header in its first cell and was dropped.',
  'furniture-dropped': 'A garbled page number or other page furniture was dropped.',
  'footnote-split': 'One footnote line held the text of a second footnote; it was split at the second marker.',
  'line-unclassified': 'A line inside a table could not be placed (no open row); it was dropped.',
  'timing-missing': 'The outcome has no timing.',
  'timing-unparsed': 'The timing cell could not be read as a year or a year range.',
  'timing-reversed': 'The timing range ends before it starts; the years were kept as printed.',
  'goals-unparsed': 'Part of the goals cell matched no known kind of reference.',
  'objective-unknown': 'An objective reference had an unexpected form and was kept as printed.',
  'initiative-repaired': 'A regional initiative code with a known typo was corrected.',
  'initiative-unknown': 'A regional initiative code is not of a known region, or is not among the codes the edition\'s action plan lists for its region; it was kept.',
  'gca-pillar-mismatch': 'A GCA pillar number and its printed name disagree; the number was kept.',
  'gca-pillar-misread': 'A word one letter off a GCA pillar\'s name (an OCR copy that lost the pillar\'s number) was read as that pillar.',
  'resolution-unparsed': 'A fragment in the resolutions list could not be read as a resolution reference.',
  'sdg-invalid': 'An SDG id that is not an official SDG goal or target was dropped.',
  'sdg-text-unattributed': 'Text in the SDG cell before the first SDG id belongs to no target (often the tail of the row above).',
  'sdg-text-differs': 'An SDG target is quoted with wording that differs materially from the official text (e.g. draft wording such as "[x] per cent"); the id was kept.',
  'resolution-body-inferred': 'A resolution printed without its issuing body got one from the registry (its revision fits one body\'s conference) or, in prose, from the one body its sentence names.',
  'resolution-revision-unknown': 'A resolution\'s revision (place, year or conference code) matches no conference of its body in the registry; the reference was kept as printed.',
  'resolution-revision-ambiguous': 'A resolution\'s revision names a place but no year, and its body met there more than once; the year was left empty.',
  'resolution-year-filled': 'A resolution\'s revision names a place but no year; the registry knows one conference of its body there, and its year was filled in.',
  'mention-body-unknown': 'A resolution or recommendation mentioned in the outcome text, results or activities names no issuing body; it was kept with body null.',
  'action-plan-unknown': 'The goals cells name an action plan the registry does not know; regional initiatives were not checked against a plan.',
  'action-plan-ambiguous': 'The goals cells name more than one action plan; regional initiatives were checked against the one named most often.',
  'initiative-unverified': 'A regional initiative code could not be checked: the registry does not list its region\'s codes for the edition\'s action plan, or no plan was named. Reported once per code in an edition, on the first outcome citing it.',
  'strategic-goal-unknown': 'An ITU strategic goal number is no goal of the strategic plan in force for the edition\'s timing (or of any plan); it was kept.',
  'column-unknown': 'A table column\'s header names no kind the extractor reads (Partners, Impact on resources, …); its cells are kept as printed in each outcome\'s otherColumns. Once per action line.',
  'strategic-plan-unknown': 'The edition\'s timing falls in no ITU strategic plan the registry knows, or the plan\'s goals are not in the registry; strategic goal numbers were not checked.',
  'priority-unknown': 'A priority reference names none of the ITU-D priorities of the edition\'s action plan, or the registry lists no priorities for the plan (or no plan was named) so it could not be checked; it was kept as printed.',
  'programme-unknown': 'A programme number is no programme of the edition\'s action plan; it was kept.',
  'programme-unverified': 'A programme number could not be checked: the registry does not list the programmes of the edition\'s action plan, or no plan was named. Once per number in an edition.',
  'resolution-revision-unverified': 'A resolution\'s revision names a Council session the registry does not list (the registry lists only some sessions); it could not be checked.',
  'page-without-text': 'A PDF page has no text layer (an image-only page); it was skipped.',
  'structure-tree-ignored': 'A tagged PDF\'s structure tree has no table where the page prints one, or its table contradicts where the text is printed (cells out of order, a cell across two columns, text in no cell); that table was read from the page\'s geometry.',
  'page-damaged': 'A PDF page could not be read (pdf.js failed on its content); it was skipped and the other pages were read.',
  'encoding-fallback': 'The file was not valid UTF-8 and was decoded as Windows-1252.',
  'results-unlabelled': 'Text in the results cell before the "Expected Results" label was kept as a result.',
  'correction-stale': 'A correction in corrections.json no longer applies (its outcome is gone, or the field already has that value); it was skipped.',
} as const;

export type WarningCode = keyof typeof WARNING_CODES;

/** Source text cut short for a message, so a hostile line cannot bloat a report, and made inert for a terminal. */
export function clip(text: string, max = 80): string {
  return printable(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}

export interface Diagnostic {
  code: WarningCode;
  message: string;
  place: Place;
}

/** Collects diagnostics for one scope (a document or an outcome). */
export class Diagnostics {
  readonly items: Diagnostic[] = [];

  warn(code: WarningCode, message: string, place: Place = NOWHERE): void {
    this.items.push({ code, message, place });
  }

  addAll(other: Iterable<Diagnostic>): void {
    for (const d of other) this.items.push(d);
  }

  toWarnings(): Warning[] {
    return this.items.map((d) => ({ code: d.code, message: d.message, line: d.place.line, page: d.place.page }));
  }
}
