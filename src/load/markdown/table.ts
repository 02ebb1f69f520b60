/**
 * A GFM pipe table → grid lines. The header row becomes one grid line of labels (the rows stage
 * recognises it by what the labels say). Each body row becomes as many grid lines as its
 * tallest cell has lines: the first grid line holds the first line of every cell, the next ones
 * the next line of each cell (empty where a cell has no more), exactly as a layout-text row
 * that runs over several physical lines. All of a row's grid lines carry the row's source line,
 * and say that the row is drawn (`rowStart`): a line inside a cell (after `<br>`) never starts
 * a new row, whatever it begins with ("b. …", "ii. …").
 * A row whose only content is one bold cell is a title (a section title) and becomes a
 * single-cell line, as titles are in layout text.
 */
import type { GridCell, GridLine } from '../../grid/grid.js';
import { inlineLines, inlineText, isBoldOnly, type InlineLine } from './inline.js';
import { startLine, type MdNode } from './mdast.js';

const EMPTY_LINE: InlineLine = { text: '', raw: '', markers: [], line: null };

function toCell(line: InlineLine): GridCell {
  return { text: line.text, raw: line.raw, markers: line.markers };
}

/** The row's cells, as many as the header has (GFM ignores extra cells and fills missing ones). */
function rowCells(row: MdNode, width: number): MdNode[] {
  const cells = (row.children ?? []).slice(0, width);
  while (cells.length < width) cells.push({ type: 'tableCell', children: [] });
  return cells;
}

function titleRow(cells: readonly MdNode[]): MdNode | null {
  const filled = cells.filter((c) => inlineText(c).text !== '');
  return filled.length === 1 && isBoldOnly(filled[0]!) ? filled[0]! : null;
}

export function tableToGridLines(table: MdNode): GridLine[] {
  const [header, ...body] = table.children ?? [];
  if (!header) return [];
  const width = header.children?.length ?? 0;
  const out: GridLine[] = [{ line: startLine(header), page: null, cells: rowCells(header, width).map((c) => toCell(inlineText(c))) }];
  for (const row of body) {
    const line = startLine(row);
    const cells = rowCells(row, width);
    const title = titleRow(cells);
    if (title) {
      out.push({ line, page: null, cells: [toCell(inlineText(title))], title: true });
      continue;
    }
    const cellLines = cells.map(inlineLines);
    const height = Math.max(1, ...cellLines.map((l) => l.length));
    for (let i = 0; i < height; i++) {
      // A table row is a drawn row: its first line starts it, its other lines are inside it.
      out.push({ line, page: null, rowStart: i === 0, cells: cellLines.map((l) => toCell(l[i] ?? EMPTY_LINE)) });
    }
  }
  return out;
}
