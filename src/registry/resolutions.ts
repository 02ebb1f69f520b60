/**
 * What a resolution is about, by body and number ("WTDC" 45 → "Mechanisms for enhancing
 * cooperation on cybersecurity, ..."), from the hand-compiled data file (each entry with its
 * evidence). A title stays the same across revisions, so revisions are not keyed.
 */
import { z } from 'zod';
import data from './data/itu-resolutions.json' with { type: 'json' };
import { RESOLUTION_BODIES } from '../schema/roadmap.js';
import type { ResolutionBody } from './assemblies.js';

const ResolutionsDataSchema = z.object({
  source: z.string().min(1),
  resolutions: z
    .array(
      z.object({
        body: z.enum(RESOLUTION_BODIES),
        number: z.string().regex(/^\d+$/),
        title: z.string().min(1),
        evidence: z.array(z.object({ url: z.string().min(1), quote: z.string().min(1) })).min(1),
      }),
    )
    .min(1),
});

const registry = ResolutionsDataSchema.parse(data);
const titles = new Map(registry.resolutions.map((r) => [`${r.body} ${r.number}`, r.title]));
if (titles.size !== registry.resolutions.length) throw new Error('itu-resolutions.json: a resolution repeats');

/** The resolution's subject, or null when the registry does not list it. */
export function resolutionTitle(body: ResolutionBody, number: string): string | null {
  return titles.get(`${body} ${number}`) ?? null;
}
