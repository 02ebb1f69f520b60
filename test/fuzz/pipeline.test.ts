/**
 * The whole pipeline fuzzed with fast-check on random text documents, as bytes: roadmap-like
 * lines with LF, CRLF or CR line ends, a BOM or not, UTF-8 or Windows-1252; and on the real
 * slices in fixtures/ with a few random edits (lines dropped, repeated, swapped, joined or split,
 * tabs lost or gained, stray marks, cut-off lines). Each call returns a
 * roadmap that satisfies the contract (the same one when run again), or reports an InputError
 * about the input; it never throws anything else, and never blames the input for a contract
 * breach of its own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WARNING_CODES } from '../../src/diagnostics.js';
import { toJson } from '../../src/emit/json.js';
import { RoadmapEditionSchema } from '../../src/schema/roadmap.js';
import { extract } from '../hostile/helpers.js';
import { mutated, roadmapLines, RUNS } from './arbitraries.js';

const CODES = Object.keys(WARNING_CODES);

/** What an InputError may say about a text source: the input's fault, never the extractor's. */
const INPUT_PROBLEMS = [/: the file is empty$/, /: not a text file \(/, /: the file is UTF-16 text/, /: no roadmap table found /, /:\d+: line too long /];

/** Windows-1252 bytes where every character fits one (Latin-1 range), else null. */
function latin1(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff || (code >= 0x80 && code < 0xa0)) return null;
    bytes[i] = code;
  }
  return bytes;
}

const document = fc
  .tuple(roadmapLines, fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), fc.constantFrom('utf-8', 'windows-1252'))
  .map(([lines, end, bom, encoding]) => {
    const text = lines.join(end);
    const bytes = (encoding === 'windows-1252' ? latin1(text) : null) ?? new TextEncoder().encode(text);
    return bom && encoding === 'utf-8' ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
  });

/** A valid roadmap (the same bytes again when `repeat`), or an InputError that blames the input. */
async function expectRoadmapOrInputError(bytes: Uint8Array, repeat: boolean): Promise<void> {
  const first = await extract(bytes);
  if (first.error) {
    const message = first.error.describe();
    expect(INPUT_PROBLEMS.some((p) => p.test(message)), message).toBe(true);
    return;
  }
  const roadmap = first.roadmap;
  expect(RoadmapEditionSchema.safeParse(roadmap).success).toBe(true);
  const warnings = [...roadmap.warnings, ...roadmap.actionLines.flatMap((a) => a.outcomes.flatMap((o) => o.warnings))];
  for (const w of warnings) expect(CODES).toContain(w.code);
  const keys = roadmap.actionLines.flatMap((a) => a.outcomes.map((o) => o.key));
  expect(new Set(keys).size).toBe(keys.length);
  if (!repeat) return;
  const again = await extract(bytes);
  expect(again.roadmap && toJson(again.roadmap)).toBe(toJson(roadmap));
}

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures');
const slices = readdirSync(FIXTURES)
  .filter((name) => existsSync(path.join(FIXTURES, name, 'input.txt')))
  .sort()
  .map((name) => readFileSync(path.join(FIXTURES, name, 'input.txt'), 'utf8').split('\n'));

describe('extractRoadmap on random text documents', () => {
  it('returns a valid, repeatable roadmap or an InputError about the input', async () => {
    await fc.assert(fc.asyncProperty(document, (bytes) => expectRoadmapOrInputError(bytes, true)), { seed: 301, numRuns: RUNS });
  });

  it('does the same on real roadmap slices with random edits', async () => {
    expect(slices.length).toBeGreaterThanOrEqual(12);
    const edited = fc.constantFrom(...slices).chain(mutated).map((lines) => new TextEncoder().encode(lines.join('\n')));
    await fc.assert(fc.asyncProperty(edited, (bytes) => expectRoadmapOrInputError(bytes, false)), { seed: 302, numRuns: RUNS });
  });
});
