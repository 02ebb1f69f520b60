/** Runs the CLI in-process and captures what it prints. */
import { main } from '../../src/cli/program.js';

export interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
}

export async function run(...argv: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, { out: (line) => stdout.push(line), err: (line) => stderr.push(line) });
  return { code, stdout, stderr };
}
