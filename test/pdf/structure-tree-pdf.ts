/**
 * A tiny tagged-PDF writer for the structure-tree tests: texts placed by hand on pages (Helvetica,
 * x from the left, y the baseline down from the top), and a structure tree of tables whose cells
 * point at some of those texts through marked content (each text in a cell is drawn inside
 * `/TD <</MCID n>> BDC … EMC`; the cell's /K lists MCRs, the ParentTree maps each page's MCIDs
 * back to their cells). Where a text is printed and which cell the tree puts it in are given
 * separately, so that a test can write a tree that contradicts the page: cells in the wrong
 * order, a cell holding text of two columns, text printed inside a table in no cell. A table may
 * run over several pages (its rows' texts on different pages), as a producer splits long tables.
 */

import { assemblePdf } from '../load/pdf/make-pdf.js';

export interface PlacedText {
  page: number;
  x: number;
  y: number;
  text: string;
  size?: number;
  bold?: boolean;
  /** The cell the tree puts it in: [table, row, cell], 0-based; absent: untagged text (an artifact). */
  cell?: [number, number, number];
  /** A second cell that the tree (wrongly) also puts it in. */
  alsoIn?: [number, number, number];
}

export interface TreeTable {
  /** Each row's cells: their role (TH, TD, or a custom role mapped by `roleMap`). */
  rows: string[][];
  /** Rows grouped under a THead/TBody as producers do (the first `head` rows in THead). */
  head?: number;
}

export interface TaggedPdfSpec {
  pages: number;
  width?: number;
  height?: number;
  texts: PlacedText[];
  tables: TreeTable[];
  /** Stroked segments per page, [page, x0, y0, x1, y1] (y down). */
  strokes?: [number, number, number, number, number][];
  /** /MarkInfo << /Marked true >> in the catalog (default true). */
  marked?: boolean;
  /** A RoleMap (custom role → standard role), as Word writes for its own names. */
  roleMap?: Record<string, string>;
}

const literal = (text: string) => `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
const n = (value: number) => String(Math.round(value * 1000) / 1000);

export function taggedPdf(spec: TaggedPdfSpec): Uint8Array {
  const width = spec.width ?? 842;
  const height = spec.height ?? 595;
  const objects: string[] = [];
  const reserve = () => objects.push('') ;
  const set = (id: number, body: string) => (objects[id - 1] = body);

  // Object numbers: 1 catalog, 2 pages, 3–4 fonts, 5 struct tree root, 6 document element,
  // then per page (page, content), then tables, rows, cells.
  for (let i = 0; i < 6; i++) reserve();
  const pageIds = Array.from({ length: spec.pages }, () => {
    reserve();
    reserve();
    return objects.length - 1;
  });
  const tableIds: number[] = [];
  const groupIds: { head: number | null; body: number | null }[] = [];
  const rowIds: number[][] = [];
  const cellIds: number[][][] = [];
  spec.tables.forEach((table) => {
    reserve();
    tableIds.push(objects.length);
    const grouped = table.head !== undefined;
    groupIds.push({ head: grouped ? (reserve(), objects.length) : null, body: grouped ? (reserve(), objects.length) : null });
    rowIds.push([]);
    cellIds.push([]);
    table.rows.forEach((cells) => {
      reserve();
      rowIds[rowIds.length - 1]!.push(objects.length);
      cellIds[cellIds.length - 1]!.push(cells.map(() => (reserve(), objects.length)));
    });
  });

  // Content streams: texts in a cell get the page's next MCID.
  const kids = new Map<number, string[]>(); // cell object → its MCRs
  const parents: number[][] = Array.from({ length: spec.pages }, () => []);
  const ops: string[][] = Array.from({ length: spec.pages }, () => []);
  for (const t of spec.texts) {
    const font = t.bold ? 'F2' : 'F1';
    const show = `BT /${font} ${n(t.size ?? 9)} Tf 1 0 0 1 ${n(t.x)} ${n(height - t.y)} Tm ${literal(t.text)} Tj ET`;
    const page = t.page - 1;
    if (!t.cell) {
      ops[page]!.push(`/Artifact BMC ${show} EMC`);
      continue;
    }
    const [ti, ri, ci] = t.cell;
    const cell = cellIds[ti]![ri]![ci]!;
    const mcid = parents[page]!.length;
    parents[page]!.push(cell);
    const role = spec.tables[ti]!.rows[ri]![ci]!;
    ops[page]!.push(`/${role} <</MCID ${mcid}>> BDC ${show} EMC`);
    for (const [a, b, c] of t.alsoIn ? [t.cell, t.alsoIn] : [t.cell]) {
      const id = cellIds[a]![b]![c]!;
      if (!kids.has(id)) kids.set(id, []);
      kids.get(id)!.push(`<< /Type /MCR /Pg ${pageIds[page]} 0 R /MCID ${mcid} >>`);
    }
  }
  for (const [page, x0, y0, x1, y1] of spec.strokes ?? []) ops[page - 1]!.push(`0.5 w ${n(x0)} ${n(height - y0)} m ${n(x1)} ${n(height - y1)} l S`);

  const marked = spec.marked ?? true;
  set(1, `<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 5 0 R${marked ? ' /MarkInfo << /Marked true >>' : ''} >>`);
  set(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${spec.pages} >>`);
  set(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  set(4, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const nums = parents.map((cells, i) => `${i} [${cells.map((c) => `${c} 0 R`).join(' ')}]`).join(' ');
  const roleMap = spec.roleMap ? ` /RoleMap << ${Object.entries(spec.roleMap).map(([k, v]) => `/${k} /${v}`).join(' ')} >>` : '';
  set(5, `<< /Type /StructTreeRoot /K [6 0 R] /ParentTree << /Nums [${nums}] >> /ParentTreeNextKey ${spec.pages}${roleMap} >>`);
  set(6, `<< /Type /StructElem /S /Document /P 5 0 R /K [${tableIds.map((id) => `${id} 0 R`).join(' ')}] >>`);
  pageIds.forEach((id, i) => {
    const content = ops[i]!.join('\n');
    set(id, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${n(width)} ${n(height)}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${id + 1} 0 R /StructParents ${i} >>`);
    set(id + 1, `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  });
  spec.tables.forEach((table, ti) => {
    const { head, body } = groupIds[ti]!;
    const rowRefs = rowIds[ti]!.map((id) => `${id} 0 R`);
    if (head !== null && body !== null) {
      set(tableIds[ti]!, `<< /Type /StructElem /S /Table /P 6 0 R /K [${head} 0 R ${body} 0 R] >>`);
      set(head, `<< /Type /StructElem /S /THead /P ${tableIds[ti]} 0 R /K [${rowRefs.slice(0, table.head).join(' ')}] >>`);
      set(body, `<< /Type /StructElem /S /TBody /P ${tableIds[ti]} 0 R /K [${rowRefs.slice(table.head).join(' ')}] >>`);
    } else {
      set(tableIds[ti]!, `<< /Type /StructElem /S /Table /P 6 0 R /K [${rowRefs.join(' ')}] >>`);
    }
    table.rows.forEach((cells, ri) => {
      const rowId = rowIds[ti]![ri]!;
      const parent = head !== null && body !== null ? (ri < table.head! ? head : body) : tableIds[ti]!;
      set(rowId, `<< /Type /StructElem /S /TR /P ${parent} 0 R /K [${cellIds[ti]![ri]!.map((id) => `${id} 0 R`).join(' ')}] >>`);
      cells.forEach((role, ci) => {
        const id = cellIds[ti]![ri]![ci]!;
        set(id, `<< /Type /StructElem /S /${role} /P ${rowId} 0 R /K [${(kids.get(id) ?? []).join(' ')}] >>`);
      });
    });
  });

  return assemblePdf(objects, '1.7');
}
