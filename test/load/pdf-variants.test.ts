/**
 * The 2018 edition in layouts the PDF loader was not built on (fixtures/pdf/variants, made by
 * scripts/make-pdf-variants.ts from the layout text: portrait and US Letter pages, a serif
 * 11-pt font, rules between rows only, no rules at all, the header printed once, centred
 * labels, narrow and wide columns, a separate id column). Each must give the outcomes of
 * output/2018/roadmap.json: the same keys in the same order, the same structured fields, texts
 * equal after whitespace folding. Where a rendering legitimately reads differently, the
 * difference is listed below with the reason and the exact value expected instead.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/load/source.js';
import { extractRoadmap } from '../../src/pipeline.js';
import type { RoadmapEdition } from '../../src/schema/roadmap.js';
import { comparable, outcomesOf, type Field } from './field-agreement.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const VARIANTS = path.join(ROOT, 'fixtures', 'pdf', 'variants');

/** Each variant and its number of pages (as `qpdf --show-npages` counts them). */
const PAGES: Record<string, number> = {
  'a4-portrait': 25,
  'letter-landscape': 25,
  'serif-11pt': 47,
  'rules-between-rows': 24,
  'no-rules': 24,
  'header-once': 23,
  'centred-labels': 25,
  'narrow-columns': 39,
  'wide-columns': 19,
  'id-column': 25,
};
const NAMES = Object.keys(PAGES);

const expected: RoadmapEdition = JSON.parse(readFileSync(path.join(ROOT, 'output', '2018', 'roadmap.json'), 'utf8'));
const read = new Map<string, RoadmapEdition>();

beforeAll(async () => {
  for (const name of NAMES) {
    const file = path.join(VARIANTS, `${name}.pdf`);
    const bytes = new Uint8Array(readFileSync(file));
    read.set(name, await extractRoadmap({ path: file, bytes, sha256: sha256(bytes), format: 'pdf' }, { edition: '2018' }));
  }
}, 60_000);

const want = outcomesOf(expected);
const wanted = (key: string, field: Field) => comparable(want.get(key)!)[field];

/**
 * Where a rendering legitimately reads differently, per variant: `key.field` → the value expected
 * instead, derived from the layout text's value.
 */
const DIFFERENCES: Record<string, Record<string, () => unknown>> = {
  // The text prints "Sharm el- Sheikh" (a space after the hyphen). These pages wrap the line right
  // after "el-", where the space is invisible, so the hyphen reads as a compound's: "el-Sheikh".
  'letter-landscape': { 'C2.geneva.A.activities': () => (wanted('C2.geneva.A', 'activities') as string[]).map((a) => a.replace('el- Sheikh', 'el-Sheikh')) },
  'centred-labels': {
    'C2.geneva.A.activities': () => (wanted('C2.geneva.A', 'activities') as string[]).map((a) => a.replace('el- Sheikh', 'el-Sheikh')),
  },
  // The paragraph break between the two activities falls on the page break: the second starts at
  // the top of the next page, so no gap shows and the two read as one paragraph.
  'rules-between-rows': { 'C5.geneva.B1.activities': () => [(wanted('C5.geneva.B1', 'activities') as string[]).join(' ')] },
};

/** The header labels as the narrow columns print them: words broken inside ("Propo" / "sed"). */
const NARROW_LABELS = (actionLine: string) => [
  `WSIS Outcomes (WSIS AL ${actionLine})`,
  'Propo sed Timin g',
  'ITU Strategic Goals and Relevant Resolutions',
  'Linkage s with the SDGs',
  'Expected Results of ITU Activities',
];

/** Warning codes about layout: none of these renderings should need such a guess. */
const LAYOUT_CODES = /^(id-|outcome-split|section-|line-unclassified|header-junk|footnote-split|furniture-dropped|garbage-dropped|ghost-line-dropped|page-without-text)/;

describe.each(NAMES)('the 2018 edition rendered as %s', (name) => {
  const edition = () => read.get(name)!;
  const outcome = (key: string) => outcomesOf(edition()).get(key)!;

  it('has the same outcomes in the same order, on the pages of the PDF', () => {
    expect(edition().source).toMatchObject({ format: 'pdf', pages: PAGES[name] });
    expect([...outcomesOf(edition()).keys()]).toEqual([...want.keys()]);
    for (const o of outcomesOf(edition()).values()) {
      const pages = o.provenance.pages!;
      expect(pages.length, o.key).toBeGreaterThan(0);
      expect(pages.every((p, i) => p >= 1 && p <= PAGES[name]! && (i === 0 || p === pages[i - 1]! + 1)), `${o.key} pages ${pages}`).toBe(true);
    }
  });

  it('gives every outcome the same fields, apart from the listed differences', () => {
    const differences = DIFFERENCES[name] ?? {};
    const found: string[] = [];
    for (const [key, got] of outcomesOf(edition())) {
      const fields = comparable(got);
      for (const field of Object.keys(fields) as Field[]) {
        const id = `${key}.${field}`;
        const value = differences[id]?.() ?? wanted(key, field);
        expect(fields[field], id).toEqual(value);
        if (differences[id]) found.push(id);
      }
    }
    expect(found).toEqual(Object.keys(differences));
  });

  it('has the same document title, action lines, notes, columns and footnotes', () => {
    expect(edition().title).toBe(expected.title);
    const summary = (e: RoadmapEdition) => e.actionLines.map((a) => ({ id: a.id, title: a.title, note: a.note, columns: a.columns, footnotes: a.footnotes }));
    const columns = (a: { id: string; columns: string[] }) => (name === 'narrow-columns' ? NARROW_LABELS(a.id) : a.columns);
    expect(summary(edition())).toEqual(summary(expected).map((a) => ({ ...a, columns: columns(a) })));
  });

  it('needs no layout guesses (ids, sections, ghosts, unplaced lines)', () => {
    // (The wrapped line "estrategies and master plans." after "…strategies and sectoral" was once
    // dropped as a ghost on a4-portrait and centred-labels; a ghost now has to copy the line's edge.)
    const ghost: string[] = [];
    const warnings = [...edition().warnings.map((w) => `- ${w.code}`), ...[...outcomesOf(edition()).values()].flatMap((o) => o.warnings.map((w) => `${o.key} ${w.code}`))];
    expect(warnings.filter((w) => LAYOUT_CODES.test(w.split(' ')[1]!))).toEqual(ghost);
  });

  it('reads the sub-items, the resolutions and the wsis+10 section as printed', () => {
    expect(outcome('C2.geneva.D').subItems.map((s) => s.id)).toEqual(['D1', 'D2', 'D3', 'D4']);
    expect(outcome('C2.geneva.D').subItems[1]!.text).toBe('encourage public-private partnership');
    expect(outcome('C6.geneva.b').subItems.map((s) => s.id)).toEqual(['i', 'ii', 'iii', 'iv']);
    expect(outcome('C6.geneva.c').subItems.map((s) => s.id)).toEqual(['i', 'ii', 'iii']);
    const resolutions = outcome('C5.geneva.A1').goals.resolutions.map((r) => r.canonical);
    expect(resolutions).toHaveLength(9);
    expect(resolutions).toContain('WTDC Res. 69 (Rev. Buenos Aires, 2017)');
    expect(resolutions).toContain('WTSA Res. 58 (Rev. Dubai, 2012)');
    const wsis10 = outcome('C2.wsis10.a');
    expect(wsis10.sectionTitle).toBe('WSIS+10 Outcome Documents (WSIS+10 Statement on the Implementation of WSIS Outcomes and WSIS+10 Vision for WSIS Beyond 2015)');
    expect(wsis10.text).toMatch(/^Develop a well-planned, well-maintained, robust, economic, and efficient Broadband infrastructure/);
    expect(wsis10.timing).toBeNull();
  });

  it('reads timings, SDG targets and GCA pillars', () => {
    expect(outcome('C6.geneva.a').timing).toEqual({ raw: '2018', from: 2018, to: 2018 });
    expect(outcome('C2.geneva.A').timing).toMatchObject({ from: 2016, to: 2019 });
    expect(outcome('C5.geneva.A1').sdgs.targets).toEqual(['1.4', '4.1', '4.3', '4.5', '5.b', '7.1', '7.a', '7.b', '9.1', '9.c', '11.3', '11.b', '16.2', '17.8']);
    expect(outcome('C5.geneva.A1').goals.gcaPillars).toEqual([1, 2, 3, 4, 5]);
    expect(outcome('C5.geneva.A2').goals.regionalInitiatives).toEqual(['AFR3', 'ASP5', 'CIS3', 'EUR4']);
  });
});
