/** The compact word list: exactly the lines of its text, no more (prefixes, joins, case) and no fewer. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import wordListPath from 'word-list';
import { englishWords, LineSet } from '../../src/layout/dictionary.js';

describe('LineSet', () => {
  const set = new LineSet('cat\ncats\ndog\n\nemu');
  it.each([
    ['cat', true],
    ['cats', true],
    ['dog', true],
    ['emu', true],
    ['ca', false],
    ['catsx', false],
    ['Cat', false],
    ['', false],
    ['cat\ncats', false],
    ['do', false],
  ])('%j → %s', (word, known) => {
    expect(set.has(word)).toBe(known);
  });
});

describe('englishWords', () => {
  it('knows every word of the word-list package and nothing else tried here', () => {
    const words = readFileSync(wordListPath, 'utf8').split('\n').filter((w) => w !== '');
    const list = englishWords();
    expect(words.filter((w) => !list.has(w))).toEqual([]);
    expect(['registations', 'intergovernmenta', 'dreas', 'origining'].filter((w) => list.has(w))).toEqual([]);
  });
});
