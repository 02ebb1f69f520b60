/**
 * Corrections: applied after extraction and recorded; stale ones are warnings; invalid files are
 * rejected with one line naming the file.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCorrections, readCorrections } from '../../src/corrections/index.js';
import { diffEditions } from '../../src/diff/edition-diff.js';
import { InputError } from '../../src/errors.js';
import { CorrectionsFileSchema, type Correction } from '../../src/schema/corrections.js';
import { run } from '../cli/run.js';
import { edition2018, outcome } from '../diff/editions.js';

const FILE = 'sources/2018/corrections.json';
const corrections = (list: unknown[]): Correction[] => CorrectionsFileSchema.parse({ corrections: list }).corrections;

describe('applying corrections', () => {
  const list = corrections([
    { op: 'set', key: 'C2.geneva.B', field: 'timing', value: { raw: '2016-2021', from: 2016, to: 2021 }, reason: 'the PDF prints 2021; the text export lost the digit' },
    { op: 'replace', key: 'C2.geneva.H', field: 'text', find: 'making available adequate', replace: 'making adequate', reason: 'a line repeated by the converter' },
    { op: 'add', key: 'C5.geneva.A1', field: 'sdgs.targets', items: ['17.9', '1.4'], reason: 'target 17.9 is in the PDF cell' },
    { op: 'remove', key: 'C5.geneva.A1', field: 'sdgs.targets', items: ['4.1'], reason: '4.1 belongs to the row below' },
    { op: 'remove', key: 'C5.geneva.A1', field: 'goals.resolutions', items: ['WTDC Res. 45 (Rev. Dubai, 2014)'], reason: 'revised in Kigali' },
    { op: 'add', key: 'C5.geneva.A1', field: 'goals.resolutions', items: ['WTDC Res. 45 (Rev. Kigali, 2022)'], reason: 'revised in Kigali' },
    { op: 'set', key: 'C5.geneva.E', field: 'goals.regionalInitiatives', value: ['CIS3', 'ARB2', 'AFR3'], reason: 'ARB2 was cut off at the page break' },
    { op: 'drop', key: 'C6.wsis10.f', reason: 'a duplicate of C6.wsis10.e in this export' },
    { op: 'add-outcome', key: 'C2.geneva.M', outcome: { text: 'Promote  community networks', timing: { raw: '2018', from: 2018, to: 2018 }, sdgs: { goals: [9, 1] } }, reason: 'the last row was lost' },
  ]);
  const corrected = applyCorrections(edition2018(), list, FILE);

  it('changes exactly what the corrections say: the diff with the extraction shows those edits only', () => {
    const changes = diffEditions(edition2018(), corrected).outcomes.filter((o) => o.status !== 'unchanged');
    expect(changes.map((o) => `${o.status} ${o.fromKey ?? '-'} → ${o.toKey ?? '-'}: ${o.fields.map((f) => f.field).join(', ')}`)).toEqual([
      'changed C2.geneva.B → C2.geneva.B: timing',
      'changed C2.geneva.H → C2.geneva.H: text',
      'added - → C2.geneva.M: ',
      'changed C5.geneva.A1 → C5.geneva.A1: goals.resolutions, sdgs.targets',
      'changed C5.geneva.E → C5.geneva.E: goals.regionalInitiatives',
      'removed C6.wsis10.f → -: ',
    ]);
    expect(outcome(corrected, 'C2.geneva.H').text).toBe('Undertake international research and development efforts aimed at making adequate and affordable ICT equipment for end users');
    expect(outcome(corrected, 'C5.geneva.A1').sdgs.targets.slice(-3)).toEqual(['16.2', '17.8', '17.9']);
    expect(outcome(corrected, 'C5.geneva.A1').sdgs.targets).not.toContain('4.1');
    expect(outcome(corrected, 'C5.geneva.A1').goals.resolutions.map((r) => r.canonical).filter((c) => c.startsWith('WTDC'))).toEqual([
      'WTDC Res. 45 (Rev. Kigali, 2022)',
      'WTDC Res. 67 (Rev. Buenos Aires, 2017)',
      'WTDC Res. 69 (Rev. Buenos Aires, 2017)',
    ]);
    expect(outcome(corrected, 'C5.geneva.E').goals.regionalInitiatives).toEqual(['AFR3', 'ARB2', 'CIS3']);
  });

  it('adds a lost outcome in its place in the section, with what is known and the rest empty', () => {
    const c2 = corrected.actionLines[0]!.outcomes.map((o) => o.key);
    expect(c2.indexOf('C2.geneva.M')).toBe(c2.indexOf('C2.geneva.L') + 1);
    expect(outcome(corrected, 'C2.geneva.M')).toEqual({
      key: 'C2.geneva.M',
      actionLine: 'C2',
      section: 'geneva',
      sectionTitle: outcome(corrected, 'C2.geneva.L').sectionTitle,
      id: 'M',
      printedId: null,
      idRepaired: false,
      text: 'Promote community networks',
      subItems: [],
      timing: { raw: '2018', from: 2018, to: 2018 },
      goals: { raw: '', strategicGoals: [], strategicTargets: [], objectives: [], regionalInitiatives: [], gcaPillars: [], resolutions: [] },
      sdgs: { raw: '', goals: [1, 9], targets: [] },
      expectedResults: [],
      activities: [],
      provenance: { lines: null, pages: null },
      warnings: [],
    });
  });

  it('records each applied correction, in file order, with its reason', () => {
    expect(corrected.corrections).toEqual([
      { key: 'C2.geneva.B', field: 'timing', op: 'set', reason: 'the PDF prints 2021; the text export lost the digit' },
      { key: 'C2.geneva.H', field: 'text', op: 'replace', reason: 'a line repeated by the converter' },
      { key: 'C5.geneva.A1', field: 'sdgs.targets', op: 'add', reason: 'target 17.9 is in the PDF cell' },
      { key: 'C5.geneva.A1', field: 'sdgs.targets', op: 'remove', reason: '4.1 belongs to the row below' },
      { key: 'C5.geneva.A1', field: 'goals.resolutions', op: 'remove', reason: 'revised in Kigali' },
      { key: 'C5.geneva.A1', field: 'goals.resolutions', op: 'add', reason: 'revised in Kigali' },
      { key: 'C5.geneva.E', field: 'goals.regionalInitiatives', op: 'set', reason: 'ARB2 was cut off at the page break' },
      { key: 'C6.wsis10.f', field: null, op: 'drop', reason: 'a duplicate of C6.wsis10.e in this export' },
      { key: 'C2.geneva.M', field: null, op: 'add-outcome', reason: 'the last row was lost' },
    ]);
    expect(corrected.warnings).toEqual(edition2018().warnings);
  });

  it('warns about corrections that no longer apply, and records only the ones applied', () => {
    const a = outcome(edition2018(), 'C2.geneva.A');
    const stale = applyCorrections(
      edition2018(),
      corrections([
        { op: 'set', key: 'C2.geneva.Z', field: 'timing', value: null, reason: 'r1' },
        { op: 'set', key: 'C2.geneva.A', field: 'timing', value: a.timing, reason: 'r2' },
        { op: 'set', key: 'C2.geneva.A', field: 'text', value: ` ${a.text.replace(/ /g, '  ')}`, reason: 'r3' },
        { op: 'add', key: 'C5.geneva.A1', field: 'sdgs.targets', items: ['4.1'], reason: 'r4' },
        { op: 'remove', key: 'C5.geneva.A1', field: 'goals.strategicGoals', items: [1], reason: 'r5' },
        { op: 'replace', key: 'C2.geneva.A', field: 'text', find: 'no such words', replace: 'other words', reason: 'r6' },
        { op: 'replace', key: 'C2.geneva.A', field: 'text', find: 'enabling environment', replace: 'competitive environment', reason: 'r7' },
        { op: 'add-outcome', key: 'C2.geneva.A', outcome: { text: 'x' }, reason: 'r8' },
        { op: 'drop', key: 'C6.wsis10.f', reason: 'r9' },
        { op: 'drop', key: 'C6.wsis10.f', reason: 'r10' },
      ]),
      FILE,
    );
    expect(stale.corrections).toEqual([{ key: 'C6.wsis10.f', field: null, op: 'drop', reason: 'r9' }]);
    const added = stale.warnings.slice(edition2018().warnings.length);
    expect(added.every((w) => w.code === 'correction-stale' && w.line === null && w.page === null)).toBe(true);
    expect(added.map((w) => w.message)).toEqual([
      `correction 1 (set timing of C2.geneva.Z): the outcome is gone; remove it`,
      `correction 2 (set timing of C2.geneva.A): the timing is already this; remove it`,
      `correction 3 (set text of C2.geneva.A): the text is already this; remove it`,
      `correction 4 (add sdgs.targets of C5.geneva.A1): the list already has these items; remove it`,
      `correction 5 (remove goals.strategicGoals of C5.geneva.A1): the list has none of these items; remove it`,
      `correction 6 (replace text of C2.geneva.A): the text to replace is not there; remove it`,
      `correction 7 (replace text of C2.geneva.A): the text already reads so; remove it`,
      `correction 8 (add-outcome C2.geneva.A): the outcome is already there; remove it`,
      `correction 10 (drop C6.wsis10.f): the outcome is gone; remove it`,
    ]);
  });

  it('rejects a correction the edition cannot take, naming the corrections file', () => {
    const noLine = () => applyCorrections(edition2018(), corrections([{ op: 'add-outcome', key: 'C9.geneva.A', outcome: { text: 'x' }, reason: 'r' }]), FILE);
    expect(noLine).toThrow(new InputError(FILE, 'cannot add outcome C9.geneva.A: the edition has no action line C9'));
    const noSection = () => applyCorrections(edition2018(), corrections([{ op: 'add-outcome', key: 'C2.wsis20.a', outcome: { text: 'x' }, reason: 'r' }]), FILE);
    expect(noSection).toThrow(/section "wsis20" has no outcome yet, so give its sectionTitle/);
    const titled = applyCorrections(edition2018(), corrections([{ op: 'add-outcome', key: 'C2.wsis20.a', outcome: { text: 'x', sectionTitle: 'WSIS+20' }, reason: 'r' }]), FILE);
    expect(titled.actionLines[0]!.outcomes.at(-1)).toMatchObject({ key: 'C2.wsis20.a', sectionTitle: 'WSIS+20' });
  });
});

describe('reading a corrections file', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-corrections-'));
  const write = (name: string, content: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  const problem = async (content: string) => {
    const file = write('corrections.json', content);
    const error = await readCorrections(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe(file);
    return (error as InputError).message;
  };

  it('gives null when there is no file', async () => {
    expect(await readCorrections(path.join(dir, 'none.json'))).toBeNull();
  });

  it('rejects a file that is not JSON or breaks the schema, saying where', async () => {
    expect(await problem('{"corrections": [')).toMatch(/^not JSON \(/);
    expect(await problem('[]')).toMatch(/^does not match the corrections file format at \(root\): /);
    expect(await problem('{"corrections": [{"op": "rename", "key": "C2.geneva.A", "reason": "r"}]}')).toMatch(/^does not match the corrections file format at \/corrections\/0\/op: /);
    expect(await problem('{"corrections": [{"op": "drop", "key": "C2.geneva.A"}]}')).toMatch(/^does not match the corrections file format at \/corrections\/0\/reason: /);
    expect(await problem('{"corrections": [{"op": "drop", "key": "C2.geneva.A", "reason": "  "}]}')).toMatch(/at \/corrections\/0\/reason: say why$/);
    expect(await problem('{"corrections": [{"op": "drop", "key": "A", "reason": "r"}]}')).toMatch(/at \/corrections\/0\/key: an outcome key such as "C2\.geneva\.A"$/);
    expect(await problem('{"corrections": [{"op": "add", "key": "C2.geneva.A", "field": "sdgs.targets", "items": ["17.0x"], "reason": "r"}]}')).toMatch(
      /at \/corrections\/0\/items\/0: /,
    );
    expect(await problem('{"corrections": [{"op": "set", "key": "C2.geneva.A", "field": "timing", "value": "2016", "reason": "r"}]}')).toMatch(/at \/corrections\/0\/value: /);
    expect(await problem('{"corrections": [{"op": "set", "key": "C2.geneva.A", "field": "provenance", "value": null, "reason": "r"}]}')).toMatch(/at \/corrections\/0\/field: /);
    expect(await problem('{"corrections": [{"op": "add", "key": "C2.geneva.A", "field": "goals.resolutions", "items": ["Resolution of the meeting"], "reason": "r"}]}')).toMatch(
      /at \/corrections\/0\/items\/0: "Resolution of the meeting" is not one resolution reference/,
    );
    expect(await problem('{"corrections": [], "extra": 1}')).toMatch(/^does not match the corrections file format at \(root\): /);
  });
});

describe('roadmap ingest with corrections.json beside the source', () => {
  const slice = path.join(import.meta.dirname, '..', '..', 'fixtures', 'c2-a-single-line-bullets', 'input.txt');

  function sourceWith(corrections: string | null): { file: string; out: string } {
    const work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-corrections-ingest-'));
    const file = path.join(work, 'sources', '2099', 'roadmap.txt');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, readFileSync(slice));
    if (corrections !== null) writeFileSync(path.join(work, 'sources', '2099', 'corrections.json'), corrections);
    return { file, out: path.join(work, 'out') };
  }

  it('applies them, records them in roadmap.json, and prints stale ones as warnings', async () => {
    const { file, out } = sourceWith(
      JSON.stringify({
        corrections: [
          { op: 'set', key: 'C2.geneva.A', field: 'timing', value: { raw: '2016-2020', from: 2016, to: 2020 }, reason: 'the PDF says 2020' },
          { op: 'drop', key: 'C2.geneva.B', reason: 'no longer extracted' },
        ],
      }),
    );
    const result = await run('ingest', file, '--out', out, '--verbose');
    expect(result.code).toBe(0);
    const roadmap = JSON.parse(readFileSync(path.join(out, '2099', 'roadmap.json'), 'utf8'));
    expect(roadmap.actionLines[0].outcomes[0].timing).toEqual({ raw: '2016-2020', from: 2016, to: 2020 });
    expect(roadmap.corrections).toEqual([{ key: 'C2.geneva.A', field: 'timing', op: 'set', reason: 'the PDF says 2020' }]);
    const correctionsFile = path.join(path.dirname(file), 'corrections.json');
    expect(result.stderr).toEqual([`${correctionsFile}: warning correction-stale: correction 2 (drop C2.geneva.B): the outcome is gone; remove it`]);
    expect((await run('validate', path.join(out, '2099', 'roadmap.json'))).code).toBe(0);
  });

  it('leaves the roadmap as extracted, without a corrections field, when there is no file', async () => {
    const { file, out } = sourceWith(null);
    expect((await run('ingest', file, '--out', out)).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, '2099', 'roadmap.json'), 'utf8'))).not.toHaveProperty('corrections');
  });

  it('fails on an invalid corrections file with one line naming it, and writes nothing', async () => {
    const { file, out } = sourceWith('{"corrections": [{"op": "drop", "key": "C2.geneva.A"}]}');
    const result = await run('ingest', file, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toEqual([`roadmap: ${path.join(path.dirname(file), 'corrections.json')}: does not match the corrections file format at /corrections/0/reason: Invalid input: expected string, received undefined`]);
    expect(() => readdirSync(out)).toThrow();
  });
});
