/**
 * ITU conferences, assemblies and Council sessions by their short code ("PP-14", "WTDC-17",
 * "C09"), so that a code printed in a resolution reference gives the year it was held.
 */
import { z } from 'zod';
import data from './data/itu-assemblies.json' with { type: 'json' };
import { RESOLUTION_BODIES } from '../schema/roadmap.js';

export type ResolutionBody = (typeof RESOLUTION_BODIES)[number];

const AssembliesDataSchema = z.object({
  source: z.string().min(1),
  assemblies: z
    .array(z.object({ id: z.string().min(1), body: z.enum(RESOLUTION_BODIES), year: z.number().int() }))
    .min(1),
});

const registry = AssembliesDataSchema.parse(data);
const byCode = new Map(registry.assemblies.map((a) => [a.id, a]));

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
