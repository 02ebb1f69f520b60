/**
 * The format-neutral grid every loader produces and the rows stage reads: the document as
 * physical lines, each split into cells in reading order, with provenance. Layout text gives
 * cells by tabs; a PDF loader gives them by column geometry (and may fill `box`). The rows stage
 * never looks at the source format.
 */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface GridCell {
  /** Cleaned text: inline markup and footnote superscripts removed, whitespace folded. */
  text: string;
  /** The cell as the source had it (for recognising footnote markers and for messages). */
  raw: string;
  /** Footnote markers that were attached to this cell's text (superscripts), in order. */
  markers: string[];
  box?: Box;
  /** True when a paragraph break precedes this cell's text (a vertical gap in a PDF cell). */
  paragraphBefore?: boolean;
}

export interface GridLine {
  /** 1-based source line (text formats) or null. */
  line: number | null;
  /** 1-based page (paged formats) or null. */
  page: number | null;
  cells: GridCell[];
  /**
   * What the source says about table rows: true when a drawn row boundary (a ruling) comes right
   * before this line, false when the line is inside a drawn row, absent when the source does not
   * say (layout text) and rows must be found from their content.
   */
  rowStart?: boolean;
  /**
   * Whether an empty cell on a continuation line is a paragraph break in that column (layout
   * text: yes, the converter wrote the blank). Paged sources say false and mark breaks with
   * `paragraphBefore` instead, since their columns wrap independently.
   */
  emptyCellsAreBreaks?: boolean;
  /**
   * The source marks this line as a title (a bold table row or a heading in Markdown): a section
   * title even when its words are not those of a known WSIS section.
   */
  title?: boolean;
}

export interface Grid {
  lines: GridLine[];
  /** Number of pages for paged formats, null otherwise. */
  pages: number | null;
  /**
   * Whether the text may carry OCR errors (ghost lines, stray digits): true for layout text and
   * PDF text layers (either may come from a scan); false for formats a person or a program wrote
   * as text (Markdown), where those repairs would only remove real text.
   */
  ocrPossible?: boolean;
  /** Why the loader found no table at all, when it found none ("page 3: no table header found; …"), for the error that follows. */
  noTable?: string;
}

/** True when no cell of the line has text. */
export function isBlank(line: GridLine): boolean {
  return line.cells.every((c) => c.text === '');
}

/** The texts of the non-empty cells. */
export function filledTexts(line: GridLine): string[] {
  return line.cells.map((c) => c.text).filter((t) => t !== '');
}
