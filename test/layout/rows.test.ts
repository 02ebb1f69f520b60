/**
 * The rows stage on small synthetic tables: layouts the bundled edition does not have (another
 * column order, stripped trailing tabs, an edition without footnote superscripts), so the rules
 * are shown to be about roadmap documents in general.
 */
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.js';
import { textToGrid } from '../../src/grid/text-grid.js';
import { layOutRows } from '../../src/layout/rows.js';

const HEADER = 'WSIS Outcomes (WSIS AL C7)\tProposed Timing\tITU Strategic Goals and Relevant Resolutions\tLinkages with the SDGs\tExpected Results of ITU Activities';

function layOut(lines: string[]) {
  const diagnostics = new Diagnostics();
  const document = layOutRows(textToGrid(lines), diagnostics);
  const rows = document.actionLines.flatMap((a) => a.rows);
  const cells = (i: number, kind: 'outcome' | 'timing' | 'goals' | 'sdgs' | 'results') => rows[i]!.cells[kind].map((f) => f.text).filter(Boolean).join(' | ');
  return { document, rows, cells, diagnostics };
}

describe('layOutRows', () => {
  it('assigns cells by header label, whatever the column order', () => {
    const { rows, cells } = layOut([
      'WSIS Action Line C7: E-applications',
      'Linkages with the SDGs\tWSIS Outcomes\tTiming\tExpected Results\tITU Strategic Goals',
      'Geneva Plan of Action and Tunis Agenda for the Information Society',
      '9.1\ta. Promote e-government\t2020-2023\tExpected Results: - portals\tGoal 2',
    ]);
    expect(rows).toHaveLength(1);
    expect(cells(0, 'outcome')).toBe('Promote e-government');
    expect(cells(0, 'timing')).toBe('2020-2023');
    expect(cells(0, 'sdgs')).toBe('9.1');
    expect(cells(0, 'goals')).toBe('Goal 2');
    expect(cells(0, 'results')).toBe('Expected Results: - portals');
  });

  it('continues a row column by column across a repeated header, footnotes and a page number, with trailing tabs stripped', () => {
    const { rows, cells, document, diagnostics } = layOut([
      'WSIS Action Line C7: E-applications',
      HEADER.replace('Timing', '¹ Timing'),
      'Geneva Plan of Action and Tunis Agenda for the Information Society',
      'A: Promote the use\t2020\tGoal 1\t1.4,\tExpected Results:',
      'of e-applications\t\tGoal 2\t9.1',
      '¹ A proposed time scale will be shown for each outcome.',
      'Page 3',
      HEADER,
      '\t\t\t\tMore results',
      'B: Next outcome\t2021\tGoal 3\t9.c\tNone',
    ]);
    expect(rows.map((r) => r.printed)).toEqual([{ kind: 'id', text: 'A' }, { kind: 'id', text: 'B' }]);
    expect(cells(0, 'outcome')).toBe('Promote the use | of e-applications');
    expect(cells(0, 'goals')).toBe('Goal 1 | Goal 2');
    expect(cells(0, 'sdgs')).toBe('1.4, | 9.1');
    expect(cells(0, 'results')).toBe('Expected Results: | More results');
    expect(rows[0]!.lines).toEqual([4, 5, 9]);
    expect(document.actionLines[0]!.footnotes).toEqual([{ marker: '1', text: 'A proposed time scale will be shown for each outcome.' }]);
    expect(diagnostics.items).toEqual([]);
  });

  it('starts a row without an id when a second timing value arrives, and infers the id', () => {
    const { rows } = layOut([
      'WSIS Action Line C7: E-applications',
      HEADER,
      'WSIS+10 Outcome Documents (WSIS+10 Statement on the Implementation of WSIS Outcomes and WSIS+10 Vision for WSIS Beyond 2015)',
      'a. First\t2018\tGoal 1\t\t',
      'Second, with no id\t2018\tGoal 2\t\t',
      'c. Third\t2018\tGoal 3\t\t',
    ]);
    expect(rows.map((r) => [r.section.slug, r.decision?.id, r.decision?.how])).toEqual([
      ['wsis10', 'a', 'printed'],
      ['wsis10', 'b', 'inferred'],
      ['wsis10', 'c', 'printed'],
    ]);
  });

  it('keeps a row whose timing is on its second line as one row', () => {
    const { rows, cells } = layOut([
      'WSIS Action Line C7: E-applications',
      HEADER,
      'Geneva Plan of Action and Tunis Agenda for the Information Society',
      'a. Strengthen support for the establishment\t\tGoal 3\t1.4\t',
      'of national teams\t2016-2019\t\t\t',
    ]);
    expect(rows).toHaveLength(1);
    expect(cells(0, 'timing')).toBe('2016-2019');
  });

  it('reads sub-items at the start of a line as the open row\'s, not as outcomes', () => {
    const { rows, cells } = layOut([
      'WSIS Action Line C7: E-applications',
      HEADER,
      'Geneva Plan of Action and Tunis Agenda for the Information Society',
      'D: Support studies in order to:\t2018\tGoal 1\t\t',
      'D1: broaden access\t\t\t\t',
      'D2: encourage partnership\t\t\t\t',
      'E: Next\t2018\tGoal 1\t\t',
      'F: Set up a group that should, inter alia:\t2018\t\t\t',
      'i. develop a definition;\t\t\t\t',
      'ii. identify issues;\t\t\t\t',
    ]);
    expect(rows.map((r) => r.decision?.id)).toEqual(['D', 'E', 'F']);
    expect(cells(0, 'outcome')).toBe('Support studies in order to: | D1: broaden access | D2: encourage partnership');
    expect(cells(2, 'outcome')).toBe('Set up a group that should, inter alia: | i. develop a definition; | ii. identify issues;');
  });

  it('names a table without an action-line title after its header, with a warning', () => {
    const { document, diagnostics } = layOut([HEADER, 'Geneva Plan of Action and Tunis Agenda for the Information Society', 'a. Only row\t2018\t\t\t']);
    expect(document.actionLines.map((a) => a.id)).toEqual(['C7']);
    expect(diagnostics.items.map((d) => d.code)).toEqual(['line-unclassified']);
  });

  it('puts rows before any section title in a section named after the action line, with a warning', () => {
    const { rows, diagnostics } = layOut(['WSIS Action Line C7: E-applications', HEADER, 'a. Only row\t2018\t\t\t']);
    expect(rows[0]!.section).toEqual({ slug: 'c7', title: '' });
    expect(diagnostics.items.map((d) => d.code)).toEqual(['section-missing']);
  });
});

describe('section titles not in the known list', () => {
  const start = ['WSIS Action Line C7: E-applications', HEADER, 'Geneva Plan of Action and Tunis Agenda for the Information Society', 'A: Promote access\t2018\tGoal 1\t\t', 'B: Build skills\t2018\tGoal 2\t\t'];

  it('takes a title-like line before a new id sequence as a section title', () => {
    const { rows, document } = layOut([...start, 'Tunis Commitment', 'A: Build confidence\t2018\tGoal 3\t\t']);
    expect(rows.map((r) => [r.section.slug, r.section.title, r.decision?.id, r.decision?.how])).toEqual([
      ['geneva', 'Geneva Plan of Action and Tunis Agenda for the Information Society', 'A', 'printed'],
      ['geneva', 'Geneva Plan of Action and Tunis Agenda for the Information Society', 'B', 'printed'],
      ['tunis-commitment', 'Tunis Commitment', 'A', 'printed'],
    ]);
    expect(document.coverage['section-title']).toBe(2);
  });

  it('lets a title-like line that the sequence goes on after continue the open row', () => {
    const { rows, cells, document } = layOut([...start, 'Global Cybersecurity Agenda', 'C: Next\t2018\tGoal 3\t\t']);
    expect(rows.map((r) => r.decision?.id)).toEqual(['A', 'B', 'C']);
    expect(cells(1, 'outcome')).toBe('Build skills | Global Cybersecurity Agenda');
    expect(document.coverage['outcome-row']).toBe(4);
  });

  it('does not take an ordinary continuation line for a title', () => {
    const { rows, cells } = layOut([...start, 'Strengthening institutional support at the', 'A: Restart\t2018\t\t\t']);
    expect(cells(1, 'outcome')).toBe('Build skills | Strengthening institutional support at the');
    expect(rows.map((r) => r.section.slug)).toEqual(['geneva', 'geneva', 'geneva']);
  });
});
