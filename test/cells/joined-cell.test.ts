import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/cells/cell-content.js';
import { joinCell } from '../../src/cells/joined-cell.js';
import { cellOf } from './helpers.js';

describe('joinCell', () => {
  const cell = cellOf([10, ''], [11, '  Expected  Results:'], [12, ''], [13, ''], [14, 'ITU\u00a0Activities'], [15, '']);

  it('equals cellText without breaks', () => {
    expect(joinCell(cell).text).toBe(cellText(cell));
    expect(joinCell(cell).text).toBe('Expected Results: ITU Activities');
  });

  it('marks a paragraph break between texts with one newline', () => {
    expect(joinCell(cell, true).text).toBe('Expected Results:\nITU Activities');
  });

  it.each([
    [0, 11],
    [16, 11],
    [17, 11], // the separator belongs to the fragment before it
    [18, 14],
    [31, 14],
    [999, 14],
  ])('offset %i comes from line %i', (offset, line) => {
    expect(joinCell(cell).placeAt(offset).line).toBe(line);
  });

  it('knows a place for an empty cell', () => {
    expect(joinCell([]).placeAt(0)).toEqual({ line: null, page: null });
    expect(joinCell(cellOf([7, ''])).placeAt(0)).toEqual({ line: 7, page: null });
  });
});
