/**
 * lines.html: the source's lines, each marked with where it went (an outcome and its column, the
 * table header, a footnote, a section title, page furniture, or dropped), so the lossless
 * accounting can be read line by line. One self-contained page: inline style, no script, nothing
 * fetched. Every source text is escaped.
 */
import type { LineBucket } from '../layout/model.js';
import type { Accounting, CellAccount, LineAccount, PlacedWarning } from './accounting.js';
import { escapeMarkup as esc } from '../safety/markup.js';
import { COLUMN_LOOKS, columnLook, DROPPED_LOOK, regionLook, REGION_LOOKS, WARNING_LOOK } from './look.js';

export interface LinesPageInput {
  /** The file name shown (no folders). */
  file: string;
  format: 'text' | 'markdown';
  /** The source's lines as decoded, for lines the grid does not carry (Markdown markup, blank lines). */
  sourceLines: readonly string[];
  accounting: Accounting;
}

const BUCKET_ORDER: readonly LineBucket[] = ['document-title', 'preamble', 'action-line-title', 'table-header', 'section-title', 'outcome-row', 'footnote', 'page-furniture', 'dropped'];

export function renderLinesHtml(input: LinesPageInput): string {
  const { accounting } = input;
  const bySourceLine = new Map<number, LineAccount[]>();
  for (const account of accounting.lines) {
    if (account.line === null) continue;
    bySourceLine.set(account.line, [...(bySourceLine.get(account.line) ?? []), account]);
  }
  const rows: string[] = [];
  let band = 0;
  let lastKey: string | null = null;
  input.sourceLines.forEach((text, i) => {
    const number = i + 1;
    const accounts = bySourceLine.get(number);
    const dropped = accounting.sourceLineWarnings.get(number);
    if (!accounts && dropped) {
      const look = regionLook('dropped');
      rows.push(`<tr id="L${number}" class="line bucket-dropped" data-line="${number}" data-bucket="dropped"><th scope="row">${number}</th><td class="bucket"><span class="badge" style="border-color:${look.colour};color:${look.colour}">dropped</span></td><td class="key"></td><td class="text">${esc(text)}</td><td class="warnings">${dropped.map(warningMark).join(' ')}</td></tr>`);
      return;
    }
    if (!accounts) {
      rows.push(`<tr id="L${number}" class="unread" data-line="${number}" data-bucket="${text.trim() === '' ? 'blank' : 'markup'}"><th scope="row">${number}</th><td class="bucket">${text.trim() === '' ? '' : '<span class="badge">markup</span>'}</td><td class="key"></td><td class="text">${esc(text)}</td><td class="warnings"></td></tr>`);
      return;
    }
    // A Markdown table row with line breaks in its cells is several grid lines of one source line.
    for (const [k, account] of accounts.entries()) {
      const key = firstKey(account);
      if (key !== null && key !== lastKey) band++;
      const startsOutcome = key !== null && key !== lastKey;
      if (account.bucket !== 'outcome-row' && account.bucket !== 'blank' && account.bucket !== 'page-furniture' && account.bucket !== 'footnote') lastKey = null;
      if (key !== null) lastKey = key;
      rows.push(lineRow(number, k === 0, account, key, startsOutcome, band));
    }
  });
  const edition = accounting.edition;
  const outcomes = edition ? edition.actionLines.reduce((n, a) => n + a.outcomes.length, 0) : 0;
  const warnings = edition ? edition.warnings.length + edition.actionLines.reduce((n, a) => n + a.outcomes.reduce((m, o) => m + o.warnings.length, 0), 0) : 0;
  const counted = Object.values(accounting.coverage).reduce((n, c) => n + (c ?? 0), 0);
  const nonBlank = accounting.lines.filter((l) => l.bucket !== 'blank').length;
  const title = `What the extractor did with ${input.file}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${LINES_STYLE}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="summary">${accounting.error !== null ? `<strong class="error">Extraction failed: ${esc(accounting.error)}</strong> ` : ''}${outcomes} outcomes in ${edition?.actionLines.length ?? 0} action lines, ${warnings} warnings; ${counted === nonBlank ? `all ${nonBlank} non-blank lines accounted for` : `${counted} of ${nonBlank} non-blank lines accounted for`}.</p>
${bucketTable(accounting)}
${legend()}
</header>
<main>
<table class="lines">
<thead><tr><th scope="col">Line</th><th scope="col">Went to</th><th scope="col">Outcome</th><th scope="col">Text, cell by cell</th><th scope="col">Warnings</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
${accounting.unplaced.length > 0 ? `<h2>Warnings without a place</h2><ul>${accounting.unplaced.map((w) => `<li>${warningText(w)}</li>`).join('')}</ul>` : ''}
</main>
</body>
</html>
`;
}

function firstKey(account: LineAccount): string | null {
  for (const cell of account.cells) if (cell.outcomes.length > 0) return cell.outcomes[0]!;
  return null;
}

function lineRow(number: number, firstOfLine: boolean, account: LineAccount, key: string | null, startsOutcome: boolean, band: number): string {
  const look = regionLook(account.bucket);
  const allDropped = account.bucket === 'outcome-row' && account.cells.some((c) => c.dropped) && account.cells.every((c) => c.text === '' || c.dropped);
  const bucket = allDropped ? 'dropped' : account.bucket;
  const classes = ['line', `bucket-${account.bucket}`, key !== null ? `band-${band % 2}` : '', startsOutcome ? 'starts' : ''].filter(Boolean).join(' ');
  const name = allDropped ? 'dropped' : REGION_LOOKS[account.bucket] ? look.label : account.bucket;
  const badge = account.bucket === 'blank' ? '' : `<span class="badge" style="border-color:${look.colour};color:${look.colour}">${esc(name)}</span>`;
  const keys = [...new Set(account.cells.flatMap((c) => c.outcomes))];
  const keyCell = keys.length === 0 ? '' : startsOutcome ? `<strong>${keys.map(esc).join(' + ')}</strong>` : `<span class="cont" title="${esc(keys.join(' + '))}">│</span>`;
  const cells = account.cells.filter((c) => c.raw.trim() !== '').map((c) => cellSpan(c, account.bucket)).join(' ');
  return `<tr${firstOfLine ? ` id="L${number}"` : ''} class="${classes}" data-line="${number}" data-bucket="${esc(bucket)}"${keys.length > 0 ? ` data-outcome="${esc(keys.join(' '))}"` : ''}><th scope="row">${firstOfLine ? number : ''}</th><td class="bucket">${badge}</td><td class="key">${keyCell}</td><td class="text">${cells}</td><td class="warnings">${account.warnings.map(warningMark).join(' ')}</td></tr>`;
}

function cellSpan(cell: CellAccount, bucket: LineBucket | 'blank'): string {
  if (cell.dropped) {
    return `<del class="cell dropped" data-code="${esc(cell.dropped.code)}" title="${esc(`${cell.dropped.code}: ${cell.dropped.message}`)}"><span class="tag">✗ ${esc(cell.dropped.code)}</span> ${esc(cell.raw)}</del>`;
  }
  if (cell.titlePiece) return `<span class="cell title-piece" data-column="section-title"><span class="tag">section title</span> ${esc(cell.raw)}</span>`;
  if (bucket !== 'outcome-row' || cell.column === null) return `<span class="cell">${esc(cell.raw)}</span>`;
  const look = columnLook(cell.column);
  return `<span class="cell col-${esc(cell.column)}" data-column="${esc(cell.column)}" style="border-color:${look.colour}"><span class="tag" style="color:${look.colour}">${esc(look.label)}</span> ${esc(cell.raw)}</span>`;
}

function warningText(w: PlacedWarning): string {
  return `<code>${esc(w.code)}</code>${w.outcome !== null ? ` (<code>${esc(w.outcome)}</code>)` : ''}: ${esc(w.message)}`;
}

function warningMark(w: PlacedWarning): string {
  return `<span class="warning" data-code="${esc(w.code)}" title="${esc(`${w.code}: ${w.message}`)}">⚠ ${esc(w.code)}</span>`;
}

function bucketTable(accounting: Accounting): string {
  // The known buckets in reading order, then any other the rows stage counts.
  const buckets = [...BUCKET_ORDER, ...(Object.keys(accounting.coverage) as LineBucket[]).filter((b) => !BUCKET_ORDER.includes(b)).sort()];
  const rows = buckets.filter((b) => (accounting.coverage[b] ?? 0) > 0).map((b) => {
    const look = regionLook(b);
    const name = REGION_LOOKS[b] ? look.label : b;
    return `<tr data-bucket="${esc(b)}"><th scope="row"><span class="badge" style="border-color:${look.colour};color:${look.colour}">${esc(name)}</span></th><td>${accounting.coverage[b]}</td></tr>`;
  });
  return `<table class="buckets"><caption>Lines by where they went</caption><tbody>${rows.join('')}</tbody></table>`;
}

function legend(): string {
  const columns = Object.entries(COLUMN_LOOKS).map(([kind, look]) => `<li><span class="cell col-${kind}" style="border-color:${look.colour}"><span class="tag" style="color:${look.colour}">${esc(look.label)}</span> text</span></li>`);
  return `<section class="legend" aria-label="Legend"><h2>Legend</h2>
<p>Each line is labelled with where it went; an outcome's lines share a band, its key shown on its first line. In outcome rows, each cell is tagged with its column:</p>
<ul class="inline">${columns.join('')}</ul>
<ul class="inline">
<li><del class="cell dropped"><span class="tag">✗ code</span> struck-through text</del> ${esc(DROPPED_LOOK.label)}</li>
<li><span class="warning">⚠ code</span> ${esc(WARNING_LOOK.label)}</li>
<li><span class="badge" style="border-color:${REGION_LOOKS.blank!.colour}">markup</span> a Markdown line the grid does not carry (a table's delimiter row)</li>
</ul>
</section>`;
}

const LINES_STYLE = `
:root { color-scheme: light; --rule: #d0d7de; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; padding: 1.2rem; max-width: 110rem; color: #1f2328; }
h1 { font-size: 1.5rem; margin: 0 0 .3rem; }
h2 { font-size: 1.1rem; margin: 1rem 0 .3rem; }
.error { color: #82071e; }
table.buckets { border-collapse: collapse; margin: .5rem 0; }
table.buckets caption { text-align: left; font-weight: 600; }
table.buckets th, table.buckets td { border: 1px solid var(--rule); padding: .15rem .6rem; text-align: left; }
table.buckets td { text-align: right; font-variant-numeric: tabular-nums; }
ul.inline { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; margin: .3rem 0; }
table.lines { border-collapse: collapse; width: 100%; }
table.lines thead th { position: sticky; top: 0; background: #f6f8fa; text-align: left; border-bottom: 2px solid var(--rule); padding: .2rem .4rem; }
table.lines td, table.lines tbody th { vertical-align: top; padding: .1rem .4rem; border-bottom: 1px solid #eaeef2; }
table.lines tbody th { font-weight: normal; color: #57606a; text-align: right; font-variant-numeric: tabular-nums; }
tr.band-0 { background: #f3f8ff; } tr.band-1 { background: #fff8f0; }
tr.starts td, tr.starts th { border-top: 2px solid #8c959f; }
td.key { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; white-space: nowrap; }
.cont { color: #8c959f; }
.badge { display: inline-block; font-size: .72rem; font-weight: 600; border: 1px solid #8c959f; border-radius: 1rem; padding: 0 .45rem; white-space: nowrap; }
.cell { display: inline; border-bottom: 2px solid transparent; margin-right: .5rem; }
.cell.col-timing { border-bottom-style: dashed; } .cell.col-goals { border-bottom-style: dotted; }
.cell.col-sdgs { border-bottom-style: double; border-bottom-width: 3px; } .cell.col-results { border-bottom-style: dashed; }
.cell.col-id { border-bottom-style: dotted; }
.tag { font-size: .68rem; font-variant: small-caps; letter-spacing: .02em; color: #57606a; }
del.dropped { color: #82071e; background: #ffebe9; text-decoration: line-through; text-decoration-thickness: 2px; }
.title-piece { color: #6639ba; font-style: italic; }
tr.bucket-table-header td.text { font-weight: 600; }
tr.bucket-section-title td.text { color: #6639ba; font-weight: 600; }
tr.bucket-footnote td.text, tr.bucket-preamble td.text { font-style: italic; }
tr.bucket-page-furniture td.text, tr.unread td.text { color: #6e7781; }
tr.bucket-dropped td.text { color: #82071e; text-decoration: line-through; }
.warning { color: #953800; font-size: .78rem; white-space: nowrap; cursor: help; }
@media print { table.lines thead th { position: static; } }
`;
