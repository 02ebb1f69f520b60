import { describe, expect, it } from 'vitest';
import { buildLexicon, isGhostOf } from '../../src/layout/ghosts.js';
import { englishWords } from '../../src/layout/dictionary.js';
import { suffixAlignment, prefixAlignment, levenshtein } from '../../src/layout/similarity.js';

// The document's own words: "ITU" and "CIRT" are known because the document uses them often.
const lexicon = buildLexicon(englishWords(), ['ITU ITU ITU CIRT CIRT CIRT 17.8 17.8 17.8 11.b 11.b 11.b 11.3 11.3 11.3']);

describe('alignments', () => {
  it('measures edits', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(suffixAlignment('efforts', 'mutual assistance efforts')).toMatchObject({ distance: 0, start: 18, end: 25 });
    expect(prefixAlignment('ITU Act', 'ITU Activities:')).toMatchObject({ distance: 0, start: 0, end: 7 });
  });
});

describe('isGhostOf', () => {
  it.each([
    ['decount origining error to in these dreas', 'Developing guidelines that take into account ongoing efforts in these areas', true],
    ['coordinated response to cyber timedes.', 'toolkits, guidelines and reports for a more coordinated response to cyber-threats.', true],
    ['enorts', 'should prevent, detect and respond to cyber-crime and misuse of ICTs by: Promoting effective mutual assistance efforts', true],
    ['registations.', 'infrastructure, taking into account national legislations.', true],
    ['110 Activities.', 'ITU Activities:', true],
    ['Cybersecurity.', 'Workshops and training programmes comprise all relevant aspects of Cybersecurity.', true],
  ])('%j under %j is a ghost', (fragment, above, expected) => {
    expect(isGhostOf(fragment, above, true, lexicon)).toBe(expected);
  });

  it('finds a ghost above the line it copies', () => {
    expect(isGhostOf('ITH Activities', 'ITU Activities:', false, lexicon)).toBe(true);
  });

  it.each([
    // The real line next to its ghost is not the ghost.
    ['ITU Activities:', 'ITH Activities', true],
    // Real, similar neighbours.
    ['WTDC Res. 45 (Rev. Dubai, 2014), 67, 69 (Rev. Buenos Aires, 2017)', 'PP Res. 130, 174 (Rev. Busan, 2014)', true],
    ['ITU activities under Child Online Protection initiative', 'ITU activities under ITU-T SG 17 and other relevant Study Groups', true],
    ['Structures', '3. Organizational', true],
    // New content in a similar line: an acronym not in the neighbour, numbers that are no letters.
    ['OIC CERT', 'Cooperation with relevant international computer incident response associations such as FIRST, AP-CERT, Africa CERT,', true],
    ['Q3 ITU activities under ITU-T SG 13, 17, 20 and', 'ITU Activities: ITU activities under ITU-D and SG 2', true],
    // Numbers are left to the validators.
    ['11.b,', '9.1, 9.c, 11.3,', true],
    ['17.0', '11.b, 17.8', true],
  ])('%j next to %j is not a ghost', (fragment, neighbour, above) => {
    expect(isGhostOf(fragment, neighbour, above, lexicon)).toBe(false);
  });
});

describe('a wrapped continuation that repeats some words', () => {
  it('is no ghost: a ghost copies the line up to its edge', () => {
    expect(isGhostOf('estrategies and master plans.', 'Assistance to Member States in formulating and implementing national ICT strategies and sectoral', true, lexicon)).toBe(false);
  });
});
