/**
 * What kind of source a file is (from its extension) and its checksum: pure, so the library can
 * name a source's format and hash its bytes without touching the file system.
 */
import { createHash } from 'node:crypto';
import { InputError } from '../errors.js';
import type { SourceFormat } from '../schema/roadmap.js';

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

/** ".pdf" of "a/b.PDF", "" when there is none (path.extname without node:path, for any separator). */
function extensionOf(filePath: string): string {
  const base = filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function formatOf(filePath: string): SourceFormat {
  const extension = extensionOf(filePath);
  const format = FORMAT_BY_EXTENSION[extension];
  if (!format) {
    throw new InputError(filePath, `unknown file type "${extension || '(none)'}"; expected one of ${SOURCE_EXTENSIONS.join(', ')}`);
  }
  return format;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
