/**
 * A line that reads as a reference is never dropped as an OCR ghost (issue 15: "WTSA Res. 50, 58
 * (Rev. Geneva, 2022)" was dropped, being digits 0/1/5/8 and ending in the year of the line above).
 */
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/load/source.js';
import { readsAsReference } from '../../src/layout/reference-line.js';
import { extractRoadmap } from '../../src/pipeline.js';

describe('readsAsReference', () => {
  it.each([
    ['WTSA Res. 50, 58 (Rev. Geneva, 2022)', true],
    ['WTDC Res. 10 (Rev. Hyderabad, 2010)', true],
    ['C09 Res 1305', true],
    ['9.1, 9.c, 11.3,', true],
    ['2024-2027', true],
    ['Goal 1 Goal 2', true],
    // OCR ghosts of the 2018 edition stay ghosts.
    ['110 1 Objective 1', false],
    ['coordinated response to cyber timedes.', false],
    ['ITH Activities', false],
  ])('%s → %s', (text, expected) => {
    expect(readsAsReference(text)).toBe(expected);
  });
});

describe('the ghost rule keeps reference lines', () => {
  it('keeps a list of 2022 revisions whole, line after line', async () => {
    const text = [
      'WSIS Action Line C2: Information and Communication Infrastructure',
      'WSIS Outcomes (WSIS AL C2)\tTiming\tITU Strategic Goals and Relevant Resolutions\tLinkages with the SDGs\tExpected Results of ITU Activities',
      'Geneva Plan of Action and Tunis Agenda for the Information Society',
      'E: Promote the use of the radio-frequency spectrum\t2024-2027\tGoal 1\t9.c\tExpected Results:',
      '\t\tWTDC Res. 9 (Rev. Kigali, 2022)\t\t- Spectrum management capacity',
      '\t\tWTDC Res. 10 (Rev. Hyderabad, 2010)\t\t',
      '\t\tWTSA Res. 50, 58 (Rev. Geneva, 2022)\t\t',
      '',
    ].join('\n');
    const bytes = new TextEncoder().encode(text);
    const roadmap = await extractRoadmap({ path: 'slice.txt', bytes, sha256: sha256(bytes), format: 'text' }, { edition: 't' });
    const outcome = roadmap.actionLines[0]!.outcomes[0]!;
    expect(outcome.goals.resolutions.map((r) => r.canonical)).toEqual([
      'WTDC Res. 9 (Rev. Kigali, 2022)',
      'WTDC Res. 10 (Rev. Hyderabad, 2010)',
      'WTSA Res. 50 (Rev. Geneva, 2022)',
      'WTSA Res. 58 (Rev. Geneva, 2022)',
    ]);
    expect(outcome.warnings.map((w) => w.code)).toEqual([]);
  });
});
