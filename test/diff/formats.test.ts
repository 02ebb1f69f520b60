/**
 * The same edition read from two source formats: the diff of the layout-text output with the PDF
 * rendering (sources/2018/wsis-roadmaps-2018.pdf) finds no change at all. Before issue 15 two
 * activities cells differed: the layout text has a paragraph break there that the PDF reflowed,
 * so one item was two. Items that run together are now cut where an item the document prints
 * on its own starts, so both sources give the same items.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffEditions } from '../../src/diff/edition-diff.js';
import { sha256 } from '../../src/load/source.js';
import { extractRoadmap } from '../../src/pipeline.js';
import type { RoadmapEdition } from '../../src/schema/roadmap.js';

const PDF = 'sources/2018/wsis-roadmaps-2018.pdf';

describe.skipIf(!existsSync(PDF))('the 2018 edition from its layout text and from its PDF', () => {
  it('finds no change, not even in the two reflowed activities paragraphs', async () => {
    const bytes = new Uint8Array(readFileSync(PDF));
    const fromPdf = await extractRoadmap({ path: PDF, bytes, sha256: sha256(bytes), format: 'pdf' }, { edition: '2018' });
    const fromText = JSON.parse(readFileSync('output/2018/roadmap.json', 'utf8')) as RoadmapEdition;
    const diff = diffEditions(fromText, fromPdf);
    expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 61, renamed: 0 });
  });
});
