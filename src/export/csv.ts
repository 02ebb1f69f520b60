/**
 * A roadmap.json as CSV for spreadsheets: one record per outcome, in document order, under a
 * header of dotted field names (`goals.strategicGoals`). RFC 4180, with one line ending (CRLF)
 * everywhere: every record ends with CRLF, and a list field holds one item per line inside its
 * quoted cell (so an item containing "; " or "," stays one item). Resolutions are written by
 * their canonical form, sub-items and warnings by id and code (the full sub-item text is in
 * `text`); provenance is two columns, the first and the last source line.
 *
 * Cells a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
 * return: OWASP's CSV injection list) get a leading apostrophe, unless the caller asks for the
 * raw text.
 */
import type { Outcome, RoadmapEdition } from '../schema/roadmap.js';

/** The line ending of records and of the lines inside a list cell. */
export const CSV_LINE_END = '\r\n';

export interface CsvOptions {
  /** Write cells as they are, without neutralising formula-like text (default false). */
  raw?: boolean;
}

type Value = string | number | boolean | null | readonly (string | number)[];
type Field = [name: string, value: (outcome: Outcome) => Value];

/** The columns, in contract order. */
export const CSV_FIELDS: readonly Field[] = [
  ['key', (o) => o.key],
  ['actionLine', (o) => o.actionLine],
  ['section', (o) => o.section],
  ['sectionTitle', (o) => o.sectionTitle],
  ['id', (o) => o.id],
  ['printedId', (o) => o.printedId],
  ['idRepaired', (o) => o.idRepaired],
  ['text', (o) => o.text],
  ['subItems.id', (o) => o.subItems.map((s) => s.id)],
  ['timing.raw', (o) => o.timing?.raw ?? null],
  ['timing.from', (o) => o.timing?.from ?? null],
  ['timing.to', (o) => o.timing?.to ?? null],
  ['goals.raw', (o) => o.goals.raw],
  ['goals.strategicGoals', (o) => o.goals.strategicGoals],
  ['goals.strategicTargets', (o) => o.goals.strategicTargets],
  ['goals.objectives', (o) => o.goals.objectives],
  ['goals.regionalInitiatives', (o) => o.goals.regionalInitiatives],
  ['goals.gcaPillars', (o) => o.goals.gcaPillars],
  ['goals.resolutions.canonical', (o) => o.goals.resolutions.map((r) => r.canonical)],
  ['sdgs.raw', (o) => o.sdgs.raw],
  ['sdgs.goals', (o) => o.sdgs.goals],
  ['sdgs.targets', (o) => o.sdgs.targets],
  ['expectedResults', (o) => o.expectedResults],
  ['activities', (o) => o.activities],
  ['provenance.firstLine', (o) => o.provenance.lines?.[0] ?? null],
  ['provenance.lastLine', (o) => o.provenance.lines?.[1] ?? null],
  ['provenance.pages', (o) => o.provenance.pages ?? []],
  ['warnings.code', (o) => o.warnings.map((w) => w.code)],
];

/** One field as RFC 4180 wants it: quoted when it holds a comma, a quote, CR or LF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** What a spreadsheet reads as the start of a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet would run as a formula, made plain text with a leading apostrophe. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One record of raw values (quoted as needed), ending with CRLF. */
export function csvRecord(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}${CSV_LINE_END}`;
}

/** Line breaks inside a value in the one line ending. */
function oneLineEnding(text: string): string {
  return text.replace(/\r\n|\r|\n/g, CSV_LINE_END);
}

/** A list is one item per line; each item (each line) neutralised on its own, as a spreadsheet shows each line. */
function cellText(value: Value, raw: boolean): string {
  const clean = (text: string) => (raw ? text : neutraliseCell(text));
  if (value === null) return '';
  if (Array.isArray(value)) return value.map((item) => clean(oneLineEnding(String(item)))).join(CSV_LINE_END);
  return clean(oneLineEnding(String(value)));
}

export function roadmapToCsv(edition: RoadmapEdition, options: CsvOptions = {}): string {
  const raw = options.raw === true;
  const records = [csvRecord(CSV_FIELDS.map(([name]) => name))];
  for (const actionLine of edition.actionLines) {
    for (const outcome of actionLine.outcomes) records.push(csvRecord(CSV_FIELDS.map(([, value]) => cellText(value(outcome), raw))));
  }
  return records.join('');
}
