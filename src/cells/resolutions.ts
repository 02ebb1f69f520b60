/**
 * Resolution references: "PP Res. 130, 174 (Rev. Busan, 2014)", "WTDC Res. 45 (Rev. Dubai, 2014),
 * 67, 69 (Rev. Buenos Aires, 2017)", "C09 Res 1305", "Res. 1332 (C16)". A body prefix followed by
 * "Res."/"Resolution" opens a reference group; its numbers follow, and a revision in parentheses
 * covers every number since the previous revision of the group.
 */
import type { Diagnostics, Place } from '../diagnostics.js';
import type { ResolutionBody } from '../registry/assemblies.js';
import type { Resolution } from '../schema/roadmap.js';
import { foldWhitespace } from './cell-content.js';
import { quote } from './quote.js';
import { type ResolutionToken, tokenizeResolutions } from './resolution-tokens.js';
import { type Revision, readRevision } from './revision.js';

interface Entry {
  number: string;
  revision: Revision | null;
}

interface Group {
  body: ResolutionBody | null;
  /** Year of a conference code printed with the body ("PP-14", "C09"). */
  bodyYear: number | null;
  start: number;
  end: number;
  entries: Entry[];
  /** Index of the first entry that no revision covers yet. */
  uncovered: number;
}

/** `${body} Res. ${number}` plus the revision as far as it is known. */
export function canonicalResolution(body: string, number: string, place: string | null, year: number | null): string {
  const revision = place && year ? ` (Rev. ${place}, ${year})` : place ? ` (Rev. ${place})` : year ? ` (${year})` : '';
  return `${body} Res. ${number}${revision}`;
}

/** Every reference in the text, in document order (duplicates kept: see sortResolutions). */
export function parseResolutions(text: string, place: Place, diag: Diagnostics): Resolution[] {
  const groups = readGroups(text, place, diag);
  const out: Resolution[] = [];
  let previousBody: ResolutionBody | null = null;
  for (const group of groups) {
    const raw = foldWhitespace(text.slice(group.start, group.end));
    // A reference without a body prefix ("Resolution 45") takes it from its revision
    // ("(C16)") or else from the reference before it in the same text.
    const body: ResolutionBody | null = group.body ?? group.entries.find((e) => e.revision?.body)?.revision?.body ?? previousBody;
    if (body === null) {
      diag.warn('resolution-unparsed', `Resolution reference ${quote(raw)} names no issuing body.`, place);
      continue;
    }
    previousBody = body;
    for (const entry of group.entries) {
      const revPlace = entry.revision?.place ?? null;
      const year = entry.revision?.year ?? group.bodyYear;
      out.push({ body, number: entry.number, place: revPlace, year, canonical: canonicalResolution(body, entry.number, revPlace, year), raw });
    }
  }
  return out;
}

interface Reading {
  groups: Group[];
  /** The group whose number list is being read, if any. */
  group: Group | null;
  /** The current run of tokens that belong to no group. */
  leftover: { start: number; end: number } | null;
}

function readGroups(text: string, place: Place, diag: Diagnostics): Group[] {
  const tokens = tokenizeResolutions(text);
  const r: Reading = { groups: [], group: null, leftover: null };

  const flushLeftover = (): void => {
    if (r.leftover) reportLeftover(text.slice(r.leftover.start, r.leftover.end), place, diag);
    r.leftover = null;
  };
  const addLeftover = (token: ResolutionToken): void => {
    r.group = null;
    r.leftover = { start: r.leftover?.start ?? token.start, end: token.end };
  };
  const open = (start: number, end: number, body: ResolutionBody | null, bodyYear: number | null): void => {
    flushLeftover();
    r.group = { body, bodyYear, start, end, entries: [], uncovered: 0 };
    r.groups.push(r.group);
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const next = tokens[i + 1];
    const group = r.group;
    switch (token.kind) {
      case 'body':
        if (next?.kind === 'res') {
          open(token.start, next.end, token.body, token.year);
          i++;
        } else {
          addLeftover(token);
        }
        break;
      case 'res':
        open(token.start, token.end, null, null);
        break;
      case 'number':
        if (group) {
          group.entries.push({ number: token.value.replace(/^0+(?=\d)/, ''), revision: null });
          group.end = token.end;
        } else {
          addLeftover(token);
        }
        break;
      case 'paren':
        if (group && group.entries.length > group.uncovered) {
          coverWithRevision(group, token.inner, place, diag);
          group.end = token.end;
        } else {
          addLeftover(token);
        }
        break;
      case 'separator':
        // Separators join the numbers of a group; between unreadable words they are part of them.
        if (!group && r.leftover) addLeftover(token);
        break;
      case 'other':
        addLeftover(token);
        break;
    }
  }
  flushLeftover();
  for (const g of r.groups) {
    if (g.entries.length === 0) reportLeftover(text.slice(g.start, g.end), place, diag);
  }
  return r.groups.filter((g) => g.entries.length > 0);
}

/** A revision covers every number of the group since the previous revision. */
function coverWithRevision(group: Group, inner: string, place: Place, diag: Diagnostics): void {
  const revision = readRevision(inner);
  if (revision) {
    for (const entry of group.entries.slice(group.uncovered)) entry.revision = revision;
  } else {
    diag.warn('resolution-unparsed', `${quote(`(${inner})`)} is not a revision of a resolution.`, place);
  }
  group.uncovered = group.entries.length;
}

function reportLeftover(fragment: string, place: Place, diag: Diagnostics): void {
  const folded = foldWhitespace(fragment);
  // Stray punctuation (a trailing comma or full stop) carries nothing worth a warning.
  if (!/[\p{L}\p{N}]/u.test(folded)) return;
  diag.warn('resolution-unparsed', `${quote(folded)} could not be read as a resolution reference.`, place);
}

/** Plain string order of bodies (Council < PP < RA < WRC < WTDC < WTSA), then number, then year. */
function compareResolutions(a: Resolution, b: Resolution): number {
  if (a.body !== b.body) return a.body < b.body ? -1 : 1;
  if (a.number.length !== b.number.length) return a.number.length - b.number.length;
  if (a.number !== b.number) return a.number < b.number ? -1 : 1;
  const ya = a.year ?? -Infinity;
  const yb = b.year ?? -Infinity;
  if (ya !== yb) return ya < yb ? -1 : 1;
  return a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0;
}

/** Sorted, and deduplicated by canonical form (the first occurrence, with its raw, is kept). */
export function sortResolutions(list: readonly Resolution[]): Resolution[] {
  const seen = new Set<string>();
  const out: Resolution[] = [];
  for (const r of [...list].sort(compareResolutions)) {
    if (seen.has(r.canonical)) continue;
    seen.add(r.canonical);
    out.push(r);
  }
  return out;
}
