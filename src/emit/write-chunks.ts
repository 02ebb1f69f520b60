/**
 * An atomic write of text given in pieces: into a temporary file beside the target, then renamed
 * over it, so a reader (or a failed run) never sees half a file and the whole text is never held.
 */
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

let counter = 0;

export async function writeChunksAtomic(target: string, chunks: Iterable<string>): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.${counter++}.tmp`);
  try {
    const file = await open(temp, 'w');
    try {
      for (const chunk of chunks) await file.write(chunk, null, 'utf8');
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
