/**
 * The diff.json contract (schema version 1): what changed between two editions of the roadmap.
 * `schema/diff.schema.json` is generated from `EditionDiffSchema` (`roadmap schema diff`); a test
 * fails when the committed copy is stale. diff.md and diff.html are rendered from this alone.
 *
 * Additions to docs/CONTRACT.md's shape: `actionLines` (ids and titles, for headings),
 * `actionLine` and `text` on each outcome change (so the reports need nothing but this file),
 * and `revised` on set changes (a resolution whose revision changed is not an add plus a remove).
 */
import { z } from 'zod';
import { TimingSchema } from './roadmap.js';

export const OUTCOME_STATUSES = ['added', 'removed', 'renamed', 'changed', 'unchanged'] as const;

export const TextOpSchema = z
  .object({
    op: z.enum(['equal', 'insert', 'delete']),
    text: z.string().describe('words with the spaces around them; "\\n" separates the items of a list field'),
  })
  .strict();

export const ValueChangeSchema = z
  .object({
    field: z.literal('timing'),
    kind: z.literal('value'),
    before: TimingSchema.nullable(),
    after: TimingSchema.nullable(),
  })
  .strict();

export const ResolutionRevisionSchema = z
  .object({
    resolution: z.string().describe('body and number, e.g. "WTDC Res. 45"'),
    before: z.string().nullable().describe('e.g. "Rev. Dubai, 2014"; null when no revision was stated'),
    after: z.string().nullable().describe('e.g. "Rev. Kigali, 2022"; null when no revision is stated'),
  })
  .strict();

export const SetChangeSchema = z
  .object({
    field: z.string().describe('e.g. "goals.strategicGoals", "sdgs.targets"'),
    kind: z.literal('set'),
    added: z.array(z.union([z.string(), z.number()])),
    removed: z.array(z.union([z.string(), z.number()])).describe('resolutions by canonical form'),
    revised: z.array(ResolutionRevisionSchema).describe('goals.resolutions only: the same resolution number, another revision'),
  })
  .strict();

export const TextChangeSchema = z
  .object({
    field: z.enum(['text', 'subItems', 'expectedResults', 'activities']),
    kind: z.literal('text'),
    ops: z.array(TextOpSchema).describe('a word-level diff; equal + delete gives the old text, equal + insert the new'),
  })
  .strict();

export const RebasedChangeSchema = z
  .object({
    field: z.string().describe('a reference list read against a plan: "goals.strategicGoals", "goals.regionalInitiatives", …'),
    kind: z.literal('rebased'),
    planBefore: z.string().nullable().describe('the plan the old references belong to, e.g. "Buenos Aires Action Plan (WTDC-17)", "ITU strategic plan 2016-2019"'),
    planAfter: z.string().nullable(),
    before: z.array(z.union([z.string(), z.number()])),
    after: z.array(z.union([z.string(), z.number()])),
  })
  .strict()
  .describe('references under another plan: the same code or number means another thing, so they are re-based, not removed and added');

export const FieldChangeSchema = z.discriminatedUnion('kind', [ValueChangeSchema, SetChangeSchema, TextChangeSchema, RebasedChangeSchema]);

const PlanChangeSchema = z
  .object({
    before: z.string().nullable(),
    after: z.string().nullable(),
    changed: z.boolean(),
  })
  .strict();

export const FrameworksSchema = z
  .object({
    actionPlan: PlanChangeSchema.describe('the ITU-D action plan each edition cites, e.g. "Kigali Action Plan (WTDC-22)"'),
    strategicPlan: PlanChangeSchema.describe('the ITU strategic plan for each edition\'s timing, e.g. "ITU strategic plan 2024-2027"'),
  })
  .strict();

export const OutcomeChangeSchema = z
  .object({
    status: z.enum(OUTCOME_STATUSES).describe('renamed: matched by content, key differs'),
    fromKey: z.string().nullable(),
    toKey: z.string().nullable(),
    similarity: z.number().min(0).max(1).nullable().describe('text similarity of the matched pair (0..1); null when unmatched'),
    actionLine: z.string().describe('the action line of the newer side (of the old side when removed)'),
    text: z.string().describe('the outcome text of the newer side (of the old side when removed)'),
    fields: z.array(FieldChangeSchema).describe('[] unless changed or renamed'),
  })
  .strict();

const EditionRefSchema = z.object({ edition: z.string(), sha256: z.string() }).strict();

export const EditionDiffSchema = z
  .object({
    schemaVersion: z.literal(1),
    from: EditionRefSchema,
    to: EditionRefSchema,
    summary: z
      .object({
        added: z.number().int().nonnegative(),
        removed: z.number().int().nonnegative(),
        changed: z.number().int().nonnegative(),
        unchanged: z.number().int().nonnegative(),
        renamed: z.number().int().nonnegative(),
      })
      .strict(),
    frameworks: FrameworksSchema.optional().describe('the plans each edition is read against; written by roadmap diff (older diff.json files lack it)'),
    actionLines: z
      .array(z.object({ id: z.string(), title: z.string() }).strict())
      .describe('every action line of either edition: `to` order, then those only in `from`'),
    outcomes: z.array(OutcomeChangeSchema).describe('one per outcome in either edition, in `to` order, removed ones after'),
  })
  .strict();

export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];
export type TextOp = z.infer<typeof TextOpSchema>;
export type ValueChange = z.infer<typeof ValueChangeSchema>;
export type SetChange = z.infer<typeof SetChangeSchema>;
export type ResolutionRevision = z.infer<typeof ResolutionRevisionSchema>;
export type TextChange = z.infer<typeof TextChangeSchema>;
export type FieldChange = z.infer<typeof FieldChangeSchema>;
export type RebasedChange = z.infer<typeof RebasedChangeSchema>;
export type Frameworks = z.infer<typeof FrameworksSchema>;
export type OutcomeChange = z.infer<typeof OutcomeChangeSchema>;
export type EditionDiff = z.infer<typeof EditionDiffSchema>;

/** The JSON Schema committed at schema/diff.schema.json. */
export function diffJsonSchema(): unknown {
  return z.toJSONSchema(EditionDiffSchema, { target: 'draft-2020-12' });
}
