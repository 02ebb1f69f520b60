/**
 * Deterministic JSON and atomic writes. Key order follows the zod schema's shape (so output is
 * stable and reads in contract order); lists are sorted by the cell parsers. A write goes to a
 * temporary file in the same folder and is renamed over the target, so a reader (or a failed
 * run) never sees half a file.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeFolder } from './edition-files.js';

export { toJson } from './to-json.js';

let counter = 0;

export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
  await makeFolder(path.dirname(target));
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.${counter++}.tmp`);
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
