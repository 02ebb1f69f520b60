/**
 * The library has no console and no file system: no module src/index.ts reaches (by static or
 * dynamic import) writes to the console or imports node:fs, except the word list's reader, which
 * reads the word-list package's own data file (never a user's file).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const SRC = path.join(import.meta.dirname, '..', '..', 'src');
const ALLOWED_FS = new Set(['layout/dictionary.ts']);

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    // Type-only imports are erased: they load nothing.
    const text = readFileSync(file, 'utf8').replace(/^import type [^;]*;$/gm, '');
    for (const m of text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)\.js'/g)) queue.push(path.resolve(path.dirname(file), `${m[1]}.ts`));
  }
  return seen;
}

it('reaches no console and no node:fs from src/index.ts', () => {
  const files = [...reachable(path.join(SRC, 'index.ts'))].map((f) => path.relative(SRC, f).split(path.sep).join('/'));
  expect(files.length).toBeGreaterThan(50);
  expect(files.some((f) => f.startsWith('cli/'))).toBe(false);
  const offending = files.filter((f) => {
    const text = readFileSync(path.join(SRC, f), 'utf8');
    const fs = /from 'node:fs(\/promises)?'|from 'fs'/.test(text) && !ALLOWED_FS.has(f);
    return fs || /\bconsole\.(log|error|warn|info)\(|process\.(stdout|stderr)\.write/.test(text);
  });
  expect(offending).toEqual([]);
});
