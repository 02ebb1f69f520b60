/**
 * Tables (src/tables) written for people and spreadsheets: CSV and TSV, Markdown (GFM pipe
 * tables), HTML, and Excel (xlsx, one sheet per table). A spanning cell's text is in its first
 * position and the positions it covers are empty (HTML keeps the spans). CSV and TSV end every
 * record and every line inside a cell with CRLF, and neutralise formula-like cells unless raw.
 */
import { escapeCell } from './markdown-escape.js';
import { CSV_LINE_END, csvRecord, neutraliseCell } from './csv.js';
import { escapeMarkup } from '../safety/markup.js';
import { tableGrid, tableTexts, type Table } from '../tables/table.js';

export interface TableTextOptions {
  /** CSV/TSV: keep formula-like cells as they are. */
  raw?: boolean;
}

function cellsFor(table: Table, options: TableTextOptions): string[][] {
  return tableTexts(table).map((row) =>
    row.map((cell) => {
      const text = cell.replace(/\r\n|\r|\n/g, CSV_LINE_END);
      return options.raw ? text : text.split(CSV_LINE_END).map(neutraliseCell).join(CSV_LINE_END);
    }),
  );
}

/** One table as CSV (RFC 4180). */
export function tableToCsv(table: Table, options: TableTextOptions = {}): string {
  return cellsFor(table, options).map(csvRecord).join('');
}

/** Every table as CSV, tables parted by an empty line. */
export function tablesToCsv(tables: readonly Table[], options: TableTextOptions = {}): string {
  return tables.map((t) => tableToCsv(t, options)).join(CSV_LINE_END);
}

/**
 * One table as TSV: fields separated by tabs, quoted as in CSV when they hold a tab, a quote or
 * a line break (what spreadsheets read back).
 */
export function tableToTsv(table: Table, options: TableTextOptions = {}): string {
  const field = (value: string) => (/[\t"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return cellsFor(table, options)
    .map((row) => `${row.map(field).join('\t')}${CSV_LINE_END}`)
    .join('');
}

export function tablesToTsv(tables: readonly Table[], options: TableTextOptions = {}): string {
  return tables.map((t) => tableToTsv(t, options)).join(CSV_LINE_END);
}

/** One table as a GFM pipe table: its header rows (or its first row) as the header, line breaks as <br>. */
export function tableToMarkdown(table: Table): string {
  const rows = tableTexts(table).map((row) => row.map(escapeCell));
  if (rows.length === 0) return '';
  const headerCount = Math.max(1, table.headerRows);
  // GFM has one header row: several are joined into it, line by line.
  const header = rows[0]!.map((_, c) => rows.slice(0, headerCount).map((r) => r[c] ?? '').filter((t) => t !== '').join('<br>'));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.slice(headerCount).map(line)].join('\n') + '\n';
}

export function tablesToMarkdown(tables: readonly Table[]): string {
  return tables.map(tableToMarkdown).join('\n');
}

/** One table as an HTML <table>: header rows in <thead> with <th>, spans kept, line breaks as <br>. */
export function tableToHtml(table: Table): string {
  const grid = tableGrid(table);
  const out: string[] = ['<table>'];
  grid.forEach((row, r) => {
    if (r === 0 && table.headerRows > 0) out.push('<thead>');
    if (r === table.headerRows) out.push('<tbody>');
    const tag = r < table.headerRows ? 'th' : 'td';
    const cells = row.flatMap((cell, c) => {
      if (cell) {
        const span = `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.columnSpan > 1 ? ` colspan="${cell.columnSpan}"` : ''}`;
        return [`<${tag}${span}>${cell.text.split(/\r?\n/).map(escapeMarkup).join('<br>')}</${tag}>`];
      }
      // An empty position not covered by a spanning cell is an empty cell.
      return coveredBySpan(table, r, c) ? [] : [`<${tag}></${tag}>`];
    });
    out.push(`<tr>${cells.join('')}</tr>`);
    if (r === table.headerRows - 1) out.push('</thead>');
  });
  if (grid.length > table.headerRows) out.push('</tbody>');
  out.push('</table>');
  return `${out.join('\n')}\n`;
}


function coveredBySpan(table: Table, row: number, column: number): boolean {
  return table.cells.some((c) => (c.row !== row || c.column !== column) && row >= c.row && row < c.row + c.rowSpan && column >= c.column && column < c.column + c.columnSpan);
}

export function tablesToHtml(tables: readonly Table[], title: string): string {
  return `<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>${escapeMarkup(title)}</title></head>\n<body>\n${tables.map(tableToHtml).join('\n')}</body>\n</html>\n`;
}

/**
 * Every table as an Excel workbook, one sheet per table ("Table 1", …), cells as text (never
 * formulas), spans merged. exceljs is loaded only here.
 */
export async function tablesToXlsx(tables: readonly Table[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  tables.forEach((table, t) => {
    const sheet = workbook.addWorksheet(`Table ${t + 1}`);
    for (const cell of table.cells) {
      // A string value is stored as a string: exceljs writes a formula only for { formula } values.
      sheet.getCell(cell.row + 1, cell.column + 1).value = cell.text;
      if (cell.rowSpan > 1 || cell.columnSpan > 1) sheet.mergeCells(cell.row + 1, cell.column + 1, cell.row + cell.rowSpan, cell.column + cell.columnSpan);
    }
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
