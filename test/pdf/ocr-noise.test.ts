import { describe, expect, it } from 'vitest';
import type { Word } from '../../src/pdf/lines.js';
import { repairOcrWords } from '../../src/pdf/ocr-noise.js';

const word = (text: string, invisible = true): Word => ({
  text,
  x0: 100,
  x1: 100 + 5 * text.length,
  top: 91,
  bottom: 100,
  baseline: 100,
  size: 9,
  font: 'GlyphLessFont',
  spaceBefore: true,
  spaceGlyph: false,
  invisible,
  mcid: null,
});

const texts = (input: string[], invisible = true) => repairOcrWords(input.map((t) => word(t, invisible))).words.map((w) => w.text);

describe('OCR noise in an invisible text layer', () => {
  it('drops rulings read as text, alone or glued to a word', () => {
    expect(texts(['|', '_|', '=', '|2016-2019', '__|ITU', '17|', '[2016-2019', '{ITU'])).toEqual(['2016-2019', 'ITU', '17', '2016-2019', 'ITU']);
  });

  it('splits two words a ruling runs between', () => {
    expect(texts(['and_|in'])).toEqual(['and', 'in']);
  });

  it('reads a bar before a colon or a lower-case letter as a capital I', () => {
    expect(texts(['|:', '|n'])).toEqual(['I:', 'In']);
  });

  it('parts a word from the number glued to it', () => {
    expect(texts(['Goal1', 'Goal1&4'])).toEqual(['Goal', '1', 'Goal', '1&4']);
  });

  it('repairs a numbered target read with a capital letter or a hyphen', () => {
    expect(texts(['9.C,', '9-1,'])).toEqual(['9.c,', '9.1,']);
  });

  it('leaves ordinary words, balanced brackets and codes alone', () => {
    expect(texts(['[x]', 'IPv4', 'AFR3,', '2016-2019', 'C2)', '(Rev.', '-', '—'])).toEqual(['[x]', 'IPv4', 'AFR3,', '2016-2019', 'C2)', '(Rev.', '-', '—']);
  });

  it('drops a footnote marker read as a mark glued to its word', () => {
    expect(texts(['Outcomes’', 'Proposed?', 'Resolutions*', 'Proposed®', 'LIVES”'])).toEqual(['Outcomes', 'Proposed', 'Resolutions', 'Proposed', 'LIVES”']);
  });

  it('reports every change with what it was and why', () => {
    const { repairs } = repairOcrWords([word('|'), word('Goal1'), word('text')]);
    expect(repairs.map((r) => [r.from, r.to])).toEqual([
      ['|', ''],
      ['Goal1', 'Goal 1'],
    ]);
    expect(repairs.every((r) => r.why.length > 0 && r.y === 100)).toBe(true);
  });

  it('never touches visible text (a PDF typeset from text)', () => {
    expect(texts(['|', 'Goal1', '9.C'], false)).toEqual(['|', 'Goal1', '9.C']);
  });
});
