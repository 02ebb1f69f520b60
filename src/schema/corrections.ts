/**
 * sources/<edition>/corrections.json: fixes a maintainer makes to what the extractor got wrong,
 * without touching code. Each correction names an outcome by key, what to change and why:
 *
 *   set          a field to a value            {"op":"set","key":"C2.geneva.A","field":"timing","value":{"raw":"2016-2020","from":2016,"to":2020},"reason":"…"}
 *   replace      words in a text               {"op":"replace","key":"…","field":"text","find":"enhnace","replace":"enhance","reason":"…"}
 *   add / remove list items                    {"op":"add","key":"…","field":"sdgs.targets","items":["9.c"],"reason":"…"}
 *   drop         an outcome                    {"op":"drop","key":"C6.geneva.k-2","reason":"…"}
 *   add-outcome  an outcome the extractor lost {"op":"add-outcome","key":"C2.geneva.M","outcome":{"text":"…"},"reason":"…"}
 *
 * Resolutions are written as references ("WTDC Res. 45 (Rev. Kigali, 2022)") and read with the
 * same parser as the roadmap's goals cell.
 */
import { z } from 'zod';
import { parseResolutions } from '../cells/resolutions.js';
import { Diagnostics, NOWHERE } from '../diagnostics.js';
import { GoalsSchema, SdgLinksSchema, SubItemSchema, TimingSchema } from './roadmap.js';

/** A resolution reference that reads as exactly one resolution. */
export const ResolutionReferenceSchema = z.string().superRefine((text, ctx) => {
  const diagnostics = new Diagnostics();
  const read = parseResolutions(text, NOWHERE, diagnostics);
  if (read.length !== 1 || diagnostics.items.length > 0) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not one resolution reference such as "WTDC Res. 45 (Rev. Kigali, 2022)"` });
  }
});

/** The list fields and what one item of each looks like. */
export const LIST_ITEM_SCHEMAS = {
  'goals.strategicGoals': GoalsSchema.shape.strategicGoals.element,
  'goals.strategicTargets': GoalsSchema.shape.strategicTargets.element,
  'goals.objectives': GoalsSchema.shape.objectives.element,
  'goals.regionalInitiatives': GoalsSchema.shape.regionalInitiatives.element,
  'goals.gcaPillars': GoalsSchema.shape.gcaPillars.element,
  'goals.resolutions': ResolutionReferenceSchema,
  'sdgs.goals': SdgLinksSchema.shape.goals.element,
  'sdgs.targets': SdgLinksSchema.shape.targets.element,
  expectedResults: z.string().min(1),
  activities: z.string().min(1),
} as const;

export type ListField = keyof typeof LIST_ITEM_SCHEMAS;
export const LIST_FIELDS = Object.keys(LIST_ITEM_SCHEMAS) as ListField[];

/** Every field `set` can change, and the value it takes. */
export const VALUE_SCHEMAS: Record<string, z.ZodType> = {
  text: z.string().min(1),
  subItems: z.array(SubItemSchema),
  timing: TimingSchema.nullable(),
  ...Object.fromEntries(LIST_FIELDS.map((field) => [field, z.array(LIST_ITEM_SCHEMAS[field])])),
};

export const SETTABLE_FIELDS = Object.keys(VALUE_SCHEMAS) as [string, ...string[]];
export const REPLACEABLE_FIELDS = ['text', 'expectedResults', 'activities'] as const;

const key = z.string().regex(/^C\d{1,2}\.[^.\s]+\.\S+$/, 'an outcome key such as "C2.geneva.A"');
const reason = z.string().trim().min(1, 'say why');

const SetCorrectionSchema = z
  .object({ op: z.literal('set'), key, field: z.enum(SETTABLE_FIELDS), value: z.unknown(), reason })
  .strict()
  .superRefine((correction, ctx) => {
    const checked = VALUE_SCHEMAS[correction.field]!.safeParse(correction.value);
    if (!checked.success) {
      for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: ['value', ...issue.path] });
    }
  });

const ReplaceCorrectionSchema = z
  .object({ op: z.literal('replace'), key, field: z.enum(REPLACEABLE_FIELDS), find: z.string().min(1), replace: z.string(), reason })
  .strict();

const listCorrection = <Op extends 'add' | 'remove'>(op: Op) =>
  z
    .object({ op: z.literal(op), key, field: z.enum(LIST_FIELDS as [ListField, ...ListField[]]), items: z.array(z.union([z.string(), z.number()])).min(1), reason })
    .strict()
    .superRefine((correction, ctx) => {
      const item = LIST_ITEM_SCHEMAS[correction.field];
      correction.items.forEach((value, index) => {
        const checked = item.safeParse(value);
        if (!checked.success) ctx.addIssue({ code: 'custom', message: checked.error.issues[0]!.message, path: ['items', index] });
      });
    });

const DropCorrectionSchema = z.object({ op: z.literal('drop'), key, reason }).strict();

/** A list field's items, empty when not given. */
function listOf<F extends ListField>(field: F) {
  return z.array(LIST_ITEM_SCHEMAS[field] as (typeof LIST_ITEM_SCHEMAS)[F]).default([]);
}

/** An outcome the extractor lost: its text, and whatever else is known (the rest starts empty). */
export const NewOutcomeSchema = z
  .object({
    sectionTitle: z.string().min(1).optional().describe('needed only when the section has no other outcome'),
    text: z.string().min(1),
    subItems: z.array(SubItemSchema).default([]),
    timing: TimingSchema.nullable().default(null),
    goals: z
      .object({
        strategicGoals: listOf('goals.strategicGoals'),
        strategicTargets: listOf('goals.strategicTargets'),
        objectives: listOf('goals.objectives'),
        regionalInitiatives: listOf('goals.regionalInitiatives'),
        gcaPillars: listOf('goals.gcaPillars'),
        resolutions: listOf('goals.resolutions'),
      })
      .strict()
      .prefault({}),
    sdgs: z.object({ goals: listOf('sdgs.goals'), targets: listOf('sdgs.targets') }).strict().prefault({}),
    expectedResults: z.array(z.string().min(1)).default([]),
    activities: z.array(z.string().min(1)).default([]),
  })
  .strict();

const AddOutcomeCorrectionSchema = z.object({ op: z.literal('add-outcome'), key, outcome: NewOutcomeSchema, reason }).strict();

export const CorrectionSchema = z.discriminatedUnion('op', [
  SetCorrectionSchema,
  ReplaceCorrectionSchema,
  listCorrection('add'),
  listCorrection('remove'),
  DropCorrectionSchema,
  AddOutcomeCorrectionSchema,
]);

export const CorrectionsFileSchema = z.object({ corrections: z.array(CorrectionSchema) }).strict();

export type Correction = z.infer<typeof CorrectionSchema>;
export type NewOutcome = z.infer<typeof NewOutcomeSchema>;
export type CorrectionsFile = z.infer<typeof CorrectionsFileSchema>;

/** The JSON Schema committed at schema/corrections.schema.json (refinements such as resolution syntax are not expressible there). */
export function correctionsJsonSchema(): unknown {
  return z.toJSONSchema(CorrectionsFileSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
}
