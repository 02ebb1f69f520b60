import { describe, expect, it } from 'vitest';
import { singleFragment } from '../../src/cells/cell-content.js';
import { type Results, parseResults } from '../../src/cells/results.js';
import { Diagnostics } from '../../src/diagnostics.js';
import { cellOf, warningsOf } from './helpers.js';

describe('parseResults: one-line cells of the 2018 roadmap', () => {
  it('C2 A (line 25): hyphen bullets glued or spaced; hyphens inside words are no bullets', () => {
    const text =
      'Expected Results: -Implementation of the reference framework for harmonization of telecommunication/ICT regulatory policies -Development of competitive telecommunication/ICT markets -Harmonized technical standards to provide increased connectivity of networks and services - Policy and Regulatory Assistance for the establishment of harmonized policies for the ICT market on regional and sub-regional basis ITU Activities: - ITU Assessment Studies - The 16th edition of the Global Symposium for Regulators (GSR) was held in Sharm el- Sheikh, Egypt, from 11 to 14 May 2016. One of the discussion papers presented there has focused on emerging technologies and infrastructure platforms and their implications for the global regulatory agenda';
    const diag = new Diagnostics();
    expect(parseResults(singleFragment(text, 25), diag)).toEqual({
      expectedResults: [
        'Implementation of the reference framework for harmonization of telecommunication/ICT regulatory policies',
        'Development of competitive telecommunication/ICT markets',
        'Harmonized technical standards to provide increased connectivity of networks and services',
        'Policy and Regulatory Assistance for the establishment of harmonized policies for the ICT market on regional and sub-regional basis',
      ],
      activities: [
        'ITU Assessment Studies',
        // with bullets, sentences inside a bullet stay together
        'The 16th edition of the Global Symposium for Regulators (GSR) was held in Sharm el- Sheikh, Egypt, from 11 to 14 May 2016. One of the discussion papers presented there has focused on emerging technologies and infrastructure platforms and their implications for the global regulatory agenda',
      ],
    });
    expect(warningsOf(diag)).toEqual([]);
  });

  it('C5 A1 (line 72): lowercase "ITU activities under" is an item, not the label', () => {
    const text =
      'Expected Results: Continue to act as a platform that fosters close international cooperation to increase awareness on the security of cyberspace and share experiences and best practices for further action at a global level. ITU Activities: ITU activities under ITU-D and SG 2 Q3 ITU activities under ITU-T SG 13, 17, 20 and other relevant Study Groups ITU activities under Child Online Protection initiative ITU activities under WSIS Forum';
    const diag = new Diagnostics();
    expect(parseResults(singleFragment(text, 72), diag)).toEqual({
      expectedResults: [
        'Continue to act as a platform that fosters close international cooperation to increase awareness on the security of cyberspace and share experiences and best practices for further action at a global level.',
      ],
      // Run together on one line; the lead "ITU activities under" recurs: four items (issue 15).
      activities: [
        'ITU activities under ITU-D and SG 2 Q3',
        'ITU activities under ITU-T SG 13, 17, 20 and other relevant Study Groups',
        'ITU activities under Child Online Protection initiative',
        'ITU activities under WSIS Forum',
      ],
    });
    expect(warningsOf(diag)).toEqual([]);
  });

  it('C5 E (line 180): "ITU Activities" without a colon', () => {
    const text =
      'Expected Results: Facilitate Member State access to cyber legislation resources developed by relevant institutions and guidelines on different aspects of Cybersecurity. ITU Activities Development of a National Cybersecurity Strategy (NCS) Toolkit facilitated by ITU-D ITU-D maintenance of the Global Cybersecurity Index (GCI) and country profiles for highlighting best national practices including on the legal aspects of Cybersecurity.';
    const diag = new Diagnostics();
    expect(parseResults(singleFragment(text, 180), diag)).toEqual({
      expectedResults: ['Facilitate Member State access to cyber legislation resources developed by relevant institutions and guidelines on different aspects of Cybersecurity.'],
      // "ITU-D ITU-D": the name that ends one item starts the next (issue 15).
      activities: [
        'Development of a National Cybersecurity Strategy (NCS) Toolkit facilitated by ITU-D',
        'ITU-D maintenance of the Global Cybersecurity Index (GCI) and country profiles for highlighting best national practices including on the legal aspects of Cybersecurity.',
      ],
    });
    expect(warningsOf(diag)).toEqual([]);
  });

  it('C6 c. (line 293): a lead-in is dropped, a colon before "(1)" stays in its item, "etc." ends a sentence before a capital', () => {
    const text =
      ' Results of activities in this area include: A more effective use of Internet through: (1) the deployment of facilities such as Internet Exchange Points (IXPs) to make better use of the infrastructures at the regional level, (2) building capacity on ccTLDs and their effective use with the Member States. Increased capacity in Member States through the development of guidelines, resources and material to facilitate the establishment and running of national and regional Internet Exchange Points. Improved exchange of technical information between Member States and relevant organizations on issues related to ccTLDs and other internet resources through events, direct assistance, etc. Increased capacity in Member States through the provision of tools and guidelines for training policymakers. This includes awareness of the related cybersecurity threats.';
    const diag = new Diagnostics();
    expect(parseResults(singleFragment(text, 293), diag)).toEqual({
      expectedResults: [
        'A more effective use of Internet through: (1) the deployment of facilities such as Internet Exchange Points (IXPs) to make better use of the infrastructures at the regional level, (2) building capacity on ccTLDs and their effective use with the Member States.',
        'Increased capacity in Member States through the development of guidelines, resources and material to facilitate the establishment and running of national and regional Internet Exchange Points.',
        'Improved exchange of technical information between Member States and relevant organizations on issues related to ccTLDs and other internet resources through events, direct assistance, etc.',
        'Increased capacity in Member States through the provision of tools and guidelines for training policymakers.',
        'This includes awareness of the related cybersecurity threats.',
      ],
      activities: [],
    });
    expect(warningsOf(diag)).toEqual([]);
  });
});

describe('parseResults: multi-line cells of the 2018 roadmap', () => {
  it('C5 A2 (lines 80-91): sentences, a sentence end at a line end, paragraph breaks', () => {
    const cell = cellOf(
      [80, 'Expected Results:'],
      [81, 'Facilitate an institutional framework for close global cooperation among Member States. This includes helping set up global incidence warning and response systems, protocols and procedures.'],
      [82, 'Continue providing a framework for defining security protocols and standards for'],
      [83, 'networks and systems.'],
      [84, 'ITU Activities:'],
      [85, ''],
      [86, 'ITU-D capacity building activities under the CIRT programme'],
      [87, ''],
      [88, 'ITU activities under ITU-T SG 17 and other relevant Study Groups'],
      [89, ''],
      [90, ''],
      [91, ''],
    );
    const diag = new Diagnostics();
    expect(parseResults(cell, diag)).toEqual({
      expectedResults: [
        'Facilitate an institutional framework for close global cooperation among Member States.',
        'This includes helping set up global incidence warning and response systems, protocols and procedures.',
        'Continue providing a framework for defining security protocols and standards for networks and systems.',
      ],
      activities: [
        'ITU-D capacity building activities under the CIRT programme',
        'ITU activities under ITU-T SG 17 and other relevant Study Groups',
      ],
    });
    expect(warningsOf(diag)).toEqual([]);
  });

  it('C5 B3 (lines 120-127): lines without a signal continue the item', () => {
    const cell = cellOf(
      [120, 'Expected Results:'],
      [121, 'An institutional framework is being facilitated for governments to cooperate with the private sector on cyber-risk prevention, detection and response.'],
      [122, ''],
      [123, 'ITU Activities:'],
      [124, 'ITU-D activities under the CIRT Programme and'],
      [125, 'ITU-D SG 2 Q 3'],
      [126, 'ITU activities under Child Online Protection'],
      [127, 'initiative'],
    );
    const diag = new Diagnostics();
    expect(parseResults(cell, diag)).toEqual({
      expectedResults: ['An institutional framework is being facilitated for governments to cooperate with the private sector on cyber-risk prevention, detection and response.'],
      activities: ['ITU-D activities under the CIRT Programme and ITU-D SG 2 Q 3 ITU activities under Child Online Protection initiative'],
    });
    expect(warningsOf(diag)).toEqual([]);
  });

  it('C6 b. (lines 278-286): no labels, a lead-in line, abbreviations, a sentence ending inside parentheses', () => {
    const cell = cellOf(
      [278, 'Activities related to Item b. have been undertaken since 2003. However, some elements mentioned in Item b., specifically items ii and iii, are considered an ongoing activity, due to the dynamic nature of the Internet. It is recommended therefore, to periodically assess the outcomes of the Working Group on Internet Governance (WGIG), to ensure that public policy issues on Internet governance that are currently raised are properly addressed. During the ITU Council Session 2009, Resolution 1305 identified a set of issues that should be discussed and addressed by ITU.'],
      [279, 'It is also recommended to build capacity in ITU Member States, on the current arrangements on Internet governance in order to have a better understanding of the technical and policy requirements the Membership may have.'],
      [280, 'Results of activities in this area include:'],
      [281, 'Extended international cooperation among all Member States and with relevant regional organizations for building capacity on issues pertaining to Internet governance.'],
      [282, 'Increased awareness and capacity of relevant stakeholders (policy-makers, regulators, etc.) with regards to Internet governance issues.'],
      [283, ' Assistance extended to Member States to ensure that they can participate in and contribute to regional and global discussions on topics related to Internet governance, and hold national discussions with the relevant stakeholders on these topics.'],
      [284, 'Extended ways in which developing Member States can better engage in the discussions (organization of training, events, dynamic coalitions, the establishment of regional/sub-regional forums, etc.)'],
      [285, 'Increased capacity in Member States through the development of guidelines, resources and material.'],
      [286, 'Increased involvement by Member States in issues related to Internet through facilitating their participation in regional and global events.'],
    );
    const diag = new Diagnostics();
    expect(parseResults(cell, diag)).toEqual({
      expectedResults: [
        'Activities related to Item b. have been undertaken since 2003.',
        'However, some elements mentioned in Item b., specifically items ii and iii, are considered an ongoing activity, due to the dynamic nature of the Internet.',
        'It is recommended therefore, to periodically assess the outcomes of the Working Group on Internet Governance (WGIG), to ensure that public policy issues on Internet governance that are currently raised are properly addressed.',
        'During the ITU Council Session 2009, Resolution 1305 identified a set of issues that should be discussed and addressed by ITU.',
        'It is also recommended to build capacity in ITU Member States, on the current arrangements on Internet governance in order to have a better understanding of the technical and policy requirements the Membership may have.',
        'Extended international cooperation among all Member States and with relevant regional organizations for building capacity on issues pertaining to Internet governance.',
        'Increased awareness and capacity of relevant stakeholders (policy-makers, regulators, etc.) with regards to Internet governance issues.',
        'Assistance extended to Member States to ensure that they can participate in and contribute to regional and global discussions on topics related to Internet governance, and hold national discussions with the relevant stakeholders on these topics.',
        'Extended ways in which developing Member States can better engage in the discussions (organization of training, events, dynamic coalitions, the establishment of regional/sub-regional forums, etc.)',
        'Increased capacity in Member States through the development of guidelines, resources and material.',
        'Increased involvement by Member States in issues related to Internet through facilitating their participation in regional and global events.',
      ],
      activities: [],
    });
    expect(warningsOf(diag)).toEqual([]);
  });
});

describe('parseResults: rules', () => {
  it.each<[string, string, Results]>([
    ['no label: everything is results', 'Workshops organized. Training given', { expectedResults: ['Workshops organized.', 'Training given'], activities: [] }],
    ['only the activities label: the text before it is results, unreported', 'Studies done ITU Activities: Workshops', { expectedResults: ['Studies done'], activities: ['Workshops'] }],
    ['an empty results part', 'Expected Results: ITU Activities: - A', { expectedResults: [], activities: ['A'] }],
    ['the label without colon', 'Expected Results - A - B', { expectedResults: ['A', 'B'], activities: [] }],
    ['en dash and bullet marks', 'Expected Results: – First • Second –Third', { expectedResults: ['First', 'Second', 'Third'], activities: [] }],
    ['bullets may start with a digit, quote or parenthesis', '- 2nd forum - "Saving lives" - (joint) study', { expectedResults: ['2nd forum', '"Saving lives"', '(joint) study'], activities: [] }],
    ['hyphens in or glued to words are no bullets', 'Sharm el- Sheikh high- value-added ITU-T cyber-threats', { expectedResults: ['Sharm el- Sheikh high- value-added ITU-T cyber-threats'], activities: [] }],
    ['a lead-in before bullets is dropped', 'Results include: - A - B', { expectedResults: ['A', 'B'], activities: [] }],
    ['text before the first bullet is an item', 'Overview of work. - A - B', { expectedResults: ['Overview of work.', 'A', 'B'], activities: [] }],
    ['with bullets, sentences stay in their bullet', '- One. Two - Three', { expectedResults: ['One. Two', 'Three'], activities: [] }],
    ['"!", "?" and ";" end sentences', 'Done! Next? Yes; Then more', { expectedResults: ['Done!', 'Next?', 'Yes;', 'Then more'], activities: [] }],
    ['a sentence end before a lowercase word is none', 'Done. then more', { expectedResults: ['Done. then more'], activities: [] }],
    ['abbreviations', 'Tools (e.g. ITU Maps) e.g. Maps, i.e. The tool, No. 5, Res. 1305, Rev. Dubai, ours vs. Theirs, Item b. Have, U.S. Government', {
      expectedResults: ['Tools (e.g. ITU Maps) e.g. Maps, i.e. The tool, No. 5, Res. 1305, Rev. Dubai, ours vs. Theirs, Item b. Have, U.S. Government'],
      activities: [],
    }],
    ['a dot inside parentheses or in a number', 'See (Annex. Part 2) and Output 2.2 Now', { expectedResults: ['See (Annex. Part 2) and Output 2.2 Now'], activities: [] }],
    ['a lead-in colon before a capital', 'Results include: Training. Studies', { expectedResults: ['Training.', 'Studies'], activities: [] }],
    ['a colon before lowercase text stays in its item', 'Use of Internet through: the deployment of IXPs', { expectedResults: ['Use of Internet through: the deployment of IXPs'], activities: [] }],
    ['a final colon with nothing after it is an item', 'Results include:', { expectedResults: ['Results include:'], activities: [] }],
    ['empty and punctuation-only items are dropped', 'Expected Results: - . - A -', { expectedResults: ['A -'], activities: [] }],
    ['empty cell', '', { expectedResults: [], activities: [] }],
    ['punctuation only', '.,;:-', { expectedResults: [], activities: [] }],
  ])('%s', (_name, text, expected) => {
    const diag = new Diagnostics();
    expect(parseResults(singleFragment(text, 9), diag)).toEqual(expected);
    expect(warningsOf(diag)).toEqual([]);
  });

  it('splits at a paragraph break and at a sentence end at a line end', () => {
    const cell = cellOf([1, 'First item'], [2, ''], [3, 'Second item.'], [4, 'Third item'], [5, 'continues here']);
    const diag = new Diagnostics();
    expect(parseResults(cell, diag)).toEqual({ expectedResults: ['First item', 'Second item.', 'Third item continues here'], activities: [] });
  });

  it('a lead-in line is dropped when a paragraph break follows it', () => {
    const cell = cellOf([1, 'Results include:'], [2, ''], [3, 'Training']);
    expect(parseResults(cell, new Diagnostics())).toEqual({ expectedResults: ['Training'], activities: [] });
  });

  it('keeps text before a later "Expected Results" label as results and warns', () => {
    const cell = cellOf([40, ''], [41, 'Stray text.'], [42, 'Expected Results: - A ITU Activities: - B']);
    const diag = new Diagnostics();
    expect(parseResults(cell, diag)).toEqual({ expectedResults: ['Stray text.', 'A'], activities: ['B'] });
    expect(warningsOf(diag)).toEqual([['results-unlabelled', 41]]);
  });

  it.each<[string, string, number, number]>([
    ['5,000 "- -"', '- -', 5000, 0],
    ['5,000 "- a "', '- a ', 5000, 5000],
    ['5,000 "Goal "', 'Goal ', 5000, 1],
    ['5,000 "1, "', '1, ', 5000, 1],
    ['5,000 "A. "', 'A. ', 5000, 1],
    ['5,000 "Go. "', 'Go. ', 5000, 5000],
    ['5,000 "(x. "', '(x. ', 5000, 1],
  ])('hostile: %s', (_name, unit, times, items) => {
    const diag = new Diagnostics();
    const parsed = parseResults(singleFragment(unit.repeat(times), 1), diag);
    expect(parsed.expectedResults).toHaveLength(items);
    expect(parsed.activities).toEqual([]);
  });
});

describe('run-together items (issue 15)', () => {
  it.each<[string, string[], string[]]>([
    // Known items cut a run: each printed on its own elsewhere in the document.
    ['Development of a National Cybersecurity Strategy (NCS) Toolkit facilitated by ITU-D Technical Recommendations under ITU-T Study Group 17 activities', ['Technical Recommendations under ITU-T Study Group 17 activities'], [
      'Development of a National Cybersecurity Strategy (NCS) Toolkit facilitated by ITU-D',
      'Technical Recommendations under ITU-T Study Group 17 activities',
    ]],
    // Never inside a name: the known item is preceded by a function word here.
    ['Work under the ITU-T Study Group 17 activities programme', ['ITU-T Study Group 17 activities'], ['Work under the ITU-T Study Group 17 activities programme']],
    // A recurring phrase inside a name is not cut at its tail.
    ['ITU-T Study Group 17 activities Work under the ITU-T Focus Group on Data Work under the ITU-T Focus Group on Ledgers', [], [
      'ITU-T Study Group 17 activities',
      'Work under the ITU-T Focus Group on Data',
      'Work under the ITU-T Focus Group on Ledgers',
    ]],
    ['Centres of Excellence (CoE) and Centres of Excellence networks', [], ['Centres of Excellence (CoE) and Centres of Excellence networks']],
  ])('%s', (text, known, items) => {
    expect(parseResults(singleFragment(`ITU Activities: ${text}`, 1), new Diagnostics(), new Set(known)).activities).toEqual(items);
  });
});
