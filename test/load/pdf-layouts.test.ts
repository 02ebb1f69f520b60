/**
 * The layout classes of issue 10, each a rendering of the 2018 edition the PDF engine has to read
 * like the text edition (fixtures/pdf/variants, made by scripts/make-pdf-variants.ts and
 * scripts/make-pdf-variants-derived.ts; how each was made is in that folder's README):
 * - `justified`: justified text in every cell, no vertical rules (US Letter, serif 9 pt), and
 *   `justified-a4-sans`, `justified-roman-10pt`, `justified-centred-narrow` (the same class in
 *   other fonts, sizes, page widths, rule and label styles);
 * - `a4-footnotes-wrapped-header`: A4 portrait, rules between rows only, serif 7.5 pt, narrow
 *   columns whose header labels wrap around their footnote markers, footnotes at the page foot;
 * - `chromium-tagged`: an HTML table printed by Chromium as a tagged PDF, `<sup>` markers in the
 *   browser's own style;
 * - `chromium-tagged-header-once`: Chromium's tagged PDF without rules, the header printed once per
 *   table (a continued table is known from the tree, its columns from the tree's cells);
 * - `libreoffice-tagged`: LibreOffice Writer's tagged PDF (its own table: no rules, cells centred
 *   vertically, the repeated header untagged), read through its structure tree;
 * - `monospace`: a monospaced font;
 * - `scanned-ocr`: the bundled PDF scanned at 150 dpi with an OCR text layer (ocrmypdf).
 * Each must give all 61 outcomes in order, invent none, and have at least 99 % of the fields equal
 * to the text edition's (97 % for the OCR copy), counted with no allowance; every field that
 * differs must be a difference listed here by hand, with its reason (for the OCR copy: a word it
 * misread, never an id, timing, goal, resolution or SDG). fixtures/pdf/held-out is not tested
 * here on purpose: see its README.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/load/source.js';
import { extractRoadmap } from '../../src/pipeline.js';
import type { RoadmapEdition } from '../../src/schema/roadmap.js';
import { agreement, byKind, comparable, fold, outcomesOf, WORD_FIELDS, type Field } from './field-agreement.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const VARIANTS = path.join(ROOT, 'fixtures', 'pdf', 'variants');

const expected: RoadmapEdition = JSON.parse(readFileSync(path.join(ROOT, 'output', '2018', 'roadmap.json'), 'utf8'));
const want = outcomesOf(expected);
const wanted = (key: string, field: Field) => comparable(want.get(key)!)[field];

/** The layout text's "Sharm el- Sheikh" where the line breaks after "el-": the space is invisible. */
const elSheikh = () => (wanted('C2.geneva.A', 'activities') as string[]).map((a) => a.replace('el- Sheikh', 'el-Sheikh'));

/** What each layout class is expected to read. */
interface Layout {
  /** Pages, as pdfinfo counts them. */
  pages: number;
  /** Least share of fields equal to the text edition's, counted with no allowance. */
  minAgreement: number;
  /** `key.field` → the value expected instead, where the rendering legitimately reads differently. */
  differences: Record<string, () => unknown>;
  /** The column labels as printed, per action line (the text edition's when absent). */
  columns?: (actionLine: string) => string[];
  /** An OCR copy: misread words are allowed in text fields (checked word by word instead). */
  ocr?: true;
  /**
   * OCR copies: `key.field` → why, where the recogniser garbled whole lines of a clean scan
   * (more words than OCR_MISREAD_WORDS allows): only the number of items is checked there.
   */
  garbled?: Record<string, string>;
  /** Per action line, the text edition's footnotes (by position) the rendering does not print. */
  footnotesNotPrinted?: Record<string, number[]>;
  /**
   * A layout the engine does not yet read to issue 10's bar: the bar, why, and the checks that
   * still fail. `minAgreement` is then the level measured today (a floor that must not drop), and
   * each listed check is declared failing (it.fails): it turns red the day it passes, so the
   * entry is removed and the bar restored then.
   */
  shortOfTarget?: { target: number; why: string; failing: readonly Check[] };
}

/** The checks a layout short of its target may still fail. */
type Check = 'differences' | 'document' | 'cells';

const LAYOUTS: Record<string, Layout> = {
  // Justified word gaps are as wide as a column gap may be; the page breaks fall between
  // paragraphs, never on a paragraph break (checked on the rendering), and no line ends in "el-".
  justified: { pages: 31, minAgreement: 0.99, differences: {} },
  // The same class in other fonts, sizes, page widths and rule styles (made for issue 10's
  // justified rules, so that they are not fitted to one file): no rules at all and labels in the
  // body font; a 10-pt Times-like font with kerned spaces; bold centred (unjustified) labels
  // over justified cells. The A4 page wraps the line right after "el-" in "Sharm el- Sheikh".
  'justified-a4-sans': { pages: 18, minAgreement: 0.99, differences: { 'C2.geneva.A.activities': elSheikh } },
  'justified-roman-10pt': { pages: 30, minAgreement: 0.99, differences: {} },
  'justified-centred-narrow': { pages: 21, minAgreement: 0.99, differences: {} },
  // The labels wrap inside words ("Propose" / "d²" / "Timing"): read, like narrow-columns'
  // labels, as the printed pieces joined by spaces, the markers left out.
  'a4-footnotes-wrapped-header': {
    pages: 21,
    minAgreement: 0.99,
    differences: {},
    columns: (actionLine) => [
      `WSIS Outcomes (WSIS AL ${actionLine})`,
      'Propose d Timing',
      'ITU Strategic Goals and Relevant Resolutions',
      'Linkages with the SDGs',
      'Expected Results of ITU Activities',
    ],
  },
  // This page wraps the line right after "el-" in "Sharm el- Sheikh".
  'chromium-tagged': { pages: 27, minAgreement: 0.99, differences: { 'C2.geneva.A.activities': elSheikh } },
  'chromium-tagged-header-once': { pages: 23, minAgreement: 0.99, differences: {} },
  // Rows centred vertically in their cells: the structure tree's rows keep each row's lines together.
  'libreoffice-tagged': { pages: 20, minAgreement: 0.99, differences: {} },
  monospace: { pages: 25, minAgreement: 0.99, differences: {} },
  // As the bundled PDF (test/load/pdf-edition.test.ts): its rendering reflowed two paragraph
  // breaks of the layout text, so two activities read as one in each of these outcomes.
  'scanned-ocr': {
    pages: 28,
    minAgreement: 0.97,
    ocr: true,
    // The bundled PDF prints only three notes under the C5 and C6 tables (5, 6, 7 on page 8;
    // 8, 9, 10 on page 15): the text edition's third ("Relevant ITU Strategic Goals …") is not there.
    footnotesNotPrinted: { C5: [2], C6: [2] },
    garbled: {
      // Page 14: the scan is clean, Tesseract read "…coordination among them, for real-time handling and
      // response of incidents, especially …" as "…haulers them, for reartime hanaling ar / respons OF MICs ents, Gepeciany …".
      'C5.wsis10.d.text': 'three lines of the outcome read as other words by the recogniser',
      // The bundled PDF itself draws a run of small digits over "Recognizing" (pdftotext reads
      // "1 1 2 2 2 … Recognizing" on page 21; the text edition left them out): the scan shows them.
      'C6.geneva.m.text': 'digits printed over the first word, read into it ("2Rec2og2niz2in g")',
    },
    differences: {
      'C5.geneva.A2.activities': () => [(wanted('C5.geneva.A2', 'activities') as string[]).join(' ')],
    },
  },
};
const NAMES = Object.keys(LAYOUTS);

const read = new Map<string, RoadmapEdition>();
const failures = new Map<string, string>();

beforeAll(async () => {
  for (const name of NAMES) {
    const file = path.join(VARIANTS, `${name}.pdf`);
    const bytes = new Uint8Array(readFileSync(file));
    try {
      read.set(name, await extractRoadmap({ path: file, bytes, sha256: sha256(bytes), format: 'pdf' }, { edition: '2018' }));
    } catch (error) {
      failures.set(name, (error as Error).message);
    }
  }
}, 120_000);

/** Words of a text field's items, all items in one sequence. */
const wordsOf = (value: unknown) => fold(Array.isArray(value) ? value.join(' ') : String(value)).split(' ');

/** Word-level edit distance (insertions, deletions, substitutions of whole words). */
function wordDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** Share of an OCR'd text field's words that may be misread (a word, not a line or a cell). */
const OCR_MISREAD_WORDS = 0.05;

/** Warning codes about layout: a rendering made from clean HTML should need no such guess. */
const LAYOUT_CODES = /^(id-|outcome-split|section-|line-unclassified|header-junk|footnote-split|furniture-dropped|garbage-dropped|ghost-line-dropped|page-without-text)/;

describe.each(NAMES)('the 2018 edition rendered as %s', (name) => {
  const layout = LAYOUTS[name]!;
  /** A check this layout is known to fail today (see shortOfTarget) is declared so. */
  const check = (which: Check) => (layout.shortOfTarget?.failing.includes(which) ? it.fails : it);
  const edition = () => {
    expect(failures.get(name), `${name} was rejected`).toBeUndefined();
    return read.get(name)!;
  };

  it('has all 61 outcomes in order, none invented, on the pages of the PDF', () => {
    expect(edition().source).toMatchObject({ format: 'pdf', pages: layout.pages });
    const result = agreement(edition(), expected);
    expect(result.missing).toEqual([]);
    expect(result.invented).toEqual([]);
    expect([...outcomesOf(edition()).keys()]).toEqual([...want.keys()]);
    for (const o of outcomesOf(edition()).values()) {
      const pages = o.provenance.pages!;
      expect(pages.length, o.key).toBeGreaterThan(0);
      expect(pages.every((p, i) => p >= 1 && p <= layout.pages && (i === 0 || p === pages[i - 1]! + 1)), `${o.key} pages ${pages}`).toBe(true);
    }
  });

  it(`has at least ${layout.minAgreement * 100} % of the fields equal to the text edition's${layout.shortOfTarget ? ` (a floor: issue 10's bar is ${layout.shortOfTarget.target * 100} %, not met yet: ${layout.shortOfTarget.why})` : ''}`, () => {
    const result = agreement(edition(), expected);
    expect(result.equal / result.fields).toBeGreaterThanOrEqual(layout.minAgreement);
  });

  check('differences')('differs only where listed (an OCR copy also in misread words, never in ids, timing, goals, resolutions or SDGs)', () => {
    const result = agreement(edition(), expected, layout.differences);
    const { words, structured } = byKind(result.differing);
    expect(structured).toEqual([]);
    if (!layout.ocr) expect(words).toEqual([]);
    const got = outcomesOf(edition());
    for (const id of words) {
      const key = id.slice(0, id.lastIndexOf('.'));
      const field = id.slice(id.lastIndexOf('.') + 1) as Field;
      expect(WORD_FIELDS.has(field)).toBe(true);
      const value = layout.differences[id]?.() ?? wanted(key, field);
      const mine = comparable(got.get(key)!)[field];
      if (Array.isArray(value)) expect((mine as string[]).length, `${id}: items`).toBe(value.length);
      if (layout.garbled?.[id]) continue;
      const expectedWords = wordsOf(value);
      expect(wordDistance(wordsOf(mine), expectedWords), `${id}: misread words`).toBeLessThanOrEqual(Math.ceil(OCR_MISREAD_WORDS * expectedWords.length));
    }
    // Every listed difference is really there (a stale entry is an error too).
    const listed = Object.keys(layout.differences).filter((id) => {
      const key = id.slice(0, id.lastIndexOf('.'));
      const field = id.slice(id.lastIndexOf('.') + 1) as Field;
      return JSON.stringify(comparable(got.get(key)!)[field]) !== JSON.stringify(wanted(key, field));
    });
    expect(listed).toEqual(Object.keys(layout.differences));
  });

  check('document')('has the same document title, action lines, notes, columns and footnotes', () => {
    expect(edition().title).toBe(expected.title);
    const columns = (a: { id: string; columns: string[] }) => layout.columns?.(a.id) ?? a.columns;
    const summary = (e: RoadmapEdition) => e.actionLines.map((a) => ({ id: a.id, title: a.title, note: a.note, columns: columns(a) }));
    expect(edition().actionLines.map((a) => ({ id: a.id, title: a.title, note: a.note, columns: a.columns }))).toEqual(summary(expected));
    for (const [i, actionLine] of edition().actionLines.entries()) {
      const notPrinted = layout.footnotesNotPrinted?.[actionLine.id] ?? [];
      const notes = expected.actionLines[i]!.footnotes.filter((_, k) => !notPrinted.includes(k));
      if (layout.ocr) {
        // Superscript markers do not survive OCR reliably; the notes themselves must be there.
        expect(actionLine.footnotes.map((f) => wordsOf(f.text).slice(0, 4))).toEqual(notes.map((f) => wordsOf(f.text).slice(0, 4)));
      } else {
        expect(actionLine.footnotes).toEqual(notes);
      }
    }
  });

  // (An OCR copy's repairs are warnings by design: not asserted here.)
  if (!layout.ocr)
    it('needs no layout guesses (ids, sections, ghosts, unplaced lines)', () => {
      const warnings = [
        ...edition().warnings.map((w) => `- ${w.code}`),
        ...[...outcomesOf(edition()).values()].flatMap((o) => o.warnings.map((w) => `${o.key} ${w.code}`)),
      ];
      expect(warnings.filter((w) => LAYOUT_CODES.test(w.split(' ')[1]!))).toEqual([]);
    });

  check('cells')('reads timings, sub-items, SDG targets, GCA pillars and regional initiatives', () => {
    const outcome = (key: string) => outcomesOf(edition()).get(key)!;
    expect(outcome('C6.geneva.a').timing).toEqual({ raw: '2018', from: 2018, to: 2018 });
    expect(outcome('C2.geneva.D').subItems.map((s) => s.id)).toEqual(['D1', 'D2', 'D3', 'D4']);
    expect(outcome('C6.geneva.b').subItems.map((s) => s.id)).toEqual(['i', 'ii', 'iii', 'iv']);
    expect(outcome('C5.geneva.A1').sdgs.targets).toEqual(['1.4', '4.1', '4.3', '4.5', '5.b', '7.1', '7.a', '7.b', '9.1', '9.c', '11.3', '11.b', '16.2', '17.8']);
    expect(outcome('C5.geneva.A1').goals.gcaPillars).toEqual([1, 2, 3, 4, 5]);
    expect(outcome('C5.geneva.A2').goals.regionalInitiatives).toEqual(['AFR3', 'ASP5', 'CIS3', 'EUR4']);
  });
});

describe('the layout fixtures are what they claim to be', () => {
  it('chromium-tagged has a structure tree with Table, TR, TH and TD', async () => {
    const data = new Uint8Array(readFileSync(path.join(VARIANTS, 'chromium-tagged.pdf')));
    const doc = await getDocument({ data, isEvalSupported: false }).promise;
    const roles = new Set<string>();
    const walk = (node: { role?: string; children?: unknown[] }) => {
      if (node.role) roles.add(node.role);
      for (const child of node.children ?? []) walk(child as { role?: string; children?: unknown[] });
    };
    walk((await (await doc.getPage(2)).getStructTree()) as { role?: string; children?: unknown[] });
    await doc.destroy();
    expect([...roles]).toEqual(expect.arrayContaining(['Table', 'TR', 'TH', 'TD']));
  });

  it('scanned-ocr has only invisible text (rendering mode 3) over a page image, and no rulings', async () => {
    const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const data = new Uint8Array(readFileSync(path.join(VARIANTS, 'scanned-ocr.pdf')));
    const doc = await getDocument({ data, isEvalSupported: false }).promise;
    const ops = await (await doc.getPage(2)).getOperatorList();
    await doc.destroy();
    const modes = ops.fnArray.flatMap((fn, i) => (fn === OPS.setTextRenderingMode ? [ops.argsArray[i][0] as number] : []));
    expect(new Set(modes)).toEqual(new Set([3]));
    expect(ops.fnArray).toContain(OPS.paintImageXObject);
    expect(ops.fnArray).not.toContain(OPS.constructPath);
  });
});
