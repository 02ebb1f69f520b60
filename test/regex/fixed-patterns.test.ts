/**
 * The patterns recheck flagged, after their fix: each still reads what it read before (cases
 * written from the roadmap's own lines), and the attack string recheck found now comes back at
 * once. Before the fix each attack took seconds to hours; the vitest timeout is the guard.
 */
import { describe, expect, it } from 'vitest';
import type { GridLine } from '../../src/grid/grid.js';
import { textToGrid } from '../../src/grid/text-grid.js';
import { readIdCell } from '../../src/layout/outcome-ids.js';
import { readActionLineTitle, readFootnote } from '../../src/layout/recognise.js';
import { readSectionTitle, slugify } from '../../src/layout/sections.js';

/** The old patterns took from a minute to hours on these attacks; the fixed ones take milliseconds. */
const ATTACK_TIMEOUT = 5_000;

/** A one-cell line with the text exactly as given (textToGrid would fold its spaces). */
function rawLine(text: string): GridLine {
  return { line: 1, page: null, cells: [{ text, raw: text, markers: [] }] };
}

describe('readIdCell (ID_CELL: spaces after the punctuation moved into its optional group)', () => {
  it.each([
    ['C.', { kind: 'id', text: 'C' }],
    ['d', { kind: 'id', text: 'd' }],
    ['A1 :', { kind: 'id', text: 'A1' }],
    ['b )', { kind: 'id', text: 'b' }],
    ['12', { kind: 'id', text: '12' }],
    ['C..', { kind: 'garbled', text: 'C..' }],
    ['A1:B', { kind: 'garbled', text: 'A1:B' }],
    ['1 1 2', { kind: 'garbled', text: '1 1 2' }],
  ])('%j', (text, expected) => {
    expect(readIdCell(text)).toEqual(expected);
  });

  it("returns at once on recheck's attack: two digits, a long run of tabs, a letter", () => {
    const attack = `00${'\t'.repeat(200_000)}A`;
    expect(readIdCell(attack)).toEqual({ kind: 'garbled', text: attack });
  }, ATTACK_TIMEOUT);
});

describe('readActionLineTitle (ACTION_LINE_TITLE and TITLE_NOTE)', () => {
  it.each([
    ['WSIS Action Line C2: Information and Communication Infrastructure', { id: 'C2', title: 'Information and Communication Infrastructure', note: null }],
    ['Action Line C 7 - E-applications', { id: 'C7', title: 'E-applications', note: null }],
    ['Roadmap for the Action Line C6 Enabling Environment', { id: 'C6', title: 'Enabling Environment', note: null }],
    // A dash glued to the title is part of it, as before.
    ['Action Line C2 -Infrastructure', { id: 'C2', title: '-Infrastructure', note: null }],
    [
      'Roadmap for WSIS Action Line C5 – Building Confidence and Security in Use of ICTs Note: GCA – Global Cybersecurity Agenda',
      { id: 'C5', title: 'Building Confidence and Security in Use of ICTs', note: 'GCA – Global Cybersecurity Agenda' },
    ],
  ])('%s', (text, expected) => {
    expect(readActionLineTitle(textToGrid([text]).lines[0]!)).toEqual(expected);
  });

  it('still wants a space before the title', () => {
    expect(readActionLineTitle(rawLine('Action Line C2:Infrastructure'))).toBeNull();
  });

  it("returns at once on recheck's attacks: spaces with nothing after them, spaces before a late note", () => {
    expect(readActionLineTitle(rawLine(`Action Line C00${'\t'.repeat(20_000)}\n`))).toBeNull();
    const withNote = readActionLineTitle(rawLine(`Action Line C2: Title${'\t'.repeat(200_000)}T Note: GCA`));
    expect(withNote).toEqual({ id: 'C2', title: `Title${'\t'.repeat(200_000)}T`, note: 'GCA' });
  }, ATTACK_TIMEOUT);
});

describe('readFootnote (SUPERSCRIPT_MARKER reads only the marker)', () => {
  const declared = new Set(['1', '2']);

  it.each([
    ['¹ A proposed time scale will be shown for each outcome.', '1'],
    ['  ²Relevant ITU Strategic Goals', '2'],
    ['¹² Two markers run together', '12'],
  ])('%s', (text, marker) => {
    expect(readFootnote(textToGrid([text]).lines[0]!, declared)?.marker).toBe(marker);
  });

  it('reads a footnote whose text holds a line separator (U+2028), at once even after a long run of superscripts', () => {
    const run = '¹'.repeat(200_000);
    const line = textToGrid([`${run}x\u2028y`]).lines[0]!;
    expect(readFootnote(line, declared)?.marker).toBe('1'.repeat(200_000));
  }, ATTACK_TIMEOUT);
});

describe('slugify (trailing hyphens trimmed only from where a run starts)', () => {
  it.each([
    ['Geneva Plan of Action', 'geneva-plan-of-action'],
    ['--WSIS+20: Outcome Document--', 'wsis-20-outcome-document'],
    ['!!!', 'section'],
    ['', 'section'],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('readSectionTitle on a long line', () => {
  it('gives up on a line far longer than any known title without comparing it letter by letter', () => {
    const line = `Geneva Plan of Action and Tunis Agenda for the Information Society ${'and more '.repeat(100_000)}`;
    expect(readSectionTitle([line])).toBeNull();
  }, ATTACK_TIMEOUT);

  it('still reads a title whose length is within the threshold', () => {
    expect(readSectionTitle(['Geneva Plan of Action and Tunis Agenda for the Information Society (continued)'])).toMatchObject({ slug: 'geneva', repaired: true });
  });
});
