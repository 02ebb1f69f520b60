/**
 * page-N.svg: a page as the extractor read it (its text at its positions, its rulings and fills)
 * with what it made of it drawn over: table regions, column bands and edges, drawn and inferred
 * row edges, header cells, each cell's box labelled with its outcome key and column, the other
 * regions (titles, footnotes, running headers, page numbers), dropped text struck through, and
 * a pin for each warning with its code and message on hover. A legend below the page. Drawn only
 * from a PageDebug; every text is escaped.
 */
import { escapeMarkup as esc, num } from '../safety/markup.js';
import {
  columnLook,
  COLUMN_LOOKS,
  DRAWN_ROW_LOOK,
  DROPPED_LOOK,
  INFERRED_ROW_LOOK,
  regionLook,
  REGION_LOOKS,
  RULING_LOOK,
  TABLE_LOOK,
  WARNING_LOOK,
  type Look,
} from './look.js';
import type { InspectBox, InspectCell, InspectTable, PageDebug } from './model.js';

/** Pixels per PDF point in the SVG's default size (a page reads on a screen without zooming). */
const SCALE = 1.6;
const LABEL_SIZE = 5.2;
const LEGEND_ROW = 12;

const rect = (b: InspectBox, attrs: string) => `<rect x="${num(b.x0)}" y="${num(b.top)}" width="${num(Math.max(0, b.x1 - b.x0))}" height="${num(Math.max(0, b.bottom - b.top))}" ${attrs}/>`;
const stroke = (look: Look, width = 0.8) => `stroke="${look.colour}" stroke-width="${width}"${look.dash ? ` stroke-dasharray="${look.dash}"` : ''}`;
/** A box's outline only. */
const outline = (look: Look, width = 0.8) => `fill="none" ${stroke(look, width)}`;
const line = (x0: number, y0: number, x1: number, y1: number, attrs: string) => `<line x1="${num(x0)}" y1="${num(y0)}" x2="${num(x1)}" y2="${num(y1)}" ${attrs}/>`;

/** A small label on a white ground, its top-left corner at (x, y). */
function label(x: number, y: number, text: string, colour: string, cls: string, size = LABEL_SIZE): string {
  const width = text.length * size * 0.52 + 2;
  return `<g class="${cls}"><rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(size + 1.6)}" fill="#ffffff" fill-opacity="0.85" stroke="${colour}" stroke-width="0.3"/><text x="${num(x + 1)}" y="${num(y + size + 0.3)}" font-size="${size}" fill="${colour}">${esc(text)}</text></g>`;
}

export function renderPageSvg(page: PageDebug): string {
  const legend = legendRows(page);
  const legendHeight = legend.height;
  const height = page.height + legendHeight;
  const parts: string[] = [];
  parts.push(`<rect class="paper" x="0" y="0" width="${num(page.width)}" height="${num(page.height)}" fill="#ffffff" stroke="#8c959f" stroke-width="0.5"/>`);
  parts.push(`<g class="fills">${page.fills.map((f) => rect(f, `fill="${/^#[0-9a-f]{6}$/i.test(f.color ?? '') ? f.color : '#eaeef2'}" fill-opacity="0.6"`)).join('')}</g>`);
  parts.push(`<g class="column-bands">${page.tables.map(columnBands).join('')}</g>`);
  parts.push(`<g class="rulings">${page.rulings.map((r) => (r.orientation === 'horizontal' ? line(r.from, r.at, r.to, r.at, `class="ruling" ${stroke(RULING_LOOK, 0.5)}`) : line(r.at, r.from, r.at, r.to, `class="ruling" ${stroke(RULING_LOOK, 0.5)}`))).join('')}</g>`);
  parts.push(`<g class="page-text" font-family="Helvetica, Arial, sans-serif">${page.text.map(textItem).join('')}</g>`);
  parts.push(`<g class="tables">${page.tables.map(tableFrame).join('')}</g>`);
  parts.push(`<g class="regions">${page.regions.map(region).join('')}</g>`);
  parts.push(`<g class="cells">${page.tables.flatMap((t) => t.cells.map((c) => cellBox(c, t))).join('')}</g>`);
  parts.push(`<g class="dropped-text">${page.dropped.map(droppedMark).join('')}</g>`);
  parts.push(`<g class="warnings">${warningPins(page)}</g>`);
  parts.push(`<g class="legend" transform="translate(0 ${num(page.height)})">${legend.svg}</g>`);
  const title = `${page.file}, page ${page.page}: ${page.tables.length} table${page.tables.length === 1 ? '' : 's'}, ${page.warnings.length} warning${page.warnings.length === 1 ? '' : 's'}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(page.width)} ${num(height)}" width="${num(page.width * SCALE)}" height="${num(height * SCALE)}" data-page="${page.page}" data-stage="${page.stage}" font-family="Helvetica, Arial, sans-serif">
<title>${esc(title)}</title>
${parts.join('\n')}
</svg>
`;
}

function textItem(t: PageDebug['text'][number]): string {
  const width = t.x1 - t.x0;
  const fit = width > 0 ? ` textLength="${num(width)}" lengthAdjust="spacingAndGlyphs"` : '';
  return `<text x="${num(t.x0)}" y="${num(t.baseline)}" font-size="${num(t.fontSize)}"${fit} fill="${t.furniture ? '#8c959f' : '#3d444d'}"${t.furniture ? ' font-style="italic"' : ''}>${esc(t.text)}</text>`;
}

/** Column bands in turns of two faint tints, so each column reads as a band, named above the table. */
function columnBands(table: InspectTable, t: number): string {
  return table.columns
    .map((c, i) => {
      const look = columnLook(c.kind);
      const band = rect({ x0: c.x0, top: table.bbox.top, x1: c.x1, bottom: table.bbox.bottom }, `class="column-band" data-table="${t}" data-column="${i}" data-kind="${esc(c.kind ?? '')}" fill="${look.colour}" fill-opacity="${i % 2 === 0 ? 0.05 : 0.1}"`);
      const name = `${i + 1}: ${c.kind !== null ? look.label : 'column'}`;
      return band + label(c.x0 + 1, Math.max(0, table.bbox.top - LABEL_SIZE - 2), name, look.colour, 'column-label', LABEL_SIZE + 0.6);
    })
    .join('');
}

function tableFrame(table: InspectTable, t: number): string {
  const parts = [rect(table.bbox, `class="table-region" data-table="${t}" ${outline(TABLE_LOOK, 1.2)}`)];
  for (const c of table.columns.slice(1)) parts.push(line(c.x0, table.bbox.top, c.x0, table.bbox.bottom, `class="column-edge" ${stroke({ ...TABLE_LOOK, dash: '2 2' }, 0.6)}`));
  if (table.header) parts.push(rect(table.header, `class="header" fill="#fff8c5" fill-opacity="0.35" ${stroke(REGION_LOOKS['table-header']!, 0.6)}`));
  for (const y of table.drawnRowEdges) parts.push(line(table.bbox.x0, y, table.bbox.x1, y, `class="row-edge drawn" ${stroke(DRAWN_ROW_LOOK, 1)} stroke-opacity="0.8"`));
  for (const y of inferredRowEdges(table)) parts.push(line(table.bbox.x0, y, table.bbox.x1, y, `class="row-edge inferred" ${stroke(INFERRED_ROW_LOOK, 1)}`));
  parts.push(label(table.bbox.x0, table.bbox.bottom + 1, `table ${t + 1} (${table.source})`, TABLE_LOOK.colour, 'table-label', LABEL_SIZE + 0.6));
  return `<g class="table" data-table="${t}" data-source="${esc(table.source)}">${parts.join('')}</g>`;
}

/** Where two rows meet with no drawn edge between them: the row edges the extractor inferred. */
function inferredRowEdges(table: InspectTable): number[] {
  const edges: number[] = [];
  table.rows.forEach((row, i) => {
    if (i === 0) return;
    const above = table.rows[i - 1]!;
    const y = (above.bottom + row.top) / 2;
    const drawn = table.drawnRowEdges.some((e) => e >= Math.min(above.bottom, row.top) - 3 && e <= Math.max(above.bottom, row.top) + 3);
    if (!drawn) edges.push(y);
  });
  return edges;
}

function cellBox(cell: InspectCell, table: InspectTable): string {
  const look = cell.role === 'header' ? REGION_LOOKS['table-header']! : columnLook(cell.kind);
  const column = cell.column !== null ? (table.columns[cell.column]?.kind ?? null) : null;
  const what =
    cell.role === 'header'
      ? `header: ${column !== null ? columnLook(column).label : `column ${(cell.column ?? 0) + 1}`}`
      : cell.outcomes.length > 0
        ? `${cell.outcomes.join(' + ')} · ${columnLook(cell.kind).label}`
        : cell.row !== null
          ? `row ${cell.row + 1} · column ${(cell.column ?? 0) + 1}`
          : `(no outcome) · ${columnLook(cell.kind).label}`;
  const box = { x0: cell.bbox.x0 - 0.8, top: cell.bbox.top - 0.5, x1: cell.bbox.x1 + 0.8, bottom: cell.bbox.bottom + 0.5 };
  return `<g class="cell" data-role="${cell.role}" data-outcome="${esc(cell.outcomes.join(' '))}" data-kind="${esc(cell.kind ?? '')}" data-column="${cell.column ?? ''}"><title>${esc(`${what}\n${cell.text}`)}</title>${rect(box, outline(look, 0.7))}${cell.role === 'body' ? label(box.x0, box.top - LABEL_SIZE - 1.2, what, look.colour, 'cell-label') : ''}</g>`;
}

function region(r: PageDebug['regions'][number]): string {
  const look = regionLook(r.kind);
  const box = { x0: r.bbox.x0 - 1, top: r.bbox.top - 0.6, x1: r.bbox.x1 + 1, bottom: r.bbox.bottom + 0.6 };
  return `<g class="region" data-kind="${r.kind}"><title>${esc(`${look.label}: ${r.text}`)}</title>${rect(box, outline(look, 0.8))}${label(box.x1 + 1, box.top, look.label, look.colour, 'region-label')}</g>`;
}

function droppedMark(d: PageDebug['dropped'][number]): string {
  const middle = (d.bbox.top + d.bbox.bottom) / 2;
  return `<g class="dropped" data-code="${esc(d.code)}"><title>${esc(`${d.code}: ${d.message}`)}</title>${rect(d.bbox, `fill="#ffebe9" fill-opacity="0.5" ${stroke(DROPPED_LOOK, 0.8)}`)}${line(d.bbox.x0, middle, d.bbox.x1, middle, `class="strike" stroke="${DROPPED_LOOK.colour}" stroke-width="1.2"`)}${label(d.bbox.x0, d.bbox.bottom + 0.5, `✗ dropped: ${d.code}`, DROPPED_LOOK.colour, 'dropped-label')}</g>`;
}

/**
 * A numbered pin per warning in the left margin, level with the line it arose on (top left when
 * only the page is known), so it never covers text; the numbers match the list under the legend.
 */
function warningPins(page: PageDebug): string {
  const used = new Map<string, number>();
  return page.warnings
    .map((w, i) => {
      const at = w.at ?? { x0: 14, top: 4, x1: 14, bottom: 10 };
      const { x: cx, y: cy } = { x: (at.x0 + at.x1) / 2, y: (at.top + at.bottom) / 2 };
      const table = page.tables.find((t) => cx >= t.bbox.x0 && cx <= t.bbox.x1 && cy >= t.bbox.top && cy <= t.bbox.bottom);
      const left = Math.min(at.x0, table?.bbox.x0 ?? at.x0);
      const spot = `${Math.round(left)}|${Math.round(at.top)}`;
      const k = used.get(spot) ?? 0;
      used.set(spot, k + 1);
      const x = Math.max(4.5, left - 6 - k * 9);
      const y = at.top + 4;
      return `<g class="warning" data-code="${esc(w.code)}" data-outcome="${esc(w.outcome ?? '')}"><title>${esc(`${w.code}${w.outcome !== null ? ` (${w.outcome})` : ''}: ${w.message}`)}</title><circle cx="${num(x)}" cy="${num(y)}" r="4" fill="#fff1e5" stroke="${WARNING_LOOK.colour}" stroke-width="0.8"/><text x="${num(x)}" y="${num(y + 1.8)}" font-size="5" font-weight="bold" text-anchor="middle" fill="${WARNING_LOOK.colour}">${i + 1}</text></g>`;
    })
    .join('');
}

/** The legend: only what the page uses, each with its line style and label. */
function legendRows(page: PageDebug): { svg: string; height: number } {
  const entries: { look: Look; kind: 'box' | 'line' | 'fill' | 'pin' | 'strike' }[] = [];
  const kinds = new Set(page.tables.flatMap((t) => t.cells.filter((c) => c.role === 'body').map((c) => c.kind ?? '')));
  if (page.fills.length > 0) entries.push({ look: { label: 'fill (a shaded area the page draws)', colour: '#8c959f', dash: '' }, kind: 'fill' });
  if (page.rulings.length > 0) entries.push({ look: RULING_LOOK, kind: 'line' });
  if (page.tables.length > 0) entries.push({ look: TABLE_LOOK, kind: 'box' }, { look: { ...TABLE_LOOK, label: 'column edge', dash: '2 2' }, kind: 'line' });
  if (page.tables.some((t) => t.header)) entries.push({ look: REGION_LOOKS['table-header']!, kind: 'box' });
  if (page.tables.some((t) => t.drawnRowEdges.length > 0)) entries.push({ look: DRAWN_ROW_LOOK, kind: 'line' });
  if (page.tables.some((t) => inferredRowEdges(t).length > 0)) entries.push({ look: INFERRED_ROW_LOOK, kind: 'line' });
  for (const [kind, look] of Object.entries(COLUMN_LOOKS)) if (kinds.has(kind)) entries.push({ look: { ...look, label: `cell: ${look.label} (labelled outcome · column)` }, kind: 'box' });
  if (kinds.has('')) entries.push({ look: { ...columnLook(null), label: 'cell' }, kind: 'box' });
  for (const kind of new Set(page.regions.map((r) => r.kind))) entries.push({ look: regionLook(kind), kind: 'box' });
  if (page.dropped.length > 0) entries.push({ look: DROPPED_LOOK, kind: 'strike' });
  if (page.warnings.length > 0) entries.push({ look: WARNING_LOOK, kind: 'pin' });
  const perRow = 4;
  const width = page.width / perRow;
  const svg = entries
    .map((e, i) => {
      const x = 6 + (i % perRow) * width;
      const y = 8 + Math.floor(i / perRow) * LEGEND_ROW;
      const swatch =
        e.kind === 'line'
          ? line(x, y, x + 22, y, stroke(e.look, 1))
          : e.kind === 'pin'
            ? `<circle cx="${num(x + 11)}" cy="${num(y)}" r="3.5" fill="#fff1e5" stroke="${e.look.colour}" stroke-width="0.8"/>`
            : e.kind === 'fill'
              ? rect({ x0: x, top: y - 3, x1: x + 22, bottom: y + 3 }, 'fill="#eaeef2" stroke="none"')
              : e.kind === 'strike'
              ? `${rect({ x0: x, top: y - 3, x1: x + 22, bottom: y + 3 }, `fill="#ffebe9" ${stroke(e.look, 0.8)}`)}${line(x, y, x + 22, y, `stroke="${e.look.colour}" stroke-width="1.2"`)}`
              : rect({ x0: x, top: y - 3, x1: x + 22, bottom: y + 3 }, outline(e.look, 0.8));
      return `<g class="legend-entry">${swatch}<text x="${num(x + 26)}" y="${num(y + 2)}" font-size="6.5" fill="#1f2328">${esc(e.look.label)}</text></g>`;
    })
    .join('');
  const rows = Math.ceil(entries.length / perRow);
  let height = 6 + rows * LEGEND_ROW + 4;
  // The page's warnings, numbered as their pins, readable without hovering.
  const list = page.warnings.map((w, i) => {
    const text = `${i + 1}. ${w.code}${w.outcome !== null ? ` (${w.outcome})` : ''}: ${w.message}`;
    const y = height + 6 + i * 8.5;
    return `<text class="warning-item" x="6" y="${num(y)}" font-size="6" fill="${WARNING_LOOK.colour}">${esc(text.length > 190 ? `${text.slice(0, 189)}…` : text)}<title>${esc(text)}</title></text>`;
  });
  if (list.length > 0) height += 6 + list.length * 8.5 + 2;
  return { svg: `<rect x="0" y="0" width="${num(page.width)}" height="${num(height)}" fill="#f6f8fa"/>${svg}${list.join('')}`, height };
}
