/**
 * Reading a source file: its bytes, checksum and format. Format comes from the extension; the
 * loaders for each format turn bytes into the common grid (src/grid).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { SourceFormat } from '../schema/roadmap.js';

export interface SourceFile {
  /** The path as given (relative paths stay relative, so outputs do not leak machine paths). */
  path: string;
  bytes: Uint8Array;
  sha256: string;
  format: SourceFormat;
}

const FORMAT_BY_EXTENSION: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.tsv': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.pdf': 'pdf',
};

/** Extensions `roadmap ingest` picks up when given a folder. */
export const SOURCE_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

export function formatOf(filePath: string): SourceFormat {
  const format = FORMAT_BY_EXTENSION[path.extname(filePath).toLowerCase()];
  if (!format) {
    throw new InputError(
      filePath,
      `unknown file type "${path.extname(filePath) || '(none)'}"; expected one of ${SOURCE_EXTENSIONS.join(', ')}`,
    );
  }
  return format;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function readSource(filePath: string): Promise<SourceFile> {
  const format = formatOf(filePath);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(filePath));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(filePath, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : `cannot read (${code ?? String(error)})`);
  }
  return { path: filePath, bytes, sha256: sha256(bytes), format };
}
