/**
 * Runs → lines: baselines clustered by font size, spaces from gaps, and footnote markers (small
 * raised runs) turned into superscript digits, whether pdf.js lists them before or after the
 * text they belong to. Also the same from a generated PDF, where pdf.js measures the runs.
 */
import { describe, expect, it } from 'vitest';
import { groupLines } from '../../../src/pdf/lines.js';
import type { Word } from '../../../src/pdf/lines.js';
import { DEFAULT_PDF_SETTINGS } from '../../../src/pdf/settings.js';
import { makePdf, PageBuilder, readPages, wordAt } from './make-pdf.js';

const run = (text: string, x0: number, x1: number, baseline: number, size = 10): Word => wordAt({ text, x0, x1, baseline, size, font: 'F1' });
const texts = (runs: Word[]) => groupLines(runs, DEFAULT_PDF_SETTINGS).map((l) => l.text);

describe('groupLines', () => {
  it('puts runs whose baselines agree within the tolerance on one line, in x order', () => {
    // 3 pt apart at 10 pt is within 0.35 em; 6 pt is the next line.
    expect(texts([run('world', 60, 85, 101), run('Hello', 20, 45, 100), run('next', 20, 40, 112)])).toEqual(['Hello world', 'next']);
  });

  it('decides spaces from gaps: a gap over 0.15 em is a space, a kerned split is not', () => {
    expect(texts([run('Sec', 20, 35, 100), run('tion', 35.5, 55, 100), run('title', 58, 80, 100)])).toEqual(['Section title']);
  });

  it('puts no space before closing punctuation or after an opening bracket', () => {
    expect(texts([run('(WSIS', 20, 45, 100), run('AL C2', 48, 75, 100), run(')', 78, 81, 100), run(',', 84, 86, 100)])).toEqual(['(WSIS AL C2),']);
  });

  it('reads a small raised number after a word as a superscript marker', () => {
    const line = [run('WSIS Outcomes', 20, 90, 100), run('1', 90.5, 94, 96, 6), run('(WSIS AL C2)', 97, 150, 100)];
    expect(texts(line)).toEqual(['WSIS Outcomes¹ (WSIS AL C2)']);
  });

  it('reads a two-digit marker after a one-letter word (a wrapped label\'s own line) as a superscript', () => {
    // The marker has more characters than the text it rides on: it must not set the line's size.
    expect(texts([run('d', 20, 25, 100), run('10', 25.5, 31, 96, 6)])).toEqual(['d¹⁰']);
  });

  it('reads a two-digit marker listed before its line (pdf.js order) as the line\'s superscript', () => {
    // The marker's baseline is above the line's, so it sorts first and starts a group of its own.
    expect(texts([run('10', 60, 66, 96, 6), run('Proposed', 20, 59, 100), run('Timing', 70, 100, 100)])).toEqual(['Proposed¹⁰ Timing']);
  });

  it('keeps a small number that sits on the baseline as text (not raised)', () => {
    expect(texts([run('Goal', 20, 40, 100), run('2', 43, 47, 100, 6)])).toEqual(['Goal 2']);
  });

  it('keeps a small line well above another as a line of its own (not a superscript)', () => {
    expect(texts([run('Note', 20, 40, 90, 6), run('Body text', 20, 70, 100)])).toEqual(['Note', 'Body text']);
  });

  it('reads the superscript of a footnote line glued before its text', () => {
    expect(texts([run('4', 20, 23, 497, 4.5), run('This column lists the planned activities', 23.5, 200, 500, 7)])).toEqual(['⁴This column lists the planned activities']);
  });
});

describe('lines from a generated PDF', () => {
  it('measures runs with the font metrics and finds the marker', async () => {
    const page = new PageBuilder().text(50, 100, 'Expected Results of ITU Activities', { bold: true }).text(212, 96, '4', { size: 6, bold: true }).text(50, 112, 'Expected Results:');
    const [input] = await readPages(makePdf([page]));
    const lines = groupLines(input!.words, DEFAULT_PDF_SETTINGS);
    expect(lines.map((l) => l.text)).toEqual(['Expected Results of ITU Activities⁴', 'Expected Results:']);
    expect(lines[0]!.size).toBe(10);
    expect(lines[0]!.baseline).toBe(100);
  });
});
