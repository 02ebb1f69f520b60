import { describe, expect, it } from 'vitest';
import { singleFragment } from '../../src/cells/cell-content.js';
import { parseTiming } from '../../src/cells/timing.js';
import { Diagnostics } from '../../src/diagnostics.js';
import { cellOf, warningsOf } from './helpers.js';

describe('parseTiming', () => {
  it.each([
    ['2016-2019', { raw: '2016-2019', from: 2016, to: 2019 }],
    ['2018', { raw: '2018', from: 2018, to: 2018 }],
    ['2016–2019', { raw: '2016–2019', from: 2016, to: 2019 }],
    ['2016—2019', { raw: '2016—2019', from: 2016, to: 2019 }],
    ['2016 - 2019', { raw: '2016 - 2019', from: 2016, to: 2019 }],
    ['2016 –2019', { raw: '2016 –2019', from: 2016, to: 2019 }],
    ['  2016-19 ', { raw: '2016-19', from: 2016, to: 2019 }],
    ['1998-02', { raw: '1998-02', from: 1998, to: 2002 }],
    ['2016-2016', { raw: '2016-2016', from: 2016, to: 2016 }],
  ])('%j', (text, expected) => {
    const diag = new Diagnostics();
    expect(parseTiming(singleFragment(text, 5), diag)).toEqual(expected);
    expect(warningsOf(diag)).toEqual([]);
  });

  it('reads a timing split over two lines of a cell (2018 C5 roadmap, outcome d.)', () => {
    // Lines 222-223: the row's first line has an empty timing cell, the second holds the range.
    const diag = new Diagnostics();
    expect(parseTiming(cellOf([222, ''], [223, '2016-2019']), diag)).toEqual({ raw: '2016-2019', from: 2016, to: 2019 });
    expect(parseTiming(cellOf([10, '2016-'], [11, '2019']), diag)).toEqual({ raw: '2016- 2019', from: 2016, to: 2019 });
    expect(warningsOf(diag)).toEqual([]);
  });

  const emptyCells: [number, string][][] = [[], [[3, '']], [[3, '   '], [4, '']]];
  it.each(emptyCells.map((rows) => [rows]))('an empty cell (%j) is null without a warning', (rows) => {
    const diag = new Diagnostics();
    expect(parseTiming(cellOf(...rows), diag)).toBeNull();
    expect(warningsOf(diag)).toEqual([]);
  });

  it.each(['ongoing', '2016 to 2019', '16-19', '20166', '2016-2019-2020', '2016-1', '-', '.,;', '2016/2019'])('%j is unreadable', (text) => {
    const diag = new Diagnostics();
    expect(parseTiming(singleFragment(text, 8), diag)).toBeNull();
    expect(warningsOf(diag)).toEqual([['timing-unparsed', 8]]);
  });

  it('keeps a reversed range as printed and warns', () => {
    const diag = new Diagnostics();
    expect(parseTiming(singleFragment('2019-2016', 9), diag)).toEqual({ raw: '2019-2016', from: 2019, to: 2016 });
    expect(warningsOf(diag)).toEqual([['timing-reversed', 9]]);
  });

  it('rejects a long hostile cell quickly and quotes it short', () => {
    const diag = new Diagnostics();
    expect(parseTiming(singleFragment('2016-'.repeat(5000), 1), diag)).toBeNull();
    expect(warningsOf(diag)).toEqual([['timing-unparsed', 1]]);
    expect(diag.items[0]?.message.length).toBeLessThan(200);
  });
});
