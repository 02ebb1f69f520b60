/**
 * roadmap.json → Markdown → roadmap.json gives back the same roadmap, apart from the fields that
 * describe the source (see round-trip.ts): on the bundled 2018 edition, and as a property over
 * generated roadmaps.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roadmapToMarkdown } from '../../src/export/markdown.js';
import { RoadmapEditionSchema, type RoadmapEdition, type Warning } from '../../src/schema/roadmap.js';
import { roadmap, withLineBreaks } from './arbitraries.js';
import { ingestMarkdown, roadmapContent, roundTrip } from './round-trip.js';

const ROOT = path.join(import.meta.dirname, '..', '..');

/**
 * Warnings about how the source was laid out or garbled. An exported Markdown edition is laid
 * out cleanly, so reading it back must need none of these guesses.
 */
const LAYOUT_WARNINGS = new Set([
  'id-repaired', 'id-missing', 'id-garbled', 'id-out-of-sequence', 'id-duplicate', 'outcome-split', 'ghost-line-dropped',
  'garbage-dropped', 'section-title-repaired', 'section-title-overlaid', 'section-missing', 'header-junk', 'furniture-dropped',
  'footnote-split', 'line-unclassified', 'columns-unexpected', 'encoding-fallback', 'results-unlabelled',
]);

function allWarnings(edition: RoadmapEdition): Warning[] {
  return [...edition.warnings, ...edition.actionLines.flatMap((a) => a.outcomes.flatMap((o) => o.warnings))];
}

const layoutWarnings = (edition: RoadmapEdition) => allWarnings(edition).filter((w) => LAYOUT_WARNINGS.has(w.code));

describe('Markdown round trip of the bundled 2018 edition', () => {
  const original = RoadmapEditionSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'output', '2018', 'roadmap.json'), 'utf8')));

  it('gives back all 61 outcomes with every field that describes the roadmap', async () => {
    const back = await roundTrip(original);
    expect(back.actionLines.flatMap((a) => a.outcomes)).toHaveLength(61);
    expect(roadmapContent(back, original)).toEqual(roadmapContent(original));
    expect(back.source.format).toBe('markdown');
    // The export wrote the intended ids: nothing is repaired or guessed again.
    expect(layoutWarnings(back)).toEqual([]);
    // Warnings about the content itself come back ("17.0" is still no SDG target).
    const codes = (e: RoadmapEdition, key: string) => e.actionLines.flatMap((a) => a.outcomes).find((o) => o.key === key)!.warnings.map((w) => w.code);
    expect(codes(back, 'C5.geneva.B1')).toContain('sdg-invalid');
    // Provenance points at the Markdown: one table row per outcome.
    const b1 = back.actionLines[1]!.outcomes.find((o) => o.key === 'C5.geneva.B1')!;
    expect(b1.provenance.pages).toBeNull();
    expect(b1.provenance.lines![0]).toBe(b1.provenance.lines![1]);
  });

  it('exports the round-tripped roadmap to the same Markdown, byte for byte', async () => {
    const markdown = roadmapToMarkdown(original);
    const back = await ingestMarkdown(markdown, original.edition);
    expect(roadmapToMarkdown(back)).toBe(markdown);
  });
});

describe('Markdown round trip of generated roadmaps', () => {
  it('property: reading the export gives back the roadmap, also when its texts hold line breaks (read back as spaces)', async () => {
    await fc.assert(
      fc.asyncProperty(roadmap, fc.nat(), async (original, seed) => {
        RoadmapEditionSchema.parse(original);
        const back = await ingestMarkdown(roadmapToMarkdown(withLineBreaks(original, seed)), original.edition);
        // A line that looks like an OCR copy of the line above is dropped by the rows stage even
        // in Markdown (reported to its owners); with eight-word lines this is about 1 in 4000 runs.
        fc.pre(!allWarnings(back).some((w) => w.code === 'ghost-line-dropped'));
        expect(roadmapContent(back, original)).toEqual(roadmapContent(original));
        expect(layoutWarnings(back)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
