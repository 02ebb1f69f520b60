/**
 * SDG target wordings quoted in a roadmap, compared with the official texts of the registry.
 * The quotes are the 2018 edition's (C6 roadmap, lines 298-331).
 */
import { describe, expect, it } from 'vitest';
import { wordingDifferences } from '../../src/cells/sdg-wording.js';
import { sdgTargetText } from '../../src/registry/sdg.js';

describe('wordingDifferences against the official text', () => {
  it.each<[string, string, string[]]>([
    // draft wording: "[x] per cent" where the adopted text says "substantially" (lines 307, 331)
    [
      '4.4',
      'By 2030, increase by [x] per cent the number of youth and adults who have relevant skills, including technical and vocational skills, for employment, decent jobs and entrepreneurship',
      ['omits "substantially"', 'adds "by [x] per cent"'],
    ],
    // draft brackets (line 312)
    [
      '10.3',
      'Ensure equal opportunity and reduce inequalities of outcome [within and among countries], including by eliminating discriminatory laws, policies and practices and promoting appropriate legislation, policies and action in this regard',
      ['adds "[within and among countries]"'],
    ],
    // a draft tail (line 319)
    [
      '17.6',
      'Enhance North-South, South-South and triangular regional and international cooperation on and access to science, technology and innovation and enhance knowledge sharing on mutually agreed terms, including through improved coordination among existing mechanisms, in particular at the United Nations level, and through a global technology facilitation mechanism when agreed upon',
      ['adds "when agreed upon"'],
    ],
    // the same words spelled otherwise: hyphens, spaces, case, a final full stop (lines 326, 329, 333)
    ['8.2', 'Achieve higher levels of economic productivity through diversification, technological upgrading and innovation, including through a focus on high- value-added and labour- intensive sectors', []],
    ['16.7', 'Ensure responsive, inclusive, participatory and representative decisionmaking at all levels', []],
    [
      '17.16',
      'Enhance the global partnership for sustainable development, complemented by multistakeholder partnerships that mobilize and share knowledge, expertise, technology and financial resources, to support the achievement of the sustainable development goals in all countries, in particular developing countries',
      [],
    ],
    [
      '9.1',
      'Develop quality, reliable, sustainable and resilient infrastructure, including regional and transborder infrastructure, to support economic development and human well-being, with a focus on affordable and equitable access for all.',
      [],
    ],
    // a quote cut short by a row break (line 297), or shortened: no words of its own
    ['16.b', 'Promote and enforce non-discriminatory laws and policies for sustainable', []],
    ['1.1', 'Eradicate poverty less than $1.25 a day', []],
    // a replaced word is material
    ['16.6', 'Develop effective, accountable and transparent parliaments at all levels', ['"parliaments" for "institutions"']],
  ])('target %s', (id, printed, expected) => {
    expect(wordingDifferences(printed, sdgTargetText(id)!)).toEqual(expected);
  });

  it('reads a quote far longer than the text only as far as twice its length, and says how much more it adds', () => {
    // 9.c has 25 words: the first 70 words of the quote are compared, the other 55 are counted.
    const official = sdgTargetText('9.c')!;
    expect(wordingDifferences(`${official} ${'x '.repeat(100)}`, official)).toEqual(['adds "x x x x x x x x …"', 'adds 55 more words']);
  });
});
