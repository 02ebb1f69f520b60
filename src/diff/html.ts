/**
 * diff.html: one self-contained page (inline style and script, nothing fetched) for reading the
 * diff in a browser: the summary with links to each outcome that changed, filters by action line
 * and status, and every outcome with its field changes as inline word diffs. Rendered from
 * diff.json alone; every text from the roadmap is escaped.
 */
import type { EditionDiff, FieldChange, OutcomeChange, TextOp } from '../schema/diff.js';
import { PAGE_SCRIPT, PAGE_STYLE } from './html-page.js';
import { escapeMarkup } from '../safety/markup.js';
import { fieldLabel, formatRebased, formatRevision, frameworkLines, formatTiming, markWords, opsByLine, STATUS_ORDER, summariseByActionLine, summaryLine } from './summary.js';

/** Statuses the page shows before the reader changes the filter. */
const SHOWN_AT_FIRST = new Set(['added', 'removed', 'renamed', 'changed']);

export function renderHtml(diff: EditionDiff): string {
  const title = `Roadmap changes: ${diff.from.edition} → ${diff.to.edition}`;
  const actionLines = summariseByActionLine(diff);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header>
<h1>${escapeMarkup(title)}</h1>
<p>From edition <strong>${escapeMarkup(diff.from.edition)}</strong> (sha256 <code>${escapeMarkup(diff.from.sha256.slice(0, 12))}</code>) to edition <strong>${escapeMarkup(diff.to.edition)}</strong> (sha256 <code>${escapeMarkup(diff.to.sha256.slice(0, 12))}</code>): ${escapeMarkup(summaryLine(diff).replace(/^.*?: /, ''))}.</p>
${frameworksNote(diff)}</header>
<section id="summary">
<h2>Summary</h2>
${summaryTable(diff, actionLines)}
${changeIndex(diff)}
</section>
${filterForm(diff, actionLines.map((a) => a.id))}
<main>
${actionLines.map((line) => actionLineSection(line.id, line.title, diff.outcomes.filter((o) => o.actionLine === line.id))).join('\n')}
<p class="empty" id="nothing-shown" hidden>No outcome matches the filter.</p>
</main>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

function summaryTable(diff: EditionDiff, actionLines: ReturnType<typeof summariseByActionLine>): string {
  const head = STATUS_ORDER.map((s) => `<th scope="col">${capitalise(s)}</th>`).join('');
  const cell = (line: string, status: string, count: number) =>
    `<td data-status="${status}" data-count="${count}"><a href="#line=${encodeURIComponent(line)}&amp;status=${status}">${count}</a></td>`;
  const rows = actionLines.map(
    (line) =>
      `<tr data-line="${escapeMarkup(line.id)}"><th scope="row"><strong>${escapeMarkup(line.id)}</strong> ${escapeMarkup(line.title)}</th>${STATUS_ORDER.map((s) => cell(line.id, s, line.counts[s])).join('')}</tr>`,
  );
  const total = `<tr data-line=""><th scope="row">All action lines</th>${STATUS_ORDER.map((s) => cell('', s, diff.summary[s])).join('')}</tr>`;
  return `<table class="summary">
<thead><tr><th scope="col">Action line</th>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
<tfoot>${total}</tfoot>
</table>`;
}

/** A link to every outcome that is not unchanged. */
function changeIndex(diff: EditionDiff): string {
  const changes = diff.outcomes.filter((o) => o.status !== 'unchanged');
  if (changes.length === 0) return '<p class="empty">No outcome changed.</p>';
  const items = changes.map((o) => `<li><a href="#${anchorOf(o)}">${statusBadge(o)}<span class="key">${escapeMarkup(keysOf(o))}</span></a></li>`);
  return `<nav class="index" aria-label="Changed outcomes">
<h3>Outcomes that changed (${changes.length})</h3>
<ul>
${items.join('\n')}
</ul>
</nav>`;
}

function filterForm(diff: EditionDiff, lines: string[]): string {
  const options = [`<option value="">all</option>`, ...lines.map((l) => `<option value="${escapeMarkup(l)}">${escapeMarkup(l)}</option>`)];
  const boxes = STATUS_ORDER.map(
    (s) => `<label><input type="checkbox" name="status" value="${s}"${SHOWN_AT_FIRST.has(s) ? ' checked' : ''}> ${s} (${diff.summary[s]})</label>`,
  );
  return `<form class="filters" aria-label="Filters">
<label>Action line <select name="line">${options.join('')}</select></label>
<fieldset><legend>Status</legend>${boxes.join('\n')}</fieldset>
<p>Showing <output id="shown">${diff.outcomes.filter((o) => SHOWN_AT_FIRST.has(o.status)).length}</output> of <span id="total">${diff.outcomes.length}</span> outcomes</p>
</form>`;
}

function actionLineSection(id: string, title: string, outcomes: OutcomeChange[]): string {
  return `<section class="action-line" id="line-${escapeMarkup(id)}" data-line="${escapeMarkup(id)}">
<h2>${escapeMarkup(id)}${title ? ` · ${escapeMarkup(title)}` : ''}</h2>
${outcomes.map(outcomeArticle).join('\n')}
</section>`;
}

function outcomeArticle(outcome: OutcomeChange): string {
  const hidden = SHOWN_AT_FIRST.has(outcome.status) ? '' : ' hidden';
  const similarity = outcome.similarity !== null && outcome.status === 'renamed' ? ` <span class="similarity">similarity ${outcome.similarity.toFixed(2)}</span>` : '';
  const textChanged = outcome.fields.some((f) => f.field === 'text');
  const text = textChanged ? '' : `<p class="${outcome.status === 'removed' ? 'removed-text' : 'text'}">${escapeMarkup(outcome.text)}</p>`;
  const fields = outcome.fields.length > 0 ? `<dl class="fields">\n${outcome.fields.map(fieldEntry).join('\n')}\n</dl>` : '';
  return `<article class="outcome" id="${anchorOf(outcome)}" data-line="${escapeMarkup(outcome.actionLine)}" data-status="${outcome.status}"${hidden}>
<h3>${statusBadge(outcome)}<span class="key">${escapeMarkup(keysOf(outcome))}</span>${similarity}</h3>
${text}${fields}
</article>`;
}

/** A changed plan, said first: goal numbers and codes mean other things under it. */
function frameworksNote(diff: EditionDiff): string {
  const lines = frameworkLines(diff);
  if (lines.length === 0) return '';
  return `<section id="frameworks"><p><strong>The frameworks changed.</strong> References to them are re-based under the new plan, not compared as removed and added:</p><ul>${lines.map((l) => `<li>${escapeMarkup(l)}</li>`).join('')}</ul></section>\n`;
}

function fieldEntry(change: FieldChange): string {
  const label = `<dt>${escapeMarkup(fieldLabel(change.field))}</dt>`;
  switch (change.kind) {
    case 'value':
      return `${label}<dd><del>${escapeMarkup(formatTiming(change.before))}</del> → <ins>${escapeMarkup(formatTiming(change.after))}</ins></dd>`;
    case 'set': {
      const items = [
        ...change.revised.map((r) => `<li>${escapeMarkup(formatRevision(r))}</li>`),
        ...change.added.map((x) => `<li><ins>${escapeMarkup(String(x))}</ins></li>`),
        ...change.removed.map((x) => `<li><del>${escapeMarkup(String(x))}</del></li>`),
      ];
      return `${label}<dd><ul class="set">${items.join('')}</ul></dd>`;
    }
    case 'rebased':
      return `${label}<dd class="rebased">${escapeMarkup(formatRebased(change))}</dd>`;
    case 'text':
      if (change.field === 'text') return `${label}<dd>${markedText(change.ops)}</dd>`;
      return `${label}<dd><ol class="items">${opsByLine(change.ops)
        .map((item) => `<li${item.every((op) => op.op === 'equal') ? ' class="same"' : ''}>${markedText(item)}</li>`)
        .join('')}</ol></dd>`;
  }
}

function markedText(ops: readonly TextOp[]): string {
  return markWords(ops, escapeMarkup);
}

function statusBadge(outcome: OutcomeChange): string {
  return `<span class="status status-${outcome.status}">${outcome.status}</span>`;
}

function keysOf(outcome: OutcomeChange): string {
  if (outcome.status === 'renamed') return `${outcome.fromKey} → ${outcome.toKey}`;
  return (outcome.toKey ?? outcome.fromKey)!;
}

/**
 * The element id of an outcome: `to-<key>`, or `from-<key>` for a removed one (its key may now
 * belong to another outcome). Characters other than letters, digits, "." and "-" are spelled out,
 * so the id never contains "=" (which the page reads as a filter).
 */
export function anchorOf(outcome: OutcomeChange): string {
  const [side, key] = outcome.toKey !== null ? ['to', outcome.toKey] : ['from', outcome.fromKey!];
  return `${side}-${key.replace(/[^A-Za-z0-9.-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}

function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

