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
