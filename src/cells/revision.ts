/**
 * The parenthesis after a resolution number: which conference last revised it, e.g.
 * "(Rev. Busan, 2014)", "(Rev. Dubai 2012)", "(Rev.WRC-12)", "(C16)", "(Rev. 2016)", "(MOD 2008)".
 */
import { readAssemblyCode, type ResolutionBody } from '../registry/assemblies.js';
import { foldWhitespace } from './cell-content.js';

export interface Revision {
  /** The parenthesis content as printed, whitespace folded: "Rev. Dubai 2012". */
  printed: string;
  place: string | null;
  year: number | null;
  /** Set when the revision names a conference code, which also tells the issuing body. */
  body: ResolutionBody | null;
}

const REVISED = /^(?:Rev(?:ised)?|Mod(?:ified)?)\.?\s?/i;
const YEAR_AT_END = /\d{4}$/;
// A place name: words of letters, with spaces, dots, hyphens or apostrophes ("Sharm el-Sheikh").
const PLACE = /^\p{Lu}[\p{L}'’. -]*$/u;

/** The revision a parenthesis content states, or null when it states none. */
export function readRevision(inner: string): Revision | null {
  const printed = foldWhitespace(inner);
  const s = printed.replace(REVISED, '');
  if (s === '') return null;
  const code = readAssemblyCode(s);
  if (code) return { printed, place: null, year: code.year, body: code.body };
  const year = YEAR_AT_END.exec(s);
  if (!year) return PLACE.test(s) ? { printed, place: s, year: null, body: null } : null;
  const before = s.slice(0, year.index);
  if (before !== '' && !/[\s,]$/.test(before)) return null;
  const place = trimSeparators(before);
  if (place === '') return { printed, place: null, year: Number(year[0]), body: null };
  return PLACE.test(place) ? { printed, place, year: Number(year[0]), body: null } : null;
}

/** Drops trailing spaces and commas without a backtracking pattern. */
function trimSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === ',')) end--;
  return text.slice(0, end);
}
