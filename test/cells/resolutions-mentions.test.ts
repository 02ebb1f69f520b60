/**
 * Resolutions and recommendations mentioned in prose (results, activities, outcome text): each
 * case's expected mentions are written out by hand from the sentence.
 */
import { describe, expect, it } from 'vitest';
import { cellOf, warningsOf } from './helpers.js';
import { singleFragment } from '../../src/cells/cell-content.js';
import { extractMentions } from '../../src/cells/mentions.js';
import { Diagnostics } from '../../src/diagnostics.js';
import type { Mention } from '../../src/schema/roadmap.js';

/** A mention in expectedResults item 0, written out field by field. */
function M(
  kind: Mention['kind'],
  body: Mention['body'],
  number: string,
  place: string | null,
  year: number | null,
  canonical: string,
  raw: string,
): Mention {
  return { kind, body, number, place, year, canonical, raw, field: 'expectedResults', item: 0 };
}

function mentionsIn(text: string, diag: Diagnostics): Mention[] {
  return extractMentions([{ field: 'expectedResults', item: 0, text, cell: singleFragment(text, 7) }], diag);
}

describe('extractMentions', () => {
  it.each<[string, Mention[], [string, number][]]>([
    // 2018 C6 roadmap, p. (line 315)
    [
      'ITU organizes annual Regional ICT Standardization Forums as part of activities under WTSA Resolution 44 on bridging the standardization gap.',
      [M('resolution', 'WTSA', '44', null, null, 'WTSA Res. 44', 'WTSA Resolution 44')],
      [],
    ],
    // 2018 C2 roadmap, D. (line 40): no body printed, none guessed
    [
      'Bridging the Standardization Gap (BSG) activities under Recommendation 22',
      [M('recommendation', null, '22', null, null, 'Rec. 22', 'Recommendation 22')],
      [['mention-body-unknown', 7]],
    ],
    // 2018 C6 roadmap, b. (line 278): the sentence names the Council before the resolution
    [
      'During the ITU Council Session 2009, Resolution 1305 identified a set of issues that should be discussed and addressed by ITU.',
      [M('resolution', 'Council', '1305', null, null, 'Council Res. 1305', 'Resolution 1305')],
      [['resolution-body-inferred', 7]],
    ],
    ['Resolution 1305 identified a set of issues.', [M('resolution', null, '1305', null, null, 'Res. 1305', 'Resolution 1305')], [['mention-body-unknown', 7]]],
    // a body named in an earlier sentence does not count, nor do two bodies in one
    ['The Council met. Then Resolution 5 was adopted.', [M('resolution', null, '5', null, null, 'Res. 5', 'Resolution 5')], [['mention-body-unknown', 7]]],
    ['The Council and the WTSA adopted Resolution 5', [M('resolution', null, '5', null, null, 'Res. 5', 'Resolution 5')], [['mention-body-unknown', 7]]],
    // a body named after the reference
    [
      'recalling Resolution 130 (Rev. Busan, 2014) of the Plenipotentiary Conference, on the role of ITU',
      [M('resolution', 'PP', '130', 'Busan', 2014, 'PP Res. 130 (Rev. Busan, 2014)', 'Resolution 130 (Rev. Busan, 2014) of the Plenipotentiary Conference')],
      [],
    ],
    [
      'Resolution 45 (Rev. Dubai, 2014) of the World telecommunication Development Conference (WTDC), on mechanisms',
      [M('resolution', 'WTDC', '45', 'Dubai', 2014, 'WTDC Res. 45 (Rev. Dubai, 2014)', 'Resolution 45 (Rev. Dubai, 2014) of the World telecommunication Development Conference')],
      [],
    ],
    // the body from the registry: Dubai, 2014 was WTDC-14
    [
      'Under Resolution 45 (Rev. Dubai, 2014) ITU assists',
      [M('resolution', 'WTDC', '45', 'Dubai', 2014, 'WTDC Res. 45 (Rev. Dubai, 2014)', 'Resolution 45 (Rev. Dubai, 2014)')],
      [['resolution-body-inferred', 7]],
    ],
    // lists, a shared and a repeated revision, the body after the list
    [
      'Resolutions 50, 52 (Rev. Hammamet, 2016) and 58 (Rev. Dubai, 2012) of WTSA apply.',
      [
        M('resolution', 'WTSA', '50', 'Hammamet', 2016, 'WTSA Res. 50 (Rev. Hammamet, 2016)', 'Resolutions 50, 52 (Rev. Hammamet, 2016) and 58 (Rev. Dubai, 2012) of WTSA'),
        M('resolution', 'WTSA', '52', 'Hammamet', 2016, 'WTSA Res. 52 (Rev. Hammamet, 2016)', 'Resolutions 50, 52 (Rev. Hammamet, 2016) and 58 (Rev. Dubai, 2012) of WTSA'),
        M('resolution', 'WTSA', '58', 'Dubai', 2012, 'WTSA Res. 58 (Rev. Dubai, 2012)', 'Resolutions 50, 52 (Rev. Hammamet, 2016) and 58 (Rev. Dubai, 2012) of WTSA'),
      ],
      [],
    ],
    [
      'WTSA Resolutions 50 and 52 on cybersecurity',
      [M('resolution', 'WTSA', '50', null, null, 'WTSA Res. 50', 'WTSA Resolutions 50 and 52'), M('resolution', 'WTSA', '52', null, null, 'WTSA Res. 52', 'WTSA Resolutions 50 and 52')],
      [],
    ],
    // sectors and conference codes as the body
    ['ITU-D Resolution 45 applies', [M('resolution', 'WTDC', '45', null, null, 'WTDC Res. 45', 'ITU-D Resolution 45')], []],
    ['PP-14 Resolution 130 applies', [M('resolution', 'PP', '130', 'Busan', 2014, 'PP Res. 130 (Rev. Busan, 2014)', 'PP-14 Resolution 130')], []],
    ['per Res. 1332 (C16), work goes on', [M('resolution', 'Council', '1332', null, 2016, 'Council Res. 1332 (2016)', 'Res. 1332 (C16)')], []],
    ['Under Resolution ITU-R 61-1 the Bureau', [M('resolution', 'RA', '61', null, null, 'RA Res. 61', 'Resolution ITU-R 61-1')], []],
    // recommendations with a series letter
    ['Develop ITU-T Recommendation X.1205 on cybersecurity', [M('recommendation', 'ITU-T', 'X.1205', null, null, 'ITU-T Rec. X.1205', 'ITU-T Recommendation X.1205')], []],
    [
      'Recommendation ITU-T X.1205 and X.1500 apply',
      [
        M('recommendation', 'ITU-T', 'X.1205', null, null, 'ITU-T Rec. X.1205', 'Recommendation ITU-T X.1205 and X.1500'),
        M('recommendation', 'ITU-T', 'X.1500', null, null, 'ITU-T Rec. X.1500', 'Recommendation ITU-T X.1205 and X.1500'),
      ],
      [],
    ],
    // a revision checked against the registry, as in the goals column
    [
      'activities under WTDC Resolution 45 (Rev. Hammamet, 2016)',
      [M('resolution', 'WTDC', '45', 'Hammamet', 2016, 'WTDC Res. 45 (Rev. Hammamet, 2016)', 'WTDC Resolution 45 (Rev. Hammamet, 2016)')],
      [['resolution-revision-unknown', 7]],
    ],
    // no ITU reference
    ['UNGA Resolution 70/125 on the WSIS review', [], []],
    ['ITU members have approved Recommendations for disaster management', [], []],
    ['Technical Recommendations under ITU-T Study Group 17 activities', [], []],
    ['Resolutions', [], []],
  ])('%j', (text, expected, warnings) => {
    const diag = new Diagnostics();
    expect(mentionsIn(text, diag)).toEqual(expected);
    expect(warningsOf(diag)).toEqual(warnings);
  });

  it('keeps the field and item of each mention, and the line of its cell', () => {
    const results = cellOf(
      [314, 'Expected Results'],
      [315, '- Forums under WTSA Resolution 44 on bridging the standardization gap.'],
      [316, 'ITU Activities'],
      [317, '- BSG activities under Recommendation 22'],
    );
    const diag = new Diagnostics();
    const mentions = extractMentions(
      [
        { field: 'text', item: null, text: 'Governments should promote standards.', cell: cellOf([313, 'p. Governments should promote standards.']) },
        { field: 'expectedResults', item: 0, text: 'Forums under WTSA Resolution 44 on bridging the standardization gap.', cell: results },
        { field: 'activities', item: 0, text: 'BSG activities under Recommendation 22', cell: results },
      ],
      diag,
    );
    expect(mentions).toEqual([
      { kind: 'resolution', body: 'WTSA', number: '44', place: null, year: null, canonical: 'WTSA Res. 44', raw: 'WTSA Resolution 44', field: 'expectedResults', item: 0 },
      { kind: 'recommendation', body: null, number: '22', place: null, year: null, canonical: 'Rec. 22', raw: 'Recommendation 22', field: 'activities', item: 0 },
    ]);
    expect(warningsOf(diag)).toEqual([['mention-body-unknown', 317]]);
  });

  it('lists a reference repeated in one item once', () => {
    const diag = new Diagnostics();
    expect(mentionsIn('WTSA Resolution 44, and again WTSA Resolution 44.', diag)).toEqual([M('resolution', 'WTSA', '44', null, null, 'WTSA Res. 44', 'WTSA Resolution 44')]);
  });

  it('reads 5,000 mentions of hostile input in linear time', () => {
    const diag = new Diagnostics();
    const text = 'WTSA Resolution 1, '.repeat(5000);
    expect(mentionsIn(text, diag)).toHaveLength(1);
    expect(mentionsIn(`Resolution ${'1, '.repeat(5000)}`, diag).length).toBe(1);
  });
});
