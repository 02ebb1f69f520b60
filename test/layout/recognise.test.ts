import { describe, expect, it } from 'vitest';
import { textToGrid } from '../../src/grid/text-grid.js';
import { readTableHeader } from '../../src/layout/columns.js';
import { readActionLineTitle, readFootnote, readFurniture, splitRunOnFootnote } from '../../src/layout/recognise.js';

const line = (text: string) => textToGrid([text]).lines[0]!;

describe('readActionLineTitle', () => {
  it.each([
    ['WSIS Action Line C2: Information and Communication Infrastructure', { id: 'C2', title: 'Information and Communication Infrastructure', note: null }],
    [
      'Roadmap for WSIS Action Line C5: Building Confidence and Security in <u>Use of ICTs</u> Note: GCA – Global Cybersecurity Agenda',
      { id: 'C5', title: 'Building Confidence and Security in Use of ICTs', note: 'GCA – Global Cybersecurity Agenda' },
    ],
    ['Roadmap for WSIS Action Line C6: Enabling Environment', { id: 'C6', title: 'Enabling Environment', note: null }],
    ['Action Line C 7 – E-applications', { id: 'C7', title: 'E-applications', note: null }],
  ])('%s', (text, expected) => {
    expect(readActionLineTitle(line(text))).toEqual(expected);
  });

  it.each([
    'ITU WSIS Action Line Roadmaps for C2, C5 and C6 are detailed plans to guide progress',
    'WSIS Outcomes¹ (WSIS AL C2)\tProposed ² Timing',
  ])('is not a title: %s', (text) => {
    expect(readActionLineTitle(line(text))).toBeNull();
  });
});

describe('readTableHeader', () => {
  const labels = ['WSIS Outcomes (WSIS AL C2)', 'Proposed Timing', 'ITU Strategic Goals and Relevant Resolutions', 'Linkages with the SDGs', 'Expected Results of ITU Activities'];

  it('reads labels, markers and the action line', () => {
    const header = readTableHeader(line('WSIS Outcomes¹ (WSIS AL C2)\tProposed ² Timing\tITU Strategic Goals and Relevant Resolutions ³\tLinkages with the SDGs\tExpected Results of ITU Activities ⁴'));
    expect(header).toMatchObject({ labels, kinds: ['outcome', 'timing', 'goals', 'sdgs', 'results'], firstLabelCell: 0, junk: '', actionLine: 'C2' });
    expect(header!.markers).toEqual([['1'], ['2'], ['3'], [], ['4']]);
  });

  it('finds the header behind an empty id column and behind junk', () => {
    const withIdColumn = readTableHeader(line('\tWSIS Outcomes ⁹ (WSIS AL C6)\tProposed ¹⁰ Timing\tITU Strategic Goals and Relevant Resolutions ¹¹\tLinkages with the SDGs\tExpected Results of ITU Activities ¹²'));
    expect(withIdColumn).toMatchObject({ firstLabelCell: 1, junk: '', actionLine: 'C6' });
    const withJunk = readTableHeader(line('V\tWSIS Outcomes ⁹ (WSIS AL C6)\tProposed ¹⁰ Timing\tITU Strategic Goals\tLinkages with the SDGs\tExpected Results'));
    expect(withJunk).toMatchObject({ firstLabelCell: 1, junk: 'V' });
    const glued = readTableHeader(line('xx3 WSIS Outcomes (WSIS AL C5)\tProposed Timing\tITU Strategic Goals and Relevant Resolutions\tLinkages with the SDGs\tExpected Results of ITU Activities'));
    expect(glued).toMatchObject({ junk: 'xx3', actionLine: 'C5' });
    expect(glued!.labels[0]).toBe('WSIS Outcomes (WSIS AL C5)');
  });

  it('is not fooled by a row that mentions one label', () => {
    expect(readTableHeader(line('A: Promote\t2016-2019\tGoal 1\t1.4\tExpected Results: x'))).toBeNull();
  });
});

describe('footnotes', () => {
  const declared = new Set(['5', '6', '7', '8', '9', '10', '11', '12']);
  it.each([
    ['⁵ WSIS Outcomes for each Action Line will be listed', { marker: '5', text: 'WSIS Outcomes for each Action Line will be listed' }],
    ['¹² In this column should be listed the results', { marker: '12', text: 'In this column should be listed the results' }],
    ['11 Relevant ITU Strategic Goals and Resolutions should be linked with each outcome.', { marker: '11', text: 'Relevant ITU Strategic Goals and Resolutions should be linked with each outcome.' }],
  ])('%s', (text, expected) => {
    expect(readFootnote(line(text), declared)).toEqual(expected);
  });

  it('does not take a plain number the header did not declare, nor a table line', () => {
    expect(readFootnote(line('3 Organizational Structures'), declared)).toBeNull();
    expect(readFootnote(line('\t\t1. Legal Measures\t\t'), declared)).toBeNull();
  });

  it('splits a footnote that runs into the next one', () => {
    const parts = splitRunOnFootnote(
      { marker: '6', text: 'A proposed time scale will be shown for each outcome, if justified. 7 Relevant ITU Strategic Goals and Resolutions should be linked with each outcome.' },
      declared,
      new Set(['5']),
    );
    expect(parts).toEqual([
      { marker: '6', text: 'A proposed time scale will be shown for each outcome, if justified.' },
      { marker: '7', text: 'Relevant ITU Strategic Goals and Resolutions should be linked with each outcome.' },
    ]);
  });
});

describe('readFurniture', () => {
  it.each([
    ['Page 5', false],
    ['\t\t\t\trage 5', true],
    ['Paqe 12 of 28', true],
    ['- 7 -', false],
  ])('%j is furniture (garbled: %s)', (text, garbled) => {
    expect(readFurniture(line(text))).toMatchObject({ garbled });
  });

  it.each(['\t\t\t17.8\t', 'Range 5', 'Stage 2 of the plan', '\t\t\t\t5'])('%j is not furniture', (text) => {
    expect(readFurniture(line(text))).toBeNull();
  });
});

describe('readTableHeader on body rows that quote label phrases', () => {
  it('is not fooled by long cells that mention Strategic Goals, the SDGs and ITU Activities', () => {
    const row = line(
      'e. Promote investment\t2018\tITU Strategic Goal 4 (Targets 4.1, 4.4) ITU-D Objective 3\t17.9: Enhance international support for implementing effective and targeted capacity-building in developing countries to support national plans to implement all the Sustainable Development Goals\tITU Activities: workshops on investment policy for regulators',
    );
    expect(readTableHeader(row)).toBeNull();
  });
});
