/**
 * index.html: every inspected page as a thumbnail (its page-N.svg, beside this file) with its
 * warning counts, linking to the page view, and the summary of the extraction. One page with
 * inline style and no script; it fetches nothing but the page files next to it. Every source text
 * is escaped.
 */
import type { Accounting } from './accounting.js';
import { escapeMarkup as esc } from '../safety/markup.js';
import { regionLook } from './look.js';

export interface IndexPage {
  page: number;
  svg: string;
  json: string;
  tables: number;
  /** The code of each warning on the page. */
  warnings: string[];
  dropped: number;
}

export interface IndexInput {
  file: string;
  stage: 'roadmap' | 'tables';
  pages: IndexPage[];
  pagesWithoutText: number[];
  /** The roadmap extraction (absent for the table stage). */
  accounting?: Accounting;
  /** A summary line for the table stage. */
  summary?: string;
}

export function renderIndexHtml(input: IndexInput): string {
  const title = `${input.stage === 'roadmap' ? 'What the extractor saw' : 'What the table stage saw'}: ${input.file}`;
  const cards = input.pages.map((p) => {
    const counts = countCodes(p.warnings);
    const list = counts.length === 0 ? '<p class="none">no warnings</p>' : `<ul class="codes">${counts.map(([code, n]) => `<li><code>${esc(code)}</code> ×${n}</li>`).join('')}</ul>`;
    return `<li class="page" data-page="${p.page}" data-warnings="${p.warnings.length}">
<a href="${esc(p.svg)}"><img src="${esc(p.svg)}" alt="page ${p.page} with the extractor's overlays" loading="lazy"></a>
<h3><a href="${esc(p.svg)}">Page ${p.page}</a> <a class="json" href="${esc(p.json)}">JSON</a></h3>
<p>${p.tables} table${p.tables === 1 ? '' : 's'}, <strong>${p.warnings.length} warning${p.warnings.length === 1 ? '' : 's'}</strong>${p.dropped > 0 ? `, ${p.dropped} dropped` : ''}</p>
${list}
</li>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${INDEX_STYLE}</style>
</head>
<body>
<h1>${esc(title)}</h1>
${input.accounting ? extractionSummary(input.accounting) : `<p class="summary">${esc(input.summary ?? '')}</p>`}
${input.pagesWithoutText.length > 0 ? `<p class="skipped">Pages without a text layer (not read): ${input.pagesWithoutText.join(', ')}</p>` : ''}
<h2>Pages</h2>
<p>Each page shows the text as the extractor read it, with tables, columns, rows and cells drawn over it; hover over a box or a numbered warning pin for its details.</p>
<ol class="pages">
${cards.join('\n')}
</ol>
</body>
</html>
`;
}

function countCodes(codes: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function extractionSummary(accounting: Accounting): string {
  const edition = accounting.edition;
  if (!edition) return `<p class="summary error">Extraction failed: ${esc(accounting.error ?? 'unknown error')}</p>`;
  const outcomes = edition.actionLines.reduce((n, a) => n + a.outcomes.length, 0);
  const codes = [...edition.warnings.map((w) => w.code), ...edition.actionLines.flatMap((a) => a.outcomes.flatMap((o) => o.warnings.map((w) => w.code)))];
  const counted = Object.values(accounting.coverage).reduce((n, c) => n + (c ?? 0), 0);
  const lines = edition.actionLines
    .map((a) => `<tr><th scope="row"><strong>${esc(a.id)}</strong> ${esc(a.title)}</th><td>${a.outcomes.length}</td><td>${a.outcomes.reduce((n, o) => n + o.warnings.length, 0)}</td></tr>`)
    .join('');
  const buckets = Object.entries(accounting.coverage)
    .map(([bucket, n]) => `<li><span class="badge" style="border-color:${regionLook(bucket).colour}">${esc(regionLook(bucket).label)}</span> ${n}</li>`)
    .join('');
  return `<section class="summary">
<p>${outcomes} outcomes in ${edition.actionLines.length} action lines, ${codes.length} warnings, ${counted} of ${edition.coverage?.lines ?? counted} lines accounted for.</p>
<table class="summary"><thead><tr><th scope="col">Action line</th><th scope="col">Outcomes</th><th scope="col">Warnings</th></tr></thead><tbody>${lines}</tbody></table>
<p>Lines by where they went:</p><ul class="inline">${buckets}</ul>
${codes.length > 0 ? `<p>Warnings by code:</p><ul class="inline">${countCodes(codes).map(([code, n]) => `<li><code>${esc(code)}</code> ×${n}</li>`).join('')}</ul>` : ''}
</section>`;
}

const INDEX_STYLE = `
:root { color-scheme: light; --rule: #d0d7de; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; padding: 1.5rem; max-width: 90rem; color: #1f2328; }
h1 { font-size: 1.5rem; margin: 0 0 .4rem; }
h2 { font-size: 1.2rem; border-bottom: 1px solid var(--rule); margin-top: 1.5rem; }
h3 { font-size: 1rem; margin: .4rem 0 0; }
.error { color: #82071e; font-weight: 600; }
table.summary { border-collapse: collapse; margin: .5rem 0; }
table.summary th, table.summary td { border: 1px solid var(--rule); padding: .2rem .6rem; text-align: left; }
table.summary td { text-align: right; font-variant-numeric: tabular-nums; }
ul.inline { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; margin: .2rem 0; }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; border: 1px solid #8c959f; border-radius: 1rem; padding: 0 .45rem; }
ol.pages { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); gap: 1rem; }
li.page { border: 1px solid var(--rule); border-radius: 6px; padding: .6rem; }
li.page img { width: 100%; height: auto; border: 1px solid #eaeef2; background: #fff; }
li.page p { margin: .2rem 0; }
a.json { font-size: .8rem; font-weight: normal; margin-left: .5rem; }
ul.codes { margin: .2rem 0; padding-left: 1.1rem; font-size: .85rem; }
p.none { color: #57606a; font-style: italic; font-size: .85rem; }
`;
