/**
 * The rows stage fuzzed with fast-check: random documents made of roadmap-like lines (titles,
 * headers, section titles, rows with and without ids, footnotes, page numbers, junk) in the
 * usual order or any order. layOutRows must return, never throw; every row it builds must be
 * whole (an id decided, cells from its own lines), and every warning must use a known code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMN_KINDS } from '../../src/layout/columns.js';
import { Diagnostics, WARNING_CODES } from '../../src/diagnostics.js';
import { textToGrid } from '../../src/grid/text-grid.js';
import { layOutRows } from '../../src/layout/rows.js';
import { ActionLineSchema, WarningSchema } from '../../src/schema/roadmap.js';
import { roadmapLines, RUNS } from './arbitraries.js';

const CODES = Object.keys(WARNING_CODES);
const ActionLineHead = ActionLineSchema.pick({ id: true, title: true, note: true, columns: true, footnotes: true });

function expectKnownWarnings(diagnostics: Diagnostics, lineCount: number): void {
  for (const d of diagnostics.items) {
    expect(CODES).toContain(d.code);
    expect(d.place.line === null || (d.place.line >= 1 && d.place.line <= lineCount), `${d.code} at line ${d.place.line}`).toBe(true);
  }
  for (const w of diagnostics.toWarnings()) expect(WarningSchema.safeParse(w).success).toBe(true);
}

describe('layOutRows on random roadmap-like documents', () => {
  it('returns whole rows and known warnings, never throws', () => {
    fc.assert(
      fc.property(roadmapLines, (lines) => {
        const diagnostics = new Diagnostics();
        const document = layOutRows(textToGrid(lines), diagnostics);
        expectKnownWarnings(diagnostics, lines.length);
        for (const actionLine of document.actionLines) {
          const { id, title, note, columns, footnotes } = actionLine;
          expect(ActionLineHead.safeParse({ id, title, note, columns, footnotes }).success, JSON.stringify(id)).toBe(true);
          for (const row of actionLine.rows) {
            expect(row.actionLine).toBe(actionLine.id);
            expect(row.decision?.id ?? '').not.toBe('');
            expect(row.section.slug).not.toBe('');
            expect(row.lines.length).toBeGreaterThan(0);
            const own = new Set(row.lines);
            for (const kind of COLUMN_KINDS) for (const f of row.cells[kind]) expect(own.has(f.place.line!), `${kind} fragment from line ${f.place.line}`).toBe(true);
            expectKnownWarnings(row.diagnostics, lines.length);
          }
        }
      }),
      { seed: 201, numRuns: RUNS },
    );
  });
});
