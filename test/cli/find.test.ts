/**
 * `roadmap find` and `roadmap stats` on the committed 2018 edition (output/2018). The expected
 * keys are read by hand from the source's goals and SDG cells; the counts of `stats` too.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const OUT = path.join(ROOT, 'output');

const C5 = (ids: string): string[] => ids.split(' ').map((id) => (id.startsWith('w') ? `C5.wsis10.${id.slice(1)}` : `C5.geneva.${id}`));

/** The keys `find --json` lists; exit 0 with a match, 1 without, and stderr empty either way. */
async function keysFound(...args: string[]): Promise<string[]> {
  const result = await run('find', ...args, '--out', OUT, '--json');
  const keys = (JSON.parse(result.stdout.join('\n')) as { outcomes: { key: string }[] }).outcomes.map((o) => o.key);
  expect(result.code).toBe(keys.length > 0 ? 0 : 1);
  expect(result.stderr).toEqual([]);
  return keys;
}

describe('roadmap find', () => {
  it('lists the outcomes citing SDG target 9.c as a table: key, id, first words of the text', async () => {
    const result = await run('find', '--sdg', '9.c', '--out-dir', OUT);
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toBe('KEY           ID  TEXT');
    expect(result.stdout[1]).toBe('C5.geneva.A1  A1  Promote cooperation among the governments at the United Nations and with all …');
    expect(result.stdout.at(-1)).toBe('C6.geneva.c   c   Governments are invited to: i. facilitate the establishment of national and regional …');
    expect(result.stdout).toHaveLength(22);
  });

  it.each<[string[], string[]]>([
    [['--sdg', '9.c'], [...C5('A1 A2 B1 B2 B3 B4 B5 C D E F G H I J wa wb wd we wf'), 'C6.geneva.c']],
    // every revision of WTDC Res. 45, or the one named
    [['--resolution', 'WTDC Res. 45'], C5('A1 A2 B1 B2 B3 B4 B5 C D E F G H J wa wc wd we')],
    [['--resolution', 'WTDC Resolution 45 (Rev. Dubai, 2014)'], C5('A1 A2 B1 B2 B3 B4 B5 C D E F G H J wa wc wd we')],
    [['--resolution', 'WTDC Res. 45 (Rev. Hammamet, 2016)'], []],
    // a bare number: the goals column of C6 b and d, and the prose of C6 b
    [['--resolution', '1305'], ['C6.geneva.b', 'C6.geneva.d']],
    [['--resolution', 'WTSA Res. 44'], ['C6.geneva.p']],
    [['--initiative', 'EUR4'], C5('A2 B1 B2 B4 B5 C D G H I wc wd wf')],
    [['--initiative', 'eur4'], C5('A2 B1 B2 B4 B5 C D G H I wc wd wf')],
    [['--initiative', 'AFR9'], []],
    [['--goal', '3'], ['C2.geneva.D', 'C2.geneva.G', 'C2.wsis10.a', 'C2.wsis10.b', 'C2.wsis10.d', ...C5('A1 A2 B1 B2 B3 B4 B5 C D E F G H I J wa wb wc wd we wf'), 'C6.geneva.m', 'C6.geneva.o', 'C6.wsis10.d']],
    // several selectors: both must hold (wsis10 c cites EUR4 but no target of goal 9)
    [['--sdg', '9', '--initiative', 'EUR4'], C5('A2 B1 B2 B4 B5 C D G H I wd wf')],
  ])('find %j', async (args, keys) => {
    expect(await keysFound(...args)).toEqual(keys);
  });

  it('says how each outcome cites it in --json, with the whole text', async () => {
    const result = await run('find', '--resolution', '1305', '--out-dir', OUT, '--json');
    const json = JSON.parse(result.stdout.join('\n')) as { edition: string; outcomes: { key: string; text: string; via: string[] }[] };
    expect(json.edition).toBe('2018');
    expect(json.outcomes.map((o) => [o.key, o.via])).toEqual([
      ['C6.geneva.b', ['goals.resolutions', 'mentions']],
      ['C6.geneva.d', ['goals.resolutions']],
    ]);
    // Source line 294, whole; C6 b runs over lines 278-290 and ends with its bracketed item iv.
    expect(json.outcomes[1]).toEqual({ key: 'C6.geneva.d', id: 'd', actionLine: 'C6', text: 'In cooperation with the relevant stakeholders, promote regional root servers and the use of internationalized domain names in order to overcome barriers to access.', via: ['goals.resolutions'] });
    expect(json.outcomes[0]!.text).toMatch(/^We ask the Secretary General of the United Nations to set up a working group .* in Tunis in 2005\.\]$/);
    expect(result.stdout.join('\n')).not.toContain('…');
  });

  it('exits 1 when nothing matches, saying so on stderr', async () => {
    const result = await run('find', '--initiative', 'AFR9', '--out', OUT);
    expect(result).toEqual({ code: 1, stdout: [], stderr: ['roadmap: no outcome of edition 2018 matches'] });
  });

  it.each<[string[], RegExp]>([
    [[], /needs at least one of --sdg, --resolution, --initiative, --goal/],
    [['--sdg', '17.0'], /--sdg 17\.0: not an SDG goal/],
    [['--sdg', '18'], /--sdg 18: not an SDG goal/],
    [['--resolution', 'see annex'], /not a resolution reference/],
    [['--initiative', 'Europe'], /not a regional initiative code/],
    [['--goal', 'three'], /not an ITU strategic goal number/],
  ])('refuses %j as a usage error (exit 2)', async (args, message) => {
    const result = await run('find', ...args, '--out-dir', OUT);
    expect(result.code).toBe(2);
    expect(result.stderr.join('\n')).toMatch(message);
  });

  it('names the folder when there is no edition, several, or no index.json', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-find-'));
    try {
      const missing = await run('find', '--goal', '3', '--out-dir', path.join(work, 'nothing'));
      expect(missing.code).toBe(1);
      expect(missing.stderr).toEqual([`roadmap: ${path.join(work, 'nothing')}: no such file or folder (run roadmap ingest first, or check --out)`]);

      mkdirSync(path.join(work, 'out', 'a'), { recursive: true });
      mkdirSync(path.join(work, 'out', 'b'), { recursive: true });
      cpSync(path.join(OUT, '2018', 'roadmap.json'), path.join(work, 'out', 'a', 'roadmap.json'));
      cpSync(path.join(OUT, '2018', 'roadmap.json'), path.join(work, 'out', 'b', 'roadmap.json'));
      const several = await run('find', '--goal', '3', '--out-dir', path.join(work, 'out'));
      expect(several.code).toBe(2);
      expect(several.stderr).toEqual([`roadmap: ${path.join(work, 'out')} holds several editions (a, b): choose one with --edition`]);

      const noIndex = await run('find', '--goal', '3', '--out-dir', path.join(work, 'out'), '--edition', 'a');
      expect(noIndex.code).toBe(1);
      expect(noIndex.stderr).toEqual([`roadmap: ${path.join(work, 'out', 'a', 'index.json')}: no such file or folder (run roadmap ingest to write it)`]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('roadmap stats', () => {
  // C2: 16 outcomes listing goals (B lists all 17), no resolutions, 3 warnings (wsis10 a: 2; D: 1).
  // C5: 21 outcomes whose targets fall in goals 1, 4, 5, 7, 9, 11, 16, 17; PP 130, 174, 179,
  // WTDC 45, 67, 69, WTSA 50, 52, 58. C6: 24 outcomes, goals 2, 4, 5, 8, 9, 10, 11, 16, 17;
  // Council 1305 (2009), PP 102, 133. The edition adds 7 document-level warnings.
  it('prints per action line: outcomes, SDG goals covered, resolutions cited, warnings', async () => {
    const result = await run('stats', '--out-dir', OUT);
    expect(result.code).toBe(0);
    expect(result.stdout).toEqual([
      'edition 2018',
      'ACTION LINE  OUTCOMES  SDG GOALS  RESOLUTIONS  WARNINGS',
      'C2           16        17         0            3',
      'C5           21        8          9            16',
      'C6           24        9          3            13',
      'all          61        17         12           39',
    ]);
  });

  it('prints JSON with --json', async () => {
    const result = await run('stats', '--out-dir', OUT, '--edition', '2018', '--json');
    expect(JSON.parse(result.stdout.join('\n')).actionLines[1]).toEqual({ actionLine: 'C5', outcomes: 21, sdgGoals: 8, resolutions: 9, warnings: 16 });
  });
});

describe('roadmap ingest writes index.json', () => {
  it('beside roadmap.json, for find to read (the C5 I/H slice: WTSA Res. 50 and EUR4)', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-index-'));
    try {
      mkdirSync(path.join(work, 'sources', 'slice'), { recursive: true });
      writeFileSync(path.join(work, 'sources', 'slice', 'roadmap.txt'), readFileSync(path.join(ROOT, 'fixtures', 'c5-i-wrapped-resolutions', 'input.txt')));
      const out = path.join(work, 'out');
      expect((await run('ingest', path.join(work, 'sources'), '--out', out, '--quiet')).code).toBe(0);
      const index = JSON.parse(readFileSync(path.join(out, 'slice', 'index.json'), 'utf8'));
      expect(index.edition).toBe('slice');
      expect(index.resolutions.find((r: { id: string }) => r.id === 'WTSA Res. 50 (Rev. Hammamet, 2016)').outcomes).toEqual(['C5.geneva.H', 'C5.geneva.I']);
      const found = await run('find', '--initiative', 'EUR4', '--resolution', 'WTSA Res. 50', '--out-dir', out);
      expect(found.stdout.map((l) => l.split(/\s+/)[0])).toEqual(['KEY', 'C5.geneva.H', 'C5.geneva.I']);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
