/**
 * The debug data of one PDF page (`page-N.json`), and what `page-N.svg` is drawn from: what the
 * extractor read on the page (text, rulings, fills) and what it made of it (tables with their
 * columns, rows and cells; the other regions; dropped text; warnings where they arose).
 * Coordinates are PDF points, origin at the page's top-left corner, y growing downwards.
 */
import { z } from 'zod';

export const InspectBoxSchema = z.object({ x0: z.number(), top: z.number(), x1: z.number(), bottom: z.number() });
export type InspectBox = z.infer<typeof InspectBoxSchema>;

/** A piece of text as the engine read it, at its position. */
export const TextItemSchema = z.object({
  text: z.string(),
  x0: z.number(),
  x1: z.number(),
  baseline: z.number(),
  fontSize: z.number(),
  /** Part of a running header or footer (taken out before the tables were read). */
  furniture: z.boolean(),
});

export const RulingSchema = z.object({
  orientation: z.enum(['horizontal', 'vertical']),
  /** y of a horizontal ruling, x of a vertical one. */
  at: z.number(),
  from: z.number(),
  to: z.number(),
});

export const FillSchema = InspectBoxSchema.extend({ color: z.string().nullable() });

/** What a cell became: part of an outcome (its key and column), a header label, or dropped. */
export const CellRoleSchema = z.enum(['body', 'header', 'dropped']);

export const InspectCellSchema = z.object({
  bbox: InspectBoxSchema,
  text: z.string(),
  role: CellRoleSchema,
  /** Index of the table column the cell sits in (0-based), or null when it spans or sits outside them. */
  column: z.number().int().nullable(),
  /** What the column holds: a roadmap column kind (outcome, timing, goals, sdgs, results, id), or null. */
  kind: z.string().nullable(),
  /** The outcome keys the cell's text went to (two when one cell held two outcomes). */
  outcomes: z.array(z.string()),
  /** The table stage's row index (0-based); null for the roadmap extractor, whose rows are outcomes. */
  row: z.number().int().nullable(),
});
export type InspectCell = z.infer<typeof InspectCellSchema>;

export const InspectTableSchema = z.object({
  bbox: InspectBoxSchema,
  /** How the table was found: rulings, header labels, the previous page's columns, or a table-stage strategy. */
  source: z.string(),
  columns: z.array(z.object({ x0: z.number(), x1: z.number(), kind: z.string().nullable(), label: z.string().nullable() })),
  /** Rows as the extractor ended up with them: each outcome's extent on the page, or each table row. */
  rows: z.array(z.object({ top: z.number(), bottom: z.number(), outcome: z.string().nullable() })),
  /** Row boundaries the page draws (rulings across the table). */
  drawnRowEdges: z.array(z.number()),
  /** The header's extent, when the table has one on this page. */
  header: InspectBoxSchema.nullable(),
  cells: z.array(InspectCellSchema),
});
export type InspectTable = z.infer<typeof InspectTableSchema>;

/** Parts of the page other than table cells. */
export const REGION_KINDS = [
  'document-title',
  'preamble',
  'action-line-title',
  'section-title',
  'footnote',
  'running-header',
  'page-number',
  'page-furniture',
  'caption',
  'note',
  'other',
] as const;

export const InspectRegionSchema = z.object({ kind: z.enum(REGION_KINDS), bbox: InspectBoxSchema, text: z.string() });
export type InspectRegion = z.infer<typeof InspectRegionSchema>;

export const InspectDroppedSchema = z.object({ bbox: InspectBoxSchema, text: z.string(), code: z.string(), message: z.string() });

export const InspectWarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  /** The outcome it belongs to, or null for a document-level warning. */
  outcome: z.string().nullable(),
  /** Where on the page it arose (the line or cell), or null when only the page is known. */
  at: InspectBoxSchema.nullable(),
});
export type InspectWarning = z.infer<typeof InspectWarningSchema>;

export const PageDebugSchema = z.object({
  /** Which stage's view: the roadmap extractor (`inspect`) or the general table stage (`tables --debug`). */
  stage: z.enum(['roadmap', 'tables']),
  /** The source's file name (no folders). */
  file: z.string(),
  page: z.number().int().positive(),
  width: z.number(),
  height: z.number(),
  text: z.array(TextItemSchema),
  rulings: z.array(RulingSchema),
  fills: z.array(FillSchema),
  tables: z.array(InspectTableSchema),
  regions: z.array(InspectRegionSchema),
  dropped: z.array(InspectDroppedSchema),
  warnings: z.array(InspectWarningSchema),
});
export type PageDebug = z.infer<typeof PageDebugSchema>;
