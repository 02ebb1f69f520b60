/**
 * A resolution reference checked against the registry of conferences: the body it names (or
 * the one body whose conference its revision fits), and a revision that fits a conference of
 * that body. What the registry settles is filled in and flagged; what it contradicts is kept
 * as printed and flagged. A reference is never dropped here.
 */
import type { Diagnostics, Place } from '../diagnostics.js';
import {
  type Assembly,
  type ResolutionBody,
  describeAssembly,
  findAssemblies,
  isCitedByPlace,
  isListComplete,
} from '../registry/assemblies.js';
import { quote } from './quote.js';
import type { Revision } from './revision.js';

export interface PrintedReference {
  /** The body printed before "Res." ("WTDC"; "PP-14" gives PP), or null. */
  body: ResolutionBody | null;
  /** The year of a conference code printed as the body ("PP-14" → 2014), or null. */
  bodyYear: number | null;
  number: string;
  revision: Revision | null;
  /** How the source words it, for messages ("Resolution 1305"); else built from the parts. */
  printed?: string;
}

/** A body the context offers when the reference prints none. */
export interface FallbackBody {
  body: ResolutionBody;
  /** Why, when taking it is a guess worth a warning ("its sentence names the Council"); null when silent. */
  guess: string | null;
}

export interface CheckedReference {
  body: ResolutionBody;
  place: string | null;
  year: number | null;
}

/** How a message names the reference: "WTDC Res. 45 (Rev. Hammamet, 2016)", "Res. 45 (Rev. Dubai)". */
function label(ref: PrintedReference, body: ResolutionBody | null): string {
  if (ref.printed !== undefined) return ref.printed;
  const revision = ref.revision ? ` (${ref.revision.printed})` : '';
  return `${body === null ? '' : `${body} `}Res. ${ref.number}${revision}`;
}

function list(assemblies: readonly Assembly[]): string {
  return assemblies.map(describeAssembly).join(', ');
}

/**
 * The body of a reference printed without one, from its revision's place (and year): the one
 * body cited by place (PP, WTDC, WTSA) that the registry lists a conference of there. Null
 * when no conference or several bodies' conferences fit; `fits` lists them for the message.
 */
function bodyFromRevision(revision: Revision | null): { body: ResolutionBody | null; fits: Assembly[] } {
  if (!revision || revision.place === null) return { body: null, fits: [] };
  const fits = findAssemblies(revision.year === null ? { place: revision.place } : { place: revision.place, year: revision.year }).filter((a) =>
    isCitedByPlace(a.body),
  );
  const bodies = new Set(fits.map((a) => a.body));
  return { body: bodies.size === 1 ? (fits[0]?.body ?? null) : null, fits };
}

/**
 * Checks one reference. Returns null (and reports nothing) when no body can be found: the
 * caller decides how to report that; `fits` then lists the conferences that made it ambiguous.
 */
export function checkReference(
  ref: PrintedReference,
  fallback: FallbackBody | null,
  at: Place,
  diag: Diagnostics,
): CheckedReference | { body: null; fits: Assembly[] } {
  const revision = ref.revision;
  let body = ref.body ?? revision?.body ?? null;
  if (body === null) {
    const inferred = bodyFromRevision(revision);
    if (inferred.body !== null) {
      body = inferred.body;
      // A list that goes on with the body of the reference before it needs no warning when the
      // registry agrees.
      if (fallback?.body !== body || fallback.guess !== null) {
        const place = revision?.year === null ? revision.place : `${revision?.place}, ${revision?.year}`;
        diag.warn('resolution-body-inferred', `${quote(label(ref, null))} names no body; read as ${body}: ${place} fits only ${list(inferred.fits)}.`, at);
      }
    } else if (fallback) {
      body = fallback.body;
      if (fallback.guess !== null) diag.warn('resolution-body-inferred', `${quote(label(ref, null))} names no body; read as ${body}: ${fallback.guess}.`, at);
    } else {
      return { body: null, fits: inferred.fits };
    }
  }
  return { body, ...checkRevision(ref, body, at, diag) };
}

/** The revision's place and year once checked against the body's conferences. */
function checkRevision(ref: PrintedReference, body: ResolutionBody, at: Place, diag: Diagnostics): { place: string | null; year: number | null } {
  const revision = ref.revision;
  const name = quote(label(ref, body));
  // A conference code ("(Rev.WRC-15)", "(C16)", or "PP-14" as the body) names one conference.
  if (revision?.body || (!revision && ref.bodyYear !== null)) {
    const year = revision ? revision.year : ref.bodyYear;
    if (revision?.body && revision.body !== body) {
      diag.warn('resolution-revision-unknown', `${name}: the revision names a ${revision.body} conference, not a ${body} one; kept as printed.`, at);
      return { place: null, year };
    }
    const held = year === null ? [] : findAssemblies({ body, year });
    if (held.length === 0 && year !== null) unlistedYear(name, body, year, at, diag);
    // The conference's place completes the citation where the body is cited by place.
    const place = held.length === 1 && isCitedByPlace(body) ? (held[0]?.place ?? null) : null;
    return { place, year };
  }
  if (!revision) return { place: null, year: null };

  const { place, year } = revision;
  if (place !== null && year !== null) {
    const held = findAssemblies({ body, place, year });
    if (held.length > 0) return { place: held[0]?.place ?? place, year };
    const elsewhere = findAssemblies({ body, place });
    if (isListComplete(body, year) || elsewhere.length > 0) {
      const others = findAssemblies({ place, year });
      const hint = others.length > 0 ? ` (${place}, ${year} was ${others.map((a) => a.id).join(', ')})` : elsewhere.length > 0 ? ` (${body} met in ${place} in ${elsewhere.map((a) => a.year).join(', ')})` : '';
      diag.warn('resolution-revision-unknown', `${name}: no ${body} met in ${place} in ${year}${hint}; kept as printed.`, at);
    }
    return { place, year };
  }
  if (place !== null) {
    const held = findAssemblies({ body, place });
    if (held.length === 1) {
      const only = held[0]!;
      diag.warn('resolution-year-filled', `${name}: year ${only.year} filled in: ${body} met in ${only.place ?? place} only as ${describeAssembly(only)}.`, at);
      return { place: only.place ?? place, year: only.year };
    }
    if (held.length > 1) {
      diag.warn('resolution-revision-ambiguous', `${name}: ${body} met in ${place} more than once (${list(held)}); year left empty.`, at);
    } else if (body !== 'Council') {
      diag.warn('resolution-revision-unknown', `${name}: no ${body} the registry lists met in ${place}; kept as printed.`, at);
    }
    return { place, year: null };
  }
  if (year !== null && findAssemblies({ body, year }).length === 0) unlistedYear(name, body, year, at, diag);
  return { place: null, year };
}

/**
 * A year in which the registry lists no conference of the body: wrong where the registry lists
 * every one; a Council session the registry does not list is unchecked, and said so rather than
 * passed in silence.
 */
function unlistedYear(name: string, body: ResolutionBody, year: number, at: Place, diag: Diagnostics): void {
  if (isListComplete(body, year)) {
    diag.warn('resolution-revision-unknown', `${name}: no ${body} met in ${year}; kept as printed.`, at);
  } else if (body === 'Council') {
    diag.warn('resolution-revision-unverified', `${name}: the registry does not list the Council session of ${year}; the revision could not be checked.`, at);
  }
}
