/**
 * The extraction algorithms (tabula's ExtractionAlgorithm idea): each takes a page's layout and
 * the glyphs no earlier algorithm took, and returns the tables it found and the glyphs it left.
 * The page runs them in order: drawn grids first (lattice), then borderless tables (stream).
 */
import { boxOf, contains, type Box } from '../pdf/geometry.js';
import type { Glyph } from '../pdf/reader.js';
import { ruledRegions, textRegions } from './regions.js';
import { glyphPoint, ruledTables } from './ruled.js';
import type { PageRulings, Ruling } from '../pdf/rulings.js';
import type { PdfSettings } from '../pdf/settings.js';
import { streamTable } from './stream.js';
import type { Strategy, Table } from './table.js';
import { textLines } from '../pdf/lines.js';
import { withoutLeaders } from './leaders.js';

export interface PageLayout {
  page: number;
  rulings: PageRulings;
  /** Horizontal rules for borderless tables: drawn rules and the edges of shaded bands. */
  rules: Ruling[];
  /** Read only here (the whole page when null). */
  area: Box | null;
  /** Column edges the caller gave (stream): the text of the area, or of the page, is one table cut there. */
  columns?: readonly number[] | null;
  /** The settings for cutting a table's lines into columns, with gaps judged against the page's word space (spacing.ts). */
  columnSettings: PdfSettings;
}

export interface ExtractionAlgorithm {
  readonly name: Strategy;
  /** `earlier`: the tables the algorithms before this one found on the page. */
  extract(layout: PageLayout, glyphs: readonly Glyph[], settings: PdfSettings, earlier: readonly Table[]): { tables: Table[]; rest: Glyph[] };
}

export const lattice: ExtractionAlgorithm = {
  name: 'lattice',
  extract: (layout, glyphs, settings) => ruledTables(layout.page, layout.rulings, glyphs, settings),
};

/**
 * Borderless tables: in the area when one is given, else in the regions that rules or text
 * alignment mark out. When a ruled table was found in the area, the area was drawn around that
 * table: what is left in it (a caption, a paragraph beside it) is searched like a page.
 */
export const stream: ExtractionAlgorithm = {
  name: 'stream',
  extract(layout, glyphs, settings, earlier) {
    const visible = glyphs.filter((g) => !g.space);
    if (visible.length === 0) return { tables: [], rest: [...glyphs] };
    let regions: Box[];
    if (layout.area && earlier.length === 0) regions = [layout.area];
    else if (layout.columns) regions = [boxOf(visible)];
    else {
      const lines = textLines(withoutLeaders(visible), settings);
      const ruled = ruledRegions(lines, layout.rules, settings);
      const outside = lines.filter((l) => !ruled.some((r) => contains(r, (l.x0 + l.x1) / 2, l.baseline - 0.3 * l.size)));
      regions = [...ruled, ...textRegions(outside, settings)];
    }
    const tables: Table[] = [];
    let rest = [...glyphs];
    for (const region of regions) {
      const inside = (g: Glyph) => contains(region, ...glyphPoint(g));
      const table = streamTable(layout.page, rest.filter(inside), layout.rules, region, layout.columnSettings, layout.columns ?? null);
      if (table && table.columnCount >= 2 && table.rowCount >= 2) {
        tables.push(table);
        rest = rest.filter((g) => !inside(g));
      }
    }
    return { tables, rest };
  },
};

export const ALGORITHMS: readonly ExtractionAlgorithm[] = [lattice, stream];
