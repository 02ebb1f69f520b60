/**
 * The folder of the edition a command reads from an output folder: the one named with
 * --edition, or the only one there.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { InputError, readProblem, UsageError } from '../errors.js';

export function editionFolder(outDir: string, edition: string | undefined): string {
  if (edition !== undefined) {
    const folder = path.join(outDir, edition);
    if (!existsSync(path.join(folder, 'roadmap.json'))) throw new InputError(folder, 'no roadmap.json here (run roadmap ingest first, or check --edition and --out)');
    return folder;
  }
  let names: string[];
  try {
    names = readdirSync(outDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(path.join(outDir, e.name, 'roadmap.json')))
      .map((e) => e.name)
      .sort();
  } catch (error) {
    throw new InputError(outDir, `${readProblem(error)} (run roadmap ingest first, or check --out)`);
  }
  if (names.length === 0) throw new InputError(outDir, 'no edition found (run roadmap ingest first)');
  if (names.length > 1) throw new UsageError(`${outDir} holds several editions (${names.join(', ')}): choose one with --edition`);
  return path.join(outDir, names[0]!);
}

/** Rows of cells as aligned columns (the last column is not padded). */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}
