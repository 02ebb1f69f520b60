/**
 * The vocabulary's recognisers on plain strings. Expectations written by hand: labels from the
 * 2018 edition, from the hand-made editions (fixtures/editions) and other plausible wordings.
 */
import { describe, expect, it } from 'vitest';
import { actionLineTitleOf, columnKindOf, headerKindOf, isHeaderLabels, pageNumberOf } from '../../src/layout/vocabulary.js';

describe('columnKindOf / headerKindOf: a header label by its words', () => {
  it.each([
    ['WSIS Outcomes (WSIS AL C2)', 'outcome'],
    ['WSIS Outcome (AL C5)', 'outcome'],
    ['Action Line Outcomes', 'outcome'],
    ['Proposed Timing', 'timing'],
    ['Time frame', 'timing'],
    ['Timescale', 'timing'],
    ['Period', 'timing'],
    ['Implementation years', 'timing'],
    ['ITU Strategic Goals and Relevant Resolutions', 'goals'],
    ['ITU Goals, Kigali Priorities and Resolutions', 'goals'],
    ['Relevant Programmes and Resolutions', 'goals'],
    ['Linkages with the SDGs', 'sdgs'],
    ['SDG Goals and Targets', 'sdgs'],
    ['Linkages with the Sustainable Development Goals', 'sdgs'],
    ['Expected Results of ITU Activities', 'results'],
    ['Expected Results and ITU Activities', 'results'],
    ['ITU Activities', 'results'],
    ['Expected Outcomes', 'results'],
    ["Impact on ITU's Human and Financial Resources", 'unknown'],
    ['Partners', 'unknown'],
    ['Budget Impact', 'unknown'],
    ['Lead Bureau', 'unknown'],
    // Words a narrow column broke (the narrow-columns PDF rendering).
    ['Propo sed Timin g', 'timing'],
    ['Linkage s with the SDGs', 'sdgs'],
    ['No.', 'id'],
    ['#', 'id'],
    ['Ref', 'id'],
    ['Timeline', 'timing'],
    ['SDG targets', 'sdgs'],
    // Labels wrapped in a narrow header cell, words broken at the line ends, markers left in.
    ['Propose d² Timing', 'timing'],
    ['Propo sed Timin g', 'timing'],
    ['WSIS Out comes¹ (WSIS AL C2)', 'outcome'],
    ['Link ages with the SD Gs', 'sdgs'],
    ['Ex pect ed Re sults', 'results'],
  ])('%s → %s', (label, kind) => {
    expect(headerKindOf(label)).toBe(kind);
  });

  it('a long body cell quoting a label phrase, a labelled line and a timing value are no labels', () => {
    expect(columnKindOf('Member States are assisted to achieve all the Sustainable Development Goals through projects in every region of the world')).toBeNull();
    expect(columnKindOf('Expected Results:')).toBeNull();
    expect(columnKindOf('2016-2019')).toBeNull();
  });

  it('a broken label word is put back only from whole fragments, not found inside a longer word', () => {
    expect(columnKindOf('Regular updates of the portal')).toBeNull();
    expect(columnKindOf('Network throughputs')).toBeNull();
    expect(columnKindOf('Prop osed Ti ming')).toBe('timing');
  });

  it('a header names three kinds or more', () => {
    expect(isHeaderLabels(['WSIS Outcomes', 'Proposed Timing', 'ITU Strategic Goals and Relevant Resolutions', 'Expected Results of ITU Activities', "Impact on ITU's Human and Financial Resources", 'Partners'])).toBe(true);
    expect(isHeaderLabels(['', '', 'Resolutions', '', 'ITU Activities:'])).toBe(false);
    expect(isHeaderLabels(['A: Governments should …', '2016-2019', 'Goal 1', '1, 2', 'Expected Results: - …'])).toBe(false);
    // A row whose cells hold label words: a colon or a numbered reference makes them no labels.
    expect(isHeaderLabels(['B: Next outcome', '2020', 'ITU Strategic Goal 1', '9.1', 'Expected Results: more'])).toBe(false);
  });
});

describe('actionLineTitleOf and pageNumberOf', () => {
  it('reads titles with a note', () => {
    expect(actionLineTitleOf('Roadmap for WSIS Action Line C5: Building Confidence Note: GCA – Global Cybersecurity Agenda')).toEqual({
      id: 'C5',
      title: 'Building Confidence',
      note: 'GCA – Global Cybersecurity Agenda',
    });
    expect(actionLineTitleOf('The Action Line is long')).toBeNull();
  });

  it('reads page numbers, a garbled one flagged', () => {
    expect(pageNumberOf('Page 5')).toEqual({ text: 'Page 5', garbled: false, bare: false });
    expect(pageNumberOf('rage 5')).toEqual({ text: 'rage 5', garbled: true, bare: false });
    expect(pageNumberOf('- 5 -')?.bare).toBe(true);
    expect(pageNumberOf('Goal 5')).toBeNull();
  });
});
