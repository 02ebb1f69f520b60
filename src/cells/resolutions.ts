/**
 * Resolution references: "PP Res. 130, 174 (Rev. Busan, 2014)", "WTDC Res. 45 (Rev. Dubai, 2014),
 * 67, 69 (Rev. Buenos Aires, 2017)", "C09 Res 1305", "Res. 1332 (C16)". A body prefix followed by
 * "Res."/"Resolution" opens a reference group; its numbers follow, and a revision in parentheses
 * covers every number since the previous revision of the group. Each reference is then checked
 * against the registry of conferences (resolution-check.ts).
 */
import type { Diagnostics, Place } from '../diagnostics.js';
import { describeAssembly, type Assembly, type ResolutionBody } from '../registry/assemblies.js';
import type { Resolution } from '../schema/roadmap.js';
import { foldWhitespace } from './cell-content.js';
import { quote } from './quote.js';
import { checkReference } from './resolution-check.js';
import { type ResolutionToken, tokenizeResolutions } from './resolution-tokens.js';
import { type Revision, readRevision } from './revision.js';

interface Entry {
  number: string;
  revision: Revision | null;
  /** Offset of the number in the text, for the place of a warning. */
  start: number;
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

/** Where a text's characters came from: one place for all, or one per offset. */
export type TextPlace = Place | ((offset: number) => Place);

function placeFinder(where: TextPlace): (offset: number) => Place {
  return typeof where === 'function' ? where : () => where;
}

/** `${body} Res. ${number}` plus the revision as far as it is known. */
export function canonicalResolution(body: string, number: string, place: string | null, year: number | null): string {
  const revision = place && year ? ` (Rev. ${place}, ${year})` : place ? ` (Rev. ${place})` : year ? ` (${year})` : '';
  return `${body} Res. ${number}${revision}`;
}

/** Every reference in the text, in document order (duplicates kept: see sortResolutions). */
export function parseResolutions(text: string, where: TextPlace, diag: Diagnostics): Resolution[] {
  const placeAt = placeFinder(where);
  const groups = readGroups(text, placeAt, diag);
  const out: Resolution[] = [];
  // A reference without a body prefix ("Resolution 45") takes it from its revision ("(C16)",
  // "(Rev. Dubai, 2014)" where the registry makes the body unique) or else from the reference
  // before it in the same text.
  let previousBody: ResolutionBody | null = null;
  for (const group of groups) {
    const raw = foldWhitespace(text.slice(group.start, group.end));
    const bodiless: { entry: Entry; fits: Assembly[] }[] = [];
    for (const entry of group.entries) {
      const printed = { body: group.body, bodyYear: group.bodyYear, number: entry.number, revision: entry.revision };
      const checked = checkReference(printed, previousBody ? { body: previousBody, guess: null } : null, placeAt(entry.start), diag);
      if (checked.body === null) {
        bodiless.push({ entry, fits: checked.fits });
        continue;
      }
      previousBody = checked.body;
      out.push({ body: checked.body, number: entry.number, place: checked.place, year: checked.year, canonical: canonicalResolution(checked.body, entry.number, checked.place, checked.year), raw });
    }
    if (bodiless.length > 0) {
      const fits = [...new Set(bodiless.flatMap((b) => b.fits))];
      const hint = fits.length > 1 ? ` (its revision fits ${fits.map(describeAssembly).join(', ')})` : '';
      diag.warn('resolution-unparsed', `Resolution reference ${quote(raw)} names no issuing body${hint}.`, placeAt(group.start));
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

function readGroups(text: string, placeAt: (offset: number) => Place, diag: Diagnostics): Group[] {
  const tokens = tokenizeResolutions(text);
  const r: Reading = { groups: [], group: null, leftover: null };

  const flushLeftover = (): void => {
    if (r.leftover) reportLeftover(text.slice(r.leftover.start, r.leftover.end), placeAt(r.leftover.start), diag);
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
          group.entries.push({ number: token.value.replace(/^0+(?=\d)/, ''), revision: null, start: token.start });
          group.end = token.end;
        } else {
          addLeftover(token);
        }
        break;
      case 'paren':
        if (group && group.entries.length > group.uncovered) {
          coverWithRevision(group, token.inner, placeAt(token.start), diag);
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
    if (g.entries.length === 0) reportLeftover(text.slice(g.start, g.end), placeAt(g.start), diag);
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
