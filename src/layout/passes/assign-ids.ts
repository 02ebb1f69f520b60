/**
 * The last pass, once an action line is complete: each section's id sequence decides the
 * intended ids (repaired, inferred, out of sequence), each decision with its warning.
 */
import { clip } from '../../diagnostics.js';
import type { ActionLineDraft, RowDraft } from '../model.js';
import { decideIds } from '../outcome-ids.js';

/** Runs the id sequence of each section and records the decisions. */
export function assignIds(actionLine: ActionLineDraft): void {
  const bySection = new Map<string, RowDraft[]>();
  for (const row of actionLine.rows) {
    const list = bySection.get(row.section.slug) ?? [];
    list.push(row);
    bySection.set(row.section.slug, list);
  }
  for (const rows of bySection.values()) {
    const decisions = decideIds(rows.map((r) => r.printed));
    rows.forEach((row, i) => {
      const decision = decisions[i]!;
      row.decision = decision;
      const place = { line: row.lines[0] ?? null, page: row.pages[0] ?? null };
      const printed = row.printed;
      if (decision.how === 'repaired') {
        row.diagnostics.warn('id-repaired', `printed id "${printed.kind === 'id' ? printed.text : ''}" read as "${decision.id}" from the section's sequence`, place);
      } else if (decision.how === 'inferred') {
        if (printed.kind === 'garbled') row.diagnostics.warn('id-garbled', `unreadable id "${clip(printed.text)}" read as "${decision.id}" from the section's sequence`, place);
        else if (printed.kind === 'missing') row.diagnostics.warn('id-missing', `no id printed; "${decision.id}" inferred from the section's sequence`, place);
        else row.diagnostics.warn('id-repaired', `printed id "${printed.text}" read as "${decision.id}" from the section's sequence`, place);
      } else if (decision.how === 'out-of-sequence') {
        row.diagnostics.warn('id-out-of-sequence', `id "${decision.id}" does not follow the previous outcome's id; kept as printed`, place);
      }
    });
  }
}

