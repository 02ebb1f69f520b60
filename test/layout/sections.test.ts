import { describe, expect, it } from 'vitest';
import { joinTitleFragments, overlaidTitlePrefix, readSectionTitle, titleCursorAfter } from '../../src/layout/sections.js';

const GENEVA = 'Geneva Plan of Action and Tunis Agenda for the Information Society';
const WSIS10 = 'WSIS+10 Outcome Documents (WSIS+10 Statement on the Implementation of WSIS Outcomes and WSIS+10 Vision for WSIS Beyond 2015)';

describe('readSectionTitle', () => {
  it('rejoins a title split mid-word and finds it clean', () => {
    expect(readSectionTitle(['Geneva Plan of Action and Tunis Agenda for the Information So', 'ciety', '', '', ''])).toEqual({
      slug: 'geneva', title: GENEVA, printed: GENEVA, repaired: false,
    });
  });

  it.each([
    [['Geneva Plan of Action and Tunis Agenda', 'ation Society', '', '', '']],
    [['Geneva Plan of Action and', 'd Tunis Ageno', 'la for the Informat', 'ion Society', '']],
  ])('repairs a garbled Geneva title %j', (fragments) => {
    expect(readSectionTitle(fragments)).toMatchObject({ slug: 'geneva', title: GENEVA, repaired: true });
  });

  it.each([
    [['WSIS+10 Outcome Documents (WSIS+1', '0 Statement o', 'n the Implementation of WSIS Outc', 'omes and V', 'VSIS +10 Vision for WSIS Beyond 2015']],
    [['WSIS+10 Outcome Docur 2015', 'nents (WSIS', '+10 Statement on', 'the Implementation of WSI', 'IS Outcomes and WSIS +10 Vision for WSIS Beyond']],
  ])('repairs a split WSIS+10 title %j', (fragments) => {
    expect(readSectionTitle(fragments)).toMatchObject({ slug: 'wsis10', title: WSIS10, repaired: true });
  });

  it('reads other WSIS review sections by their number', () => {
    expect(readSectionTitle(['WSIS+20 Outcome Document'])).toMatchObject({ slug: 'wsis20', title: 'WSIS+20 Outcome Document' });
  });

  it.each([
    [['¹ WSIS outcomes for each action line will be listed in accordance with the Geneva Plan of Action']],
    [['Geneva Plan of Action and Tunis Agenda for the Information Society: a. Governments should foster a supportive policy']],
    [['A: Governments should take action', '2016-2019', '', '', '']],
  ])('is not a section title: %j', (fragments) => {
    expect(readSectionTitle(fragments)).toBeNull();
  });

  it('joins mid-word splits without a space and other splits with one', () => {
    expect(joinTitleFragments(['Information So', 'ciety', 'Beyond 2015', '(WSIS+1', '0 Statement'])).toBe('Information Society Beyond 2015 (WSIS+1 0 Statement');
  });
});

describe('overlaidTitlePrefix', () => {
  it('strips the pieces of a title laid over a row, cell by cell', () => {
    let cursor = titleCursorAfter('WSIS+10 Outcome Documents (WSIS+10 Statement on the In', WSIS10);
    const timing = overlaidTitlePrefix('nplementation o', WSIS10, cursor);
    expect(timing.cut).toBe('nplementation o'.length);
    cursor = timing.cursor;
    const goals = overlaidTitlePrefix('f WSIS Outcomes and Goal 1 Goal 3', WSIS10, cursor);
    expect('f WSIS Outcomes and Goal 1 Goal 3'.slice(goals.cut).trim()).toBe('Goal 1 Goal 3');
    cursor = goals.cursor;
    const sdgs = overlaidTitlePrefix('WSIS +10 Vis', WSIS10, cursor);
    expect(sdgs.cut).toBe('WSIS +10 Vis'.length);
    expect(overlaidTitlePrefix('Expected Results: - Development', WSIS10, sdgs.cursor).cut).toBe(0);
  });
});
