/**
 * validateRoadmap checks meaning as well as shape, and reports every issue with its outcome key and
 * JSON pointer; `roadmap validate` takes several files and --json; a correction is held to the
 * same rules. The editions here are the committed 2018 output with one hand-made fault each.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../src/corrections/apply.js';
import { InputError } from '../../src/errors.js';
import type { RoadmapEdition } from '../../src/schema/roadmap.js';
import { validateRoadmap } from '../../src/validate/validate-roadmap.js';
import { run } from '../cli/run.js';

const ROADMAP = path.join(import.meta.dirname, '..', '..', 'output', '2018', 'roadmap.json');
const edition = (): RoadmapEdition => JSON.parse(readFileSync(ROADMAP, 'utf8')) as RoadmapEdition;

/** C2.geneva.A is the first outcome of the first action line. */
const FIRST = '/actionLines/0/outcomes/0';

describe('validateRoadmap', () => {
  it('finds nothing wrong with the committed edition', () => {
    expect(validateRoadmap(edition()).issues).toEqual([]);
  });

  it('reports every contract breach, each with its pointer and outcome key', () => {
    const broken = edition() as unknown as { actionLines: { outcomes: Record<string, unknown>[] }[] };
    broken.actionLines[0]!.outcomes[0]!.timing = { raw: '2016', from: 'soon', to: 2016 };
    broken.actionLines[1]!.outcomes[2]!.id = 7;
    const report = validateRoadmap(broken);
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => [i.code, i.pointer, i.outcome])).toEqual([
      ['contract', `${FIRST}/timing/from`, 'C2.geneva.A'],
      ['contract', '/actionLines/1/outcomes/2/id', broken.actionLines[1]!.outcomes[2]!.key],
    ]);
  });

  it.each<[string, (e: RoadmapEdition) => void, [string, string][]]>([
    ['SDG target 17.0 (well-formed, not in the registry)', (e) => {
      e.actionLines[0]!.outcomes[0]!.sdgs.targets.push('17.0');
    }, [['sdg-target-unknown', `${FIRST}/sdgs/targets/LAST`]]],
    ['a key that contradicts its action line and section', (e) => {
      e.actionLines[0]!.outcomes[0]!.key = 'C9.foo.A';
    }, [['key-mismatch', `${FIRST}/key`]]],
    ['an outcome listed under another action line', (e) => {
      e.actionLines[0]!.outcomes[0]!.actionLine = 'C5';
      e.actionLines[0]!.outcomes[0]!.key = 'C5.geneva.A';
    }, [['action-line-mismatch', `${FIRST}/actionLine`]]],
    ['a reversed timing the extractor did not report', (e) => {
      e.actionLines[0]!.outcomes[0]!.timing = { raw: '2020-2016', from: 2020, to: 2016 };
    }, [['timing-reversed', `${FIRST}/timing`]]],
    ['a resolution revised at a conference that did not meet that year', (e) => {
      e.actionLines[0]!.outcomes[0]!.goals.resolutions = [{ body: 'PP', number: '102', place: 'Paris', year: 2013, canonical: 'PP Res. 102 (Rev. Paris, 2013)', raw: 'PP Res 102 (Paris, 2013)' }];
    }, [['conference-unknown', `${FIRST}/goals/resolutions/0`]]],
    ['an unsorted and a repeating list', (e) => {
      e.actionLines[0]!.outcomes[0]!.goals.strategicGoals = [3, 1];
      e.actionLines[0]!.outcomes[0]!.sdgs.goals = [9, 9];
    }, [['list-unsorted', `${FIRST}/goals/strategicGoals/0`], ['list-duplicate', `${FIRST}/sdgs/goals/1`]]],
    ['two outcomes with one key', (e) => {
      e.actionLines[0]!.outcomes[1]!.key = e.actionLines[0]!.outcomes[0]!.key;
      e.actionLines[0]!.outcomes[1]!.id = e.actionLines[0]!.outcomes[0]!.id;
    }, [['key-duplicate', '/actionLines/0/outcomes/1/key']]],
  ])('reports %s', (_name, spoil, expected) => {
    const e = edition();
    spoil(e);
    const last = e.actionLines[0]!.outcomes[0]!.sdgs.targets.length - 1;
    const report = validateRoadmap(e);
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => [i.code, i.pointer])).toEqual(expected.map(([code, pointer]) => [code, pointer.replace('LAST', String(last))]));
    expect(report.issues.every((i) => i.outcome !== null && i.message !== '')).toBe(true);
  });

  it('accepts a reversed timing the extractor kept as printed and reported', () => {
    const e = edition();
    const outcome = e.actionLines[0]!.outcomes[0]!;
    outcome.timing = { raw: '2020-2016', from: 2020, to: 2016 };
    outcome.warnings.push({ code: 'timing-reversed', message: 'Timing "2020-2016" ends before it starts; kept as printed.', line: 1, page: null });
    expect(validateRoadmap(e).issues).toEqual([]);
  });
});

describe('roadmap validate', () => {
  it('checks several files, prints every issue, and gives JSON with --json', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-validate-'));
    const bad = edition();
    bad.actionLines[0]!.outcomes[0]!.sdgs.targets.push('17.0');
    bad.actionLines[0]!.outcomes[1]!.timing = { raw: '2020-2016', from: 2020, to: 2016 };
    const badFile = path.join(dir, 'bad.json');
    writeFileSync(badFile, JSON.stringify(bad));
    const text = await run('validate', ROADMAP, badFile);
    expect(text.code).toBe(1);
    expect(text.stdout).toEqual([`${ROADMAP}: valid (schema version 1, edition 2018, 61 outcomes in 3 action lines)`]);
    expect(text.stderr).toHaveLength(3);
    expect(text.stderr[0]).toMatch(/^.*bad\.json: error sdg-target-unknown at \/actionLines\/0\/outcomes\/0\/sdgs\/targets\/\d+ \[C2\.geneva\.A\]: SDG target 17\.0 /);
    expect(text.stderr[2]).toBe(`${badFile}: invalid, 2 issues`);
    const json = await run('validate', ROADMAP, badFile, '--json');
    expect(json.stderr).toEqual([]);
    const parsed = JSON.parse(json.stdout.join('\n')) as { ok: boolean; files: { file: string; valid: boolean; issues: { code: string; outcome: string }[] }[] };
    expect(parsed.ok).toBe(false);
    expect(parsed.files.map((f) => [f.file, f.valid, f.issues.map((i) => [i.code, i.outcome])])).toEqual([
      [ROADMAP, true, []],
      [badFile, false, [['sdg-target-unknown', 'C2.geneva.A'], ['timing-reversed', bad.actionLines[0]!.outcomes[1]!.key]]],
    ]);
    const ignored = await run('validate', badFile, '--ignore', 'sdg-target-unknown,timing-reversed', '-q');
    expect(ignored).toEqual({ code: 0, stdout: [], stderr: [] });
  });
});

describe('corrections are held to the same rules', () => {
  it('adding SDG target 17.0 is an error naming the correction', () => {
    const corrections = [
      { op: 'set' as const, key: 'C2.geneva.A', field: 'timing', value: { raw: '2016-2020', from: 2016, to: 2020 }, reason: 'fine' },
      { op: 'add' as const, key: 'C2.geneva.A', field: 'sdgs.targets' as const, items: ['17.0'], reason: 'a typo' },
    ];
    expect(() => applyCorrections(edition(), corrections, 'sources/2018/corrections.json')).toThrow(InputError);
    try {
      applyCorrections(edition(), corrections, 'sources/2018/corrections.json');
    } catch (error) {
      expect((error as InputError).describe()).toMatch(/^sources\/2018\/corrections\.json: correction 2 \(add sdgs\.targets of C2\.geneva\.A\): SDG target 17\.0 is no official target of goal 17 at \/actionLines\/0\/outcomes\/0\/sdgs\/targets\/\d+$/);
    }
  });

  it('a reversed timing set by a correction is an error too', () => {
    const corrections = [{ op: 'set' as const, key: 'C2.geneva.A', field: 'timing', value: { raw: '2020-2016', from: 2020, to: 2016 }, reason: 'r' }];
    expect(() => applyCorrections(edition(), corrections, 'c.json')).toThrow(/^correction 1 \(set timing of C2\.geneva\.A\): timing 2020–2016 ends before it starts/);
  });
});
