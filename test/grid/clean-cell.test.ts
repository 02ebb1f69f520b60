import { describe, expect, it } from 'vitest';
import { cleanCell } from '../../src/grid/clean-cell.js';
import { textToGrid } from '../../src/grid/text-grid.js';

describe('cleanCell', () => {
  it.each([
    ['WSIS Outcomes¹ (WSIS AL C2)', 'WSIS Outcomes (WSIS AL C2)', ['1']],
    ['Proposed ¹⁰ Timing', 'Proposed Timing', ['10']],
    ['Expected Results of ITU Activities ⁴', 'Expected Results of ITU Activities', ['4']],
    ['<u>GCA</u>', 'GCA', []],
    ['<mark>d Tunis Ageno</mark>', 'd Tunis Ageno', []],
    ['Building Confidence and Security in <u>Use of ICTs</u>', 'Building Confidence and Security in Use of ICTs', []],
    ['line<br/>break', 'line break', []],
    ['Footnote<sup>3</sup> here', 'Footnote here', ['3']],
    ['Smart Cities &amp; Communities', 'Smart Cities & Communities', []],
    ['  spaced   out  ', 'spaced out', []],
    ['a < b and c > d', 'a < b and c > d', []],
  ])('%j → %j', (raw, text, markers) => {
    expect(cleanCell(raw)).toEqual({ text, markers });
  });
});

describe('textToGrid', () => {
  it('splits lines on tabs and numbers them from 1', () => {
    const grid = textToGrid(['title', 'A: x\t2016-2019\tGoal 1\t1, 2\tExpected Results: -y', '\t\t<u>GCA</u>\t\t']);
    expect(grid.pages).toBeNull();
    expect(grid.lines.map((l) => l.line)).toEqual([1, 2, 3]);
    expect(grid.lines[1]!.cells.map((c) => c.text)).toEqual(['A: x', '2016-2019', 'Goal 1', '1, 2', 'Expected Results: -y']);
    expect(grid.lines[2]!.cells.map((c) => c.text)).toEqual(['', '', 'GCA', '', '']);
    expect(grid.lines[2]!.cells[2]!.raw).toBe('<u>GCA</u>');
  });
});
