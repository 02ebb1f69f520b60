/**
 * The roadmap.json contract (schema version 1) as zod schemas: the single source of truth.
 * `schema/roadmap.schema.json` is generated from `RoadmapEditionSchema` (see `roadmap schema`);
 * a test fails when the committed copy is stale. Add fields freely; renaming, re-typing or
 * dropping one of these needs a new `schemaVersion`.
 */
import { z } from 'zod';

export const WarningSchema = z
  .object({
    code: z.string().min(1).describe('stable machine-readable code, e.g. "id-repaired"'),
    message: z.string().min(1),
    line: z.number().int().positive().nullable().describe('1-based source line, when known'),
    page: z.number().int().positive().nullable().describe('1-based page, when the source has pages'),
    file: z.string().optional().describe('the file the warning is about when it is not the source, e.g. the corrections.json of a stale correction'),
  })
  .strict();

export const RESOLUTION_BODIES = ['PP', 'WTDC', 'WTSA', 'WRC', 'RA', 'Council'] as const;

export const ResolutionSchema = z
  .object({
    body: z.enum(RESOLUTION_BODIES),
    number: z.string().regex(/^\d+$/),
    place: z.string().nullable(),
    year: z.number().int().nullable(),
    canonical: z.string().describe('e.g. "WTDC Res. 45 (Rev. Dubai, 2014)", "Council Res. 1305 (2009)", "PP Res. 102"'),
    raw: z.string().describe('the source fragment it came from'),
  })
  .strict();

/** Who issued a resolution or recommendation mentioned in prose: a body, or an ITU sector for a recommendation. */
export const MENTION_BODIES = [...RESOLUTION_BODIES, 'ITU-T', 'ITU-R', 'ITU-D'] as const;
export const MENTION_FIELDS = ['text', 'expectedResults', 'activities'] as const;

export const MentionSchema = z
  .object({
    kind: z.enum(['resolution', 'recommendation']),
    body: z.enum(MENTION_BODIES).nullable().describe('null when the prose names no issuing body'),
    number: z.string().regex(/^(?:[A-Z]{1,2}\.)?\d+(?:\.\d+)?$/).describe('"44", "1305", "X.1205"'),
    place: z.string().nullable(),
    year: z.number().int().nullable(),
    canonical: z.string().describe('like Resolution.canonical: "WTSA Res. 44", "Council Res. 1305"; "Rec. 22", "ITU-T Rec. X.1205"; "Res. 45" without a body'),
    raw: z.string().describe('the reference as printed in the prose'),
    field: z.enum(MENTION_FIELDS).describe('the outcome field the mention is in'),
    item: z.number().int().nonnegative().nullable().describe('index in expectedResults or activities; null for text'),
  })
  .strict();

export const TimingSchema = z
  .object({ raw: z.string(), from: z.number().int(), to: z.number().int() })
  .strict();

export const GoalsSchema = z
  .object({
    raw: z.string().describe('the whole cell, cleaned'),
    strategicGoals: z.array(z.number().int().positive()),
    strategicTargets: z.array(z.string().regex(/^\d+\.\d+$/)),
    objectives: z.array(z.string()),
    regionalInitiatives: z.array(z.string().regex(/^[A-Z]{3}\d+$/)),
    gcaPillars: z.array(z.number().int().min(1).max(5)),
    resolutions: z.array(ResolutionSchema),
  })
  .strict();

export const SdgLinksSchema = z
  .object({
    raw: z.string(),
    goals: z.array(z.number().int().min(1).max(17)),
    targets: z.array(z.string().regex(/^\d{1,2}\.(\d{1,2}|[a-z])$/)),
  })
  .strict();

export const SubItemSchema = z.object({ id: z.string().min(1), text: z.string() }).strict();

export const ProvenanceSchema = z
  .object({
    lines: z.tuple([z.number().int().positive(), z.number().int().positive()]).nullable(),
    pages: z.array(z.number().int().positive()).nullable(),
  })
  .strict();

export const OutcomeSchema = z
  .object({
    key: z.string().describe('`${actionLine}.${section}.${id}`, unique in the edition'),
    actionLine: z.string().regex(/^C\d{1,2}$/),
    section: z.string().min(1).describe('"geneva" | "wsis10" | a slug of any other section title'),
    sectionTitle: z.string(),
    id: z.string().min(1).describe('the id the document sequence intends'),
    printedId: z.string().nullable().describe('what the source shows; null when missing'),
    idRepaired: z.boolean(),
    text: z.string(),
    subItems: z.array(SubItemSchema),
    timing: TimingSchema.nullable(),
    goals: GoalsSchema,
    sdgs: SdgLinksSchema,
    expectedResults: z.array(z.string()),
    activities: z.array(z.string()),
    mentions: z
      .array(MentionSchema)
      .optional()
      .describe('resolutions and recommendations mentioned in text, expectedResults and activities, in document order; kept apart from goals.resolutions. Always written by ingest'),
    provenance: ProvenanceSchema,
    warnings: z.array(WarningSchema),
  })
  .strict();

export const FootnoteSchema = z.object({ marker: z.string().min(1), text: z.string() }).strict();

export const ActionLineSchema = z
  .object({
    id: z.string().regex(/^C\d{1,2}$/),
    title: z.string(),
    note: z.string().nullable().describe('a note printed with the title, e.g. "GCA – Global Cybersecurity Agenda"'),
    columns: z.array(z.string()).describe('header labels as printed, footnote markers removed'),
    footnotes: z.array(FootnoteSchema),
    outcomes: z.array(OutcomeSchema),
  })
  .strict();

/**
 * Lossless accounting: every non-blank source line (PDF: every grid line made from its text)
 * went to one bucket: an outcome row, a part of the document, or dropped with a warning.
 */
export const CoverageSchema = z
  .object({
    lines: z.number().int().nonnegative().describe('non-blank source lines'),
    buckets: z.record(z.string(), z.number().int().nonnegative()).describe('lines per bucket, e.g. "outcome-row", "footnote", "dropped"'),
  })
  .strict();

export const SOURCE_FORMATS = ['pdf', 'text', 'markdown'] as const;

/** A correction from sources/<edition>/corrections.json that was applied (see src/corrections). */
export const AppliedCorrectionSchema = z
  .object({
    key: z.string().describe('the outcome corrected'),
    field: z.string().nullable().describe('the field corrected, e.g. "timing"; null when a whole outcome was dropped or added'),
    op: z.string().describe('"set" | "replace" | "add" | "remove" | "drop" | "add-outcome"'),
    reason: z.string(),
  })
  .strict();

export const RoadmapEditionSchema = z
  .object({
    schemaVersion: z.literal(1),
    edition: z.string().min(1),
    title: z.string(),
    source: z
      .object({
        path: z.string(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        format: z.enum(SOURCE_FORMATS),
        pages: z.number().int().nonnegative().nullable(),
      })
      .strict(),
    actionLines: z.array(ActionLineSchema),
    warnings: z.array(WarningSchema).describe('document-level; row-level ones live on the outcome'),
    coverage: CoverageSchema.optional(),
    corrections: z
      .array(AppliedCorrectionSchema)
      .optional()
      .describe('the corrections applied, in file order; present only when the edition has a corrections.json'),
  })
  .strict();

export type Warning = z.infer<typeof WarningSchema>;
export type Resolution = z.infer<typeof ResolutionSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type MentionBody = (typeof MENTION_BODIES)[number];
export type MentionField = (typeof MENTION_FIELDS)[number];
export type Timing = z.infer<typeof TimingSchema>;
export type Goals = z.infer<typeof GoalsSchema>;
export type SdgLinks = z.infer<typeof SdgLinksSchema>;
export type SubItem = z.infer<typeof SubItemSchema>;
export type Outcome = z.infer<typeof OutcomeSchema>;
export type Footnote = z.infer<typeof FootnoteSchema>;
export type ActionLine = z.infer<typeof ActionLineSchema>;
export type AppliedCorrection = z.infer<typeof AppliedCorrectionSchema>;
export type RoadmapEdition = z.infer<typeof RoadmapEditionSchema>;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** The JSON Schema committed at schema/roadmap.schema.json. */
export function roadmapJsonSchema(): unknown {
  return z.toJSONSchema(RoadmapEditionSchema, { target: 'draft-2020-12' });
}
