/**
 * Which files `roadmap ingest` reads: the files named, and every source file under the folders
 * named (fast-glob), skipping documentation that lives beside the sources (README, LICENSE…).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, readProblem } from '../errors.js';
import { formatOf, SOURCE_EXTENSIONS } from '../load/source.js';
import type { SourceFormat } from '../schema/roadmap.js';

const NOT_SOURCES = ['**/README*', '**/LICENSE*', '**/NOTICE*', '**/CHANGELOG*', '**/node_modules/**'];

export interface FoundSource {
  file: string;
  /** Named on the command line (not found in a folder). */
  named: boolean;
}

export async function findSources(paths: readonly string[]): Promise<FoundSource[]> {
  const found = new Map<string, boolean>();
  for (const given of paths) {
    let info;
    try {
      info = await stat(given);
    } catch (error) {
      throw new InputError(given, readProblem(error));
    }
    if (info.isFile()) {
      found.set(path.normalize(given), true);
      continue;
    }
    // fast-glob (and its fifty modules) only when a folder is named.
    const { default: fg } = await import('fast-glob');
    const pattern = `**/*.{${SOURCE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;
    const files = await fg(pattern, { cwd: given, ignore: NOT_SOURCES, onlyFiles: true, caseSensitiveMatch: false, dot: false });
    for (const file of files) {
      const normal = path.normalize(path.join(given, file));
      if (!found.has(normal)) found.set(normal, false);
    }
  }
  return [...found].sort(([a], [b]) => a.localeCompare(b)).map(([file, named]) => ({ file, named }));
}

/**
 * When a folder holds several renderings of one edition (a PDF and its text export), the one read
 * is the text, then Markdown, then PDF: an export is what a maintainer made from the PDF, often to
 * get round an extraction problem. Files named on the command line are always read; two of them
 * for one edition are an error.
 */
const FORMAT_PREFERENCE: readonly SourceFormat[] = ['text', 'markdown', 'pdf'];

export interface SourcePlan {
  /** edition → the file it is read from */
  chosen: Map<string, string>;
  /** files found in folders but not read, with the file read instead */
  skipped: { file: string; edition: string; instead: string }[];
}

export function planSources(found: readonly FoundSource[], editionFor: (file: string) => string): SourcePlan {
  const byEdition = new Map<string, FoundSource[]>();
  for (const source of found) {
    const edition = editionFor(source.file);
    byEdition.set(edition, [...(byEdition.get(edition) ?? []), source]);
  }
  const chosen = new Map<string, string>();
  const skipped: SourcePlan['skipped'] = [];
  for (const [edition, sources] of byEdition) {
    const named = sources.filter((s) => s.named);
    if (named.length > 1) {
      throw new InputError(named[1]!.file, `edition "${edition}" would also come from ${named[0]!.file}; give each edition one source, or pass --edition`);
    }
    const rank = (s: FoundSource) => FORMAT_PREFERENCE.indexOf(formatOf(s.file));
    const pick = named[0] ?? [...sources].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file))[0]!;
    chosen.set(edition, pick.file);
    for (const other of sources) if (other !== pick) skipped.push({ file: other.file, edition, instead: pick.file });
  }
  return { chosen, skipped };
}

/** A source's edition: the name of the folder it sits in. */
export function editionOf(file: string): string {
  return path.basename(path.dirname(path.resolve(file)));
}
