/**
 * A three-page roadmap drawn with make-pdf.ts, in a few layouts: the table ruled as a grid, with
 * rules between rows only, or with none; the header repeated on every page or printed once. Set
 * in Courier so that every position can be computed (0.6 em per character). What it says is
 * written out below, and the tests expect what a reader of these pages would write down.
 *
 * Page 1: the document title, C2's title, its table (header with footnote markers, a section
 * title spanning the table, outcome A, outcome B broken by the page end), footnote 1.
 * Page 2: outcome B goes on (its word "e-strategies" broken across the page), outcome C.
 * Page 3: C5's title and table with outcome A1.
 * Every page has a running header at the top and "Page N" at the bottom.
 */
import { makePdf, PageBuilder } from './make-pdf.js';

export interface MiniLayout {
  rules: 'grid' | 'rows' | 'none';
  header: 'repeated' | 'once';
}

const SIZE = 9;
const LINE = 11;
const PAD = 4;
/** Column edges: outcome, timing, goals, SDGs, results. */
const EDGES = [30, 250, 330, 480, 580, 812];

/** A cell's lines; "^n" in a header label is footnote marker n. */
type Cells = string[][];
type Row = { kind: 'header' | 'outcome'; cells: Cells } | { kind: 'section'; title: string };

const C2_HEADER: Cells = [['WSIS Outcomes^1 (WSIS AL C2)'], ['Proposed^2', 'Timing'], ['ITU Strategic Goals and', 'Relevant Resolutions^3'], ['Linkages with', 'the SDGs'], ['Expected Results of ITU', 'Activities^4']];
const C5_HEADER: Cells = C2_HEADER.map((lines) => lines.map((l) => l.replace('C2', 'C5').replace(/\^(\d)/, (_m, d: string) => `^${Number(d) + 4}`)));
const GENEVA: Row = { kind: 'section', title: 'Geneva Plan of Action and Tunis Agenda for the Information Society' };

const ROW_A: Cells = [
  ['A: Governments should take action,', 'in the framework of national e-', 'strategies'],
  ['2016-2019'],
  ['Goal 1', 'Goal 2'],
  ['1, 2, 3'],
  ['Expected Results:', '- Harmonized standards'],
];
const ROW_B_PAGE_1: Cells = [['B: In the context of national e-'], ['2016-2019'], ['Goal 2'], ['4, 5'], ['Expected Results:', '- Development of a harmonized']];
const ROW_B_PAGE_2: Cells = [['strategies, devise universal', 'access policies'], [], [], [], ['strategy for universal access', 'ITU Activities:', '- Direct assistance']];
const ROW_C: Cells = [['C: Encourage the use of unused', 'wireless capacity'], ['2018'], ['Goal 1'], ['9.1'], ['Expected Results:', '- Affordable global connectivity']];
const ROW_A1: Cells = [['A1: Promote cooperation among', 'the governments'], ['2016-2019'], ['ITU Strategic Goal 3', '(Target 3.1)'], ['1.4, 4.1'], ['Expected Results:', 'Continue to act as a platform.']];

/** Widths (em) of the Helvetica-Bold words that footnote markers follow, as pdf.js measures them; digits are 0.556 em. */
const MARKED_WORDS: Record<string, number> = { 'WSIS Outcomes': 7.724, Proposed: 4.612, 'Relevant Resolutions': 10.169, Activities: 4.446 };
const DIGIT = 0.556;
const MARKER_SIZE = 5;

/** Draws a text with a "^n" marker as a small raised number glued to the word before. */
function textWithMarker(page: PageBuilder, x: number, y: number, text: string, bold: boolean): void {
  const marked = /^(.*?)\^(\d+)(.*)$/.exec(text);
  if (!marked) {
    page.text(x, y, text, { size: SIZE, bold });
    return;
  }
  const [, before, marker, after] = marked as unknown as [string, string, string, string];
  const markerX = x + MARKED_WORDS[before]! * SIZE;
  page.text(x, y, before, { size: SIZE, bold }).text(markerX, y - 3, marker, { size: MARKER_SIZE, bold });
  if (after !== '') page.text(markerX + marker.length * DIGIT * MARKER_SIZE, y, after, { size: SIZE, bold });
}

/** Draws rows from `top`; returns where the table ends. `open` leaves the last row without a bottom rule (it goes on). */
function table(page: PageBuilder, top: number, rows: readonly Row[], layout: MiniLayout, open = false): number {
  let y = top;
  const left = EDGES[0]!;
  const right = EDGES[EDGES.length - 1]!;
  rows.forEach((row, i) => {
    const lines = row.kind === 'section' ? 1 : Math.max(...row.cells.map((c) => c.length));
    const height = lines * LINE + 2 * PAD;
    if (layout.rules !== 'none') page.stroke(left, y, right, y);
    if (layout.rules === 'grid') {
      const inner = row.kind === 'section' ? [left, right] : EDGES;
      for (const x of inner) page.stroke(x, y, x, y + height);
    }
    if (row.kind === 'section') page.text(left + PAD, y + PAD + SIZE, row.title, { size: SIZE, bold: true });
    else row.cells.forEach((cell, c) => cell.forEach((text, l) => textWithMarker(page, EDGES[c]! + PAD, y + PAD + SIZE + l * LINE, text, row.kind === 'header')));
    y += height;
    if (layout.rules !== 'none' && i === rows.length - 1 && !open) page.stroke(left, y, right, y);
  });
  return y;
}

function furniture(page: PageBuilder, number: number): void {
  page.text(330, 20, 'ITU - WSIS Action Line Roadmaps 2018', { size: 7 });
  page.text(390, 580, `Page ${number}`, { size: 8 });
}

/** The mini roadmap as a PDF in the given layout. */
export function miniRoadmap(layout: MiniLayout): Uint8Array {
  const header: Row = { kind: 'header', cells: C2_HEADER };
  const one = new PageBuilder();
  furniture(one, 1);
  one.text(250, 50, 'WSIS Action Lines Roadmaps', { size: 16, bold: true });
  one.text(30, 80, 'WSIS Action Line C2: Information and Communication Infrastructure', { size: 12, bold: true });
  table(one, 95, [header, GENEVA, { kind: 'outcome', cells: ROW_A }, { kind: 'outcome', cells: ROW_B_PAGE_1 }], layout, true);
  one.text(30, 548, '1', { size: 4 });
  one.text(32.4, 551, 'WSIS outcomes for each action line will be listed in accordance with the Geneva Plan of Action.', { size: 7 });

  const two = new PageBuilder();
  furniture(two, 2);
  const continued: Row[] = [{ kind: 'outcome', cells: ROW_B_PAGE_2 }, { kind: 'outcome', cells: ROW_C }];
  table(two, 40, layout.header === 'repeated' ? [header, ...continued] : continued, layout);

  const three = new PageBuilder();
  furniture(three, 3);
  three.text(30, 60, 'WSIS Action Line C5: Building Confidence and Security in the Use of ICTs', { size: 12, bold: true });
  table(three, 75, [{ kind: 'header', cells: C5_HEADER }, GENEVA, { kind: 'outcome', cells: ROW_A1 }], layout);
  return makePdf([one, two, three]);
}
