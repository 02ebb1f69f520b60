/**
 * Documents that are long in odd ways: a million blank lines, a line of 5,000 columns, long runs
 * of tabs, tens of thousands of footnote or sub-item lines. Every stage must stay linear; the
 * footnote and sub-item cases were quadratic (27 s for 50,000 footnote lines, 4 s for 20,000
 * sub-item lines) before the rows stage kept what it had seen instead of rescanning it.
 */
import { describe, expect, it } from 'vitest';
import { codesOf, extractOk, outcomesOf, PLAIN_ROW, roadmapText, row } from './helpers.js';

/** Each case takes well under 2 s here; a quadratic step would take minutes. */
const TIMEOUT = 10_000;

const NEXT_ROW = row('B: Next outcome', '2020', 'ITU Strategic Goal 1', '9.1', 'Expected Results: more');

describe('documents long in odd ways', () => {
  it('a million blank lines between two rows: the same outcomes, at their true lines', async () => {
    const roadmap = await extractOk(`${roadmapText(PLAIN_ROW)}${'\n'.repeat(1_000_000)}${NEXT_ROW}`);
    const [a, b] = outcomesOf(roadmap);
    expect(outcomesOf(roadmap).map((o) => o.key)).toEqual(['C7.geneva.A', 'C7.geneva.B']);
    expect(a!.provenance.lines).toEqual([4, 4]);
    expect(b!.provenance.lines).toEqual([1_000_004, 1_000_004]);
    expect(b!.text).toBe('Next outcome');
    expect([...a!.warnings, ...b!.warnings, ...roadmap.warnings]).toEqual([]);
  }, TIMEOUT);

  it('a line of 5,000 columns: the cells beyond the header are an id column, read as a garbled id', async () => {
    const wide = Array.from({ length: 5_000 }, (_, i) => `c${i}`).join('\t');
    const [, b] = outcomesOf(await extractOk(roadmapText(PLAIN_ROW, wide)));
    expect(b!.key).toBe('C7.geneva.B');
    expect(b!.printedId).toBe(Array.from({ length: 4_995 }, (_, i) => `c${i}`).join(' '));
    expect([b!.text, b!.goals.raw, b!.sdgs.raw, b!.expectedResults]).toEqual(['c4995', 'c4997', 'c4998', ['c4999']]);
    expect(codesOf(b!)).toEqual(['id-garbled', 'timing-unparsed', 'goals-unparsed', 'sdg-text-unattributed']);
  }, TIMEOUT);

  it('a run of 100,000 tabs before a results fragment: a continuation of the row above', async () => {
    const [a, ...rest] = outcomesOf(await extractOk(roadmapText(PLAIN_ROW, `${'\t'.repeat(100_000)}more portals`)));
    expect(rest).toEqual([]);
    expect(a!.expectedResults).toEqual(['e-government portals more portals']);
    expect(a!.provenance.lines).toEqual([4, 5]);
  }, TIMEOUT);

  it('50,000 footnote lines: all kept, and the row after them still read', async () => {
    const notes = Array.from({ length: 50_000 }, (_, i) => `¹ Footnote ${i}`).join('\n');
    const roadmap = await extractOk(roadmapText(PLAIN_ROW, notes, NEXT_ROW));
    const footnotes = roadmap.actionLines[0]!.footnotes;
    expect(footnotes).toHaveLength(50_000);
    expect(footnotes[49_999]).toEqual({ marker: '1', text: 'Footnote 49999' });
    expect(outcomesOf(roadmap).map((o) => o.provenance.lines)).toEqual([[4, 4], [50_005, 50_005]]);
  }, TIMEOUT);

  it('40,000 lines opening with a sub-item marker: one outcome, its list read once', async () => {
    const items = Array.from({ length: 40_000 }, (_, i) => `A2: second item, part ${i}`).join('\n');
    const roadmap = await extractOk(roadmapText(row('A: Governments should:', '2016', 'Goal 1', '9.1', 'portals'), 'A1: first item', items));
    const [a, ...rest] = outcomesOf(roadmap);
    expect(rest).toEqual([]);
    expect(a!.provenance.lines).toEqual([4, 40_005]);
    expect(a!.subItems.map((s) => s.id)).toEqual(['A1', 'A2']);
    expect(a!.subItems[0]).toEqual({ id: 'A1', text: 'first item' });
  }, TIMEOUT);

  it('a footnote line of 200,000 superscripts and a line separator: read as one footnote, at once', async () => {
    const roadmap = await extractOk(roadmapText(PLAIN_ROW, `${'¹'.repeat(200_000)} A footnote\u2028with a line separator`));
    expect(roadmap.actionLines[0]!.footnotes).toEqual([{ marker: '1'.repeat(200_000), text: 'A footnote with a line separator' }]);
  }, TIMEOUT);

  // Regression: toOutcome once spread every line of a row into Math.min/Math.max, which overflows
  // the stack past ~120,000 lines (a RangeError, "internal error" at the command line).
  it('200,000 continuation lines of one row: one outcome spanning them', async () => {
    const roadmap = await extractOk(`${roadmapText(PLAIN_ROW)}${'\nx'.repeat(200_000)}`);
    const [a, ...rest] = outcomesOf(roadmap);
    expect(rest).toEqual([]);
    expect(a!.provenance.lines).toEqual([4, 200_004]);
    expect(a!.text).toBe(`Promote e-government applications ${Array(200_000).fill('x').join(' ')}`);
  }, TIMEOUT);
});
