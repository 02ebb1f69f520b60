/**
 * The library's entry to extraction: a source given as its path and bytes (the caller reads the
 * file) → the validated RoadmapEdition, its warnings on it, its corrections applied when given.
 * The path only names the source in the output and in messages and gives the format when none is
 * given; nothing is read from disk here.
 */
import { applyCorrections } from '../corrections/apply.js';
import { formatOf, sha256 } from '../load/format.js';
import { extractRoadmap as runPipeline } from '../pipeline.js';
import type { Correction } from '../schema/corrections.js';
import type { RoadmapEdition, SourceFormat } from '../schema/roadmap.js';

export interface RoadmapSource {
  /** Names the source in roadmap.json and in messages; its extension gives the format when `format` is absent. */
  path: string;
  bytes: Uint8Array;
  format?: SourceFormat;
}

export interface ExtractRoadmapOptions {
  /** The edition's name ("2018"); by default the name of the folder the source path sits in, else "edition". */
  edition?: string;
  /** Opens an encrypted PDF. */
  password?: string;
  /** Corrections (the `corrections` of a corrections.json) applied after extraction, checked like the rest. */
  corrections?: readonly Correction[];
  /** Names the corrections in warnings and errors (default "corrections.json"). */
  correctionsFile?: string;
}

/** The folder a path sits in, by name ("2018" of "sources/2018/x.txt"), or null. */
export function folderName(filePath: string): string | null {
  const parts = filePath.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
  return parts.length >= 2 ? parts[parts.length - 2]! : null;
}

/**
 * Throws an InputError (naming the source, and line or page when known) when the source holds no
 * roadmap table or the bytes cannot be read as its format.
 */
export async function extractRoadmap(source: RoadmapSource, options: ExtractRoadmapOptions = {}): Promise<RoadmapEdition> {
  const format = source.format ?? formatOf(source.path);
  const edition = options.edition ?? folderName(source.path) ?? 'edition';
  const extracted = await runPipeline({ path: source.path, bytes: source.bytes, sha256: sha256(source.bytes), format }, { edition, password: options.password });
  if (options.corrections === undefined) return extracted;
  return applyCorrections(extracted, options.corrections, options.correctionsFile ?? 'corrections.json');
}
