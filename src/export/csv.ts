/**
 * A roadmap.json as CSV for spreadsheets: one record per outcome, in document order, under a
 * header of dotted field names (`goals.strategicGoals`). List fields are joined with "; ";
 * resolutions are written by their canonical form, sub-items and warnings by id and code (the
 * full sub-item text is in `text`). RFC 4180: every record ends with CRLF, and a field holding
 * a comma, a quote or a line break is quoted, its quotes doubled.
 */
import type { Outcome, RoadmapEdition } from '../schema/roadmap.js';

export const LIST_SEPARATOR = '; ';

type Field = [name: string, value: (outcome: Outcome) => string | number | boolean | null | readonly (string | number)[]];

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
  ['provenance.lines', (o) => o.provenance.lines ?? []],
  ['provenance.pages', (o) => o.provenance.pages ?? []],
  ['warnings.code', (o) => o.warnings.map((w) => w.code)],
];

/** One field as RFC 4180 wants it: quoted when it holds a comma, a quote, CR or LF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function fieldText(value: ReturnType<Field[1]>): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  return String(value);
}

export function csvRecord(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export function roadmapToCsv(edition: RoadmapEdition): string {
  const records = [csvRecord(CSV_FIELDS.map(([name]) => name))];
  for (const actionLine of edition.actionLines) {
    for (const outcome of actionLine.outcomes) records.push(csvRecord(CSV_FIELDS.map(([, value]) => fieldText(value(outcome)))));
  }
  return records.join('');
}
