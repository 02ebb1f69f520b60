/**
 * Every tolerance of the PDF engine in one validated settings object, in sections (the
 * pdfplumber TableSettings idea): `text` (glyphs → words → lines), `rulings` (drawn lines),
 * `tables` (the general table stage: columns and rows of any table) and `roadmap` (what only the
 * roadmap loader needs: its header-found tables, prose paragraphs, running headers and footers).
 * The pipeline, `roadmap tables` and the library take the same object.
 *
 * Tolerances about text are shares of the font size ("em") of the text they apply to, so they
 * hold for 7-pt and 12-pt tables alike; tolerances about drawn lines are in points. Where the
 * document itself can say what a tolerance should be (its own gap between words, its own line
 * spacing), the engine measures it per page or per table (src/pdf/measure.ts) and these values
 * are the bounds and fallbacks of that measurement. When a new layout breaks extraction, these
 * are the knobs: `npx tsx scripts/dump-grid.ts FILE [page]` shows what the loader makes of a page.
 */
import { z } from 'zod';

const TextSection = z
  .object({
    /** Text turned off horizontal by more than this (sine of the angle) is not read: rotated labels, watermarks. */
    maxTextSkew: z.number().positive().max(1).default(0.1),
    /** Two glyphs are on one line when their baselines differ by at most this × font size. */
    baselineTolerance: z.number().positive().max(1).default(0.3),
    /**
     * A gap wider than this × font size between two glyphs ends a word (when the page draws no
     * space glyph there). Typeset word spaces are about 0.25–0.35 em; kerning and tracking stay
     * far below 0.15 em.
     */
    wordGap: z.number().positive().max(2).default(0.15),
    /** The same glyph drawn again less than this × font size to the side is one glyph (fake bold). */
    duplicateGlyphShift: z.number().nonnegative().max(1).default(0.1),
    /**
     * A word smaller than this × the line's font size, raised above the line's baseline, is a
     * superscript (a footnote marker). Typesetters draw superscripts at 58–70 %, browsers at 83 %
     * (Chromium's `<sup>`): the size alone does not tell, so the rise must be there too.
     */
    superscriptSizeRatio: z.number().positive().max(1).default(0.9),
    /** How far above the baseline (× the line's font size) a superscript's baseline must sit at least… */
    superscriptRise: z.number().nonnegative().max(1).default(0.15),
    /** …and at most (further up it is a line of its own). */
    superscriptMaxRise: z.number().positive().max(2).default(0.8),
    /** A footnote marker in a table cell sits at most this × font size after the text it follows. */
    markerGap: z.number().nonnegative().default(1),
    /** A glyph's ink is centred this × font size above its baseline (where it is placed between row rulings). */
    glyphCentre: z.number().nonnegative().max(1).default(0.3),
    /**
     * The text is justified: equal stretched spaces on a line are word spaces however wide. Measured
     * on each page (src/pdf/measure.ts); setting it here only gives the value before measuring.
     */
    justified: z.boolean().default(false),
    /**
     * Where the page's text starts a column (x in points, left to right): on a justified page a
     * stretched space that ends exactly there parts two cells, and a word after a single wide space
     * that ends at a column end (columnEnds) is the last word of a stretched line of two words.
     * Measured on each page
     * (src/pdf/measure.ts); setting it here only gives the value before measuring.
     */
    columnStarts: z.array(z.number()).default([]),
    /** Where the page's justified lines end (x in points): columns' right text edges. Measured like columnStarts. */
    columnEnds: z.array(z.number()).default([]),
    /**
     * Per font, the natural space between two words (× font size) on a justified page: a line
     * whose spaces are all this wide is the last line of its paragraph. Measured on each page
     * (src/pdf/measure.ts); setting it here only gives the value before measuring.
     */
    naturalSpaces: z.record(z.string(), z.number().positive()).default({}),
  })
  .strict();

const RulingSection = z
  .object({
    /** A stroke or filled rectangle thinner than this (points) is a ruling line. */
    maxRulingThickness: z.number().positive().default(3),
    /** Strokes wider than this (points) are bars, not lines. */
    maxStrokeWidth: z.number().positive().default(6),
    /** Rulings shorter than this (points) are ignored (tick marks, underlines of single letters). */
    minRulingLength: z.number().positive().default(3),
    /** Ruling ends and crossings within this distance (points) meet; parallel rulings this close are one. */
    rulingSnap: z.number().positive().default(3),
  })
  .strict();

const TableSection = z
  .object({
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
    /** Whitespace between two lines at least this × font size high is a blank line (ink box to ink box). */
    blankLineGap: z.number().positive().default(0.8),
    /** A line further below the previous one than the usual line spacing plus this × font size starts a new row. */
    rowGap: z.number().positive().default(0.4),
    /** A first-column line starting this × font size right of the row's first line is indented. */
    indent: z.number().positive().default(0.4),
    /**
     * Read a tagged PDF's tables from its structure tree (Table/TR/TH/TD), where the tree agrees
     * with the page (src/pdf/structure-tree.ts); false: from the geometry alone.
     */
    structureTree: z.boolean().default(true),
  })
  .strict();

const RoadmapSection = z
  .object({
    /** A horizontal ruling is a row boundary when it runs across at least this share of the table's width. */
    minRowRulingShare: z.number().positive().max(1).default(0.5),
    /**
     * A gap at least this wide (× font size) between two pieces of text on one line separates
     * table cells, unless the page's own word gaps are wider (justified text, an OCR layer): then
     * the cell gap is measured from the page (src/pdf/measure.ts) and this is its floor.
     */
    cellGap: z.number().positive().max(5).default(0.5),
    /** A word belongs to the column its start lies in, moved right by this × font size (text starts just right of a rule or gutter). */
    columnStartSlack: z.number().nonnegative().default(0.5),
    /** Text that runs on across a column edge by at least this × font size on both sides is a cell spanning the table (a section title, a note). */
    spanOverlap: z.number().positive().default(1),
    /** Lines of a header whose labels wrap are at most this × font size apart (baseline to baseline). */
    headerLineGap: z.number().positive().default(1.6),
    /** A page without a header goes on with the previous page's table when this share of its text pieces start where that table's columns start. */
    continuationAlignedShare: z.number().positive().max(1).default(0.67),
    /** Most lines a wrapped header label may take. */
    maxHeaderLines: z.number().int().positive().default(5),
    /** Without drawn borders, text whose size differs from the table's by more than this share (footnotes, the next title) is not table text. */
    tableFontTolerance: z.number().positive().max(1).default(0.1),
    /** Vertical space between two lines of one cell above this × the cell's usual line spacing is a paragraph break. */
    paragraphGap: z.number().min(1).max(5).default(1.6),
    /** The distance between a cell's lines (× font size) when a cell has too few lines to measure it. */
    lineSpacing: z.number().min(1).max(3).default(1.2),
    /** Outside the table, lines further apart than this × font size start a new paragraph. */
    proseLineGap: z.number().min(1).max(5).default(1.6),
    /** A line with a gap wider than this × font size is not prose and starts a paragraph of its own. */
    prosePieceGap: z.number().positive().default(3),
    /** Pages with fewer text characters than this are reported as image-only. */
    minTextCharsPerPage: z.number().int().nonnegative().default(1),
    /** A line that comes back at the same place with the same text (digits aside) on this share of the pages is a running header or footer. */
    furniturePageShare: z.number().positive().max(1).default(0.5),
    /** Fewest pages a running header or footer must come back on (fewer repeats are coincidence). */
    minFurniturePages: z.number().int().positive().default(3),
  })
  .strict();

export const PdfSettingsSchema = z
  .object({
    text: TextSection.default(TextSection.parse({})),
    rulings: RulingSection.default(RulingSection.parse({})),
    tables: TableSection.default(TableSection.parse({})),
    roadmap: RoadmapSection.default(RoadmapSection.parse({})),
  })
  .strict();

export type PdfSettings = z.infer<typeof PdfSettingsSchema>;
export type TextSettings = PdfSettings['text'];

export const DEFAULT_PDF_SETTINGS: PdfSettings = PdfSettingsSchema.parse({});

/** Overrides, section by section: `{ text: { wordGap: 0.2 } }`. */
export type PdfSettingsInput = { [S in keyof PdfSettings]?: Partial<PdfSettings[S]> };

/** Validates partial settings (from a caller, a CLI flag or a test) over the defaults, with a clear error. */
export function pdfSettings(overrides: PdfSettingsInput = {}): PdfSettings {
  const merged = Object.fromEntries(
    (Object.keys(DEFAULT_PDF_SETTINGS) as (keyof PdfSettings)[]).map((section) => [section, { ...DEFAULT_PDF_SETTINGS[section], ...overrides[section] }]),
  );
  for (const key of Object.keys(overrides)) if (!(key in DEFAULT_PDF_SETTINGS)) throw new Error(`invalid PDF setting ${key}: no such section (text, rulings, tables, roadmap)`);
  const result = PdfSettingsSchema.safeParse(merged);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`invalid PDF setting ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}
