/**
 * Which files `roadmap ingest` reads: the files named, and every source file under the folders
 * named (fast-glob), skipping documentation that lives beside the sources (README, LICENSE…).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { InputError } from '../errors.js';
import { SOURCE_EXTENSIONS } from '../load/source.js';

const NOT_SOURCES = ['**/README*', '**/LICENSE*', '**/NOTICE*', '**/CHANGELOG*', '**/node_modules/**'];

export async function findSources(paths: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const given of paths) {
    let info;
    try {
      info = await stat(given);
    } catch {
      throw new InputError(given, 'no such file or folder');
    }
    if (info.isFile()) {
      found.add(path.normalize(given));
      continue;
    }
    const pattern = `**/*.{${SOURCE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;
    const files = await fg(pattern, { cwd: given, ignore: NOT_SOURCES, onlyFiles: true, caseSensitiveMatch: false, dot: false });
    for (const file of files) found.add(path.normalize(path.join(given, file)));
  }
  return [...found].sort();
}

/** A source's edition: the name of the folder it sits in. */
export function editionOf(file: string): string {
  return path.basename(path.dirname(path.resolve(file)));
}
