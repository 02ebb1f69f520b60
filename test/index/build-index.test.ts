/**
 * The index of the bundled 2018 edition: spot checks written by hand from the source's goals
 * and SDG cells, the committed output/2018/index.json reproduced from roadmap.json, and the
 * committed JSON Schema.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/emit/json.js';
import { buildIndex } from '../../src/index/build-index.js';
import { EditionIndexSchema, indexJsonSchema } from '../../src/schema/index.js';
import { RoadmapEditionSchema, type Outcome, type RoadmapEdition } from '../../src/schema/roadmap.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const roadmap = RoadmapEditionSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'output', '2018', 'roadmap.json'), 'utf8')));
const index = buildIndex(roadmap);

const C5 = (ids: string): string[] => ids.split(' ').map((id) => (id.startsWith('w') ? `C5.wsis10.${id.slice(1)}` : `C5.geneva.${id}`));

describe('the index of the 2018 edition', () => {
  it('is the committed output/2018/index.json, and fits its contract', () => {
    expect(toJson(index)).toBe(readFileSync(path.join(ROOT, 'output', '2018', 'index.json'), 'utf8'));
    expect(EditionIndexSchema.safeParse(index).success).toBe(true);
  });

  it('reads the initiatives in the Buenos Aires Action Plan of WTDC-17 and the goals in Connect 2020', () => {
    expect(index.actionPlan).toBe('Buenos Aires Action Plan (WTDC-17)');
    expect(index.strategicPlan).toEqual({ id: 'connect2020', period: [2016, 2019] });
  });

  it('lists who cites SDG target 9.c: every C5 outcome but wsis10 c (4.1, 4.5, 16.2), and C6 c', () => {
    expect(index.sdgTargets.find((t) => t.id === '9.c')).toEqual({
      id: '9.c',
      goal: 9,
      title: 'Significantly increase access to information and communications technology and strive to provide universal and affordable access to the Internet in least developed countries by 2020',
      outcomes: [...C5('A1 A2 B1 B2 B3 B4 B5 C D E F G H I J wa wb wd we wf'), 'C6.geneva.c'],
    });
  });

  it('lists SDG goal 9 as listed (C2) and as implied by its targets (C5, C6)', () => {
    const goal9 = index.sdgGoals.find((g) => g.id === 9)!;
    expect(goal9.outcomes).toEqual(['C2.geneva.A', 'C2.geneva.B', 'C2.geneva.C', 'C2.geneva.D', 'C2.geneva.H', 'C2.geneva.I', 'C2.geneva.J', 'C2.geneva.K', 'C2.geneva.L', 'C2.wsis10.b', 'C2.wsis10.c']);
    expect(goal9.viaTargets).toEqual([...C5('A1 A2 B1 B2 B3 B4 B5 C D E F G H I J wa wb wd we wf'), 'C6.geneva.c', 'C6.geneva.d', 'C6.geneva.e', 'C6.wsis10.b', 'C6.wsis10.e']);
  });

  it('lists who cites WTDC Res. 45: the C5 outcomes whose resolutions include the WTDC line', () => {
    expect(index.resolutions.find((r) => r.id === 'WTDC Res. 45 (Rev. Dubai, 2014)')).toEqual({
      id: 'WTDC Res. 45 (Rev. Dubai, 2014)',
      body: 'WTDC',
      number: '45',
      place: 'Dubai',
      year: 2014,
      title: 'Mechanisms for enhancing cooperation on cybersecurity, including countering and combating spam',
      conference: 'WTDC-14 (Dubai, 2014)',
      outcomes: C5('A1 A2 B1 B2 B3 B4 B5 C D E F G H J wa wc wd we'),
      mentionedBy: [],
    });
  });

  it('keeps prose mentions apart from the goals column', () => {
    expect(index.resolutions.find((r) => r.id === 'WTSA Res. 44')).toMatchObject({ outcomes: [], mentionedBy: ['C6.geneva.p'] });
    expect(index.resolutions.find((r) => r.id === 'Council Res. 1305')).toMatchObject({ outcomes: [], mentionedBy: ['C6.geneva.b'] });
    expect(index.resolutions.find((r) => r.id === 'Council Res. 1305 (2009)')).toMatchObject({ outcomes: ['C6.geneva.b', 'C6.geneva.d'], conference: 'C09 (Geneva, 2009)' });
    expect(index.recommendations).toEqual([{ id: 'Rec. 22', body: null, number: '22', mentionedBy: ['C2.geneva.D'] }]);
  });

  it('sorts resolutions by body, then number', () => {
    expect(index.resolutions.map((r) => r.id)).toEqual([
      'Council Res. 1305',
      'Council Res. 1305 (2009)',
      'PP Res. 102',
      'PP Res. 130 (Rev. Busan, 2014)',
      'PP Res. 133',
      'PP Res. 174 (Rev. Busan, 2014)',
      'PP Res. 179 (Rev. Busan, 2014)',
      'WTDC Res. 45 (Rev. Dubai, 2014)',
      'WTDC Res. 67 (Rev. Buenos Aires, 2017)',
      'WTDC Res. 69 (Rev. Buenos Aires, 2017)',
      'WTSA Res. 44',
      'WTSA Res. 50 (Rev. Hammamet, 2016)',
      'WTSA Res. 52 (Rev. Hammamet, 2016)',
      'WTSA Res. 58 (Rev. Dubai, 2012)',
    ]);
  });

  it('lists who cites regional initiative EUR4, with its title in the plan', () => {
    expect(index.regionalInitiatives.find((i) => i.id === 'EUR4')).toEqual({
      id: 'EUR4',
      region: 'Europe',
      title: 'Enhancing trust and confidence in the use of ICTs',
      outcomes: C5('A2 B1 B2 B4 B5 C D G H I wc wd wf'),
    });
    // ARB2 is cited, but the registry does not know the plan's Arab States initiatives
    expect(index.regionalInitiatives.find((i) => i.id === 'ARB2')?.title).toBeNull();
  });

  it('lists who cites ITU strategic goal 3 (Sustainability)', () => {
    expect(index.strategicGoals.find((g) => g.id === 3)).toEqual({
      id: 3,
      title: 'Sustainability',
      outcomes: [
        'C2.geneva.D',
        'C2.geneva.G',
        'C2.wsis10.a',
        'C2.wsis10.b',
        'C2.wsis10.d',
        ...C5('A1 A2 B1 B2 B3 B4 B5 C D E F G H I J wa wb wc wd we wf'),
        'C6.geneva.m',
        'C6.geneva.o',
        'C6.wsis10.d',
      ],
    });
    expect(index.strategicTargets).toEqual([
      { id: '3.1', title: 'Cybersecurity readiness should be improved by 40 per cent by 2020', outcomes: C5('A1 A2 B1 B2 B3 B4 B5 C D E F G H I J wa wb wc wd we wf') },
    ]);
  });

  it('lists the GCA pillars with their names', () => {
    expect(index.gcaPillars.map((p) => [p.id, p.title, p.outcomes.length])).toEqual([
      [1, 'Legal Measures', 9],
      [2, 'Technical and Procedural Measures', 13],
      [3, 'Organizational Structures', 8],
      [4, 'Capacity Building', 10],
      [5, 'International Cooperation', 18],
    ]);
  });
});

describe('buildIndex on a made-up edition', () => {
  const outcome = (key: string, fields: Partial<Outcome>): Outcome =>
    ({
      key,
      actionLine: 'C9',
      section: 'geneva',
      sectionTitle: 'x',
      id: key.slice(-1),
      printedId: null,
      idRepaired: false,
      text: 'x',
      subItems: [],
      timing: null,
      goals: { raw: '', strategicGoals: [], strategicTargets: [], objectives: [], regionalInitiatives: [], gcaPillars: [], resolutions: [] },
      sdgs: { raw: '', goals: [], targets: [] },
      expectedResults: [],
      activities: [],
      mentions: [],
      provenance: { lines: null, pages: null },
      warnings: [],
      ...fields,
    }) as Outcome;

  it('lists an outcome once per reference, keeps unknown bodies last, and names no plan it cannot find', () => {
    const edition: RoadmapEdition = {
      schemaVersion: 1,
      edition: 'x',
      title: 'x',
      source: { path: 'x', sha256: '0'.repeat(64), format: 'text', pages: null },
      warnings: [],
      actionLines: [
        {
          id: 'C9',
          title: 'x',
          note: null,
          columns: [],
          footnotes: [],
          outcomes: [
            outcome('C9.geneva.a', {
              sdgs: { raw: '', goals: [9], targets: ['9.1', '9.c'] },
              mentions: [
                { kind: 'resolution', body: null, number: '5', place: null, year: null, canonical: 'Res. 5', raw: 'Resolution 5', field: 'activities', item: 0 },
                { kind: 'resolution', body: 'PP', number: '130', place: null, year: null, canonical: 'PP Res. 130', raw: 'PP Resolution 130', field: 'activities', item: 1 },
              ],
            }),
            outcome('C9.geneva.b', { goals: { raw: 'Goal 7', strategicGoals: [7], strategicTargets: [], objectives: [], regionalInitiatives: ['AFR3'], gcaPillars: [], resolutions: [] } }),
          ],
        },
      ],
    };
    const built = buildIndex(edition);
    expect(built.sdgGoals).toEqual([
      { id: 9, title: 'Build resilient infrastructure, promote inclusive and sustainable industrialization and foster innovation', outcomes: ['C9.geneva.a'], viaTargets: ['C9.geneva.a'] },
    ]);
    expect(built.resolutions.map((r) => [r.id, r.mentionedBy])).toEqual([
      ['PP Res. 130', ['C9.geneva.a']],
      ['Res. 5', ['C9.geneva.a']],
    ]);
    expect(built.actionPlan).toBeNull();
    expect(built.strategicPlan).toBeNull();
    expect(built.strategicGoals).toEqual([{ id: 7, title: null, outcomes: ['C9.geneva.b'] }]);
    expect(built.regionalInitiatives).toEqual([{ id: 'AFR3', region: 'Africa', title: null, outcomes: ['C9.geneva.b'] }]);
  });
});

describe('schema/index.schema.json', () => {
  it('is the JSON Schema generated from the zod schema (regenerate: roadmap schema index > schema/index.schema.json)', () => {
    expect(readFileSync(path.join(ROOT, 'schema', 'index.schema.json'), 'utf8')).toBe(toJson(indexJsonSchema()));
  });
});
