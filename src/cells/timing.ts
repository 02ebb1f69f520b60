/**
 * The "Proposed Timing" cell: a year ("2018") or a range of years ("2016-2019", "2016 – 2019",
 * "2016-19").
 */
import type { Diagnostics } from '../diagnostics.js';
import type { Timing } from '../schema/roadmap.js';
import { type CellContent, cellPlace, cellText } from './cell-content.js';
import { quote } from './quote.js';

// Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign.
const RANGE = /^(\d{4})(?:\s?[-\u2011\u2012\u2013\u2014\u2212]\s?(\d{4}|\d{2}))?$/;

/** Null for an empty cell (the caller reports the missing timing) or an unreadable one. */
export function parseTiming(cell: CellContent, diag: Diagnostics): Timing | null {
  const raw = cellText(cell);
  if (raw === '') return null;
  const place = cellPlace(cell);
  const m = RANGE.exec(raw);
  if (!m) {
    diag.warn('timing-unparsed', `Timing ${quote(raw)} is neither a year nor a range of years.`, place);
    return null;
  }
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : endYear(from, m[2]);
  if (from > to) {
    diag.warn('timing-reversed', `Timing ${quote(raw)} ends before it starts; kept as printed.`, place);
  }
  return { raw, from, to };
}

/** "2016-19": a two-digit end year is the first year at or after the start with those digits. */
function endYear(from: number, printed: string): number {
  if (printed.length === 4) return Number(printed);
  const candidate = Math.floor(from / 100) * 100 + Number(printed);
  return candidate < from ? candidate + 100 : candidate;
}
