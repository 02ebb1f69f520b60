/**
 * The English word list used to tell an OCR garble ("registations") from a real word
 * ("legislations"). Loaded once, lazily: ~275,000 words from the word-list package.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let cached: ReadonlySet<string> | null = null;

export function englishWords(): ReadonlySet<string> {
  cached ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return cached;
}
