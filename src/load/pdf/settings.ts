/**
 * Every geometric tolerance of the PDF loader, in one validated settings object (the pdfplumber
 * TableSettings idea). Tolerances are factors of the font size of the text they apply to, so
 * they hold for 8-pt and 12-pt tables alike; absolute values are in PDF points (1/72 inch).
 */
import { z } from 'zod';

export const PdfSettingsSchema = z
  .object({
    /** Two runs are on one line when their baselines differ by less than this × font size. */
    baselineTolerance: z.number().positive().max(1).default(0.35),
    /** A gap wider than this × font size between two runs on a line is a space. */
    spaceGap: z.number().positive().max(2).default(0.15),
    /** A run smaller than this × the line's font size, raised above its baseline, is a superscript. */
    superscriptSizeRatio: z.number().positive().max(1).default(0.8),
    /** How far above the baseline (× the line's font size) a superscript's baseline must sit. */
    superscriptRise: z.number().nonnegative().max(1).default(0.15),
    /** Vertical space between two lines of one cell above this × the cell's usual line spacing is a paragraph break. */
    paragraphGap: z.number().min(1).max(5).default(1.6),
    /** A stroked segment or filled rectangle thinner than this (points) is a ruling line. */
    maxRulingThickness: z.number().positive().default(2),
    /** Rulings shorter than this (points) are ignored (tick marks, underlines of single letters). */
    minRulingLength: z.number().positive().default(8),
    /** Collinear ruling pieces closer than this (points) are joined; positions within it are the same line. */
    rulingSnap: z.number().positive().default(3),
    /** A run belongs to the column its start lies in, moved right by this × font size (text starts just left of a rule). */
    columnStartSlack: z.number().nonnegative().default(0.5),
    /** Pages with fewer text characters than this are reported as image-only. */
    minTextCharsPerPage: z.number().int().nonnegative().default(1),
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
