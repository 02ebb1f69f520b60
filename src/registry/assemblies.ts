/**
 * ITU conferences, assemblies and Council sessions: body, short code ("PP-14", "WTDC-17",
 * "C09"), place and year, loaded once from the hand-compiled data file (every entry carries
 * its evidence). A resolution's revision "(Rev. Busan, 2014)" or "(C16)" is checked here.
 */
import { z } from 'zod';
import data from './data/itu-assemblies.json' with { type: 'json' };
import { RESOLUTION_BODIES } from '../schema/roadmap.js';

export type ResolutionBody = (typeof RESOLUTION_BODIES)[number];

const EvidenceSchema = z.array(z.object({ url: z.string().min(1), quote: z.string().min(1) })).min(1);

const BodySchema = z.object({
  name: z.string().min(1),
  sector: z.string().min(1),
  cadence: z.string().min(1),
  citationPrefixes: z.array(z.string()).min(1),
  /** First year from which the file lists every conference of the body; null: never complete. */
  completeFrom: z.number().int().nullable(),
  /** Whether the body's resolutions are cited with a place: "(Rev. Busan, 2014)". */
  citedByPlace: z.boolean(),
  added: z.record(z.string(), z.string()),
});

const AssemblySchema = z.object({
  id: z.string().regex(/^(?:(?:PP|WTDC|WTSA|WRC|RA)-(?:\d{2}|\d{4})|C\d{2})$/),
  body: z.enum(RESOLUTION_BODIES),
  year: z.number().int(),
  place: z.string().min(1).nullable(),
  citeAs: z.string().min(1),
  aliases: z.array(z.string()),
  /** WTDCs: the action plan the conference adopted ("Buenos Aires Action Plan"). */
  actionPlan: z.string().min(1).optional(),
  status: z.string().min(1),
  evidence: EvidenceSchema,
});

const AssembliesDataSchema = z.object({
  source: z.string().min(1),
  additions: z.string().min(1),
  bodies: z.object(Object.fromEntries(RESOLUTION_BODIES.map((b) => [b, BodySchema])) as Record<ResolutionBody, typeof BodySchema>),
  ambiguities: z.array(z.string()),
  assemblies: z.array(AssemblySchema).min(1),
});

const registry = AssembliesDataSchema.parse(data);

export interface Assembly {
  readonly id: string;
  readonly body: ResolutionBody;
  readonly year: number;
  readonly place: string | null;
  /** Place spellings the data knows (place and aliases), compared folded (see placeKey). */
  readonly placeKeys: ReadonlySet<string>;
  readonly actionPlan: string | null;
}

/**
 * A place name folded for comparison: no accents, no case, letters only, so that "Sharm
 * el-Sheikh", "Sharm El-Sheikh" and "Florianopolis" / "Florianópolis" compare equal.
 */
export function placeKey(place: string): string {
  return place
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
}

/** "Marrakech, 2002" → "Marrakech"; "Rev.WRC-07" and "Council 2009" name no place. */
function aliasPlace(alias: string): string | null {
  const m = /^(\p{Lu}[\p{L}'’. -]*), \d{4}$/u.exec(alias);
  return m ? (m[1] ?? null) : null;
}

export const ASSEMBLIES: readonly Assembly[] = registry.assemblies.map((a) => {
  const keys = new Set<string>();
  if (a.place) keys.add(placeKey(a.place));
  for (const alias of a.aliases) {
    const place = aliasPlace(alias);
    if (place) keys.add(placeKey(place));
  }
  return { id: a.id, body: a.body, year: a.year, place: a.place, placeKeys: keys, actionPlan: a.actionPlan ?? null };
});

const byCode = new Map(ASSEMBLIES.map((a) => [a.id, a]));
if (byCode.size !== ASSEMBLIES.length) throw new Error('itu-assemblies.json: an assembly id repeats');

export interface AssemblyCode {
  body: ResolutionBody;
  year: number;
}

const CODE = /^(?:(PP|WTDC|WTSA|WRC|RA)-(\d{2}|\d{4})|C(\d{2}))$/;

/**
 * Reads a conference code. The year is the one the registry knows (short names do not always
 * equal the year held: WTSA-20 met in 2022); otherwise the two digits are read as 19yy from 50
 * up and 20yy below. Null when the text is no conference code.
 */
export function readAssemblyCode(code: string): AssemblyCode | null {
  const m = CODE.exec(code);
  if (!m) return null;
  const known = byCode.get(code);
  if (known) return { body: known.body, year: known.year };
  const body: ResolutionBody = m[1] !== undefined ? (m[1] as ResolutionBody) : 'Council';
  const digits = m[2] ?? m[3] ?? '';
  const n = Number(digits);
  const year = digits.length === 4 ? n : n >= 50 ? 1900 + n : 2000 + n;
  return { body, year };
}

/** The assembly with this code ("PP-14"), or null. */
export function assemblyByCode(code: string): Assembly | null {
  return byCode.get(code) ?? null;
}

/** "World Telecommunication Development Conference" for "WTDC". */
export function bodyName(body: ResolutionBody): string {
  return registry.bodies[body].name;
}

/** Whether the body's resolutions are cited with a place ("(Rev. Busan, 2014)"): PP, WTDC, WTSA. */
export function isCitedByPlace(body: ResolutionBody): boolean {
  return registry.bodies[body].citedByPlace;
}

/**
 * Whether the registry lists every conference the body held in `year`, so that finding none
 * there proves there was none. Council sessions are listed only in part: never complete.
 */
export function isListComplete(body: ResolutionBody, year: number): boolean {
  const from = registry.bodies[body].completeFrom;
  return from !== null && year >= from;
}

export interface AssemblyQuery {
  body?: ResolutionBody;
  place?: string;
  year?: number;
}

/** The assemblies that match every given field, in data order. */
export function findAssemblies(query: AssemblyQuery): Assembly[] {
  const key = query.place === undefined ? null : placeKey(query.place);
  return ASSEMBLIES.filter(
    (a) =>
      (query.body === undefined || a.body === query.body) &&
      (query.year === undefined || a.year === query.year) &&
      (key === null || a.placeKeys.has(key)),
  );
}

/** "PP-14 (Busan, 2014)", "C09 (2009)": how a message names an assembly. */
export function describeAssembly(a: Assembly): string {
  return a.place ? `${a.id} (${a.place}, ${a.year})` : `${a.id} (${a.year})`;
}

/** The WTDCs that adopted an action plan of this name, oldest first ("Buenos Aires Action Plan": WTDC-94, WTDC-17). */
export function wtdcsAdopting(actionPlan: string): Assembly[] {
  const key = actionPlan.toLowerCase();
  return ASSEMBLIES.filter((a) => a.actionPlan?.toLowerCase() === key).sort((a, b) => a.year - b.year);
}
