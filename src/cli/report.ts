/**
 * How the CLI shows warnings: one line each, "file:line: warning code: message", the format
 * editors and CI logs link to; or a GitHub workflow annotation. Library code never prints; only
 * the CLI uses this.
 */
import type { RoadmapEdition, Warning } from '../schema/roadmap.js';
import { githubAnnotation } from './io.js';

export interface ListedWarning {
  warning: Warning;
  outcomeKey: string | null;
}

/** The file a warning points at: its own (a stale correction's corrections.json), else the source. */
export function warningFile(sourceFile: string, warning: Warning): string {
  return warning.file ?? sourceFile;
}
import { printable } from '../safety/terminal-text.js';

export function formatWarning(file: string, warning: Warning, outcomeKey: string | null): string {
  const where = warning.line !== null ? `:${warning.line}` : warning.page !== null ? ` (page ${warning.page})` : '';
  const page = warning.line !== null && warning.page !== null ? ` (page ${warning.page})` : '';
  const subject = outcomeKey ? ` [${outcomeKey}]` : '';
  return printable(`${warningFile(file, warning)}${where}${page}: warning ${warning.code}: ${warning.message}${subject}`);
}

/** A warning as a GitHub annotation on its file and line. */
export function githubWarning(file: string, warning: Warning, outcomeKey: string | null): string {
  const subject = outcomeKey ? ` [${outcomeKey}]` : '';
  const page = warning.page !== null ? ` (page ${warning.page})` : '';
  return githubAnnotation('warning', printable(`${warning.message}${subject}${page}`), { file: warningFile(file, warning), line: warning.line, title: warning.code });
}

/** Every warning of an edition, document-level first, then per outcome, in source order. */
export function allWarnings(edition: RoadmapEdition): ListedWarning[] {
  const list: ListedWarning[] = edition.warnings.map((warning) => ({ warning, outcomeKey: null }));
  for (const actionLine of edition.actionLines) {
    for (const outcome of actionLine.outcomes) for (const warning of outcome.warnings) list.push({ warning, outcomeKey: outcome.key });
  }
  return list.sort((a, b) => (a.warning.line ?? 0) - (b.warning.line ?? 0));
}

export function summarise(edition: RoadmapEdition): { outcomes: number; actionLines: number; warnings: number; accounted: number; lines: number; corrections: number } {
  const outcomes = edition.actionLines.reduce((n, a) => n + a.outcomes.length, 0);
  const lines = edition.coverage?.lines ?? 0;
  const accounted = Object.values(edition.coverage?.buckets ?? {}).reduce((n, c) => n + c, 0);
  return { outcomes, actionLines: edition.actionLines.length, warnings: allWarnings(edition).length, accounted, lines, corrections: edition.corrections?.length ?? 0 };
}

/** "1 warning", "2 warnings". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
