/**
 * Pages of a generated three-page roadmap (mini-roadmap.ts) read end to end: a row broken by the
 * page end goes on in the next page's first row (with or without a repeated header, with or
 * without rulings), a word hyphenated across the break is one word again, running headers and
 * page numbers are furniture, footnotes belong to their action line, outcomes record pages.
 */
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../../src/diagnostics.js';
import { findFurniture } from '../../../src/load/pdf/furniture.js';
import { loadPdfGrid } from '../../../src/load/pdf/load-pdf.js';
import { groupLines, type Word } from '../../../src/pdf/lines.js';
import { DEFAULT_PDF_SETTINGS } from '../../../src/pdf/settings.js';
import { sha256 } from '../../../src/load/source.js';
import { extractRoadmap } from '../../../src/pipeline.js';
import type { RoadmapEdition } from '../../../src/schema/roadmap.js';
import { readPages } from './make-pdf.js';
import { miniRoadmap, type MiniLayout } from './mini-roadmap.js';

async function ingest(bytes: Uint8Array): Promise<RoadmapEdition> {
  return extractRoadmap({ path: 'mini.pdf', bytes, sha256: sha256(bytes), format: 'pdf' }, { edition: 'mini' });
}

const LAYOUTS: [string, MiniLayout][] = [
  ['ruled grid, header repeated', { rules: 'grid', header: 'repeated' }],
  ['rules between rows, header repeated', { rules: 'rows', header: 'repeated' }],
  ['no rules, header repeated', { rules: 'none', header: 'repeated' }],
  ['ruled grid, header once', { rules: 'grid', header: 'once' }],
  ['no rules, header once', { rules: 'none', header: 'once' }],
];

describe.each(LAYOUTS)('a three-page roadmap: %s', (_name, layout) => {
  let roadmap: RoadmapEdition;
  const outcome = (key: string) => roadmap.actionLines.flatMap((a) => a.outcomes).find((o) => o.key === key)!;

  it('reads the document title, the action lines, their columns and footnotes', async () => {
    roadmap = await ingest(miniRoadmap(layout));
    expect(roadmap.title).toBe('WSIS Action Lines Roadmaps');
    expect(roadmap.source.pages).toBe(3);
    expect(roadmap.actionLines.map((a) => [a.id, a.title, a.outcomes.map((o) => o.key)])).toEqual([
      ['C2', 'Information and Communication Infrastructure', ['C2.geneva.A', 'C2.geneva.B', 'C2.geneva.C']],
      ['C5', 'Building Confidence and Security in the Use of ICTs', ['C5.geneva.A1']],
    ]);
    expect(roadmap.actionLines[0]!.columns).toEqual([
      'WSIS Outcomes (WSIS AL C2)',
      'Proposed Timing',
      'ITU Strategic Goals and Relevant Resolutions',
      'Linkages with the SDGs',
      'Expected Results of ITU Activities',
    ]);
    expect(roadmap.actionLines[0]!.footnotes).toEqual([{ marker: '1', text: 'WSIS outcomes for each action line will be listed in accordance with the Geneva Plan of Action.' }]);
    expect(roadmap.actionLines[1]!.footnotes).toEqual([]);
  });

  it('reads a row wrapped over several lines, with a word hyphenated at a line end', () => {
    const a = outcome('C2.geneva.A');
    expect(a.sectionTitle).toBe('Geneva Plan of Action and Tunis Agenda for the Information Society');
    expect(a.text).toBe('Governments should take action, in the framework of national e-strategies');
    expect(a.timing).toEqual({ raw: '2016-2019', from: 2016, to: 2019 });
    expect(a.goals.strategicGoals).toEqual([1, 2]);
    expect(a.sdgs.goals).toEqual([1, 2, 3]);
    expect(a.expectedResults).toEqual(['Harmonized standards']);
    expect(a.provenance.pages).toEqual([1]);
  });

  it('goes on with a row broken by the page end, and rejoins the word broken across the pages', () => {
    const b = outcome('C2.geneva.B');
    expect(b.text).toBe('In the context of national e-strategies, devise universal access policies');
    expect(b.expectedResults).toEqual(['Development of a harmonized strategy for universal access']);
    expect(b.activities).toEqual(['Direct assistance']);
    expect(b.sdgs.goals).toEqual([4, 5]);
    expect(b.provenance.pages).toEqual([1, 2]);
  });

  it('starts the next row on the second page and a new action line on the third', () => {
    const c = outcome('C2.geneva.C');
    expect([c.text, c.timing?.raw, c.sdgs.targets, c.expectedResults, c.provenance.pages]).toEqual([
      'Encourage the use of unused wireless capacity',
      '2018',
      ['9.1'],
      ['Affordable global connectivity'],
      [2],
    ]);
    const a1 = outcome('C5.geneva.A1');
    expect([a1.text, a1.goals.strategicGoals, a1.goals.strategicTargets, a1.sdgs.targets, a1.expectedResults, a1.provenance.pages]).toEqual([
      'Promote cooperation among the governments',
      [3],
      ['3.1'],
      ['1.4', '4.1'],
      ['Continue to act as a platform.'],
      [3],
    ]);
  });

  it('warns about nothing: every guess would be a mistake here', () => {
    const warnings = [...roadmap.warnings, ...roadmap.actionLines.flatMap((a) => a.outcomes.flatMap((o) => o.warnings))];
    expect(warnings.map((w) => `${w.code}: ${w.message}`)).toEqual([]);
  });
});

describe('page furniture', () => {
  it('takes out the running header and the page numbers that come back on every page', async () => {
    const pages = await readPages(miniRoadmap({ rules: 'grid', header: 'repeated' }));
    const furniture = findFurniture(pages, DEFAULT_PDF_SETTINGS);
    // The furniture words of each page, as lines of text.
    const lineTexts = (words: Iterable<Word>) => groupLines([...words], DEFAULT_PDF_SETTINGS).map((l) => l.text).sort();
    expect(furniture.map(lineTexts)).toEqual([1, 2, 3].map((n) => ['ITU - WSIS Action Line Roadmaps 2018', `Page ${n}`]));
  });

  it('keeps the table header that comes back on every page (the tables are found by it)', async () => {
    const grid = await loadPdfGrid(miniRoadmap({ rules: 'none', header: 'repeated' }), 'mini.pdf', new Diagnostics());
    const headers = grid.lines.filter((l) => l.cells[0]?.text.startsWith('WSIS Outcomes'));
    expect(headers.map((l) => l.page)).toEqual([1, 2, 3]);
    expect(grid.lines.some((l) => l.cells.some((c) => /Page \d|Roadmaps 2018/.test(c.text)))).toBe(false);
  });
});
