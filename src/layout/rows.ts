/**
 * Grid → action lines and outcome rows: the heart of the extractor.
 *
 * Lines are recognised by what they say, never by where they sit: action-line titles, the table
 * header that repeats on every page, footnotes, page furniture, section titles (also split across
 * cells or laid over a row), and table lines. A table line starts a new outcome row only on a real
 * signal (an outcome id, something in the id column, or a second timing value); every other line
 * continues the open row column by column, across page headers and footnotes. When a row closes,
 * OCR ghosts and stray fragments are dropped from its cells and a cell holding two outcomes is
 * split. Finally each section's id sequence decides the intended ids.
 */
import type { CellFragment } from '../cells/cell-content.js';
import { foldWhitespace } from '../cells/cell-content.js';
import { clip, Diagnostics, type Place } from '../diagnostics.js';
import type { Grid, GridLine } from '../grid/grid.js';
import { isBlank } from '../grid/grid.js';
import type { Footnote } from '../schema/roadmap.js';
import { COLUMN_KINDS, readTableHeader, type ColumnKind, type TableHeader } from './columns.js';
import { englishWords } from './dictionary.js';
import { buildLexicon, type Lexicon } from './ghosts.js';
import { assignIds } from './passes/assign-ids.js';
import { dropGhostsAndGarbage } from './passes/ghost-lines.js';
import { splitDoubleOutcome } from './passes/split-outcomes.js';
import type { ActionLineDraft, LaidOutDocument, LineBucket, RowDraft, SectionRef } from './model.js';
import { readIdCell, readLeadingId, romanNumeral, romanValue, type PrintedId } from './outcome-ids.js';
import { readActionLineTitle, readFootnote, readFurniture, splitRunOnFootnote } from './recognise.js';
import { startsRow } from './row-start.js';
import { knownSectionByLead, overlaidTitlePrefix, readSectionTitle, slugify, titleCursorAfter } from './sections.js';

/** An outcome id inside a cell that a section title was laid over: " a. Develop…". */
const OVERLAID_OUTCOME_ID = /\s([A-Za-z]\d{0,2}|\d{1,2})[.:]\s+(?=[A-Z])/;

/**
 * Junk where an id belongs, at the start of the outcome cell: a run of single digits or marks
 * ("1 1 2 2 2 …", an OCR reading of a smudged id column) before the outcome's first word.
 */
const GARBLED_ID_PREFIX = /^((?:[0-9Il|.:;,]\s+){3,})(?=\p{Lu}\p{Ll})/u;

/** Ids that open a section's sequence. */
const SEQUENCE_STARTS = new Set(['A', 'a', 'A1', 'a1']);
/** A section title not in the known list is a short line… */
const MAX_TITLE_LENGTH = 100;
/** …whose longer words are mostly capitalised ("Tunis Commitment", not "Strengthening institutional support at the"). */
const TITLE_CAPITALISED_SHARE = 0.6;

/** Longest first line a document title can have (longer is prose). */
const MAX_DOCUMENT_TITLE_LENGTH = 160;

function emptyCells(): Record<ColumnKind, CellFragment[]> {
  return { outcome: [], timing: [], goals: [], sdgs: [], results: [] };
}

function placeOf(line: GridLine): Place {
  return { line: line.line, page: line.page };
}

/** A table line with its cells assigned to column kinds, and whatever stood in an id column. */
interface TableLine {
  source: GridLine;
  place: Place;
  idCell: string | null;
  cells: Record<ColumnKind, string>;
  /** Cells that begin after a paragraph break (paged sources mark these explicitly). */
  breaks: Record<ColumnKind, boolean>;
  /** Cells of columns of unknown kind, by their label (kept as printed, never merged into a neighbour). */
  other: Map<string, string>;
}

class RowsBuilder {
  readonly document: LaidOutDocument = { title: '', actionLines: [], coverage: {} };
  private actionLine: ActionLineDraft | null = null;
  private header: TableHeader | null = null;
  private declaredMarkers = new Set<string>();
  private section: SectionRef | null = null;
  private openRow: RowDraft | null = null;
  /** Diagnostics to attach to the next row that starts (e.g. a section title laid over it). */
  private pendingRowWarnings: Diagnostics = new Diagnostics();
  /** The footnote markers each action line has so far. */
  private readonly footnoteMarkers = new WeakMap<ActionLineDraft, Set<string>>();

  constructor(
    private readonly diagnostics: Diagnostics,
    /** Null when the source cannot carry OCR errors: no ghost or stray-number repairs then. */
    private readonly lexicon: Lexicon | null,
    private readonly onLine?: LineObserver,
  ) {}

  add(line: GridLine): void {
    if (isBlank(line)) return;
    if (this.pendingTitle) this.settlePendingTitle(this.restartsSequence(line));
    const bucket = this.classify(line);
    if (bucket) this.count(bucket, line);
  }

  private count(bucket: LineBucket, line: GridLine): void {
    this.document.coverage[bucket] = (this.document.coverage[bucket] ?? 0) + 1;
    this.onLine?.(line, bucket);
  }

  /**
   * A title-like line inside a table ("Tunis Commitment") waits for the next line: if that opens
   * a new id sequence ("A:", "a.") the line was a section title not in the known list; otherwise it
   * continues the open row like any other line.
   */
  private pendingTitle: { line: TableLine; text: string } | null = null;

  private settlePendingTitle(asTitle: boolean): void {
    const pending = this.pendingTitle!;
    this.pendingTitle = null;
    if (asTitle) {
      this.closeRow();
      this.section = { slug: slugify(pending.text), title: pending.text };
      this.count('section-title', pending.line.source);
    } else {
      this.addTableLine(pending.line);
      this.count('outcome-row', pending.line.source);
    }
  }

  /** Does this line start an outcome whose id opens a sequence (A, a, A1)? */
  private restartsSequence(line: GridLine): boolean {
    if (!this.header || readActionLineTitle(line) || readTableHeader(line)) return false;
    const tableLine = this.toTableLine(line);
    const printed = tableLine.idCell !== null ? readIdCell(tableLine.idCell) : null;
    const id = printed?.kind === 'id' ? printed.text : readLeadingId(tableLine.cells.outcome)?.id;
    return id !== undefined && SEQUENCE_STARTS.has(id);
  }

  /** A short, title-cased line alone in the first column, with no id and no closing punctuation. */
  private isTitleCandidate(line: GridLine): boolean {
    const filled = line.cells.filter((c) => c.text !== '');
    if (filled.length !== 1 || filled[0] !== line.cells[0]) return false;
    const text = filled[0]!.text;
    if (text.length > MAX_TITLE_LENGTH || !/^\p{Lu}/u.test(text) || /[.,;:]$/.test(text) || readLeadingId(text)) return false;
    const long = text.split(/\s+/).filter((w) => w.length >= 4);
    const capitalised = long.filter((w) => /^\p{Lu}/u.test(w));
    return long.length >= 2 && capitalised.length / long.length >= TITLE_CAPITALISED_SHARE;
  }

  /**
   * Places one non-blank line and says where it went (lossless accounting: every line goes
   * somewhere), or null for a title-like line held until the next line settles it.
   */
  private classify(line: GridLine): LineBucket | null {
    const place = placeOf(line);

    const title = readActionLineTitle(line);
    if (title) {
      this.closeRow();
      this.actionLine = { id: title.id, title: title.title, note: title.note, columns: [], otherLabels: [], footnotes: [], rows: [] };
      this.document.actionLines.push(this.actionLine);
      this.header = null;
      this.section = null;
      this.declaredMarkers = new Set();
      return 'action-line-title';
    }

    const header = readTableHeader(line);
    if (!this.actionLine && !header) {
      // Before the first action line: the document title, then introductory prose.
      const first = line.cells.map((c) => c.text).filter(Boolean).join(' ');
      if (this.document.title === '' && first.length <= MAX_DOCUMENT_TITLE_LENGTH) {
        this.document.title = first;
        return 'document-title';
      }
      return 'preamble';
    }

    if (header) {
      this.acceptHeader(header, place);
      return 'table-header';
    }

    const furniture = readFurniture(line);
    if (furniture) {
      if (furniture.garbled) this.diagnostics.warn('furniture-dropped', `dropped "${furniture.text}" (a garbled page number)`, place);
      return 'page-furniture';
    }

    if (!this.header) {
      if (this.actionLine && this.actionLine.rows.length === 0 && /^Note\s*:/i.test(line.cells[0]?.text ?? '') && !this.actionLine.note) {
        this.actionLine.note = line.cells[0]!.text.replace(/^Note\s*:\s*/i, '');
        return 'action-line-title';
      }
      this.diagnostics.warn('line-unclassified', `text before the table header was dropped: "${clip(line.cells.map((c) => c.text).join(' '))}"`, place);
      return 'dropped';
    }

    const footnote = readFootnote(line, this.declaredMarkers);
    if (footnote) {
      this.acceptFootnote(footnote.marker, footnote.text, place);
      return 'footnote';
    }

    const sectionTitle = readSectionTitle(line.cells.map((c) => c.text)) ?? (line.title ? markedTitle(line) : null);
    if (sectionTitle && !this.lineHasOutcomeId(line)) {
      this.closeRow();
      this.section = { slug: sectionTitle.slug, title: sectionTitle.title };
      if (sectionTitle.repaired) {
        this.diagnostics.warn('section-title-repaired', `section title "${clip(sectionTitle.printed)}" read as "${sectionTitle.title}"`, place);
      }
      return 'section-title';
    }

    if (this.openRow && this.isTitleCandidate(line)) {
      this.pendingTitle = { line: this.toTableLine(line), text: line.cells[0]!.text };
      return null;
    }
    const tableLine = this.toTableLine(line);
    this.stripOverlaidSectionTitle(tableLine);
    this.addTableLine(tableLine);
    return onlyOtherColumns(tableLine) ? 'other-columns' : 'outcome-row';
  }

  finish(): LaidOutDocument {
    if (this.pendingTitle) this.settlePendingTitle(false);
    this.closeRow();
    for (const actionLine of this.document.actionLines) assignIds(actionLine);
    return this.document;
  }

  private acceptHeader(header: TableHeader, place: Place): void {
    if (!this.actionLine) {
      // A table with no action-line title before it: name the action line from the header.
      const id = header.actionLine ?? 'C0';
      this.actionLine = { id, title: '', note: null, columns: [], otherLabels: [], footnotes: [], rows: [] };
      this.document.actionLines.push(this.actionLine);
      this.diagnostics.warn('line-unclassified', `a table header appeared before any action-line title; the action line was named ${id} from the header`, place);
    }
    if (header.junk !== '') this.diagnostics.warn('header-junk', `dropped "${clip(header.junk)}" before the table header`, place);
    if (this.actionLine.columns.length === 0) {
      this.actionLine.columns = header.labels;
      this.actionLine.otherLabels = header.labels.filter((_, i) => header.kinds[i] === 'unknown');
      if (this.actionLine.otherLabels.length > 0) {
        const list = this.actionLine.otherLabels.map((l) => `"${clip(l)}"`).join(', ');
        this.diagnostics.warn('column-unknown', `${this.actionLine.id}: column${this.actionLine.otherLabels.length > 1 ? 's' : ''} ${list} name${this.actionLine.otherLabels.length > 1 ? '' : 's'} no kind the extractor reads; kept as printed in each outcome's otherColumns`, place);
      }
    }
    for (const markers of header.markers) for (const marker of markers) this.declaredMarkers.add(marker);
    this.header = header;
  }

  private acceptFootnote(marker: string, text: string, place: Place): void {
    const actionLine = this.actionLine!;
    // The markers seen so far are kept per action line: rebuilding them for every footnote line
    // was quadratic in the number of footnote lines.
    let seen = this.footnoteMarkers.get(actionLine);
    if (!seen) this.footnoteMarkers.set(actionLine, (seen = new Set(actionLine.footnotes.map((f) => f.marker))));
    const parts = splitRunOnFootnote({ marker, text }, this.declaredMarkers, seen);
    if (parts.length > 1) {
      this.diagnostics.warn('footnote-split', `footnote ${marker} ran into footnote${parts.length > 2 ? 's' : ''} ${parts.slice(1).map((p) => p.marker).join(', ')}; split`, place);
    }
    for (const part of parts) {
      actionLine.footnotes.push({ marker: part.marker, text: foldWhitespace(part.text) } satisfies Footnote);
      seen.add(part.marker);
    }
  }

  /** True when the line's first text opens a section title and goes on into an outcome id: an overlay, not a title line. */
  private lineHasOutcomeId(line: GridLine): boolean {
    const first = line.cells.find((c) => c.text !== '')?.text ?? '';
    return knownSectionByLead(first) !== null && OVERLAID_OUTCOME_ID.test(first);
  }

  private toTableLine(line: GridLine): TableLine {
    const header = this.header!;
    const kinds = header.kinds;
    const texts = line.cells.map((c) => c.text);
    const extra = texts.length - kinds.length;
    const ids: string[] = [];
    let content = texts;
    if (extra > 0) {
      // More cells than the header has labels: the leading ones are a separate id column.
      ids.push(texts.slice(0, extra).join(' ').trim());
      content = texts.slice(extra);
    }
    const cells = { outcome: '', timing: '', goals: '', sdgs: '', results: '' } as Record<ColumnKind, string>;
    const breaks = { outcome: false, timing: false, goals: false, sdgs: false, results: false } as Record<ColumnKind, boolean>;
    const other = new Map<string, string>();
    content.forEach((text, i) => {
      // A cell beyond the last label belongs to the last column.
      const at = Math.min(i, kinds.length - 1);
      const kind = kinds[at]!;
      if (kind === 'id') {
        ids.push(text);
      } else if (kind === 'unknown') {
        const label = header.labels[at]!;
        const before = other.get(label) ?? '';
        other.set(label, before === '' ? text : text === '' ? before : `${before} ${text}`);
      } else {
        cells[kind] = cells[kind] === '' ? text : `${cells[kind]} ${text}`;
        if (line.cells[i + Math.max(0, extra)]?.paragraphBefore) breaks[kind] = true;
      }
    });
    const idCell = ids.length > 0 ? ids.join(' ').trim() : null;
    return { source: line, place: placeOf(line), idCell, cells, breaks, other };
  }

  /**
   * A section title laid over the section's first row: the outcome cell starts with the title's
   * opening words and holds an outcome id after them; the other cells start with pieces of the
   * title. Strip the pieces, open the section, and let the rest be an ordinary table line.
   */
  private stripOverlaidSectionTitle(tableLine: TableLine): void {
    const outcome = tableLine.cells.outcome;
    const known = knownSectionByLead(outcome);
    if (!known) return;
    const idAt = OVERLAID_OUTCOME_ID.exec(outcome);
    if (!idAt) return;
    const printed: string[] = [outcome.slice(0, idAt.index).trim()];
    tableLine.cells.outcome = outcome.slice(idAt.index).trim();
    let cursor = titleCursorAfter(printed[0]!, known.title);
    for (const kind of COLUMN_KINDS) {
      if (kind === 'outcome') continue;
      const piece = overlaidTitlePrefix(tableLine.cells[kind], known.title, cursor);
      const cut = piece.cut;
      cursor = piece.cursor;
      if (cut > 0) {
        printed.push(tableLine.cells[kind].slice(0, cut));
        tableLine.cells[kind] = tableLine.cells[kind].slice(cut).trim();
      }
    }
    this.closeRow();
    this.section = { slug: known.slug, title: known.title };
    this.pendingRowWarnings.warn(
      'section-title-overlaid',
      `section title "${clip(printed.join(' | '))}" was laid over this row; its pieces were removed from the row's cells`,
      tableLine.place,
    );
  }

  private addTableLine(line: TableLine): void {
    const leading = line.idCell === null ? readLeadingId(line.cells.outcome) : null;
    const garbledPrefix = line.idCell === null && !leading ? GARBLED_ID_PREFIX.exec(line.cells.outcome) : null;
    const printed: PrintedId =
      line.idCell !== null
        ? readIdCell(line.idCell)
        : leading
          ? { kind: 'id', text: leading.id }
          : garbledPrefix
            ? { kind: 'garbled', text: garbledPrefix[1]!.trim() }
            : { kind: 'missing' };
    const open = this.openRow;
    const hasTiming = line.cells.timing !== '';
    const hasOutcomeText = line.cells.outcome !== '';

    const startsNewRow = startsRow({
      open: open !== null,
      drawn: line.source.rowStart,
      idColumn: line.idCell !== null && printed.kind !== 'missing',
      leadingId: leading !== null,
      continuesSubItems: open !== null && leading !== null && continuesSubItems(leading.id, open, hasTiming),
      garbledId: garbledPrefix !== null,
      hasTiming,
      hasOutcomeText,
      openHasTiming: open !== null && open.cells.timing.some((f) => f.text !== ''),
    });

    if (!startsNewRow) {
      this.appendToRow(open!, line, false);
      return;
    }
    this.closeRow();
    if (!this.section) {
      this.section = { slug: this.actionLine!.id.toLowerCase(), title: '' };
      this.diagnostics.warn('section-missing', 'outcomes appear before any section title', line.place);
    }
    if (leading) line.cells.outcome = line.cells.outcome.slice(leading.length);
    else if (garbledPrefix) line.cells.outcome = line.cells.outcome.slice(garbledPrefix[0].length);
    const row: RowDraft = {
      actionLine: this.actionLine!.id,
      section: this.section,
      printed,
      decision: null,
      cells: emptyCells(),
      other: {},
      lines: [],
      pages: [],
      diagnostics: this.pendingRowWarnings,
    };
    this.pendingRowWarnings = new Diagnostics();
    this.appendToRow(row, line, true);
    this.openRow = row;
  }

  private appendToRow(row: RowDraft, line: TableLine, first: boolean): void {
    const emptyIsBreak = line.source.emptyCellsAreBreaks ?? true;
    for (const kind of COLUMN_KINDS) {
      const text = line.cells[kind];
      if (emptyIsBreak) {
        // An empty cell on a continuation line is a paragraph break within that cell.
        if (text !== '' || (!first && row.cells[kind].length > 0)) row.cells[kind].push({ text, place: line.place });
      } else if (text !== '') {
        if (line.breaks[kind] && row.cells[kind].length > 0) row.cells[kind].push({ text: '', place: line.place });
        row.cells[kind].push({ text, place: line.place });
      }
    }
    for (const [label, text] of line.other) {
      if (text === '') continue;
      (row.other[label] ??= []).push({ text, place: line.place });
    }
    if (line.place.line !== null) row.lines.push(line.place.line);
    if (line.place.page !== null && !row.pages.includes(line.place.page)) row.pages.push(line.place.page);
  }

  private closeRow(): void {
    const row = this.openRow;
    if (!row) return;
    this.openRow = null;
    if (this.lexicon) {
      const lexicon = this.lexicon;
      for (const kind of COLUMN_KINDS) row.cells[kind] = dropGhostsAndGarbage(row.cells[kind], kind, lexicon, row.diagnostics);
    }
    for (const part of splitDoubleOutcome(row)) this.actionLine!.rows.push(part);
  }
}

/** A table line whose text is all in columns of unknown kind (counted in its own bucket). */
function onlyOtherColumns(line: TableLine): boolean {
  return line.idCell === null && COLUMN_KINDS.every((k) => line.cells[k] === '') && [...line.other.values()].some((t) => t !== '');
}

/** Is a leading id on a new line really the next sub-item of the open row ("iii." after "ii.", "D2:" after "D1:")? */
function continuesSubItems(token: string, open: RowDraft, hasTiming: boolean): boolean {
  if (hasTiming) return false;
  const printed = subItemMarkersOf(open);
  const roman = romanValue(token);
  if (roman !== null) return roman === 1 ? endsWithColon(open.cells.outcome) : printed.romans.has(romanNumeral(roman - 1)!);
  const sub = /^([A-Za-z])(\d{1,2})$/.exec(token);
  const parent = open.printed.kind === 'id' ? open.printed.text : null;
  if (sub && parent && /^[A-Za-z]$/.test(parent) && sub[1]!.toLowerCase() === parent.toLowerCase()) {
    const number = Number(sub[2]);
    return number === 1 ? endsWithColon(open.cells.outcome) : printed.codes.has(`${sub[1]}${number - 1}`);
  }
  return false;
}

/** Does the cell's text so far end with a colon (a list follows)? */
function endsWithColon(fragments: readonly CellFragment[]): boolean {
  for (let i = fragments.length - 1; i >= 0; i--) {
    const text = fragments[i]!.text.trimEnd();
    if (text !== '') return text.endsWith(':');
  }
  return false;
}

// Sub-item markers inside the outcome text, followed by a space: "ii." / "(ii)" / "ii)"; "D1:" / "D1.".
const ROMAN_MARKER = /(?<=^|[\s(])([ivx]{1,5})[.)](?=\s|$)/g;
const CODE_MARKER = /\b([A-Za-z]\d{1,2})[.:](?=\s|$)/g;

/**
 * The sub-item markers printed so far in an open row's outcome cell, read fragment by fragment
 * as the row grows: searching the whole cell again for every new line was quadratic in the
 * number of lines. Fragments are joined by a space, so a marker that ends a fragment counts once
 * another fragment follows.
 */
interface PrintedMarkers {
  romans: Set<string>;
  codes: Set<string>;
  /** Fragments read so far. */
  read: number;
  /** Markers at the very end of the last fragment read. */
  atEnd: { romans: string[]; codes: string[] };
}

const markersByRow = new WeakMap<RowDraft, PrintedMarkers>();

function subItemMarkersOf(row: RowDraft): PrintedMarkers {
  let printed = markersByRow.get(row);
  if (!printed) markersByRow.set(row, (printed = { romans: new Set(), codes: new Set(), read: 0, atEnd: { romans: [], codes: [] } }));
  for (const fragments = row.cells.outcome; printed.read < fragments.length; printed.read++) {
    const text = fragments[printed.read]!.text;
    printed.atEnd = { romans: collect(text, ROMAN_MARKER, printed.romans, printed.atEnd.romans), codes: collect(text, CODE_MARKER, printed.codes, printed.atEnd.codes) };
  }
  return printed;
}

/** Adds the markers of `text` to `found` (with those that ended the previous fragment); returns those at its very end. */
function collect(text: string, pattern: RegExp, found: Set<string>, endedPrevious: readonly string[]): string[] {
  for (const marker of endedPrevious) found.add(marker);
  const atEnd: string[] = [];
  for (const m of text.matchAll(pattern)) {
    if (m.index + m[0].length === text.length) atEnd.push(m[1]!);
    else found.add(m[1]!);
  }
  return atEnd;
}

/** A line the source marks as a title, with no known section's words: a section named as printed. */
function markedTitle(line: GridLine): { slug: string; title: string; printed: string; repaired: boolean } | null {
  const printed = line.cells.map((c) => c.text).filter(Boolean).join(' ').trim();
  return printed === '' ? null : { slug: slugify(printed), title: printed, printed, repaired: false };
}

/** Told where each non-blank line went, as it is counted (for `roadmap inspect`). */
export type LineObserver = (line: GridLine, bucket: LineBucket) => void;

/** Lays out the whole grid. Document-level warnings go to `diagnostics`; row-level ones stay on each row. */
export function layOutRows(grid: Grid, diagnostics: Diagnostics, onLine?: LineObserver): LaidOutDocument {
  return layOutLines(grid.lines, grid.ocrPossible !== false ? () => grid.lines.flatMap((l) => l.cells.map((c) => c.text)) : null, diagnostics, onLine);
}

/**
 * Lays out grid lines read once, in order (a large text's grid need never be held whole).
 * `documentTexts` gives every cell text of the document, in order, when the source can carry OCR
 * errors (the ghost rule counts the document's words), or is null when it cannot.
 */
export function layOutLines(lines: Iterable<GridLine>, documentTexts: (() => Iterable<string>) | null, diagnostics: Diagnostics, onLine?: LineObserver): LaidOutDocument {
  // OCR repairs only where OCR errors can be (the word list is loaded only then, too).
  const lexicon = documentTexts === null ? null : buildLexicon(englishWords, documentTexts);
  const builder = new RowsBuilder(diagnostics, lexicon, onLine);
  for (const line of lines) builder.add(line);
  return builder.finish();
}

/** How many outcomes one cell may be split into (see passes/split-outcomes.ts). */
export { MAX_OUTCOMES_PER_CELL } from './passes/split-outcomes.js';
