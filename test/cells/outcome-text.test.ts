import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/cells/cell-content.js';
import { parseOutcomeText } from '../../src/cells/outcome-text.js';
import { Diagnostics } from '../../src/diagnostics.js';
import type { SubItem } from '../../src/schema/roadmap.js';
import { cellOf, warningsOf } from './helpers.js';

const AT = { line: 40, page: null };

describe('parseOutcomeText', () => {
  it('C2 D (line 40): letter-and-number markers after "in order to:"', () => {
    const text =
      'Develop and strengthen national, regional and international broadband network infrastructure, including delivery by satellite and other systems, to help in providing the capacity to match the needs of countries and their citizens and for the delivery of new ICT-based services. Support technical, regulatory and operational studies by the International Telecommunication Union (ITU) and, as appropriate, other relevant international organizations in order to: D1: broaden access to orbital resources, global frequency harmonization and global systems standardization D2: encourage public-private partnership D3: promote the provision of global high-speed satellite services for underserved areas such as remote and sparsely populated areas D4: explore other systems that can provide high-speed connectivity';
    const diag = new Diagnostics();
    expect(parseOutcomeText(text, AT, diag)).toEqual({
      text,
      subItems: [
        { id: 'D1', text: 'broaden access to orbital resources, global frequency harmonization and global systems standardization' },
        { id: 'D2', text: 'encourage public-private partnership' },
        { id: 'D3', text: 'promote the provision of global high-speed satellite services for underserved areas such as remote and sparsely populated areas' },
        { id: 'D4', text: 'explore other systems that can provide high-speed connectivity' },
      ],
    });
    expect(warningsOf(diag)).toEqual([]);
  });

  it('C6 b. (lines 278-290): roman markers spread over lines, final punctuation kept', () => {
    const cell = cellOf(
      [278, 'We ask the Secretary General of the United Nations to set up a working group on Internet governance, in an open and inclusive process that ensures a mechanism for the full and active participation of governments, the private sector and'],
      [279, 'civil society from both developing and developed countries, involving relevant'],
      [280, 'intergovernmental and international'],
      [281, 'organizations and forums, to investigate and make proposals for action, as'],
      [282, 'appropriate, on the governance of Internet by 2005. The group should, inter'],
      [283, 'alia: i. develop a working definition of Internet governance;'],
      [284, 'ii. identify the public policy issues that are relevant to Internet'],
      [285, 'governance;'],
      [289, 'iii. develop a common understanding of the respective roles and responsibilities of governments, existing intergovernmenta I and international organizations and other forums as well as the private sector and civil society from both developing and developed countries;'],
      [290, 'iv. [Prepare a report on the results of this activity to be presented for consideration and appropriate action for the second phase of WSIS in Tunis in 2005.]'],
    );
    const diag = new Diagnostics();
    expect(parseOutcomeText(cellText(cell), { line: 278, page: null }, diag)).toEqual({
      text: 'We ask the Secretary General of the United Nations to set up a working group on Internet governance, in an open and inclusive process that ensures a mechanism for the full and active participation of governments, the private sector and civil society from both developing and developed countries, involving relevant intergovernmental and international organizations and forums, to investigate and make proposals for action, as appropriate, on the governance of Internet by 2005. The group should, inter alia: i. develop a working definition of Internet governance; ii. identify the public policy issues that are relevant to Internet governance; iii. develop a common understanding of the respective roles and responsibilities of governments, existing intergovernmenta I and international organizations and other forums as well as the private sector and civil society from both developing and developed countries; iv. [Prepare a report on the results of this activity to be presented for consideration and appropriate action for the second phase of WSIS in Tunis in 2005.]',
      subItems: [
        { id: 'i', text: 'develop a working definition of Internet governance;' },
        { id: 'ii', text: 'identify the public policy issues that are relevant to Internet governance;' },
        {
          id: 'iii',
          text: 'develop a common understanding of the respective roles and responsibilities of governments, existing intergovernmenta I and international organizations and other forums as well as the private sector and civil society from both developing and developed countries;',
        },
        { id: 'iv', text: '[Prepare a report on the results of this activity to be presented for consideration and appropriate action for the second phase of WSIS in Tunis in 2005.]' },
      ],
    });
    expect(warningsOf(diag)).toEqual([]);
  });

  it.each<[string, string, SubItem[]]>([
    // 2018 C6 roadmap, c. (line 293)
    [
      'roman markers after a colon',
      'Governments are invited to: i. facilitate the establishment of national and regional Internet Exchange Centres; ii. manage or supervise, as appropriate, their respective country code Top-Level Domain name (ccTLD); iii. promote awareness of the Internet.',
      [
        { id: 'i', text: 'facilitate the establishment of national and regional Internet Exchange Centres;' },
        { id: 'ii', text: 'manage or supervise, as appropriate, their respective country code Top-Level Domain name (ccTLD);' },
        { id: 'iii', text: 'promote awareness of the Internet.' },
      ],
    ],
    ['roman with parenthesis', 'Act to: i) plan; ii) build; iii) run.', [
      { id: 'i', text: 'plan;' },
      { id: 'ii', text: 'build;' },
      { id: 'iii', text: 'run.' },
    ]],
    ['letters in parentheses', 'Governments should: (a) plan; (b) build.', [
      { id: 'a', text: 'plan;' },
      { id: 'b', text: 'build.' },
    ]],
    ['a list starting a sentence', 'Do this. (a) first (b) second', [
      { id: 'a', text: 'first' },
      { id: 'b', text: 'second' },
    ]],
    ['a list at the very start', 'i. first ii. second', [
      { id: 'i', text: 'first' },
      { id: 'ii', text: 'second' },
    ]],
    ['markers with a dot', 'Actions: A1. plan A2. build', [
      { id: 'A1', text: 'plan' },
      { id: 'A2', text: 'build' },
    ]],
    ['letters past "i" continue the letter list', 'Do: (a) 1 (b) 2 (c) 3 (d) 4 (e) 5 (f) 6 (g) 7 (h) 8 (i) 9 (j) 10', [
      { id: 'a', text: '1' },
      { id: 'b', text: '2' },
      { id: 'c', text: '3' },
      { id: 'd', text: '4' },
      { id: 'e', text: '5' },
      { id: 'f', text: '6' },
      { id: 'g', text: '7' },
      { id: 'h', text: '8' },
      { id: 'i', text: '9' },
      { id: 'j', text: '10' },
    ]],
    ['a gap ends the list: a skipped marker is text', 'To: D1: a D3: c', [{ id: 'D1', text: 'a D3: c' }]],
    ['another prefix is text', 'To: D1: a E2: b D2: c', [
      { id: 'D1', text: 'a E2: b' },
      { id: 'D2', text: 'c' },
    ]],
  ])('%s', (_name, text, subItems) => {
    const diag = new Diagnostics();
    expect(parseOutcomeText(text, AT, diag)).toEqual({ text, subItems });
    expect(warningsOf(diag)).toEqual([]);
  });

  it.each([
    // 2018 C6 roadmap (line 278 results): a lone "b." is no sub-item
    'Activities related to Item b. have been undertaken since 2003.',
    'A list must start at its first marker: ii. not here iii. nor here',
    'Not introduced i. here',
    'No list (b) here (c) either',
    'Abbreviations i.e. and e.g. are no markers',
    'Marker without space:i.here',
    'A1:glued',
    '',
    '.,;:',
  ])('%j has no sub-items', (text) => {
    const diag = new Diagnostics();
    expect(parseOutcomeText(text, AT, diag)).toEqual({ text, subItems: [] });
  });

  it('folds whitespace of the text', () => {
    expect(parseOutcomeText('  In order\nto:  i.  plan\u00a0 ', AT, new Diagnostics())).toEqual({
      text: 'In order to: i. plan',
      subItems: [{ id: 'i', text: 'plan' }],
    });
  });

  it.each<[string, string, number]>([
    ['5,000 "i. "', 'i. ', 1],
    ['5,000 "(a) "', '(a) ', 1],
    ['5,000 "- -"', '- -', 0],
    ['5,000 "Goal "', 'Goal ', 0],
  ])('hostile: %s', (_name, unit, count) => {
    const parsed = parseOutcomeText(unit.repeat(5000), AT, new Diagnostics());
    expect(parsed.subItems).toHaveLength(count);
  });

  it('hostile: a list of 5,000 markers', () => {
    const text = `To: ${Array.from({ length: 5000 }, (_, k) => `D${(k % 99) + 1}: x`).join(' ')}`;
    // D1..D99 run in sequence, then D1 again is no continuation.
    const parsed = parseOutcomeText(text, AT, new Diagnostics());
    expect(parsed.subItems).toHaveLength(99);
    expect(parsed.subItems[0]).toEqual({ id: 'D1', text: 'x' });
  });
});
