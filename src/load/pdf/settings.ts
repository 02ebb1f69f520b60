/**
 * Every geometric tolerance of the PDF loader, in one validated settings object (the pdfplumber
 * TableSettings idea). Tolerances about text are factors of the font size of the text they apply
 * to ("em"), so they hold for 8-pt and 12-pt tables alike; tolerances about drawn lines are in PDF
 * points (1/72 inch). When a new edition's layout breaks extraction, these are the knobs: try
 * `npx tsx scripts/dump-grid.ts FILE [page]` to see what the loader makes of a page.
 */
import { z } from 'zod';

export const PdfSettingsSchema = z
  .object({
    // --- text runs and lines
    /** Text turned off horizontal by more than this (sine of the angle) is not read: rotated labels, watermarks. */
    maxTextSkew: z.number().positive().max(1).default(0.1),
    /** Two runs are on one line when their baselines differ by less than this × font size. */
    baselineTolerance: z.number().positive().max(1).default(0.35),
    /** A gap wider than this × font size between two runs on a line is a space. */
    spaceGap: z.number().positive().max(2).default(0.15),
    /** A run smaller than this × the line's font size, raised above its baseline, is a superscript. */
    superscriptSizeRatio: z.number().positive().max(1).default(0.8),
    /** How far above the baseline (× the line's font size) a superscript's baseline must sit at least… */
    superscriptRise: z.number().nonnegative().max(1).default(0.15),
    /** …and at most (further up it is a line of its own). */
    superscriptMaxRise: z.number().positive().max(2).default(0.8),
    /** A footnote marker in a table cell sits at most this × font size after the text it follows. */
    markerGap: z.number().nonnegative().default(1),

    /** A run's glyphs are centred this × font size above its baseline (where it is placed between row rulings). */
    glyphCentre: z.number().nonnegative().max(1).default(0.3),

    // --- ruling lines (points)
    /** A stroked segment or filled rectangle thinner than this (points) is a ruling line. */
    maxRulingThickness: z.number().positive().default(2),
    /** Rulings shorter than this (points) are ignored (tick marks, underlines of single letters). */
    minRulingLength: z.number().positive().default(8),
    /** Collinear ruling pieces closer than this (points) are joined; positions within it are the same line. */
    rulingSnap: z.number().positive().default(3),
    /** A horizontal ruling is a row boundary when it runs across at least this share of the table's width. */
    minRowRulingShare: z.number().positive().max(1).default(0.5),

    // --- tables
    /**
     * A gap at least this wide (× font size) between two pieces of text on one line separates
     * table cells. Word spaces are narrower (about 0.25–0.35 em); the padding of two cells wider.
     */
    cellGap: z.number().positive().max(5).default(0.5),
    /** A run belongs to the column its start lies in, moved right by this × font size (text starts just right of a rule or gutter). */
    columnStartSlack: z.number().nonnegative().default(0.5),
    /**
     * Text that runs on across a column edge by at least this × font size on both sides is a cell
     * spanning the table (a section title, a note), not pieces of several columns.
     */
    spanOverlap: z.number().positive().default(1),
    /** Lines of a header whose labels wrap are at most this × font size apart (baseline to baseline). */
    headerLineGap: z.number().positive().default(1.6),
    /** A page without a header goes on with the previous page's table when this share of its text pieces start where that table's columns start. */
    continuationAlignedShare: z.number().positive().max(1).default(0.67),
    /** Most lines a wrapped header label may take. */
    maxHeaderLines: z.number().int().positive().default(5),
    /**
     * Without drawn borders, text whose size differs from the table's by more than this share
     * (footnotes below the table, the next action line's title) is not table text.
     */
    tableFontTolerance: z.number().positive().max(1).default(0.1),

    // --- paragraphs
    /** Vertical space between two lines of one cell above this × the cell's usual line spacing is a paragraph break. */
    paragraphGap: z.number().min(1).max(5).default(1.6),
    /** The distance between a cell's lines (× font size) when a cell has too few lines to measure it. */
    lineSpacing: z.number().min(1).max(3).default(1.2),
    /** Outside the table, lines further apart than this × font size start a new paragraph. */
    proseLineGap: z.number().min(1).max(5).default(1.6),
    /** A line with a gap wider than this × font size is not prose and starts a paragraph of its own. */
    prosePieceGap: z.number().positive().default(3),

    // --- pages
    /** Pages with fewer text characters than this are reported as image-only. */
    minTextCharsPerPage: z.number().int().nonnegative().default(1),
    /**
     * A line outside the table that comes back at the same place with the same text (digits aside)
     * on at least this share of the pages (and on `minFurniturePages`) is a running header or
     * footer: page furniture.
     */
    furniturePageShare: z.number().positive().max(1).default(0.5),
    /** Fewest pages a running header or footer must come back on (fewer repeats are coincidence). */
    minFurniturePages: z.number().int().positive().default(3),
  })
  .strict();

export type PdfSettings = z.infer<typeof PdfSettingsSchema>;

export const DEFAULT_PDF_SETTINGS: PdfSettings = PdfSettingsSchema.parse({});

/** Validates partial settings (e.g. from a CLI flag or a test), with a clear error. */
export function pdfSettings(overrides: Partial<PdfSettings> = {}): PdfSettings {
  const result = PdfSettingsSchema.safeParse({ ...DEFAULT_PDF_SETTINGS, ...overrides });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`invalid PDF setting ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}
