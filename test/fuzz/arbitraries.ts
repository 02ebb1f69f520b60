/**
 * fast-check generators for fuzzing: cell text made of the roadmap's own tokens (so the parsers'
 * labels and patterns are hit, not just random noise), arbitrary Unicode and punctuation soup;
 * and whole roadmap-like documents made of the kinds of lines a roadmap has (action-line titles,
 * table headers, section titles, rows with and without ids, footnotes, page numbers, junk).
 */
import fc from 'fast-check';
import type { CellContent } from '../../src/cells/cell-content.js';

/** Runs per property: enough to reach the odd corners, few enough to keep the suite fast. */
export const RUNS = 300;

/** Words and marks roadmap cells are made of. */
export const TOKENS = [
  'Goal', 'Goals', 'ITU Strategic Goal', '1', '4', '17', '18', '0', '3.1', '9.c', '17.0', '2.a:', '(Target', '(', ')', '[', ']',
  'Res.', 'Res', 'Resolution', 'Resolutions', 'PP', 'PP-14', 'C09', 'WTDC', 'WTSA', 'WRC', 'RA', 'Council', '(Rev. Busan, 2014)', '(C16)', '(Rev.',
  'GCA', '1.', '5.International Cooperation', 'Legal Measures', 'Regional Initiatives', 'Regional Initiatives:', 'AFR3', 'ARF3', 'XYZ1', '(AFR3,',
  'ITU-D Objective', 'ITU-T objectives', 'Buenos Aires Action Plan', 'Objective', '2/Output 2.2', '/Outcome_2.2', '(Buenos Aires Action Plan)',
  ',', '&', 'and', '-', '–', '•', ':', ';', '.', '!', '?', '"', 'Expected Results:', 'Expected Results', 'ITU Activities:', 'ITU activities under',
  'i.', 'ii.', 'iv)', '(a)', '(b)', 'b.', 'D1:', 'D2:', 'e.g.', 'etc.)', 'No.', 'el-', 'ITU-T', '2016-2019', '2016', '–19',
  '\u00a0', 'é', 'Ünïcode', '$1.25', 'By 2030,', 'Increase', 'the', 'x', '',
];

/** Whole phrases as cells print them, so that the readers get past their labels. */
export const PHRASES = [
  '2016-2019', '2016 – 2019', '2016-19', '2030', '2019-2016', '2016‑2019', '20162019',
  'ITU Strategic Goal 3 (Target 3.1)', 'Goal 1 & 4', 'Goals 1, 2 and 3', 'Goal 2 (Targets 2.1, 2.2)',
  'PP Res. 130, 174 (Rev. Busan, 2014)', 'WTDC Res. 45 (Rev. Dubai, 2014), 67, 69 (Rev. Buenos Aires, 2017)', 'C09 Res 1305',
  'Res. 1332 (C16)', 'WTSA Res. 50, 52 (Rev. Hammamet, 2016), 58 (Rev. Dubai 2012)', 'Resolutions Resolutions PP Res. 130',
  'WRC Res. 70 (Rev.WRC-12)', 'Council Res. 1282 (MOD 2008)', 'Regional Initiatives (AFR3, ARB2, ASP5, CIS3,EUR4)',
  'GCA 2.Technical and Procedural Measures 3. Organizational Structures', 'ITU-D Objective 2/Output 2.2 (Buenos Aires Action Plan)',
  '2.a: Increase investment', '9.1: Develop quality', '17.6 Enhance North-South', '1.4, 4.1, 5.b, 7.a,', 'by 2.5 per cent',
  'Expected Results: - Policy - Capacity', 'ITU Activities: ITU-T Study Group 17', 'Results of activities in this area include:',
  'in order to: D1: broaden D2: encourage', 'inter alia: i. develop; ii. identify', '(a) first (b) second', 'etc. Increased capacity',
];

const PUNCTUATION = [...'()[]{}-–—•.,;:&/\\_"\'“”‘’!?*+|^$ \t\u00a0\u2028\u2029¹²³⁴⁵'];

/** One line's worth of cell text. */
export const cellText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(' ', ' ', ' ', '', '  ', ', ')), { maxLength: 14 }).map((parts) => parts.flat().join('')) },
  { weight: 4, arbitrary: fc.array(fc.oneof(fc.constantFrom(...PHRASES), fc.constantFrom(...TOKENS)), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' ')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...PUNCTUATION), maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constant('') },
);

/** A cell as the rows stage hands it over: fragments on consecutive lines ('' = paragraph break). */
export const cell: fc.Arbitrary<CellContent> = fc
  .tuple(fc.array(cellText, { minLength: 0, maxLength: 6 }), fc.integer({ min: 1, max: 5_000 }))
  .map(([texts, first]) => texts.map((text, k) => ({ text, place: { line: first + k, page: null } })));

/** Timing cells: mostly years and ranges as printed (well-formed or nearly), sometimes anything. */
export const timingCell: fc.Arbitrary<CellContent> = fc.oneof(
  cell,
  fc
    .tuple(fc.integer({ min: 1990, max: 2100 }), fc.constantFrom('', '-', ' – ', '–', '\u2011', '—', ' - ', '/'), fc.integer({ min: 0, max: 2100 }), fc.boolean())
    .map(([from, dash, to, single]) => [{ text: single ? String(from) : `${from}${dash}${to}`, place: { line: 1, page: null } }]),
);

const ACTION_LINE_TITLES = [
  'WSIS Action Line C2: Information and Communication Infrastructure',
  'Roadmap for WSIS Action Line C5: Building Confidence and Security in <u>Use of ICTs</u> Note: GCA – Global Cybersecurity Agenda',
  'Action Line C 7 – E-applications',
  'Roadmap for the Action Line C6 Enabling Environment',
];

const HEADERS = [
  'WSIS Outcomes¹ (WSIS AL C2)\tProposed ² Timing\tITU Strategic Goals and Relevant Resolutions ³\tLinkages with the SDGs\tExpected Results of ITU Activities ⁴',
  '\tWSIS Outcomes ⁹ (WSIS AL C6)\tProposed ¹⁰ Timing\tITU Strategic Goals and Relevant Resolutions ¹¹\tLinkages with the SDGs\tExpected Results of ITU Activities ¹²',
  'xx3 WSIS Outcomes (WSIS AL C5)\tProposed Timing\tITU Strategic Goals and Relevant Resolutions\tLinkages with the SDGs\tExpected Results of ITU Activities',
  'Linkages with the SDGs\tWSIS Outcomes\tTiming\tExpected Results\tITU Strategic Goals',
  'WSIS Outcomes\tTime-frame\tRelevant Resolutions',
];

const SECTION_TITLES = [
  'Geneva Plan of Action and Tunis Agenda for the Information Society',
  'Geneva Plan of Action and Tunis Agenda for the Information So\tciety\t\t\t',
  'Geneva Plan of Action and Tunis Agenda\tation Society\t\t\t',
  'WSIS+10 Outcome Documents (WSIS+10 Statement on the Implementation of WSIS Outcomes and WSIS+10 Vision for WSIS Beyond 2015)',
  'WSIS+10 Outcome Documents (WSIS+10 Statement\ton the Implementation of WSIS\tOutcomes and WSIS+10 Vision\tfor WSIS Beyond 2015)',
  'WSIS+20 Outcome Document',
  'Tunis Agenda for the Information Society',
];

const IDS = ['A:', 'A1:', 'B:', 'B2:', 'a.', 'b.', 'c)', 'C.', '1.', 'l.', 'D1:', 'D2:', 'i.', 'ii.', 'iii.', 'h.', 'Z:', 'z.', '99.', ''];

const FURNITURE = ['Page 5', 'rage 5', '- 5 -', '12', 'Page 3 of 40', 'Paqe 7'];

const FOOTNOTES = ['¹ A proposed time scale will be shown for each outcome.', '⁵ WSIS Outcomes for each Action Line will be listed', '11 Relevant ITU Strategic Goals should be linked. 12 In this column', '² '];

/** A table line: an optional id, then up to seven cells (more than the header's five makes an id column). */
const tableLine: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...IDS), fc.array(cellText, { minLength: 1, maxLength: 7 }), fc.constantFrom('', '2016-2019', '2018', '2016 – 19', 'ongoing'))
  .map(([id, cells, timing]) => {
    const [outcome = '', ...rest] = cells;
    const withTiming = timing === '' ? rest : [timing, ...rest];
    return [`${id}${id === '' ? '' : ' '}${outcome}`, ...withTiming].join('\t');
  });

/** Any line a roadmap (or a broken one) may hold. */
export const roadmapLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...ACTION_LINE_TITLES) },
  { weight: 2, arbitrary: fc.constantFrom(...HEADERS) },
  { weight: 1, arbitrary: fc.constantFrom(...SECTION_TITLES) },
  { weight: 8, arbitrary: tableLine },
  { weight: 1, arbitrary: fc.constantFrom(...FOOTNOTES) },
  { weight: 1, arbitrary: fc.constantFrom(...FURNITURE) },
  { weight: 1, arbitrary: fc.constantFrom('', '\t\t\t\t', 'Note: GCA – Global Cybersecurity Agenda') },
  { weight: 1, arbitrary: fc.array(cellText, { maxLength: 9 }).map((cells) => cells.join('\t')) },
);

/**
 * A document: mostly the usual order (title, header, section, rows) with random lines mixed in,
 * sometimes lines in any order.
 */
export const roadmapLines: fc.Arbitrary<string[]> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...ACTION_LINE_TITLES), fc.constantFrom(...HEADERS), fc.constantFrom(...SECTION_TITLES), fc.array(roadmapLine, { maxLength: 25 }))
    .map(([title, header, section, rest]) => [title, header, section, ...rest]),
  fc.array(roadmapLine, { maxLength: 30 }),
);

/** One edit of a document's lines, as a converter or a careless hand might make it. */
type Mutation = (lines: string[], at: number, pick: number) => string[];

const MUTATIONS: Mutation[] = [
  (lines, at) => lines.filter((_, k) => k !== at), // drop a line
  (lines, at) => [...lines.slice(0, at + 1), ...lines.slice(at)], // repeat a line
  (lines, at) => (at + 1 < lines.length ? [...lines.slice(0, at), lines[at + 1]!, lines[at]!, ...lines.slice(at + 2)] : lines), // swap two lines
  (lines, at) => [...lines.slice(0, at), `${lines[at] ?? ''} ${lines[at + 1] ?? ''}`, ...lines.slice(at + 2)], // join two lines
  (lines, at, pick) => {
    const line = lines[at] ?? '';
    const cut = pick % (line.length + 1);
    return [...lines.slice(0, at), line.slice(0, cut), line.slice(cut), ...lines.slice(at + 1)]; // split a line
  },
  (lines, at, pick) => lines.map((l, k) => (k === at ? removeNthTab(l, pick) : l)), // lose a tab
  (lines, at, pick) => lines.map((l, k) => (k === at ? insertAt(l, pick, '\t') : l)), // gain a tab
  (lines, at, pick) => lines.map((l, k) => (k === at ? insertAt(l, pick, PUNCTUATION[pick % PUNCTUATION.length]!) : l)), // a stray mark
  (lines, at, pick) => lines.map((l, k) => (k === at ? l.slice(0, pick % (l.length + 1)) : l)), // a cut-off line
  (lines, at, pick) => [...lines.slice(0, at), TOKENS[pick % TOKENS.length]!, ...lines.slice(at)], // a stray token line
];

function insertAt(text: string, pick: number, insert: string): string {
  const at = pick % (text.length + 1);
  return text.slice(0, at) + insert + text.slice(at);
}

function removeNthTab(text: string, pick: number): string {
  const tabs = [...text.matchAll(/\t/g)].map((m) => m.index);
  if (tabs.length === 0) return text;
  const at = tabs[pick % tabs.length]!;
  return text.slice(0, at) + text.slice(at + 1);
}

/** Real roadmap text (given as lines) with a few random edits. */
export function mutated(lines: readonly string[]): fc.Arbitrary<string[]> {
  return fc
    .array(fc.tuple(fc.nat(MUTATIONS.length - 1), fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 })
    .map((edits) => edits.reduce((doc, [kind, at, pick]) => MUTATIONS[kind]!(doc, doc.length === 0 ? 0 : at % doc.length, pick), [...lines]));
}
