/**
 * Fatal input problems. Like pdf.js's typed exceptions, each carries what the CLI needs to print
 * one line that names the file (and line/page when there is one) and to choose the exit code.
 */
import { printable } from './safety/terminal-text.js';

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly file: string,
    message: string,
    readonly line: number | null = null,
    readonly page: number | null = null,
  ) {
    super(message);
  }

  /** "sources/2018/x.txt:12: message" — the one line the CLI prints. */
  describe(): string {
    const where = this.line !== null ? `:${this.line}` : this.page !== null ? ` (page ${this.page})` : '';
    return printable(`${this.file}${where}: ${this.message}`);
  }
}

/** A command used wrongly (exit 2), as opposed to bad input (exit 1). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** File system error codes in words, one wording for each, for reads and writes alike. */
const FILE_SYSTEM_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a file stands where a folder is needed',
  EEXIST: 'a file stands where a folder is needed',
  EISDIR: 'a folder stands where a file is needed',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EMFILE: 'too many open files',
};

function problemOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  return FILE_SYSTEM_PROBLEMS[code] ?? (code || String(error));
}

/** Why an input could not be read: "no such file or folder" when it is missing, else "cannot read (…)". */
export function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' ? FILE_SYSTEM_PROBLEMS.ENOENT! : `cannot read (${problemOf(error)})`;
}

/** Why an output could not be written, in the words readProblem uses. */
export function writeProblem(error: unknown): string {
  // Writing, a missing path means a folder on the way could not be made (/proc/x, a vanished mount).
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' ? 'a folder on the way cannot be made there' : problemOf(error);
}
