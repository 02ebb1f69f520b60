/**
 * The diff of an edition pair with known edits (editions.ts) reports exactly those edits; an
 * edition against itself reports none.
 */
import { describe, expect, it } from 'vitest';
import { diffEditions } from '../../src/diff/edition-diff.js';
import { EditionDiffSchema, type OutcomeChange } from '../../src/schema/diff.js';
import { ADDED_RESULT_C2_J, edition2018, editedEdition, INSERTED_C2_WSIS10_E, REWORDED_C2_H } from './editions.js';

const changes = (outcomes: OutcomeChange[]) =>
  outcomes.filter((o) => o.status !== 'unchanged').map(({ status, fromKey, toKey, similarity, fields }) => ({ status, fromKey, toKey, similarity, fields }));

describe('an edition against itself', () => {
  it('has no changes: every outcome unchanged, similarity 1', () => {
    const diff = diffEditions(edition2018(), edition2018());
    expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 61, renamed: 0 });
    expect(diff.outcomes).toHaveLength(61);
    expect(diff.outcomes.every((o) => o.status === 'unchanged' && o.fromKey === o.toKey && o.similarity === 1 && o.fields.length === 0)).toBe(true);
  });
});

describe('2018 against the hand-edited copy', () => {
  const diff = diffEditions(edition2018(), editedEdition());

  it('matches the diff contract and names both editions', () => {
    expect(EditionDiffSchema.safeParse(diff).success).toBe(true);
    expect(diff.from).toEqual({ edition: '2018', sha256: edition2018().source.sha256 });
    expect(diff.to).toEqual({ edition: '2019', sha256: 'b'.repeat(64) });
    expect(diff.actionLines.map((a) => a.id)).toEqual(['C2', 'C5', 'C6']);
  });

  it('counts 1 added, 2 removed, 2 renamed, 7 changed, the other 50 unchanged', () => {
    expect(diff.summary).toEqual({ added: 1, removed: 2, changed: 7, unchanged: 50, renamed: 2 });
    // One entry per outcome of either edition: 61 old + 1 new.
    expect(diff.outcomes).toHaveLength(62);
  });

  it('reports exactly the edits, in the new edition order with the removed after', () => {
    expect(changes(diff.outcomes)).toEqual([
      {
        status: 'changed',
        fromKey: 'C2.geneva.B',
        toKey: 'C2.geneva.B',
        similarity: 1,
        fields: [{ field: 'timing', kind: 'value', before: { raw: '2016-2019', from: 2016, to: 2019 }, after: { raw: '2016-2021', from: 2016, to: 2021 } }],
      },
      { status: 'changed', fromKey: 'C2.geneva.C', toKey: 'C2.geneva.C', similarity: 1, fields: [{ field: 'sdgs.goals', kind: 'set', added: [4], removed: [16], revised: [] }] },
      {
        status: 'changed',
        fromKey: 'C2.geneva.H',
        toKey: 'C2.geneva.H',
        // 15 of the old 18 words and 15 of the new 19 are shared, in order: 2·15 / 37.
        similarity: 0.811,
        fields: [
          {
            field: 'text',
            kind: 'text',
            ops: [
              { op: 'equal', text: 'Undertake international research and development efforts aimed at making ' },
              { op: 'delete', text: 'available ' },
              { op: 'equal', text: 'adequate' },
              { op: 'delete', text: ' and' },
              { op: 'insert', text: ',' },
              { op: 'equal', text: ' affordable ' },
              { op: 'insert', text: 'and accessible ' },
              { op: 'equal', text: 'ICT equipment ' },
              { op: 'delete', text: 'for' },
              { op: 'insert', text: 'available to' },
              { op: 'equal', text: ' end users' },
            ],
          },
        ],
      },
      {
        status: 'changed',
        fromKey: 'C2.geneva.J',
        toKey: 'C2.geneva.J',
        similarity: 1,
        fields: [
          {
            field: 'expectedResults',
            kind: 'text',
            ops: [
              {
                op: 'equal',
                text: 'Promoting the establishment of national and regional Internet exchange points (IXPs)\nPromoting the development of local content and localized access\nPromoting IPv4 to IPv6 migration.',
              },
              { op: 'insert', text: `\n${ADDED_RESULT_C2_J}` },
            ],
          },
        ],
      },
      { status: 'added', fromKey: null, toKey: 'C2.wsis10.e', similarity: null, fields: [] },
      {
        status: 'changed',
        fromKey: 'C5.geneva.A1',
        toKey: 'C5.geneva.A1',
        similarity: 1,
        fields: [
          { field: 'goals.resolutions', kind: 'set', added: [], removed: [], revised: [{ resolution: 'WTDC Res. 45', before: 'Rev. Dubai, 2014', after: 'Rev. Kigali, 2022' }] },
          { field: 'sdgs.targets', kind: 'set', added: ['17.9'], removed: ['4.1'], revised: [] },
        ],
      },
      // The deletion of B3 re-lettered B4 and B5: two renamed outcomes, texts unchanged.
      { status: 'renamed', fromKey: 'C5.geneva.B4', toKey: 'C5.geneva.B3', similarity: 1, fields: [] },
      { status: 'renamed', fromKey: 'C5.geneva.B5', toKey: 'C5.geneva.B4', similarity: 1, fields: [] },
      { status: 'changed', fromKey: 'C5.geneva.E', toKey: 'C5.geneva.E', similarity: 1, fields: [{ field: 'goals.regionalInitiatives', kind: 'set', added: ['ARB2'], removed: [], revised: [] }] },
      { status: 'changed', fromKey: 'C6.geneva.a', toKey: 'C6.geneva.a', similarity: 1, fields: [{ field: 'goals.strategicGoals', kind: 'set', added: [2], removed: [], revised: [] }] },
      { status: 'removed', fromKey: 'C5.geneva.B3', toKey: null, similarity: null, fields: [] },
      { status: 'removed', fromKey: 'C6.wsis10.f', toKey: null, similarity: null, fields: [] },
    ]);
  });

  it('carries the text and action line each report shows', () => {
    const added = diff.outcomes.find((o) => o.status === 'added')!;
    expect(added).toMatchObject({ actionLine: 'C2', text: INSERTED_C2_WSIS10_E });
    const removed = diff.outcomes.find((o) => o.fromKey === 'C6.wsis10.f')!;
    expect(removed).toMatchObject({ actionLine: 'C6', text: 'foster an intellectual property rights framework that balances the interests of creators, implementers and users.' });
    expect(diff.outcomes.find((o) => o.toKey === 'C2.geneva.H')!.text).toBe(REWORDED_C2_H);
  });

  it('does not compare raw cells, provenance or warnings', () => {
    const edited = edition2018();
    const o = edited.actionLines[0]!.outcomes[0]!;
    o.goals.raw = 'printed differently';
    o.sdgs.raw = 'printed differently';
    o.provenance = { lines: [1, 2], pages: [9] };
    o.warnings = [{ code: 'id-repaired', message: 'x', line: 1, page: null }];
    o.timing = { ...o.timing!, raw: `${o.timing!.from} – ${o.timing!.to}` };
    o.text = `  ${o.text.replace(/ /g, '\n ')}  `;
    expect(diffEditions(edition2018(), edited).summary.unchanged).toBe(61);
  });
});
