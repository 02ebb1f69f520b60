/**
 * How the CLI shows warnings and errors: one line each, "file:line: code: message", the format
 * editors and CI logs link to. Library code never prints; only the CLI uses this.
 */
import type { RoadmapEdition, Warning } from '../schema/roadmap.js';
import { printable } from '../safety/terminal-text.js';

export function formatWarning(file: string, warning: Warning, outcomeKey: string | null): string {
  const where = warning.line !== null ? `:${warning.line}` : warning.page !== null ? ` (page ${warning.page})` : '';
  const page = warning.line !== null && warning.page !== null ? ` (page ${warning.page})` : '';
  const subject = outcomeKey ? ` [${outcomeKey}]` : '';
  return printable(`${file}${where}${page}: warning ${warning.code}: ${warning.message}${subject}`);
}

/** Every warning of an edition, document-level first, then per outcome, in source order. */
export function allWarnings(edition: RoadmapEdition): { warning: Warning; outcomeKey: string | null }[] {
  const list: { warning: Warning; outcomeKey: string | null }[] = edition.warnings.map((warning) => ({ warning, outcomeKey: null }));
  for (const actionLine of edition.actionLines) {
    for (const outcome of actionLine.outcomes) for (const warning of outcome.warnings) list.push({ warning, outcomeKey: outcome.key });
  }
  return list.sort((a, b) => (a.warning.line ?? 0) - (b.warning.line ?? 0));
}

export function summarise(edition: RoadmapEdition): { outcomes: number; actionLines: number; warnings: number; accounted: number; lines: number } {
  const outcomes = edition.actionLines.reduce((n, a) => n + a.outcomes.length, 0);
  const lines = edition.coverage?.lines ?? 0;
  const accounted = Object.values(edition.coverage?.buckets ?? {}).reduce((n, c) => n + c, 0);
  return { outcomes, actionLines: edition.actionLines.length, warnings: allWarnings(edition).length, accounted, lines };
}
