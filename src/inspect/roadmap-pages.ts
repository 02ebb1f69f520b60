/**
 * The roadmap extractor's view of each PDF page (PageDebug): what the loader read (its trace) and
 * where each line and cell went (the accounting). Cells are merged per outcome and column, so a
 * box on the page is "the timing of C2.geneva.B on this page".
 */
import type { Box } from '../grid/grid.js';
import { readTableHeader } from '../layout/columns.js';
import type { PdfPageTrace } from '../load/pdf/trace.js';
import { boxOf } from '../pdf/geometry.js';
import { columnAt, type TableLayout } from '../load/pdf/tables.js';
import type { Accounting, CellAccount, LineAccount } from './accounting.js';
import type { InspectBox, InspectCell, InspectRegion, InspectTable, InspectWarning, PageDebug } from './model.js';

const toBox = (b: Box): InspectBox => ({ x0: b.x0, top: b.y0, x1: b.x1, bottom: b.y1 });

const centre = (b: InspectBox) => ({ x: (b.x0 + b.x1) / 2, y: (b.top + b.bottom) / 2 });

/** The table a box lies in (by its centre), or -1. */
function tableOf(tables: readonly TableLayout[], box: InspectBox): number {
  const { x, y } = centre(box);
  return tables.findIndex((t) => x >= t.left - 1 && x <= t.right + 1 && y >= t.top - 1 && y <= t.bottom + 1);
}

function lineBox(account: LineAccount): InspectBox | null {
  const boxes = account.cells.flatMap((c) => (c.box ? [toBox(c.box)] : []));
  return boxes.length > 0 ? boxOf(boxes) : null;
}

export function roadmapPage(file: string, trace: PdfPageTrace, accounting: Accounting): PageDebug {
  const accounts = accounting.lines.filter((l) => l.page === trace.page);
  const layouts = trace.tables;
  const tables: InspectTable[] = layouts.map((t) => ({
    bbox: { x0: t.left, top: t.top, x1: t.right, bottom: t.bottom },
    source: t.source,
    columns: t.columnEdges.slice(1).map((x1, i) => ({ x0: t.columnEdges[i]!, x1, kind: null, label: null })),
    rows: [],
    drawnRowEdges: t.rowEdges ? [...t.rowEdges] : [],
    header: null,
    cells: [],
  }));
  const regions: InspectRegion[] = [];
  const dropped: PageDebug['dropped'] = [];
  const warnings: InspectWarning[] = [];
  // Body cells merged per table, outcome(s) and column.
  const merged = new Map<string, { table: number; cells: CellAccount[]; boxes: InspectBox[] }>();

  for (const account of accounts) {
    const box = lineBox(account);
    for (const w of account.warnings) {
      const droppedCell = account.cells.find((c) => c.dropped === w && c.box);
      warnings.push({ code: w.code, message: w.message, outcome: w.outcome, at: droppedCell?.box ? toBox(droppedCell.box) : box });
    }
    if (account.bucket === 'blank' || box === null) continue;
    if (account.bucket === 'table-header') {
      const t = tableOf(layouts, box);
      // What each label says its column holds, as the rows stage read it.
      const header = readTableHeader({ line: null, page: null, cells: account.cells.map((c) => ({ text: c.text, raw: c.raw, markers: [] })) });
      account.cells.forEach((cell, k) => {
        if (!cell.box || cell.text === '') return;
        const b = toBox(cell.box);
        const table = tables[t] ?? null;
        const column = table ? columnAt(layouts[t]!.columnEdges, centre(b).x) : -1;
        const kind = header ? (header.kinds[k - header.firstLabelCell] ?? null) : null;
        table?.cells.push({ bbox: b, text: cell.text, role: 'header', column: column >= 0 ? column : null, kind, outcomes: [], row: null });
        if (table) table.header = table.header ? boxOf([table.header, b]) : b;
        else regions.push({ kind: 'other', bbox: b, text: cell.text });
      });
      continue;
    }
    // A line whose text is only in columns of unknown kind still belongs to its outcome's row.
    if (account.bucket !== 'outcome-row' && account.bucket !== 'other-columns') {
      const kind = account.bucket === 'dropped' ? 'other' : account.bucket;
      regions.push({ kind, bbox: box, text: account.cells.map((c) => c.text).filter(Boolean).join(' ') });
      if (account.bucket === 'dropped') {
        const w = account.warnings[0];
        dropped.push({ bbox: box, text: account.cells.map((c) => c.text).join(' '), code: w?.code ?? 'line-unclassified', message: w?.message ?? 'the line was dropped' });
      }
      continue;
    }
    for (const cell of account.cells) {
      if (!cell.box || cell.text === '') continue;
      const b = toBox(cell.box);
      if (cell.dropped) {
        dropped.push({ bbox: b, text: cell.text, code: cell.dropped.code, message: cell.dropped.message });
        continue;
      }
      if (cell.titlePiece) {
        regions.push({ kind: 'section-title', bbox: b, text: cell.text });
        continue;
      }
      const t = tableOf(layouts, b);
      const id = `${t}|${cell.outcomes.join(' ')}|${cell.column ?? ''}`;
      const entry = merged.get(id) ?? { table: t, cells: [], boxes: [] };
      entry.cells.push(cell);
      entry.boxes.push(b);
      merged.set(id, entry);
    }
  }

  for (const entry of merged.values()) {
    const bbox = boxOf(entry.boxes);
    const first = entry.cells[0]!;
    const cell: InspectCell = { bbox, text: entry.cells.map((c) => c.text).join('\n'), role: 'body', column: null, kind: first.column, outcomes: first.outcomes, row: null };
    const table = tables[entry.table];
    if (!table) {
      regions.push({ kind: 'other', bbox, text: cell.text });
      continue;
    }
    const column = columnAt(layouts[entry.table]!.columnEdges, entry.boxes[0]!.x0 + 1);
    cell.column = column >= 0 ? column : null;
    table.cells.push(cell);
  }

  for (const table of tables) {
    nameColumns(table);
    table.rows = outcomeRows(table);
    table.cells.sort((a, b) => a.bbox.top - b.bbox.top || a.bbox.x0 - b.bbox.x0);
  }

  regions.push(...furnitureRegions(trace));
  for (const w of accounting.pageWarnings.get(trace.page) ?? []) warnings.push({ code: w.code, message: w.message, outcome: w.outcome, at: null });

  return {
    stage: 'roadmap',
    file,
    page: trace.page,
    width: trace.width,
    height: trace.height,
    text: trace.words.map((w) => ({ text: w.text, x0: w.x0, x1: w.x1, baseline: w.baseline, fontSize: w.size, furniture: trace.furniture.has(w) })),
    rulings: trace.rulings.map((r) => ({ orientation: r.orientation, at: r.at, from: r.from, to: r.to })),
    fills: trace.fills.map((f) => ({ x0: f.x0, top: f.top, x1: f.x1, bottom: f.bottom, color: f.color })),
    tables,
    regions,
    dropped,
    warnings,
  };
}

/**
 * Each column's kind: the kind most of its body cells went to, else what its header label says;
 * its label: the header text in it.
 */
function nameColumns(table: InspectTable): void {
  table.columns.forEach((column, i) => {
    const votes = new Map<string, number>();
    for (const cell of table.cells) if (cell.role === 'body' && cell.column === i && cell.kind !== null) votes.set(cell.kind, (votes.get(cell.kind) ?? 0) + cell.text.length);
    column.kind = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? table.cells.find((c) => c.role === 'header' && c.column === i && c.kind !== null)?.kind ?? null;
    const label = table.cells.filter((c) => c.role === 'header' && c.column === i).map((c) => c.text).join(' ');
    column.label = label === '' ? null : label;
  });
}

/** Each outcome's extent in the table: the rows the extractor made, whether or not the page draws them. */
function outcomeRows(table: InspectTable): InspectTable['rows'] {
  const byKey = new Map<string, InspectBox[]>();
  for (const cell of table.cells) {
    if (cell.role !== 'body') continue;
    for (const key of cell.outcomes) byKey.set(key, [...(byKey.get(key) ?? []), cell.bbox]);
  }
  return [...byKey]
    .map(([outcome, boxes]) => ({ top: Math.min(...boxes.map((b) => b.top)), bottom: Math.max(...boxes.map((b) => b.bottom)), outcome }))
    .sort((a, b) => a.top - b.top);
}

/** Running headers and footers, one region per line; a line of only a number (and "Page") is a page number. */
function furnitureRegions(trace: PdfPageTrace): InspectRegion[] {
  const words = trace.words.filter((w) => trace.furniture.has(w)).sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const lines: (typeof words)[] = [];
  for (const word of words) {
    const line = lines.find((l) => Math.abs(l[0]!.baseline - word.baseline) <= 0.35 * word.size);
    if (line) line.push(word);
    else lines.push([word]);
  }
  return lines.map((line) => {
    const text = line.map((w) => w.text.trim()).join(' ');
    const bbox = { x0: Math.min(...line.map((w) => w.x0)), top: Math.min(...line.map((w) => w.top)), x1: Math.max(...line.map((w) => w.x1)), bottom: Math.max(...line.map((w) => w.bottom)) };
    return { kind: /^\W*(?:page\s*)?\d+(?:\s*(?:of|\/)\s*\d+)?\W*$/i.test(text) ? ('page-number' as const) : ('running-header' as const), bbox, text };
  });
}
