/**
 * The stream strategy (tables without grid lines): columns from whitespace gutters across many
 * lines, and rows that keep wrapped cells whole — from line spacing, the first column's starts,
 * indentation, lower-case continuations, rules between rows and shaded bands.
 */
import { headerRule } from '../../src/tables/header.js';
import type { TextLine } from '../../src/pdf/lines.js';
import type { Ruling } from '../../src/pdf/geometry.js';
import { describe, expect, it } from 'vitest';
import { findGutters, segmentLine } from '../../src/tables/columns.js';
import { readPageContent } from '../../src/pdf/reader.js';
import { DEFAULT_PDF_SETTINGS } from '../../src/pdf/settings.js';
import { textLines } from '../../src/pdf/lines.js';
import { openPdf } from '../../src/pdf/open-document.js';
import { makePdf, PageBuilder, tablesOf, texts } from './pdf.js';

const settings = DEFAULT_PDF_SETTINGS;

async function linesOf(page: PageBuilder) {
  const document = await openPdf(makePdf([page]), 'test.pdf');
  try {
    return textLines((await readPageContent(await document.getPage(1), 1)).glyphs, settings);
  } finally {
    await document.destroy();
  }
}

/** A page of rows: each row's cells at the given x positions, one line apart. */
function rows(page: PageBuilder, xs: readonly number[], lines: readonly (readonly string[])[], top = 100, pitch = 12): PageBuilder {
  lines.forEach((cells, i) => cells.forEach((text, k) => text !== '' && page.text(xs[k]!, top + i * pitch, text)));
  return page;
}

describe('columns from gutters', () => {
  it('finds the gutters that all lines leave empty', async () => {
    const lines = await linesOf(rows(new PageBuilder(), [50, 200, 300], [
      ['Public 4-year', '44.4', '31,200'],
      ['Non-doctorate-granting', '40.0', '25,000'],
      ['Other', '41.3', '31,900'],
    ]));
    const gutters = findGutters(lines, settings);
    expect(gutters).toHaveLength(2);
    expect(gutters[0]!.from).toBeGreaterThan(150); // after "Non-doctorate-granting"
    expect(gutters[0]!.to).toBe(200);
    expect(gutters[1]!.to).toBe(300);
  });

  it('is not blocked by a title across the columns, nor by a label on a line of its own', async () => {
    const page = new PageBuilder().text(50, 88, 'Enrollment, in thousands, by year of the projection');
    rows(page, [50, 200, 300], [
      ['Actual', '49,293', '49,266'],
      ['Projected', '49,644', '49,825'],
      ['Difference', '0.7', '1.1'],
    ]);
    const gutters = findGutters(await linesOf(page), settings);
    expect(gutters).toHaveLength(2);
  });

  it('keeps a sparse column: a few entries between two gutters are a column, not a gutter', async () => {
    const lines = await linesOf(rows(new PageBuilder(), [50, 150, 250], [
      ['Alpha', '', '10'],
      ['Beta', 'note', '20'],
      ['Gamma', '', '30'],
      ['Delta', '', '40'],
      ['Epsilon', '', '50'],
      ['Zeta', '', '60'],
      ['Eta', '', '70'],
      ['Theta', '', '80'],
      ['Iota', '', '90'],
      ['Kappa', '', '100'],
      ['Lambda', '', '110'],
    ]));
    expect(findGutters(lines, settings)).toHaveLength(2);
  });

  it('puts header labels wider than their numbers over the right columns, word by word', async () => {
    // Helvetica 10 pt: "Less" is 21.1 pt wide, "than" 19.5, "$10,000-" 39.5, "23.2" 19.5.
    // The labels sit a word space apart and reach into the gutters left of their numbers.
    const page = new PageBuilder().text(181, 100, 'Less').text(205, 100, 'than').text(227.5, 100, '$10,000-');
    rows(page, [50, 205.5, 250.5], [
      ['Total', '23.2', '10.3'],
      ['Public', '25.5', '10.2'],
      ['Private', '20.3', '10.3'],
    ], 120);
    const lines = await linesOf(page);
    const gutters = findGutters(lines.slice(1), settings);
    const segments = segmentLine(lines[0]!, gutters).map((s) => [s.first, s.words.map((w) => w.text).join(' ')]);
    expect(segments).toEqual([
      [1, 'Less than'],
      [2, '$10,000-'],
    ]);
  });
});

describe('rows with wrapped cells', () => {
  it('keeps wrapped cells in one row: a lower-case continuation, an indented continuation, an empty first column', async () => {
    const page = new PageBuilder().stroke(40, 80, 400, 80).stroke(40, 96, 400, 96).stroke(40, 190, 400, 190);
    page.text(50, 92, 'Variable').text(250, 92, 'Assumption');
    rows(page, [50, 250], [
      ['Population', 'Projections are consistent'],
      ['Disposable income per capita in', 'Annual percent changes range'],
      ['constant dollars', 'with a growth rate of 1.4%'],
      ['Inflation rate', 'Ranges between 1.0% and 2.0%'],
      ['', 'in every year'],
      ['Ages 18 and 19', 'Remains between 17.7% and 26.8%'],
    ], 110);
    const [table] = await tablesOf([page]);
    expect(table!.strategy).toBe('stream');
    expect(texts(table!)).toEqual([
      ['Variable', 'Assumption'],
      ['Population', 'Projections are consistent'],
      ['Disposable income per capita in constant dollars', 'Annual percent changes range with a growth rate of 1.4%'],
      ['Inflation rate', 'Ranges between 1.0% and 2.0% in every year'],
      ['Ages 18 and 19', 'Remains between 17.7% and 26.8%'],
    ]);
    expect(table!.headerRows).toBe(1);
  });

  it('starts a row at a blank line, and at a second entry in a column the row has filled', async () => {
    const page = new PageBuilder().stroke(40, 80, 400, 80).stroke(40, 96, 400, 96).stroke(40, 200, 400, 200);
    page.text(50, 92, 'Group').text(250, 92, 'Value');
    page.text(50, 110, 'Demographic assumptions');
    page.text(50, 134, 'Population').text(250, 134, '12.5');
    page.text(250, 146, '13.0'); // empty first column, but a second value: a row of its own
    page.text(50, 170, 'Economic assumptions'); // after a blank line
    const [table] = await tablesOf([page]);
    expect(texts(table!)).toEqual([
      ['Group', 'Value'],
      ['Demographic assumptions', ''],
      ['Population', '12.5'],
      ['', '13.0'],
      ['Economic assumptions', ''],
    ]);
  });

  it('keeps a wrapped group title together when it is indented and has no values', async () => {
    const page = new PageBuilder().stroke(40, 80, 400, 80).stroke(40, 96, 400, 96).stroke(40, 170, 400, 170);
    page.text(50, 92, 'Characteristic').text(250, 92, 'Percent').text(320, 92, 'Amount');
    page.text(50, 110, 'Highest enrollment after').text(58, 122, 'Bachelor degree by 2003');
    rows(page, [55, 250, 320], [
      ['Master degree', '37.9', '19,900'],
      ['Doctoral degree', '63.1', '43,700'],
    ], 134);
    const [table] = await tablesOf([page]);
    expect(texts(table!)).toEqual([
      ['Characteristic', 'Percent', 'Amount'],
      ['Highest enrollment after Bachelor degree by 2003', '', ''],
      ['Master degree', '37.9', '19,900'],
      ['Doctoral degree', '63.1', '43,700'],
    ]);
  });

  it('spans a header label over the columns its straddle rule covers', async () => {
    const page = new PageBuilder().stroke(40, 80, 400, 80).stroke(190, 100, 400, 100).stroke(40, 116, 400, 116).stroke(40, 160, 400, 160);
    page.text(260, 96, 'Amount borrowed');
    page.text(50, 112, 'Characteristic').text(200, 112, 'Low').text(280, 112, 'Middle').text(360, 112, 'High');
    rows(page, [50, 200, 280, 360], [
      ['Total', '23.2', '10.3', '27.0'],
      ['Public', '25.5', '10.2', '26.9'],
    ], 130);
    const [table] = await tablesOf([page]);
    expect(texts(table!)).toEqual([
      ['Characteristic', 'Amount borrowed', '', ''],
      ['', 'Low', 'Middle', 'High'],
      ['Total', '23.2', '10.3', '27.0'],
      ['Public', '25.5', '10.2', '26.9'],
    ]);
    expect(table!.cells.find((c) => c.text === 'Amount borrowed')).toMatchObject({ row: 0, column: 1, columnSpan: 3 });
    expect(table!.cells.find((c) => c.text === 'Characteristic')).toMatchObject({ rowSpan: 2 });
  });

  it('parts rows only at the rules when rules are drawn between the rows', async () => {
    const page = new PageBuilder();
    for (const y of [80, 96, 130, 164, 186]) page.stroke(40, y, 500, y);
    page.text(50, 92, 'Outcome').text(250, 92, 'Timing').text(350, 92, 'Results');
    rows(page, [50, 250, 350], [
      ['A: Governments should', '2016', 'Results: better'],
      ['ICT-based services', '', 'Access for all'],
    ], 108);
    rows(page, [50, 250, 350], [
      ['B: In the context of', '2017', 'Results: more'],
      ['National strategies', '', ''],
    ], 142);
    page.text(50, 178, 'C: Encourage').text(250, 178, '2018').text(350, 178, 'Results: fewer');
    const [table] = await tablesOf([page]);
    expect(texts(table!)).toEqual([
      ['Outcome', 'Timing', 'Results'],
      ['A: Governments should ICT-based services', '2016', 'Results: better Access for all'],
      ['B: In the context of National strategies', '2017', 'Results: more'],
      ['C: Encourage', '2018', 'Results: fewer'],
    ]);
  });
});

describe('the rule that closes a header', () => {
  const line = (baseline: number): TextLine => ({ words: [], text: 'x', x0: 40, x1: 400, top: baseline - 8, bottom: baseline + 2, baseline, size: 10 });
  const rule = (at: number, from = 40, to = 400): Ruling => ({ orientation: 'horizontal', at, from, to });
  // Five header lines over three body lines: more than a few lines, and not a minority.
  const lines = [90, 102, 114, 126, 138, 160, 172, 184].map(line);
  const width = { x0: 40, x1: 400 };

  it('is not taken for a header of five lines over three without straddle rules', () => {
    expect(headerRule(lines, [rule(80), rule(148), rule(190)], width)).toBeNull();
  });

  it('closes a tall header whose straddle rules tier it', () => {
    const closing = rule(148);
    expect(headerRule(lines, [rule(80), rule(106, 150, 260), rule(106, 280, 400), closing, rule(190)], width)).toBe(closing);
  });
});
