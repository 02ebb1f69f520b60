/**
 * diff.md: the diff for reading on GitHub. A summary table per action line, then per action
 * line the added, removed, renamed and changed outcomes. Changed words are marked with <ins> and
 * <del> (GitHub shows them underlined and struck through, so they read without colour); set
 * changes are "+ added" / "− removed" lists. Rendered from diff.json alone.
 */
import type { EditionDiff, FieldChange, OutcomeChange, TextOp } from '../schema/diff.js';
import { fieldLabel, formatRebased, formatRevision, frameworkLines, formatTiming, markWords, opsByLine, STATUS_ORDER, summariseByActionLine, summaryLine } from './summary.js';

const SECTION_TITLES = { added: 'Added', removed: 'Removed', renamed: 'Renamed', changed: 'Changed' } as const;

export function renderMarkdown(diff: EditionDiff): string {
  const lines: string[] = [];
  lines.push(`# Roadmap changes: ${escapeMarkdown(diff.from.edition)} → ${escapeMarkdown(diff.to.edition)}`, '');
  lines.push(
    `From edition ${escapeMarkdown(diff.from.edition)} (sha256 \`${diff.from.sha256.slice(0, 12)}\`) to edition ${escapeMarkdown(diff.to.edition)} (sha256 \`${diff.to.sha256.slice(0, 12)}\`): ${escapeMarkdown(summaryLine(diff).replace(/^.*?: /, ''))}.`,
    '',
  );
  // A changed plan first: goal numbers and codes mean other things under it.
  const frameworks = frameworkLines(diff);
  if (frameworks.length > 0) {
    lines.push('**The frameworks changed.** References to them are re-based under the new plan, not compared as removed and added:', '');
    lines.push(...frameworks.map((line) => `- ${escapeMarkdown(line)}`), '');
  }
  lines.push(...summaryTable(diff), '');
  for (const actionLine of summariseByActionLine(diff)) {
    const outcomes = diff.outcomes.filter((o) => o.actionLine === actionLine.id && o.status !== 'unchanged');
    if (outcomes.length === 0) continue;
    lines.push(`## ${escapeMarkdown(actionLine.id)}${actionLine.title ? ` · ${escapeMarkdown(actionLine.title)}` : ''}`, '');
    for (const status of ['added', 'removed', 'renamed', 'changed'] as const) {
      const group = outcomes.filter((o) => o.status === status);
      if (group.length === 0) continue;
      lines.push(`### ${SECTION_TITLES[status]} (${group.length})`, '');
      for (const outcome of group) lines.push(...outcomeEntry(outcome));
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function summaryTable(diff: EditionDiff): string[] {
  const header = `| Action line | ${STATUS_ORDER.map((s) => s[0]!.toUpperCase() + s.slice(1)).join(' | ')} |`;
  const rule = `| --- | ${STATUS_ORDER.map(() => '---:').join(' | ')} |`;
  const rows = summariseByActionLine(diff).map(
    (line) => `| ${escapeMarkdown(line.id)}${line.title ? ` ${escapeMarkdown(line.title)}` : ''} | ${STATUS_ORDER.map((s) => line.counts[s]).join(' | ')} |`,
  );
  const total = `| **All** | ${STATUS_ORDER.map((s) => `**${diff.summary[s]}**`).join(' | ')} |`;
  return [header, rule, ...rows, total];
}

function outcomeEntry(outcome: OutcomeChange): string[] {
  const lines: string[] = [];
  switch (outcome.status) {
    case 'added':
      lines.push(`- ${code(outcome.toKey!)}: ${escapeMarkdown(outcome.text)}`);
      break;
    case 'removed':
      lines.push(`- ${code(outcome.fromKey!)}: ${escapeMarkdown(outcome.text)}`);
      break;
    case 'renamed': {
      const similarity = `similarity ${outcome.similarity?.toFixed(2)}`;
      lines.push(`- ${code(outcome.fromKey!)} → ${code(outcome.toKey!)} (${similarity})${textUnchanged(outcome)}`);
      break;
    }
    default:
      lines.push(`- ${code(outcome.toKey!)}${textUnchanged(outcome)}`);
  }
  for (const field of outcome.fields) lines.push(...fieldEntry(field).map((line) => `  ${line}`));
  return lines;
}

function fieldEntry(change: FieldChange): string[] {
  const label = `**${fieldLabel(change.field)}**`;
  switch (change.kind) {
    case 'value':
      return [`- ${label}: ${formatTiming(change.before)} → ${formatTiming(change.after)}`];
    case 'set': {
      const parts = [
        ...change.revised.map((r) => escapeMarkdown(formatRevision(r))),
        ...(change.added.length > 0 ? [`\\+ ${change.added.map((x) => escapeMarkdown(String(x))).join(', ')}`] : []),
        ...(change.removed.length > 0 ? [`− ${change.removed.map((x) => escapeMarkdown(String(x))).join(', ')}`] : []),
      ];
      return [`- ${label}: ${parts.join('; ')}`];
    }
    case 'rebased':
      return [`- ${label}: ${escapeMarkdown(formatRebased(change))}`];
    case 'text': {
      if (change.field === 'text') return [`- ${label}: ${markedText(change.ops)}`];
      // A list: only the items that changed, each on its own line.
      const items = opsByLine(change.ops);
      const changed = items.filter((item) => item.some((op) => op.op !== 'equal'));
      const unchanged = items.length - changed.length;
      const note = unchanged > 0 ? ` (${unchanged} unchanged item${unchanged === 1 ? '' : 's'} not shown)` : '';
      return [`- ${label}${note}:`, ...changed.map((item) => `  - ${markedText(item)}`)];
    }
  }
}

/**
 * The text, when it did not change, so the reader knows which outcome this is. Whole: outcomes
 * that share a long lead-in differ only at the end.
 */
function textUnchanged(outcome: OutcomeChange): string {
  return outcome.fields.some((f) => f.field === 'text') ? '' : `: ${escapeMarkdown(outcome.text)}`;
}

/**
 * A key as inline code. A key is text from the source like any other (validate accepts any
 * string): one with a line break, a backtick or HTML characters is escaped as text is, in a
 * <code> element, so it cannot end the line or the code span and inject Markdown or HTML.
 */
function code(text: string): string {
  return /^[^\s`<>&\\]*$/.test(text) ? `\`${text}\`` : `<code>${escapeMarkdown(text.replace(/\s+/g, ' '))}</code>`;
}

/** Equal words as they are, inserted ones in <ins>, deleted ones in <del>. */
function markedText(ops: readonly TextOp[]): string {
  return markWords(ops, escapeMarkdown);
}

/** Text that GitHub shows as written: Markdown punctuation escaped, HTML characters as entities. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1');
}
