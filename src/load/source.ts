/**
 * Reading a source file: its bytes, checksum and format. Format comes from the extension; the
 * loaders for each format turn bytes into the common grid (src/grid).
 */
import { readFile } from 'node:fs/promises';
import { InputError, readProblem } from '../errors.js';
import type { SourceFormat } from '../schema/roadmap.js';
import { formatOf, sha256 } from './format.js';

export { formatOf, sha256, SOURCE_EXTENSIONS } from './format.js';

export interface SourceFile {
  /** The path as given (relative paths stay relative, so outputs do not leak machine paths). */
  path: string;
  bytes: Uint8Array;
  sha256: string;
  format: SourceFormat;
}

export async function readSource(filePath: string): Promise<SourceFile> {
  const format = formatOf(filePath);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(filePath));
  } catch (error) {
    throw new InputError(filePath, readProblem(error));
  }
  return { path: filePath, bytes, sha256: sha256(bytes), format };
}
