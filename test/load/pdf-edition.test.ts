/**
 * The bundled edition as a PDF (sources/2018/wsis-roadmaps-2018.pdf, a LibreOffice rendering of
 * the same edition) gives the same roadmap as its layout text: the same outcomes with the same
 * structured fields, texts equal after whitespace folding. The only differences are where the
 * layout text carries structure or garbage the PDF rendering does not.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/load/source.js';
import { extractRoadmap } from '../../src/pipeline.js';
import type { Outcome, RoadmapEdition } from '../../src/schema/roadmap.js';

const PDF = 'sources/2018/wsis-roadmaps-2018.pdf';
let fromPdf: RoadmapEdition;
let fromText: RoadmapEdition;

beforeAll(async () => {
  const bytes = new Uint8Array(readFileSync(PDF));
  fromPdf = await extractRoadmap({ path: PDF, bytes, sha256: sha256(bytes), format: 'pdf' }, { edition: '2018' });
  fromText = JSON.parse(readFileSync('output/2018/roadmap.json', 'utf8'));
});

const outcomes = (edition: RoadmapEdition) => new Map(edition.actionLines.flatMap((a) => a.outcomes).map((o) => [o.key, o]));
/** Texts folded; `raw` (the cell as printed) left out: it differs between renderings by design. */
const comparable = (value: unknown) => JSON.stringify(value, (k, v) => (k === 'raw' ? undefined : typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : v));
const FIELDS: (keyof Outcome)[] = ['id', 'section', 'sectionTitle', 'text', 'subItems', 'timing', 'goals', 'sdgs', 'expectedResults', 'activities'];

/**
 * Where the layout text has a paragraph break (a blank line in the cell) that the PDF rendering
 * reflowed into one paragraph. Since issue 15 the reflowed paragraph is cut where an item the
 * document prints on its own starts, so no field differs any more.
 */
const REFLOWED = new Set<string>();

describe('the 2018 edition read from its PDF rendering', () => {
  it('has the same action lines, columns and outcomes in the same order', () => {
    expect(fromPdf.source).toMatchObject({ format: 'pdf', pages: 28 });
    expect(fromPdf.title).toBe('WSIS Action Lines Roadmaps C2, C5, C6');
    expect(fromPdf.actionLines.map((a) => [a.id, a.title, a.columns])).toEqual(fromText.actionLines.map((a) => [a.id, a.title, a.columns]));
    expect([...outcomes(fromPdf).keys()]).toEqual([...outcomes(fromText).keys()]);
  });

  it('gives every outcome the same fields, apart from the reflowed paragraphs', () => {
    const text = outcomes(fromText);
    const differences: string[] = [];
    for (const [key, outcome] of outcomes(fromPdf)) {
      for (const field of FIELDS) {
        if (comparable(outcome[field]) !== comparable(text.get(key)![field])) differences.push(`${key}.${field}`);
      }
    }
    expect(differences).toEqual([...REFLOWED]);
  });

  it('cuts the reflowed paragraphs into the items the text has (issue 15: run-together items)', () => {
    for (const key of ['C5.geneva.A2', 'C5.geneva.B1']) {
      expect(outcomes(fromPdf).get(key)!.activities).toEqual(outcomes(fromText).get(key)!.activities);
    }
  });

  it('records pages as provenance, and no line numbers', () => {
    const a1 = outcomes(fromPdf).get('C5.geneva.A1')!;
    expect(a1.provenance.lines).toBeNull();
    expect(a1.provenance.pages).toEqual([8, 9]);
    const c6a = outcomes(fromPdf).get('C6.geneva.a')!;
    expect(c6a.provenance.pages!.length).toBeGreaterThan(1);
  });

  it('reads footnotes with glued markers and the repeated header once', () => {
    const c2 = fromPdf.actionLines[0]!;
    expect(c2.footnotes.map((f) => f.marker)).toEqual(['1', '2', '3', '4']);
    expect(c2.footnotes[0]!.text).toMatch(/^WSIS outcomes for each action line will be listed/);
  });

  it('reports the repairs the PDF still needs, with pages', () => {
    const warnings = [...outcomes(fromPdf).values()].flatMap((o) => o.warnings.map((w) => `${o.key} ${w.code} p${w.page}`));
    expect(warnings).toContain('C6.geneva.c id-repaired p18');
    expect(warnings).toContain('C6.geneva.m id-garbled p22');
    expect(warnings.filter((w) => / ghost-line-dropped /.test(w))).toEqual([]);
  });
});
