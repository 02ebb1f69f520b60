/**
 * An edition's files (roadmap.json, index.json, the diff reports) are replaced together: a reader
 * of <out>/<edition>/ sees the old set or the new set, never a new roadmap.json beside an old
 * index.json. They are written into a temporary folder beside the edition's, with whatever else
 * the old folder held carried over, and the folders are swapped with two renames:
 *
 *   <edition>  → .<edition>.<pid>.<n>.old      (the old set, kept until the swap is done)
 *   .<edition>.<pid>.<n>.tmp → <edition>       (the new set)
 *
 * Rename is atomic within a file system, so each step either happened or did not. A failure
 * before the swap removes the temporary folder and leaves the old set; a failure (or a kill)
 * between the two renames leaves the old set in its .old folder, which the next run puts back
 * (restoreOrClean), as it removes temporary folders of processes that are gone. A symlink in the
 * old folder is carried over as a symlink, never written through.
 */
import { cp, lstat, mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';

/**
 * An edition is a name, not a path: it becomes one folder inside --out, so no separators, no
 * "." or "..", no leading dot (that is how this module names its temporary folders), no
 * control characters.
 */
export function checkEditionName(name: string): string | null {
  if (name === '' || name.length > 100) return 'an edition name is 1 to 100 characters';
  if (/[/\\\u0000-\u001f\u007f]/.test(name) || name.startsWith('.')) return `"${name.replace(/[\u0000-\u001f\u007f]/g, '?')}" is a path or a hidden name, not an edition name (no slashes, no leading dot)`;
  return null;
}

export function requireEditionName(name: string): void {
  const problem = checkEditionName(name);
  if (problem) throw new UsageError(`--edition: ${problem}`);
}

/**
 * mkdir -p that fails at once: Node's recursive mkdir loops for ever where a parent exists but
 * refuses children with ENOENT (/proc/x). Each missing folder is made on its own instead.
 */
export async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = path.resolve(dir); ; ) {
    const found = await stat(at).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
    if (found) {
      if (!found.isDirectory()) throw Object.assign(new Error(`${at} is not a folder`), { code: 'ENOTDIR' });
      break;
    }
    missing.push(at);
    const up = path.dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const folder of missing.reverse()) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => (error.code === 'EEXIST' ? undefined : Promise.reject(error)));
  }
}

let counter = 0;

/** What follows `.<edition>.` in a leftover's name: the writing process, a counter, tmp or old. */
const LEFTOVER_TAIL = /^(\d+)\.\d+\.(tmp|old)$/;

/** `.2018.1234.0.tmp`, `.2018.1234.1.old` → [pid, tmp|old]; null for any other name (no regex built from the edition name). */
function leftoverOf(name: string, edition: string): [pid: string, kind: string] | null {
  const prefix = `.${edition}.`;
  if (!name.startsWith(prefix)) return null;
  const match = LEFTOVER_TAIL.exec(name.slice(prefix.length));
  return match ? [match[1]!, match[2]!] : null;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Left behind by a killed run: its temporary folders are removed; an old set whose swap did not
 * finish is put back when the edition folder is missing (else removed). Folders of runs still
 * going are left alone.
 */
export async function restoreOrClean(dir: string): Promise<void> {
  const parent = path.dirname(dir);
  const edition = path.basename(dir);
  const entries = await readdir(parent).catch(() => [] as string[]);
  for (const name of entries.sort()) {
    const match = leftoverOf(name, edition);
    if (!match || alive(Number(match[0]))) continue;
    const stale = path.join(parent, name);
    if (match[1] === 'old' && !(await exists(dir))) await rename(stale, dir);
    else await rm(stale, { recursive: true, force: true });
  }
  // Per-file temporaries of earlier versions (".roadmap.json.<pid>.<time>.<n>.tmp").
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const match = /^\..+\.(\d+)\.\d+\.\d+\.tmp$/.exec(name);
    if (match && !alive(Number(match[1]))) await rm(path.join(dir, name), { force: true });
  }
}

/** Writes a new file from its text or its text in pieces (a large roadmap.json is never held whole). */
async function writeNew(file: string, content: string | Iterable<string>): Promise<void> {
  if (typeof content === 'string') return writeFile(file, content, { encoding: 'utf8', flag: 'wx' });
  const handle = await open(file, 'wx');
  try {
    for (const chunk of content) await handle.write(chunk, null, 'utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Replaces the edition folder `dir` with one holding `files` (name → content) and, carried over
 * from the old folder, every other entry except the names in `drop` (files of the set this run
 * does not write, such as diff reports of an earlier --previous).
 */
export async function replaceEditionFiles(dir: string, files: Readonly<Record<string, string | Iterable<string>>>, drop: readonly string[] = []): Promise<void> {
  const parent = path.dirname(dir);
  const edition = path.basename(dir);
  await makeFolder(parent);
  await restoreOrClean(dir);
  const stamp = `${process.pid}.${counter++}`;
  const temp = path.join(parent, `.${edition}.${stamp}.tmp`);
  const old = path.join(parent, `.${edition}.${stamp}.old`);
  let swapped = false;
  try {
    await mkdir(temp);
    for (const [name, content] of Object.entries(files)) await writeNew(path.join(temp, name), content);
    const before = await lstat(dir).catch(() => null);
    if (before && !before.isDirectory() && !before.isSymbolicLink()) throw Object.assign(new Error(`${dir} is a file`), { code: 'EEXIST' });
    // A symlinked edition folder is replaced by a real one, not written through (nothing carried over).
    if (before?.isDirectory()) {
      for (const name of Object.keys(files)) {
        // A folder where a file of the set goes is someone's: fail rather than swap it away.
        if ((await lstat(path.join(dir, name)).catch(() => null))?.isDirectory()) throw Object.assign(new Error(`${name} is a folder`), { code: 'EISDIR' });
      }
      for (const name of await readdir(dir)) {
        if (name in files || drop.includes(name) || /^\..+\.tmp$/.test(name)) continue;
        await cp(path.join(dir, name), path.join(temp, name), { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
      }
    }
    if (before) await rename(dir, old);
    swapped = true;
    await rename(temp, dir);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    if (swapped && (await exists(old)) && !(await exists(dir))) await rename(old, dir);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}
