/**
 * A roadmap.json as Markdown that reads well on GitHub and that the Markdown loader reads back
 * to the same roadmap (see README, "Formats"):
 *
 *     # <document title>
 *     ## WSIS Action Line C5: <title>
 *     Note: <note>
 *     |  | <column labels…> |          ← an id column with an empty label, then the columns
 *     | --- | --- | … |
 *     |  | **<section title>** | … |    ← a bold row when the section changes
 *     | A1 | <outcome text> | 2016-2019 | <goals> | <SDGs> | Expected Results:<br>- …<br>ITU Activities:<br>- … |
 *     ¹ <footnote text>
 *
 * The id stands in its own column, so every table row starts a new outcome whatever its text
 * says. It is the intended id (what the sequence decided), not the one the source printed.
 */
import { readHeaderLabels, type HeaderKind } from '../layout/columns.js';
import { isNumericMarker, toSuperscript } from '../load/markdown/superscript.js';
import type { ActionLine, Outcome, RoadmapEdition } from '../schema/roadmap.js';
import { escapeCell, escapeHeading, escapeParagraph } from './markdown-escape.js';
import { resultsCell } from './results-cell.js';

/** The column labels of the bundled edition, for an action line whose own labels are missing or unreadable. */
export function standardColumns(actionLine: string): string[] {
  return [
    `WSIS Outcomes (WSIS AL ${actionLine})`,
    'Proposed Timing',
    'ITU Strategic Goals and Relevant Resolutions',
    'Linkages with the SDGs',
    'Expected Results of ITU Activities',
  ];
}

/** The labels to write and the column kind of each, read the way the loader will read them. */
function tableColumns(actionLine: ActionLine): { labels: string[]; kinds: HeaderKind[] } {
  for (const labels of [actionLine.columns, standardColumns(actionLine.id)]) {
    const header = readHeaderLabels(labels.map((text) => ({ text })));
    if (header && header.labels.length === labels.length && header.firstLabelCell === 0) return { labels, kinds: header.kinds };
  }
  throw new Error('the standard column labels must be readable as a table header');
}

function cellOf(outcome: Outcome, kind: HeaderKind, label: string): string {
  switch (kind) {
    case 'id':
      return '';
    case 'unknown':
      // A column the extractor does not read goes back out as it came in.
      return escapeCell(outcome.otherColumns?.[label] ?? '');
    case 'outcome':
      return escapeCell(outcome.text);
    case 'timing':
      return escapeCell(outcome.timing?.raw ?? '');
    case 'goals':
      return escapeCell(outcome.goals.raw);
    case 'sdgs':
      return escapeCell(outcome.sdgs.raw);
    case 'results':
      return resultsCell(outcome.expectedResults, outcome.activities);
  }
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function actionLineTable(actionLine: ActionLine): string[] {
  const { labels, kinds } = tableColumns(actionLine);
  const lines = [row(['', ...labels.map(escapeCell)]), row(['---', ...labels.map(() => '---')])];
  let section: string | null = null;
  for (const outcome of actionLine.outcomes) {
    const sectionKey = `${outcome.section}\u0000${outcome.sectionTitle}`;
    if (sectionKey !== section && outcome.sectionTitle !== '') {
      lines.push(row(['', `**${escapeCell(outcome.sectionTitle)}**`, ...labels.slice(1).map(() => '')]));
    }
    section = sectionKey;
    // A column kind that two labels share gets its text once, in the first of them.
    const cells = kinds.map((kind, i) => (kind === 'unknown' || kinds.indexOf(kind) === i ? cellOf(outcome, kind, labels[i]!) : ''));
    lines.push(row([escapeCell(outcome.id), ...cells]));
  }
  return lines;
}

function footnoteParagraph(marker: string, text: string): string {
  // Footnote markers are numbers; another marker is kept visible as "[marker]".
  const written = isNumericMarker(marker) ? toSuperscript(marker) : `\\[${escapeHeading(marker)}\\]`;
  return `${written} ${escapeParagraph(text)}`.trimEnd();
}

export function roadmapToMarkdown(edition: RoadmapEdition): string {
  const blocks: string[] = [];
  if (edition.title !== '') blocks.push(`# ${escapeHeading(edition.title)}`);
  for (const actionLine of edition.actionLines) {
    // A missing title stays missing: the loader then names the action line from the table header, as the source did.
    if (actionLine.title !== '') blocks.push(`## WSIS Action Line ${actionLine.id}: ${escapeHeading(actionLine.title)}`);
    if (actionLine.note !== null) blocks.push(`Note: ${escapeParagraph(actionLine.note)}`);
    blocks.push(actionLineTable(actionLine).join('\n'));
    for (const footnote of actionLine.footnotes) blocks.push(footnoteParagraph(footnote.marker, footnote.text));
  }
  return `${blocks.join('\n\n')}\n`;
}
