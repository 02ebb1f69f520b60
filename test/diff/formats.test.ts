/**
 * The same edition read from two source formats: the diff of the layout-text output with the PDF
 * rendering (sources/2018/wsis-roadmaps-2018.pdf) finds no change in what the roadmap says. The
 * only difference is the one the PDF loader documents (test/load/pdf-edition.test.ts): two
 * activities cells where the layout text has a paragraph break that the PDF reflowed, so one
 * item there is two here. The diff shows exactly that, as a line break and no changed word.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffEditions } from '../../src/diff/edition-diff.js';
import { sha256 } from '../../src/load/source.js';
import { extractRoadmap } from '../../src/pipeline.js';
import type { RoadmapEdition } from '../../src/schema/roadmap.js';

const PDF = 'sources/2018/wsis-roadmaps-2018.pdf';

describe.skipIf(!existsSync(PDF))('the 2018 edition from its layout text and from its PDF', () => {
  it('differs only in two reflowed activities paragraphs: a line break, no word', async () => {
    const bytes = new Uint8Array(readFileSync(PDF));
    const fromPdf = await extractRoadmap({ path: PDF, bytes, sha256: sha256(bytes), format: 'pdf' }, { edition: '2018' });
    const fromText = JSON.parse(readFileSync('output/2018/roadmap.json', 'utf8')) as RoadmapEdition;
    const diff = diffEditions(fromText, fromPdf);
    expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 2, unchanged: 59, renamed: 0 });
    const changed = diff.outcomes.filter((o) => o.status !== 'unchanged');
    expect(changed.map((o) => [o.fromKey, o.toKey, o.fields.map((f) => f.field)])).toEqual([
      ['C5.geneva.A2', 'C5.geneva.A2', ['activities']],
      ['C5.geneva.B1', 'C5.geneva.B1', ['activities']],
    ]);
    for (const outcome of changed) {
      const ops = outcome.fields[0]!.kind === 'text' ? outcome.fields[0]!.ops : [];
      expect(ops.filter((op) => op.op !== 'equal')).toEqual([{ op: 'delete', text: '\n' }]);
    }
  });
});
