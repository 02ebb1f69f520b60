/**
 * The diff knows frameworks: 2018 (Buenos Aires Action Plan, strategic plan 2016-2019) → the
 * hand-made post-Kigali slice (Kigali Action Plan, 2024-2027). Expectations written by hand from
 * the two sources: every plan-relative reference list is re-based, never removed and added, and
 * the reports say first that the plans changed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffEditions } from '../../src/diff/edition-diff.js';
import { renderMarkdown } from '../../src/diff/markdown.js';
import { renderHtml } from '../../src/diff/html.js';
import type { RoadmapEdition } from '../../src/schema/roadmap.js';
import { extractSlice } from '../editions/agreement.js';

const before = JSON.parse(readFileSync('output/2018/roadmap.json', 'utf8')) as RoadmapEdition;

describe('2018 → a post-Kigali edition', async () => {
  const after = await extractSlice('post-kigali');
  const diff = diffEditions(before, after);

  it('says that both plans changed', () => {
    expect(diff.frameworks).toEqual({
      actionPlan: { before: 'Buenos Aires Action Plan (WTDC-17)', after: 'Kigali Action Plan (WTDC-22)', changed: true },
      strategicPlan: { before: 'ITU strategic plan 2016-2019', after: 'ITU strategic plan 2024-2027', changed: true },
    });
  });

  it('re-bases plan-relative references, never adds or removes them', () => {
    const fields = diff.outcomes.flatMap((o) => o.fields);
    const planFields = ['goals.strategicGoals', 'goals.strategicTargets', 'goals.objectives', 'goals.regionalInitiatives', 'goals.priorities', 'goals.programmes'];
    expect(fields.filter((f) => planFields.includes(f.field) && f.kind !== 'rebased')).toEqual([]);
    // C2 A: 2018 "Goal 1 Buenos Aires Action Plan Objective 2 Regional Initiatives"; the slice
    // "Goal 1 … Priority: Enabling policy and regulatory environment Regional Initiatives (AFR1, CIS1)".
    const a = diff.outcomes.find((o) => o.toKey === 'C2.geneva.A')!;
    const byField = Object.fromEntries(a.fields.map((f) => [f.field, f]));
    expect(byField['goals.strategicGoals']).toBeUndefined();
    expect(byField['goals.objectives']).toEqual({ field: 'goals.objectives', kind: 'rebased', planBefore: 'Buenos Aires Action Plan (WTDC-17)', planAfter: 'Kigali Action Plan (WTDC-22)', before: ['ITU-D Objective 2'], after: [] });
    expect(byField['goals.regionalInitiatives']).toMatchObject({ kind: 'rebased', before: [], after: ['AFR1', 'CIS1'] });
    expect(byField['goals.priorities']).toMatchObject({ kind: 'rebased', before: [], after: ['ITU-D Priority: Enabling policy and regulatory environment'] });
    // SDGs and resolutions are no plan's: compared as sets, as before.
    expect(byField['sdgs.targets']).toMatchObject({ kind: 'set', added: ['9.1', '9.c'], removed: [] });
  });

  it('puts the framework change first in diff.md and diff.html', () => {
    const md = renderMarkdown(diff);
    const note = md.indexOf('**The frameworks changed.**');
    expect(note).toBeGreaterThan(0);
    expect(note).toBeLessThan(md.indexOf('| Action line |'));
    expect(md).toContain('- Action plan: Buenos Aires Action Plan (WTDC-17) → Kigali Action Plan (WTDC-22)');
    expect(md).toContain('- Strategic plan: ITU strategic plan 2016-2019 → ITU strategic plan 2024-2027');
    const html = renderHtml(diff);
    expect(html.indexOf('id="frameworks"')).toBeLessThan(html.indexOf('id="summary"'));
  });

  it('says nothing about frameworks when the plans stay', () => {
    const same = diffEditions(before, before);
    expect(same.frameworks?.actionPlan.changed).toBe(false);
    expect(renderMarkdown(same)).not.toContain('frameworks changed');
  });
});
