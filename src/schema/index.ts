/**
 * The index.json contract: for every reference an edition cites (SDG goals and targets, ITU
 * resolutions and recommendations, strategic goals and targets, objectives, regional
 * initiatives, GCA pillars), the outcome keys that cite it, with the registry's title. It is
 * derived from roadmap.json and the registries (src/index), written beside it by `ingest`.
 * `schema/index.schema.json` is generated from `EditionIndexSchema` (`roadmap schema --index`);
 * a test fails when the committed copy is stale.
 */
import { z } from 'zod';
import { MENTION_BODIES, RESOLUTION_BODIES } from './roadmap.js';

const Keys = z.array(z.string()).describe('outcome keys, in document order');
const Title = z.string().nullable().describe("the registry's title; null when the registry does not know it");

export const SdgGoalEntrySchema = z
  .object({
    id: z.number().int().min(1).max(17),
    title: Title,
    outcomes: Keys.describe('outcomes whose SDG cell lists the goal itself'),
    viaTargets: Keys.describe('outcomes whose SDG cell lists one of its targets (the goal is implied by the registry)'),
  })
  .strict();

export const SdgTargetEntrySchema = z
  .object({ id: z.string().regex(/^\d{1,2}\.(\d{1,2}|[a-z])$/), goal: z.number().int().min(1).max(17), title: Title, outcomes: Keys })
  .strict();

export const ResolutionEntrySchema = z
  .object({
    id: z.string().describe('the canonical form: "WTDC Res. 45 (Rev. Dubai, 2014)"; "Res. 45" when no body is known'),
    body: z.enum(RESOLUTION_BODIES).nullable(),
    number: z.string(),
    place: z.string().nullable(),
    year: z.number().int().nullable(),
    title: Title,
    conference: z.string().nullable().describe('the conference of the revision, e.g. "WTDC-14 (Dubai, 2014)"; null when not settled'),
    outcomes: Keys.describe('outcomes whose goals cell cites it'),
    mentionedBy: Keys.describe('outcomes whose text, results or activities mention it'),
  })
  .strict();

export const RecommendationEntrySchema = z
  .object({
    id: z.string().describe('"ITU-T Rec. X.1205"; "Rec. 22" when no body is known'),
    body: z.enum(MENTION_BODIES).nullable(),
    number: z.string(),
    mentionedBy: Keys,
  })
  .strict();

/** An entry of a plain code list: its id, the registry title, the outcomes citing it. */
function codeEntry<T extends z.ZodType>(id: T) {
  return z.object({ id, title: Title, outcomes: Keys }).strict();
}

export const InitiativeEntrySchema = z
  .object({ id: z.string().regex(/^[A-Z]{3}\d+$/), region: z.string().nullable(), title: Title, outcomes: Keys })
  .strict();

export const EditionIndexSchema = z
  .object({
    schemaVersion: z.literal(1),
    edition: z.string().min(1),
    source: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict().describe("the roadmap's source, as in roadmap.json"),
    actionPlan: z.string().nullable().describe('the ITU-D action plan the initiatives are read in, e.g. "Buenos Aires Action Plan (WTDC-17)"'),
    strategicPlan: z
      .object({ id: z.string(), period: z.tuple([z.number().int(), z.number().int()]) })
      .strict()
      .nullable()
      .describe("the ITU strategic plan in force for the edition's timing, e.g. connect2020 (2016-2019)"),
    sdgGoals: z.array(SdgGoalEntrySchema),
    sdgTargets: z.array(SdgTargetEntrySchema),
    resolutions: z.array(ResolutionEntrySchema),
    recommendations: z.array(RecommendationEntrySchema),
    strategicGoals: z.array(codeEntry(z.number().int().positive())),
    strategicTargets: z.array(codeEntry(z.string().regex(/^\d+\.\d+$/))),
    objectives: z.array(codeEntry(z.string().min(1))),
    regionalInitiatives: z.array(InitiativeEntrySchema),
    gcaPillars: z.array(codeEntry(z.number().int().min(1).max(5))),
  })
  .strict()
  .describe('Every entry lists only references at least one outcome cites; lists are sorted like roadmap.json sorts them.');

export type EditionIndex = z.infer<typeof EditionIndexSchema>;
export type SdgGoalEntry = z.infer<typeof SdgGoalEntrySchema>;
export type SdgTargetEntry = z.infer<typeof SdgTargetEntrySchema>;
export type ResolutionEntry = z.infer<typeof ResolutionEntrySchema>;
export type RecommendationEntry = z.infer<typeof RecommendationEntrySchema>;
export type InitiativeEntry = z.infer<typeof InitiativeEntrySchema>;

/** The JSON Schema committed at schema/index.schema.json. */
export function indexJsonSchema(): unknown {
  return z.toJSONSchema(EditionIndexSchema, { target: 'draft-2020-12' });
}
