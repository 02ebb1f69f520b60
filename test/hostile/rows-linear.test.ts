/**
 * The rows stage keeps, line by line, what it used to find by rescanning (the sub-item markers of
 * the open row, the footnote markers of the action line), so long documents stay linear. These
 * cases pin down that the bookkeeping reads the same as a rescan of the whole text did.
 */
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.js';
import { textToGrid } from '../../src/grid/text-grid.js';
import { layOutRows } from '../../src/layout/rows.js';
import { HEADER, SECTION, TITLE } from './helpers.js';

function rowsOf(...lines: string[]) {
  const document = layOutRows(textToGrid([TITLE, HEADER, SECTION, ...lines]), new Diagnostics());
  return document.actionLines.flatMap((a) => a.rows).map((r) => ({
    id: r.decision?.id,
    outcome: r.cells.outcome.map((f) => f.text).filter(Boolean).join(' | '),
  }));
}

describe('sub-item markers of the open row', () => {
  it('a marker that ends a line counts once a later line follows it (even one with an empty outcome cell)', () => {
    expect(rowsOf('c: Steps: i. plan ii.\t2018\t\t\t', '\t\tGoal 1\t\t', 'iii. act\t\t\t\t')).toEqual([
      { id: 'c', outcome: 'Steps: i. plan ii. | iii. act' },
    ]);
  });

  it('a marker at the very end of the text so far is no marker yet: the next numeral starts a row', () => {
    const rows = rowsOf('c: Steps: i. plan ii.\t2018\t\t\t', 'iii. act\t\t\t\t');
    expect(rows.map((r) => r.outcome)).toEqual(['Steps: i. plan ii.', 'act']);
  });

  it('a parenthesised numeral earlier in the cell is the one before "ii)"', () => {
    expect(rowsOf('F: Set up a group to: (i) define terms\t2018\t\t\t', 'ii) identify issues\t\t\t\t')).toEqual([
      { id: 'F', outcome: 'Set up a group to: (i) define terms | ii) identify issues' },
    ]);
  });

  it('a gap in the sub-item sequence ("D3" after "D1") starts a row', () => {
    const rows = rowsOf('D: Support studies in order to:\t2018\tGoal 1\t\t', 'D1: broaden access\t\t\t\t', 'D3: skip one\t\t\t\t');
    expect(rows).toEqual([
      { id: 'D', outcome: 'Support studies in order to: | D1: broaden access' },
      { id: 'D3', outcome: 'skip one' },
    ]);
  });

  it('each row has its own markers: "D2" after a new row "E" is no sub-item', () => {
    const rows = rowsOf('D: Support studies in order to:\t2018\t\t\t', 'D1: broaden access\t\t\t\t', 'E: Next outcome\t2019\t\t\t', 'D2: late\t\t\t\t');
    expect(rows.map((r) => r.id)).toEqual(['D', 'E', 'D2']);
  });
});

describe('footnote markers of the action line', () => {
  const header = (marks: [string, string]) =>
    `WSIS Outcomes (WSIS AL C7)\tProposed ${marks[0]} Timing\tITU Strategic Goals and Relevant Resolutions ${marks[1]}\tLinkages with the SDGs\tExpected Results`;

  it('a run-on footnote is split at a declared marker not yet seen, in each action line anew', () => {
    const row = 'a. Promote e-government\t2018\tGoal 1\t9.1\tportals';
    const note = '6 A proposed time scale will be shown. 7 Relevant ITU Strategic Goals should be linked.';
    const diagnostics = new Diagnostics();
    const document = layOutRows(
      textToGrid([TITLE, header(['⁶', '⁷']), SECTION, row, note, '7 Relevant again. 6 Not split: 6 is taken', 'WSIS Action Line C8: Cultural diversity', header(['⁶', '⁷']), SECTION, row, note]),
      diagnostics,
    );
    expect(document.actionLines.map((a) => a.footnotes.map((f) => f.marker))).toEqual([['6', '7', '7'], ['6', '7']]);
    expect(document.actionLines[0]!.footnotes[2]!.text).toBe('Relevant again. 6 Not split: 6 is taken');
    expect(diagnostics.items.map((d) => d.code)).toEqual(['footnote-split', 'footnote-split']);
  });
});
