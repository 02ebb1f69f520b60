/**
 * Hand-written fixtures (fixtures/<name>/): each input.txt (or input.md) is a slice of a real roadmap, each
 * expected.json the outcomes a person wrote down by reading it. The pipeline must reproduce
 * every field; warnings are compared by code and line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../src/load/source.js';
import { extractRoadmap } from '../src/pipeline.js';
import type { Outcome } from '../src/schema/roadmap.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');

interface ExpectedOutcome extends Omit<Outcome, 'warnings'> {
  warnings: { code: string; line: number | null }[];
}

const byLineThenCode = (a: { code: string; line: number | null }, b: { code: string; line: number | null }) =>
  (a.line ?? 0) - (b.line ?? 0) || a.code.localeCompare(b.code);

// A fixture is a folder with an expected.json (fixtures/pdf and fixtures/bad-pdf hold other material).
const names = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(path.join(FIXTURES, e.name, 'expected.json')))
  .map((e) => e.name)
  .sort();

describe('hand-written fixtures', () => {
  it('has at least twelve fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(names)('%s', (name) => {
    // A fixture's input is layout text (input.txt) or a Markdown edition (input.md).
    const inputName = existsSync(path.join(FIXTURES, name, 'input.md')) ? 'input.md' : 'input.txt';
    const input = readFileSync(path.join(FIXTURES, name, inputName));
    const expected = JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8')) as { outcomes: ExpectedOutcome[] };

    it('extracts the outcomes a reader wrote down', async () => {
      const bytes = new Uint8Array(input);
      const format = inputName === 'input.md' ? 'markdown' : 'text';
      const roadmap = await extractRoadmap({ path: `fixtures/${name}/${inputName}`, bytes, sha256: sha256(bytes), format }, { edition: name });
      const outcomes = roadmap.actionLines.flatMap((a) => a.outcomes);
      expect(outcomes.map((o) => o.key)).toEqual(expected.outcomes.map((o) => o.key));
      // Lossless accounting: every non-blank line of the slice went to an outcome row, a part of
      // the document, or was dropped with a warning.
      const accounted = Object.values(roadmap.coverage!.buckets).reduce((n, c) => n + c, 0);
      const nonBlank = new TextDecoder().decode(bytes).split(/\r\n|\r|\n/).filter((l) => l.replace(/[\t ]/g, '') !== '').length;
      // (Layout text: one grid line per source line. Markdown tables give one grid line per cell line.)
      if (format === 'text') expect(roadmap.coverage!.lines).toBe(nonBlank);
      expect(accounted).toBe(roadmap.coverage!.lines);
      for (const [i, want] of expected.outcomes.entries()) {
        const got = outcomes[i]!;
        const { warnings: gotWarnings, ...gotFields } = got;
        const { warnings: wantWarnings, ...wantFields } = want;
        expect(gotFields, `${want.key}`).toEqual(wantFields);
        expect(gotWarnings.map((w) => ({ code: w.code, line: w.line })).sort(byLineThenCode), `${want.key} warnings`).toEqual([...wantWarnings].sort(byLineThenCode));
      }
    });
  });
});
