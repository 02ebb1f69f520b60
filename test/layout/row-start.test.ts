/**
 * The row-start decision, table-driven. Each case is a line of the 2018 edition or of the
 * hand-made editions, described by its signals; expectations written by hand.
 */
import { describe, expect, it } from 'vitest';
import { startsRow, type RowStartSignals } from '../../src/layout/row-start.js';

const line = (s: Partial<RowStartSignals>): RowStartSignals => ({
  open: true,
  drawn: undefined,
  idColumn: false,
  leadingId: false,
  continuesSubItems: false,
  garbledId: false,
  hasTiming: false,
  hasOutcomeText: true,
  openHasTiming: true,
  ...s,
});

describe('startsRow', () => {
  it.each<[string, Partial<RowStartSignals>, boolean]>([
    ['"B1: Governments, in cooperation with" after A2', { leadingId: true, hasTiming: true }, true],
    ['"ii. …" after "i. …" in the open row (a sub-item)', { leadingId: true, continuesSubItems: true }, false],
    ['the first table line after a header', { open: false }, true],
    ['a continuation line: text, no id, no timing', {}, false],
    ['a goals-only continuation line ("WTSA Res. 50, 58 (Rev. Geneva, 2022)")', { hasOutcomeText: false }, false],
    ['a second timing with outcome text (an id lost by the converter)', { hasTiming: true }, true],
    ['a timing in a row that has none yet', { hasTiming: true, openHasTiming: false }, false],
    ['"1 1 2 2 …" where the id belongs, with a timing', { garbledId: true, hasTiming: true }, true],
    ['something in a separate id column', { idColumn: true }, true],
    ['inside a drawn row, even with an id', { drawn: false, leadingId: true, hasTiming: true }, false],
    ['after a drawn boundary: a timing is enough', { drawn: true, hasTiming: true, openHasTiming: false }, true],
    ['after a drawn boundary without timing: the previous page\'s row goes on', { drawn: true }, false],
  ])('%s', (_name, signals, expected) => {
    expect(startsRow(line(signals))).toBe(expected);
  });
});
