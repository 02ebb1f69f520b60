/**
 * All tables on one page: the page's rulings read once, then each extraction algorithm in turn
 * on the glyphs the ones before it left (algorithms.ts). With an area, only the text inside it
 * is read; rulings are read on the whole page, since a table's frame often lies just outside
 * an area drawn around its text.
 */
import { ALGORITHMS, type PageLayout } from './algorithms.js';
import { contains, type Box } from '../pdf/geometry.js';
import type { Glyph, PageContent } from '../pdf/reader.js';
import { glyphPoint } from './ruled.js';
import { joinCollinear } from '../pdf/geometry.js';
import { pageRulings, shadingEdges } from '../pdf/rulings.js';
import type { PdfSettings } from '../pdf/settings.js';
import { textLines } from '../pdf/lines.js';
import { withPageSpacing } from './spacing.js';
import { withoutLeaders } from './leaders.js';
import type { Strategy, Table } from './table.js';

export function pageTables(content: PageContent, area: Box | null, settings: PdfSettings): Table[] {
  return readPage(content, area, settings).tables;
}

/** A caller's choice of algorithm and explicit column edges (see ExtractOptions). */
export interface PageChoices {
  strategy?: Strategy | undefined;
  columns?: readonly number[] | undefined;
}

/** The page's tables and the glyphs outside them. */
export function readPage(content: PageContent, area: Box | null, settings: PdfSettings, choices: PageChoices = {}): { tables: Table[]; rest: Glyph[] } {
  const rulings = pageRulings(content, settings);
  const rules = rulings.shaded.length > 0 ? joinCollinear([...rulings.horizontal, ...shadingEdges(rulings.shaded, settings).horizontal], settings.rulings.rulingSnap) : rulings.horizontal;
  const layout: PageLayout = { page: content.page, rulings, rules, area, columns: choices.columns ?? null, columnSettings: withPageSpacing(textLines(withoutLeaders(content.glyphs), settings), settings) };
  let glyphs = area ? content.glyphs.filter((g) => contains(area, ...glyphPoint(g))) : content.glyphs;
  const tables: Table[] = [];
  for (const algorithm of ALGORITHMS.filter((a) => choices.strategy === undefined || a.name === choices.strategy)) {
    const found = algorithm.extract(layout, glyphs, settings, tables);
    tables.push(...found.tables);
    glyphs = found.rest;
  }
  tables.sort((a, b) => a.regions[0]!.box.top - b.regions[0]!.box.top || a.regions[0]!.box.x0 - b.regions[0]!.box.x0);
  return { tables, rest: glyphs };
}
