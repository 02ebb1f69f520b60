/**
 * Resolutions and recommendations mentioned in prose: the outcome text, expected results and
 * activities ("activities under WTSA Resolution 44", "under Recommendation 22", "Resolution 1305
 * identified ..."). They are kept apart from the goals column's resolutions: a mention says
 * what the text talks about, not what the roadmap links the outcome to.
 *
 * A mention's body is the one printed before it ("WTSA Resolution 44", "ITU-T Recommendation
 * X.1205", "Resolution ITU-R 61") or after it ("Resolution 130 of the Plenipotentiary
 * Conference"); else, for a resolution, the one body its revision fits in the registry, or the
 * one body its sentence names before it ("During the ITU Council Session 2009, Resolution 1305
 * ..."), with a warning; else none (body null, with a warning).
 */
import type { Diagnostics, Place } from '../diagnostics.js';
import { readAssemblyCode, type ResolutionBody } from '../registry/assemblies.js';
import type { Mention, MentionBody, MentionField } from '../schema/roadmap.js';
import { type CellContent, cellPlace } from './cell-content.js';
import { joinCell, type JoinedCell } from './joined-cell.js';
import { quote } from './quote.js';
import { checkReference, type FallbackBody } from './resolution-check.js';
import { canonicalResolution } from './resolutions.js';
import { readRevision, type Revision } from './revision.js';

/** One piece of prose to read: a field of the outcome, the item it is, and the cell it came from. */
export interface MentionSource {
  field: MentionField;
  /** Index in expectedResults / activities; null for the outcome text. */
  item: number | null;
  text: string;
  cell: CellContent;
}

type Kind = Mention['kind'];

// "Resolution(s)", "Res."/"Res", "Recommendation(s)", "Rec." right before a number (an optional
// sector first: "Recommendation ITU-T X.1205", "Resolution ITU-R 61").
const KEYWORD = /\b(?:([Rr]esolutions?|[Rr]es\b\.?)|([Rr]ecommendations?|[Rr]ec\.))\s?(?=(?:ITU-[TRD]\s?)?(?:[A-Z]{1,2}\.)?\d)/g;
// What may stand right before the keyword and name the body: "WTSA", "PP-14", "C09", "ITU-T".
const BODY_BEFORE = /(?:^|[^\w-])(PP|WTDC|WTSA|WRC|RA|Council|Plenipotentiary|C\d{2}|ITU-[TRD])(?:-(\d{4}|\d{2}))?\s?$/;
const SECTOR = /(ITU-[TRD])\s?/y;
// A number: "44", "1305", "X.1205", "BT.500-14" (a version suffix is read but not kept). A
// slash after it ("70/125") makes it a UN resolution, which is no ITU reference.
const NUMBER = /(?:([A-Z]{1,2})\.)?(\d+(?:\.\d+)?)(?:-\d+)?(?![\w/])/y;
const PAREN = /\s?\(([^()]*)\)/y;
const SEPARATOR = /\s?(?:,\s?(?:and\s)?|and\s|&\s?)(?=(?:[A-Z]{1,2}\.)?\d)/y;
const BODY_AFTER =
  /\s?of\s(?:the\s)?(?:ITU\s)?(Plenipotentiary\sConference|World\sTelecommunication\sDevelopment\sConference|World\sTelecommunication\sStandardization\sAssembly|World\sRadiocommunication\sConference|Radiocommunication\sAssembly|Council|PP|WTDC|WTSA|WRC|RA)\b/iy;
// Bodies a sentence may name before a bodiless resolution.
const BODY_IN_SENTENCE = /\b(PP|WTDC|WTSA|WRC|RA|Council|Plenipotentiary)\b/g;

const BODY_NAMES: Record<string, ResolutionBody> = {
  'plenipotentiary conference': 'PP',
  plenipotentiary: 'PP',
  'world telecommunication development conference': 'WTDC',
  'world telecommunication standardization assembly': 'WTSA',
  'world radiocommunication conference': 'WRC',
  'radiocommunication assembly': 'RA',
  council: 'Council',
  pp: 'PP',
  wtdc: 'WTDC',
  wtsa: 'WTSA',
  wrc: 'WRC',
  ra: 'RA',
};

/** A sector's resolutions are its assembly's: "ITU-T Resolution 50" is a WTSA resolution. */
const SECTOR_ASSEMBLY: Record<string, ResolutionBody> = { 'ITU-T': 'WTSA', 'ITU-D': 'WTDC', 'ITU-R': 'RA' };

function bodyOfWord(word: string): MentionBody | null {
  if (/^C\d{2}$/.test(word)) return 'Council';
  if (word.startsWith('ITU-')) return word as MentionBody;
  return BODY_NAMES[word.toLowerCase()] ?? null;
}

function stick(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

interface Entry {
  number: string;
  revision: Revision | null;
  start: number;
}

interface Reference {
  kind: Kind;
  /** Body printed before or after the list; null when none is. */
  printedBody: MentionBody | null;
  /** Year of a conference code printed as the body ("PP-14 Resolution 130", "C09 Res 1305"). */
  printedYear: number | null;
  start: number;
  end: number;
  entries: Entry[];
}

/** The references in one piece of prose, in order. */
function readReferences(text: string): Reference[] {
  const found: Reference[] = [];
  KEYWORD.lastIndex = 0;
  for (let m = KEYWORD.exec(text); m; m = KEYWORD.exec(text)) {
    const kind: Kind = m[1] !== undefined ? 'resolution' : 'recommendation';
    const before = BODY_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
    let start = m.index;
    let printedBody: MentionBody | null = null;
    let printedYear: number | null = null;
    if (before?.[1]) {
      printedBody = bodyOfWord(before[1]);
      printedYear = readAssemblyCode(before[2] === undefined ? before[1] : `${before[1]}-${before[2]}`)?.year ?? null;
      // The pattern may have taken one character before the body word.
      start = m.index - before[0].length + (before[0].startsWith(before[1]) ? 0 : 1);
    }
    let at = m.index + m[0].length;
    const sector = stick(SECTOR, text, at);
    if (sector?.[1]) {
      printedBody = sector[1] as MentionBody;
      at += sector[0].length;
    }
    const entries: Entry[] = [];
    let uncovered = 0;
    for (;;) {
      const number = stick(NUMBER, text, at);
      if (!number) break;
      // Resolutions are numbered; a series letter ("X.1205") belongs to a recommendation.
      if (kind === 'resolution' && number[1] !== undefined) break;
      entries.push({ number: `${number[1] ? `${number[1]}.` : ''}${number[2] ?? ''}`, revision: null, start: at });
      at += number[0].length;
      const paren = stick(PAREN, text, at);
      const revision = paren ? readRevision(paren[1] ?? '') : null;
      if (paren && revision && kind === 'resolution') {
        for (const entry of entries.slice(uncovered)) entry.revision = revision;
        uncovered = entries.length;
        at += paren[0].length;
      }
      const separator = stick(SEPARATOR, text, at);
      if (!separator) break;
      at += separator[0].length;
    }
    if (entries.length === 0) continue;
    const after = stick(BODY_AFTER, text, at);
    if (after?.[1] && printedBody === null) {
      printedBody = bodyOfWord(after[1].replace(/\s+/g, ' '));
      at += after[0].length;
    }
    found.push({ kind, printedBody, printedYear, start, end: at, entries });
    KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, at);
  }
  return found;
}

/** How far back a sentence is read for the body it names. */
const SENTENCE_REACH = 400;

/** The one body the sentence names before `offset`, as a guess for a bodiless resolution. */
function sentenceBody(text: string, offset: number): FallbackBody | null {
  // The sentence starts after the last full stop followed by a space before the mention; a
  // sentence longer than SENTENCE_REACH is read from there (and a scan stays linear).
  const head = text.slice(Math.max(0, offset - SENTENCE_REACH), offset);
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '));
  const sentence = head.slice(stop + 1);
  const bodies = new Set<ResolutionBody>();
  BODY_IN_SENTENCE.lastIndex = 0;
  for (let m = BODY_IN_SENTENCE.exec(sentence); m; m = BODY_IN_SENTENCE.exec(sentence)) {
    const body = BODY_NAMES[(m[1] ?? '').toLowerCase()];
    if (body) bodies.add(body);
  }
  if (bodies.size !== 1) return null;
  const [body] = [...bodies] as [ResolutionBody];
  return { body, guess: `its sentence names ${body === 'PP' ? 'the Plenipotentiary Conference' : `the ${body}`}` };
}

function canonicalRecommendation(body: MentionBody | null, number: string): string {
  return `${body === null ? '' : `${body} `}Rec. ${number}`;
}

/** Finds where a piece of prose sits in its cell, for the places of warnings. */
class Locator {
  private readonly joined = new Map<CellContent, JoinedCell>();
  private readonly starts = new Map<MentionSource, number>();

  placeOf(source: MentionSource, offset: number): Place {
    let cell = this.joined.get(source.cell);
    if (!cell) {
      cell = joinCell(source.cell, true);
      this.joined.set(source.cell, cell);
    }
    let at = this.starts.get(source);
    if (at === undefined) {
      // Items are folded pieces of the cell's text, so each is found in it as it is.
      at = cell.text.indexOf(source.text);
      this.starts.set(source, at);
    }
    return at >= 0 ? cell.placeAt(at + offset) : cellPlace(source.cell);
  }
}

/** Every mention in the sources, in the order the sources and their text give. */
export function extractMentions(sources: readonly MentionSource[], diag: Diagnostics): Mention[] {
  const locator = new Locator();
  const out: Mention[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    for (const ref of readReferences(source.text)) {
      const raw = source.text.slice(ref.start, ref.end).trim();
      const where = { field: source.field, item: source.item };
      let previous: ResolutionBody | null = null;
      for (const entry of ref.entries) {
        const at = locator.placeOf(source, entry.start);
        const mention = toMention(ref, entry, source.text, previous, at, diag);
        if (mention.kind === 'resolution' && mention.body !== null) previous = mention.body as ResolutionBody;
        const full: Mention = { ...mention, raw, ...where };
        const key = `${full.canonical}|${full.field}|${full.item}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(full);
      }
    }
  }
  return out;
}

function toMention(
  ref: Reference,
  entry: Entry,
  text: string,
  previous: ResolutionBody | null,
  at: Place,
  diag: Diagnostics,
): Omit<Mention, 'raw' | 'field' | 'item'> {
  const { kind, printedBody } = ref;
  if (kind === 'recommendation') {
    if (printedBody === null) diag.warn('mention-body-unknown', `${quote(`Recommendation ${entry.number}`)} names no issuing body; kept with body null.`, at);
    return { kind, body: printedBody, number: entry.number, place: null, year: null, canonical: canonicalRecommendation(printedBody, entry.number) };
  }
  const body: ResolutionBody | null = printedBody === null ? null : (SECTOR_ASSEMBLY[printedBody] ?? (printedBody as ResolutionBody));
  const fallback: FallbackBody | null = body !== null ? null : previous ? { body: previous, guess: null } : sentenceBody(text, ref.start);
  const printed = `Resolution ${entry.number}${entry.revision ? ` (${entry.revision.printed})` : ''}`;
  const checked = checkReference({ body, bodyYear: ref.printedYear, number: entry.number, revision: entry.revision, printed }, fallback, at, diag);
  if (checked.body === null) {
    diag.warn('mention-body-unknown', `${quote(printed)} names no issuing body; kept with body null.`, at);
    const place = entry.revision?.place ?? null;
    const year = entry.revision?.year ?? null;
    return { kind, body: null, number: entry.number, place, year, canonical: canonicalResolution('', entry.number, place, year).trimStart() };
  }
  return {
    kind,
    body: checked.body,
    number: entry.number,
    place: checked.place,
    year: checked.year,
    canonical: canonicalResolution(checked.body, entry.number, checked.place, checked.year),
  };
}
