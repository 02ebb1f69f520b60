/**
 * Markdown → the format-neutral grid, for editions that arrive as (or are converted to)
 * Markdown. The rows stage reads the grid exactly as it reads layout text, so a Markdown
 * edition must say what a layout-text edition says, with Markdown's means:
 *
 * - headings (or bold-only paragraphs) for the document title, the action-line titles
 *   ("WSIS Action Line C2: …", optionally "… Note: …") and section titles;
 * - one GFM pipe table per action line, whose header labels name the columns; `<br>` inside a
 *   cell for a cell of several lines; a bold-only row, or a heading between tables, for a
 *   section title;
 * - footnotes as GFM footnotes (`[^1]` … `[^1]: text`) or as plain lines starting with the
 *   marker (`¹ text`, or `1 text` when the header carries the marker).
 *
 * What Markdown says beyond layout text is used too: prose between tables can belong to no
 * row, so it is dropped with a warning instead of being read as the last row's text; and a
 * section heading written just above its table is handed to the rows stage after the table's
 * header, where layout text has its section titles.
 */
import { clip, Diagnostics } from '../diagnostics.js';
import type { Grid, GridLine } from '../grid/grid.js';
import { readTableHeader } from '../layout/columns.js';
import { readActionLineTitle, readFootnote, readFurniture } from '../layout/recognise.js';
import { readSectionTitle } from '../layout/sections.js';
import { footnoteLabel, footnoteLine, planFootnotes } from './markdown/footnotes.js';
import { inlineLines, inlineText, type InlineLine } from './markdown/inline.js';
import { parseMarkdown, startLine, type MdNode } from './markdown/mdast.js';
import { isNumericMarker } from './markdown/superscript.js';
import { tableToGridLines } from './markdown/table.js';
import { checkMarkdownLimits } from './markdown-limits.js';
import { decodeText } from './text.js';

/** Blocks that hold other blocks are read for the blocks inside them (a list of notes, a quote). */
const CONTAINERS = new Set(['list', 'listItem', 'blockquote']);

function flattenBlocks(nodes: readonly MdNode[]): MdNode[] {
  return nodes.flatMap((node) => (CONTAINERS.has(node.type) ? flattenBlocks(node.children ?? []) : [node]));
}

function singleCellLine(line: InlineLine): GridLine {
  return { line: line.line, page: null, cells: [{ text: line.text, raw: line.raw, markers: line.markers }] };
}

const STARTS_WITH_SUPERSCRIPT = /^[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]/;
const PLAIN_MARKER = /^(\d{1,3})\s+\p{Lu}/u;

class GridBuilder {
  readonly lines: GridLine[] = [];
  /** Between the first table of an action line and the next action-line title. */
  private amongTables = false;
  /** Markers the last table header declared: a plain "3 Text" line is a footnote only then. */
  private declared = new Set<string>();
  /** After an action-line title. */
  private inActionLine = false;
  /** Section titles seen after an action-line title but before its first table. */
  private heldSectionTitles: GridLine[] = [];

  constructor(private readonly diagnostics: Diagnostics) {}

  table(table: MdNode): void {
    const [header, ...rows] = tableToGridLines(table);
    if (!header) return;
    this.lines.push(header);
    if (readTableHeader(header)) this.declared = new Set(header.cells.flatMap((c) => c.markers));
    this.lines.push(...this.heldSectionTitles, ...rows);
    this.heldSectionTitles = [];
    this.amongTables = true;
  }

  /** A title or prose line (from a heading, a paragraph or a footnote definition). */
  prose(line: GridLine): void {
    if (line.cells.every((c) => c.text === '')) return;
    if (readActionLineTitle(line)) {
      this.amongTables = false;
      this.inActionLine = true;
      this.lines.push(...this.heldSectionTitles);
      this.heldSectionTitles = [];
      this.lines.push(line);
      return;
    }
    const isSectionTitle = line.title === true || readSectionTitle(line.cells.map((c) => c.text)) !== null;
    if (!this.amongTables) {
      // Layout text has section titles below the table header; a title above the table means the same.
      if (isSectionTitle && this.inActionLine) this.heldSectionTitles.push(line);
      else this.lines.push(line);
      return;
    }
    if (isSectionTitle || readFootnote(line, this.declared) || readFurniture(line)) {
      this.lines.push(line);
      return;
    }
    const text = line.cells.map((c) => c.text).join(' ');
    this.diagnostics.warn(
      'line-unclassified',
      `text between tables is no footnote or title and belongs to no row; dropped: "${clip(text)}"`,
      { line: line.line, page: null },
    );
  }

  /** A paragraph is one line, except that a line opening with a footnote marker starts a new one. */
  paragraph(paragraph: MdNode): void {
    const groups: InlineLine[][] = [];
    for (const line of inlineLines(paragraph)) {
      const plain = PLAIN_MARKER.exec(line.text);
      const opensFootnote = STARTS_WITH_SUPERSCRIPT.test(line.raw) || (plain !== null && this.declared.has(plain[1]!));
      if (groups.length === 0 || opensFootnote) groups.push([line]);
      else groups[groups.length - 1]!.push(line);
    }
    for (const group of groups) {
      this.prose(
        singleCellLine({
          text: group.map((l) => l.text).filter(Boolean).join(' '),
          raw: group.map((l) => l.raw).filter(Boolean).join(' '),
          markers: group.flatMap((l) => l.markers),
          line: group[0]!.line,
        }),
      );
    }
  }

  /** A GFM footnote definition. Roadmap footnotes are numbered: "[^a]" cannot say which footnote it is. */
  footnote(definition: MdNode): void {
    const label = footnoteLabel(definition);
    if (isNumericMarker(label)) {
      this.prose(footnoteLine(definition));
      return;
    }
    this.diagnostics.warn('line-unclassified', `footnote [^${label}] was dropped: only numbered footnotes ([^1], [^2]…) are read`, {
      line: startLine(definition),
      page: null,
    });
  }

  finish(): void {
    // Section titles with no table after them are kept, for the rows stage to judge.
    this.lines.push(...this.heldSectionTitles);
  }
}

export function markdownToGrid(text: string, diagnostics: Diagnostics): Grid {
  const blocks = flattenBlocks(parseMarkdown(text).children ?? []);
  const plan = planFootnotes(blocks);
  const definitions = new Map(blocks.filter((b) => b.type === 'footnoteDefinition').map((b) => [b.identifier ?? '', b]));
  const builder = new GridBuilder(diagnostics);
  blocks.forEach((block, index) => {
    switch (block.type) {
      case 'heading': {
        // "#" is the document, "##" an action line; a deeper heading is a section title, whatever its words.
        const line = singleCellLine(inlineText(block));
        builder.prose((block.depth ?? 1) >= 3 ? { ...line, title: true } : line);
        break;
      }
      case 'paragraph':
        builder.paragraph(block);
        break;
      case 'table':
        builder.table(block);
        for (const id of plan.afterTable.get(index) ?? []) builder.footnote(definitions.get(id)!);
        break;
      case 'footnoteDefinition':
        if (!plan.placed.has(block.identifier ?? '')) builder.footnote(block);
        break;
      case 'html':
        // Comments and layout tags carry no roadmap text; an HTML table is not read.
        if (/<table\b/i.test(block.value ?? '')) {
          diagnostics.warn('line-unclassified', 'an HTML table was skipped: only GFM pipe tables are read', { line: startLine(block), page: null });
        }
        break;
      default:
        // Code blocks, thematic breaks, link definitions: no roadmap content.
        break;
    }
  });
  builder.finish();
  return { lines: builder.lines, pages: null, ocrPossible: false };
}

/** Source bytes → grid: decoded like layout text (UTF-8 with or without BOM, any line ends, Windows-1252 fallback). */
export function loadMarkdownGrid(bytes: Uint8Array, file: string, diagnostics: Diagnostics): Grid {
  const text = decodeText(bytes, file, diagnostics).lines.join('\n');
  checkMarkdownLimits(text, file);
  return markdownToGrid(text, diagnostics);
}
