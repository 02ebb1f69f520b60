/**
 * Page furniture: running headers and footers ("Page 3", "ITU – WSIS Roadmaps 2018") are lines at
 * the top or bottom edge of the page that come back at the same place with the same text, digits
 * aside, on most pages. They are not part of the document's text, and left in they would land in
 * a table's columns, so they are taken out before tables are read.
 */
import { cleanCell } from '../../grid/clean-cell.js';
import { readTableHeader } from '../../layout/columns.js';
import { groupLines, type TextLine, type Word } from '../../pdf/lines.js';
import type { PdfSettings } from '../../pdf/settings.js';
import { piecesOf, textOf } from './tables.js';

export interface PageRuns {
  height: number;
  words: readonly Word[];
  /** The page's settings, with its measured tolerances. */
  settings: PdfSettings;
}

/** What a furniture line says with its page number blanked out. */
const furnitureKey = (line: TextLine) => line.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** Distance from the nearer page edge: headers measured from the top, footers from the bottom. */
function edgeDistance(line: TextLine, height: number): { edge: 'top' | 'bottom'; distance: number } {
  return line.baseline < height / 2 ? { edge: 'top', distance: line.baseline } : { edge: 'bottom', distance: height - line.baseline };
}

/** For each page, the words of its running headers and footers. */
export function findFurniture(pages: readonly PageRuns[], settings: PdfSettings): Set<Word>[] {
  const lines = pages.map((page) => groupLines(page.words, settings));
  const needed = Math.max(settings.roadmap.minFurniturePages, Math.ceil(settings.roadmap.furniturePageShare * pages.length));
  // Each line's place (text, edge, distance); a place is furniture when enough pages have it.
  const places = lines.map((pageLines, p) =>
    pageLines.map((line) => ({ key: furnitureKey(line), ...edgeDistance(line, pages[p]!.height), size: line.size })),
  );
  const samePlace = (a: (typeof places)[number][number], b: (typeof places)[number][number]) =>
    a.key === b.key && a.edge === b.edge && Math.abs(a.distance - b.distance) <= settings.text.baselineTolerance * a.size;
  // A table header repeated on every page is not furniture: the tables are found by it.
  const readsAsHeader = (line: TextLine, page: PdfSettings) =>
    readTableHeader({ line: null, page: null, cells: piecesOf(line, page).map((p) => ({ raw: '', ...cleanCell(textOf(p.words, page)) })) }) !== null;
  const isRepeated = (p: number, i: number) => {
    const place = places[p]![i]!;
    if (place.key === '' || readsAsHeader(lines[p]![i]!, pages[p]!.settings)) return false;
    let count = 0;
    for (const other of places) if (other.some((o) => samePlace(place, o))) count++;
    return count >= needed;
  };
  return lines.map((pageLines, p) => {
    const furniture = new Set<Word>();
    // Peel repeated lines off the top and off the bottom; a repeat inside the page is content.
    for (let i = 0; i < pageLines.length && isRepeated(p, i); i++) for (const word of pageLines[i]!.words) furniture.add(word);
    for (let i = pageLines.length - 1; i >= 0 && isRepeated(p, i); i--) for (const word of pageLines[i]!.words) furniture.add(word);
    return furniture;
  });
}
