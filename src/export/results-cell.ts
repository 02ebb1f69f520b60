/**
 * The "Expected Results of ITU Activities" cell written back from its items, so that the
 * results parser (src/cells/results.ts) reads the same items: each list under its label, one
 * hyphen bullet per item, one item per line.
 */
import { escapeCell } from './markdown-escape.js';

export const RESULTS_LABEL = 'Expected Results:';
export const ACTIVITIES_LABEL = 'ITU Activities:';

/** The cell's lines, unescaped: labels, then "- item" lines. Empty when there is nothing. */
export function resultsCellLines(expectedResults: readonly string[], activities: readonly string[]): string[] {
  const lines: string[] = [];
  if (expectedResults.length > 0) lines.push(RESULTS_LABEL, ...expectedResults.map((item) => `- ${item}`));
  if (activities.length > 0) lines.push(ACTIVITIES_LABEL, ...activities.map((item) => `- ${item}`));
  return lines;
}

/** The cell as Markdown: escaped lines joined by `<br>`. */
export function resultsCell(expectedResults: readonly string[], activities: readonly string[]): string {
  return escapeCell(resultsCellLines(expectedResults, activities).join('\n'));
}
