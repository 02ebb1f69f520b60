/**
 * Every tolerance of the table stage in one validated object (pdfplumber's TableSettings idea).
 * Tolerances about text are shares of the font size ("em") of the text they apply to, so they
 * hold for 7-pt and 12-pt tables alike; tolerances about drawn lines are in points (1/72 inch).
 * One configuration serves every document: the benchmark runs with these defaults only.
 */
import { z } from 'zod';

export const TableSettingsSchema = z
  .object({
    // --- glyphs → words → lines
    /** Two glyphs are on one line when their baselines differ by at most this × font size. */
    baselineTolerance: z.number().positive().max(1).default(0.3),
    /** A gap wider than this × font size between two glyphs ends a word. */
    wordGap: z.number().positive().max(2).default(0.15),
    /** The same glyph drawn again less than this × font size to the side is one glyph (fake bold). */
    duplicateGlyphShift: z.number().nonnegative().max(1).default(0.1),
    /** A glyph smaller than this × the line's font size, raised above it, is a superscript. */
    superscriptSizeRatio: z.number().positive().max(1).default(0.85),
    /** A superscript's baseline sits at most this × font size above the line's. */
    superscriptMaxRise: z.number().positive().max(2).default(0.7),

    // --- ruling lines (points)
    /** A stroke or filled rectangle thinner than this is a ruling line. */
    maxRulingThickness: z.number().positive().default(3),
    /** Rulings shorter than this are ignored (underlines of single letters, tick marks). */
    minRulingLength: z.number().positive().default(3),
    /** Ruling ends and crossings within this distance meet; parallel rulings this close are one. */
    rulingSnap: z.number().positive().default(3),

    // --- columns of borderless tables
    /** Words closer than this × font size are one phrase when looking for gutters. */
    chunkGap: z.number().positive().default(0.5),
    /** A gutter is at least this × font size wide. */
    minGutter: z.number().positive().default(0.5),
    /** Up to this share of a table's lines (at least one) may cross a gutter (titles, wide header labels, notes). */
    gutterCrossingShare: z.number().nonnegative().max(0.5).default(0.1),

    /** A one-phrase line at least this share of the table's (or page text's) width wide is running text, not a table line. */
    paragraphWidth: z.number().positive().max(1).default(0.75),

    /** Vertical space above this × the usual line spacing ends a block of text (when looking for tables without rules). */
    blockGap: z.number().positive().default(2.5),

    // --- rows
    /** Whitespace between two lines at least this × font size high is a blank line (ink box to ink box). */
    blankLineGap: z.number().positive().default(0.8),
    /** A line further below the previous one than the usual line spacing plus this × font size starts a new row. */
    rowGap: z.number().positive().default(0.4),
    /** A first-column line starting this × font size right of the row's first line is indented. */
    indent: z.number().positive().default(0.4),
  })
  .strict();

export type TableSettings = z.infer<typeof TableSettingsSchema>;

export const DEFAULT_TABLE_SETTINGS: TableSettings = TableSettingsSchema.parse({});

/** Validates partial settings (from a test or a caller), with a clear error. */
export function tableSettings(overrides: Partial<TableSettings> = {}): TableSettings {
  const result = TableSettingsSchema.safeParse({ ...DEFAULT_TABLE_SETTINGS, ...overrides });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`invalid table setting ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}
