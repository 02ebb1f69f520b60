/**
 * Markdown is written as text, not OCR'd: the ghost-line and stray-number repairs that layout
 * text needs must not remove real text from it; and a bold row names a section even when its
 * words are not those of a known WSIS section. (Regressions found by the Markdown round trip.)
 */
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/load/source.js';
import { extractRoadmap } from '../../src/pipeline.js';

async function fromMarkdown(markdown: string) {
  const bytes = new TextEncoder().encode(markdown);
  return extractRoadmap({ path: 'x.md', bytes, sha256: sha256(bytes), format: 'markdown' }, { edition: 'x' });
}

const HEADER = '| WSIS Outcomes | Proposed Timing | ITU Strategic Goals and Relevant Resolutions | Linkages with the SDGs | Expected Results of ITU Activities |\n| --- | --- | --- | --- | --- |';

describe('Markdown editions', () => {
  it('keep lines that repeat their neighbour and a year on its own line', async () => {
    const roadmap = await fromMarkdown(
      `## WSIS Action Line C7: E-applications\n\n${HEADER}\n| **Geneva Plan of Action and Tunis Agenda for the Information Society** | | | | |\n| A: Promote<br>promote<br>promote | 2018 | Goal 1 | 9.1 | Expected Results:<br>- Trained staff.<br>- 2018 |\n`,
    );
    const [outcome] = roadmap.actionLines[0]!.outcomes;
    expect(outcome!.text).toBe('Promote promote promote');
    expect(outcome!.expectedResults).toEqual(['Trained staff.', '2018']);
    expect(outcome!.warnings.map((w) => w.code)).not.toContain('ghost-line-dropped');
  });

  it('take a bold row as a section title, whatever its words', async () => {
    const roadmap = await fromMarkdown(
      `## WSIS Action Line C7: E-applications\n\n${HEADER}\n| **Geneva Plan of Action and Tunis Agenda for the Information Society** | | | | |\n| A: Promote access | 2018 | Goal 1 | 9.1 | x |\n| **Tunis Commitment** | | | | |\n| A: Build confidence | 2018 | Goal 3 | 9.c | y |\n`,
    );
    const outcomes = roadmap.actionLines[0]!.outcomes;
    expect(outcomes.map((o) => [o.key, o.sectionTitle, o.text])).toEqual([
      ['C7.geneva.A', 'Geneva Plan of Action and Tunis Agenda for the Information Society', 'Promote access'],
      ['C7.tunis-commitment.A', 'Tunis Commitment', 'Build confidence'],
    ]);
  });
});
