/**
 * The round trip roadmap.json → Markdown → roadmap.json, and what it must keep. Everything that
 * describes the roadmap comes back equal. What describes the source does not, by design:
 * - `source` (path, checksum, format, pages): the Markdown is another file; likewise the
 *   optional `coverage` (source lines accounted for) and `corrections` (corrections applied to
 *   the source: the export writes their result);
 * - `provenance` of each outcome: its lines are lines of the Markdown file;
 * - `warnings`, document-level and per outcome: they report what was guessed while reading
 *   the first source (an id repaired, a ghost line dropped, a split title); the export writes
 *   the result of those guesses, so they are not guessed again. Warnings about the content
 *   itself (an SDG id that is no target, a missing timing) do come back, as they should;
 * - `printedId` / `idRepaired`: the export writes the intended id, so after the round trip
 *   `printedId` is the id and `idRepaired` is false.
 */
import { roadmapToMarkdown } from '../../src/export/markdown.js';
import { sha256 } from '../../src/load/source.js';
import { extractRoadmap } from '../../src/pipeline.js';
import type { RoadmapEdition } from '../../src/schema/roadmap.js';

export async function ingestMarkdown(markdown: string, edition: string): Promise<RoadmapEdition> {
  const bytes = new TextEncoder().encode(markdown);
  return extractRoadmap({ path: `${edition}.md`, bytes, sha256: sha256(bytes), format: 'markdown' }, { edition });
}

export async function roundTrip(edition: RoadmapEdition): Promise<RoadmapEdition> {
  return ingestMarkdown(roadmapToMarkdown(edition), edition.edition);
}

/**
 * What describes the roadmap: the edition's name and title and its action lines, every outcome
 * field but provenance and warnings, ids as the export writes them. The edition's other fields
 * (source, warnings, and the optional coverage and corrections) describe the source and how it
 * was read. `mentions` is optional in the contract (an older roadmap.json lacks it): it is
 * compared only when `reference` has it.
 */
export function roadmapContent(edition: RoadmapEdition, reference: RoadmapEdition = edition): unknown {
  const hasMentions = reference.actionLines.some((a) => a.outcomes.some((o) => 'mentions' in o));
  return {
    schemaVersion: edition.schemaVersion,
    edition: edition.edition,
    title: edition.title,
    actionLines: edition.actionLines.map((actionLine) => ({
      ...actionLine,
      outcomes: actionLine.outcomes.map((outcome) => {
        const { provenance: _provenance, warnings: _w, printedId: _p, idRepaired: _r, ...content } = outcome;
        const kept: Record<string, unknown> = { ...content, printedId: outcome.id, idRepaired: false };
        if (!hasMentions) delete kept.mentions;
        return kept;
      }),
    })),
  };
}
