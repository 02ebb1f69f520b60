import { describe, expect, it } from 'vitest';
import { decideIds, readIdCell, readLeadingId, successors, type PrintedId } from '../../src/layout/outcome-ids.js';

const id = (text: string): PrintedId => ({ kind: 'id', text });
const missing: PrintedId = { kind: 'missing' };

describe('readLeadingId', () => {
  it.each([
    ['A: Governments should', 'A'],
    ['A1: Promote cooperation', 'A1'],
    ['a. Develop a well-planned', 'a'],
    ['C. Governments are invited', 'C'],
    ['1. Governments, in collaboration', '1'],
    ['iii. develop a common understanding', 'iii'],
  ])('%s → %s', (text, expected) => {
    expect(readLeadingId(text)?.id).toBe(expected);
  });

  it.each(['Governments, in cooperation with', 'alia: i. develop', '1015.', '2016-2019', 'A.B. Smith'])('%s has no id', (text) => {
    expect(readLeadingId(text)).toBeNull();
  });
});

describe('readIdCell', () => {
  it.each([
    ['C.', id('C')],
    ['d.', id('d')],
    ['1.', id('1')],
    ['', missing],
    ['1 1 2 2 2 2', { kind: 'garbled', text: '1 1 2 2 2 2' }],
  ])('%j', (text, expected) => {
    expect(readIdCell(text)).toEqual(expected);
  });
});

describe('successors', () => {
  it('follows letters, numbered letters and the move from numbers to letters', () => {
    expect(successors('a', 'lower')).toEqual(['b', 'b1']);
    expect(successors('A1', 'upper')).toEqual(['A2', 'B', 'B1']);
    expect(successors('B5', 'upper')).toEqual(['B6', 'C', 'C1']);
  });
});

describe('decideIds', () => {
  it('keeps a clean sequence as printed', () => {
    expect(decideIds([id('A1'), id('A2'), id('B1'), id('B2'), id('C')]).map((d) => [d.id, d.how])).toEqual([
      ['A1', 'printed'], ['A2', 'printed'], ['B1', 'printed'], ['B2', 'printed'], ['C', 'printed'],
    ]);
  });

  it('repairs case, digits for letters, garbled and missing ids from the sequence (the C6 Geneva run)', () => {
    const printed = [id('a'), id('b'), id('C'), id('d'), id('k'), id('1'), { kind: 'garbled', text: '1 1 2 2' } as PrintedId, missing, missing, id('p')];
    // (d → k is a forward gap: roadmaps may skip outcomes, so it is kept as printed)
    const decided = decideIds(printed);
    expect(decided.map((d) => d.id)).toEqual(['a', 'b', 'c', 'd', 'k', 'l', 'm', 'n', 'o', 'p']);
    expect(decided.map((d) => d.how)).toEqual(['printed', 'printed', 'repaired', 'printed', 'printed', 'repaired', 'inferred', 'inferred', 'inferred', 'printed']);
  });

  it('uses the next printed id to fill a gap between numbered ids', () => {
    expect(decideIds([id('A1'), id('A2'), missing, id('B2')]).map((d) => d.id)).toEqual(['A1', 'A2', 'B1', 'B2']);
  });

  it('keeps an id that goes backwards as printed, flagged', () => {
    expect(decideIds([id('a'), id('b'), id('d'), id('c')]).map((d) => d.how)).toEqual(['printed', 'printed', 'printed', 'out-of-sequence']);
  });

  it('infers a missing first id from the section case', () => {
    expect(decideIds([missing, id('b'), id('c')]).map((d) => d.id)).toEqual(['a', 'b', 'c']);
  });
});
