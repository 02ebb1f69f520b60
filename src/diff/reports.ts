/**
 * The three reports of a diff, as file name → content: diff.json (the machine-readable truth)
 * and diff.md and diff.html rendered from it.
 */
import { toJson } from '../emit/to-json.js';
import type { EditionDiff } from '../schema/diff.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';

export const REPORT_FILES = ['diff.json', 'diff.md', 'diff.html'] as const;

export function renderReports(diff: EditionDiff): Record<(typeof REPORT_FILES)[number], string> {
  return { 'diff.json': toJson(diff), 'diff.md': renderMarkdown(diff), 'diff.html': renderHtml(diff) };
}
