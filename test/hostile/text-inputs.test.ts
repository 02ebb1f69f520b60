/**
 * Hostile and odd text files through the whole pipeline: bytes that are no roadmap text, other
 * encodings and line ends of real roadmap text, and a 20 MB single line. Every call returns a
 * roadmap or throws an InputError naming the file; nothing else.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RoadmapEdition } from '../../src/schema/roadmap.js';
import { run } from '../cli/run.js';
import { extractError, extractOk, outcomesOf, PLAIN_ROW, roadmapText } from './helpers.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const EDITION_2018 = readFileSync(path.join(ROOT, 'sources', '2018', 'wsis-roadmaps-2018.txt'));

/** Big inputs take well under a second; a quadratic step would take minutes. */
const BIG_INPUT_TIMEOUT = 10_000;

describe('bytes that are no roadmap text', () => {
  it.each<[string, Uint8Array | string, RegExp]>([
    ['an empty file', '', /^hostile\.txt: the file is empty$/],
    ['only blank lines and spaces', ' \r\n\t\n\n   \n', /^hostile\.txt: the file is empty$/],
    ['a PNG image (NUL bytes)', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), /^hostile\.txt: not a text file \(it contains NUL bytes/],
    ['control characters without NUL', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), /^hostile\.txt: not a text file \(too many control characters/],
    ['UTF-16 text with its byte order mark', new Uint8Array([0xff, 0xfe, 0x57, 0x00, 0x53, 0x00, 0x49, 0x00, 0x53, 0x00]), /^hostile\.txt: the file is UTF-16 text; save it as UTF-8$/],
    // Not UTF-8, so read as Windows-1252: printable junk, and no table in it.
    ['high bytes only', new Uint8Array(Array.from({ length: 300 }, (_, i) => 0xa0 + (i % 96))), /^hostile\.txt: no roadmap table found/],
    ['prose without a table', 'Minutes of the meeting\n\nThe meeting opened at 10:00.\n', /^hostile\.txt: no roadmap table found/],
    ['a header with no rows', roadmapText(), /^hostile\.txt: no roadmap table found/],
  ])('%s: a clear InputError', async (_name, input, message) => {
    expect(await extractError(input)).toMatch(message);
  });
});

/** Windows-1252 bytes for text, failing on a character the code page does not have. */
function encodeWindows1252(text: string): Uint8Array {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  return new Uint8Array(
    [...text].map((c) => {
      const code = c.codePointAt(0)!;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const k = high.indexOf(c);
      if (k < 0) throw new Error(`${JSON.stringify(c)} is not in Windows-1252`);
      return 0x80 + k;
    }),
  );
}

/** The edition without what differs by design between two encodings of one text. */
function comparable(edition: RoadmapEdition): unknown {
  return { ...edition, source: { ...edition.source, sha256: '(differs)' } };
}

describe('encodings and line ends of real roadmap text', () => {
  // A real slice (C5 H and I, with the en dash of the title's note), with "é" and smart quotes
  // added to outcome I and an en dash in its timing. Its footnote superscripts are dropped: they
  // are not in Windows-1252, and the slice has no footnotes for them to declare.
  const slice = readFileSync(path.join(ROOT, 'fixtures', 'c5-i-wrapped-resolutions', 'input.txt'), 'utf8')
    .replace(/ ?[⁵⁶⁷⁸]/g, '')
    .replace('facilitate online transactions', 'facilitate online transactions (e.g. “e-commerce” in Côte d’Ivoire)')
    .replace('I: Encourage further development of\t2016-2019', 'I: Encourage further development of\t2016–2019');

  it('gives the same outcomes from Windows-1252 as from UTF-8, plus one encoding-fallback warning', async () => {
    const utf8 = await extractOk(slice);
    const cp1252 = await extractOk(encodeWindows1252(slice));
    const [, i] = outcomesOf(utf8);
    expect(i!.text).toBe('Encourage further development of secure and reliable applications to facilitate online transactions (e.g. “e-commerce” in Côte d’Ivoire)');
    expect(i!.timing).toEqual({ raw: '2016–2019', from: 2016, to: 2019 });
    expect(utf8.actionLines[0]!.note).toBe('GCA – Global Cybersecurity Agenda');
    // The slice's section title is split by the converter ("Agenda | ation Society").
    expect(utf8.warnings.map((w) => w.code)).toEqual(['section-title-repaired']);

    const fallback = { code: 'encoding-fallback', message: 'the file is not valid UTF-8; it was decoded as Windows-1252', line: null, page: null };
    expect(cp1252.warnings).toEqual([fallback, ...utf8.warnings]);
    expect(comparable({ ...cp1252, warnings: utf8.warnings })).toEqual(comparable(utf8));
    expect(cp1252.source.sha256).not.toBe(utf8.source.sha256);
  });

  it('reads a UTF-8 byte order mark, CRLF and CR line ends like plain LF (only the checksum differs)', async () => {
    const lf = await extractOk(EDITION_2018);
    expect(outcomesOf(lf)).toHaveLength(61);
    const text = EDITION_2018.toString('utf8');
    const variants = {
      bom: new Uint8Array([0xef, 0xbb, 0xbf, ...EDITION_2018]),
      crlf: text.replace(/\n/g, '\r\n'),
      cr: text.replace(/\n/g, '\r'),
      'bom and crlf': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text.replace(/\n/g, '\r\n'))]),
    };
    for (const [name, input] of Object.entries(variants)) {
      const other = await extractOk(input);
      expect(comparable(other), name).toEqual(comparable(lf));
      expect(other.source.sha256, name).not.toBe(lf.source.sha256);
    }
  });
});

describe('a 20 MB single line', () => {
  it('is refused at once, naming the file and the line', async () => {
    expect(await extractError('x'.repeat(20_000_000))).toBe(
      'hostile.txt:1: line too long (20,000,000 characters, the limit is 1,000,000): layout text has one table line per line',
    );
  }, BIG_INPUT_TIMEOUT);

  it('is refused after a real table too, at its own line', async () => {
    const words = 'Expected Results: Goal 1, Res. 1, (Rev. a. - - '.repeat(420_000);
    expect(await extractError(`${roadmapText(PLAIN_ROW)}\n${words}`)).toMatch(/^hostile\.txt:5: line too long \(19,740,000 characters/);
  }, BIG_INPUT_TIMEOUT);

  it('fails at the command line with one line and exit 1, writing nothing', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-hostile-'));
    const dir = path.join(work, 'sources', 'huge');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'roadmap.txt'), `${roadmapText(PLAIN_ROW)}\n${'a '.repeat(10_000_000)}`);
    const out = path.join(work, 'out');
    const result = await run('ingest', dir, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toEqual([`roadmap: ${path.join(dir, 'roadmap.txt')}:5: line too long (20,000,000 characters, the limit is 1,000,000): layout text has one table line per line`]);
    expect(readdirSync(work)).toEqual(['sources']);
  }, BIG_INPUT_TIMEOUT);

  it('is read when it stays under the limit: a 900,000-character goals cell', async () => {
    const goals = `ITU Strategic Goal 1 ${'Goal 2, 3 and 4 (Target 2.1) '.repeat(30_000)}`;
    const roadmap = await extractOk(roadmapText(`A: Promote e-government\t2016\t${goals}\t16.6\tportals`));
    const [a] = outcomesOf(roadmap);
    expect(a!.goals.strategicGoals).toEqual([1, 2, 3, 4]);
    expect(a!.goals.strategicTargets).toEqual(['2.1']);
  }, BIG_INPUT_TIMEOUT);
});
