import { describe, expect, it } from 'vitest';
import type { Word } from '../../src/pdf/lines.js';
import { ocrVocabulary, repairOcrWords, type Vocabulary } from '../../src/pdf/ocr-noise.js';

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
    expect(texts(['Outcomes’', 'Proposed?', 'Resolutions*', 'Proposed®'])).toEqual(['Outcomes', 'Proposed', 'Resolutions', 'Proposed']);
  });

  it('reports every change with what it was and why', () => {
    const { repairs } = repairOcrWords([word('|'), word('Goal1'), word('text')]);
    expect(repairs.map((r) => [r.from, r.to])).toEqual([
      ['|', ''],
      ['Goal1', 'Goal 1'],
    ]);
    expect(repairs.every((r) => r.why.length > 0 && r.y === 100)).toBe(true);
  });

  it('reads a bar before a word as a ruling or a capital I, as the document\'s vocabulary says', () => {
    // The document prints "ITU-D" clean twice; "members" and "how" are English words, "Imembers" is neither.
    const layer = ['ITU-D', 'ITU-D', 'the', 'members'].map((t) => word(t));
    const vocabulary = ocrVocabulary(layer, () => new Set(['members', 'how', 'in']));
    const read = (input: string[]) => repairOcrWords(input.map((t) => word(t)), vocabulary).words.map((w) => w.text);
    expect(read(['|members', '|how', '|TU-D', '|n', '|:', '|Goal1'])).toEqual(['members', 'how', 'ITU-D', 'In', 'I:', 'Goal', '1']);
  });

  it('counts a word with a ruling glued to it as no clean occurrence in the vocabulary', () => {
    const vocabulary: Vocabulary = ocrVocabulary(['|Imembers', 'Imembers|', 'GSR', 'GSR'].map((t) => word(t)), () => new Set());
    expect([vocabulary.isKnown('Imembers'), vocabulary.isKnown('GSR'), vocabulary.isKnown('gsr')]).toEqual([false, true, true]);
  });

  it('reads a lower-case l inside an acronym as a capital I, and leaves words alone', () => {
    expect(texts(['(Rls', '(CCl)', '(C&l)', 'loT', 'https://itu.int/go/Cl', 'Goal', 'level', 'Ltd', 'ICTs'])).toEqual([
      '(RIs',
      '(CCI)',
      '(C&I)',
      'IoT',
      'https://itu.int/go/CI',
      'Goal',
      'level',
      'Ltd',
      'ICTs',
    ]);
  });

  it('reads letters for digits where a resolution reference expects numbers, and only there', () => {
    expect(texts(['CO9', 'Res', '13O5,', 'l02'])).toEqual(['C09', 'Res', '1305,', '102']);
    expect(texts(['CO2', 'emissions', 'and', 'ISO', 'Resolution', '2O'])).toEqual(['CO2', 'emissions', 'and', 'ISO', 'Resolution', '20']);
  });

  it('reads a target letter read as a digit in a list of SDG targets, and only there', () => {
    // 7.6 is no SDG target, 7.b is; 3.6 is one; a lone 1.6 has no list around it.
    expect(texts(['7.1,', '7.a,', '7.6,', '9.1,', '3.6'])).toEqual(['7.1,', '7.a,', '7.b,', '9.1,', '3.6']);
    expect(texts(['version', '1.6'])).toEqual(['version', '1.6']);
  });

  /** Words on one line, left to right, each `width` wide per character (a dash: its own width). */
  const row = (items: [string, number][]): Word[] => {
    let x = 50;
    return items.map(([text, width]) => {
      const w = { ...word(text), x0: x, x1: x + width };
      x += width + 4;
      return w;
    });
  };

  it('reads a lone em dash narrower than an em dash on its line as an en dash', () => {
    const narrow = row([['GCA', 15], ['—', 3], ['Global', 24], ['Cybersecurity', 52]]);
    const wide = row([['GCA', 15], ['—', 9], ['Global', 24], ['Cybersecurity', 52]]);
    expect(repairOcrWords(narrow).words.map((w) => w.text)).toEqual(['GCA', '–', 'Global', 'Cybersecurity']);
    expect(repairOcrWords(wide).words.map((w) => w.text)).toEqual(['GCA', '—', 'Global', 'Cybersecurity']);
  });

  it('drops a closing quote glued to a word when no quote opens before it', () => {
    const header = [{ ...word('Activities”'), x0: 600, x1: 640 }];
    expect(repairOcrWords(header).words.map((w) => w.text)).toEqual(['Activities']);
    // "The “2nd Global Forum …" one line up, in the same place: a real quotation.
    const quoted = [
      { ...word('“2nd'), x0: 600, x1: 615, baseline: 90 },
      { ...word('LIVES”'), x0: 640, x1: 665 },
    ];
    expect(repairOcrWords(quoted).words.map((w) => w.text)).toEqual(['“2nd', 'LIVES”']);
  });

  it('never touches visible text (a PDF typeset from text)', () => {
    expect(texts(['|', 'Goal1', '9.C'], false)).toEqual(['|', 'Goal1', '9.C']);
  });
});
