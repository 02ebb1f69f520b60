/** Runs the CLI in-process and captures what it prints. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/program.js';

export interface Run {
  code: number;
  /** stdout by line (line ends removed). */
  stdout: string[];
  stderr: string[];
}

/** A run with stdout also as the exact text written (line ends kept). */
export interface RawRun extends Run {
  stdoutText: string;
}

export async function runRaw(...argv: string[]): Promise<RawRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  let stdoutText = '';
  const code = await main(argv, {
    out: (line) => {
      stdout.push(line);
      stdoutText += `${line}\n`;
    },
    err: (line) => stderr.push(line),
    write: (text) => {
      stdoutText += text;
      if (text !== '') stdout.push(...text.replace(/\n$/, '').split('\n'));
    },
  });
  return { code, stdout, stderr, stdoutText };
}

export async function run(...argv: string[]): Promise<Run> {
  const { code, stdout, stderr } = await runRaw(...argv);
  return { code, stdout, stderr };
}

/** Writes a source file as a maintainer drops one in: WORK/sources/<edition>/<name>. */
export function sourceIn(work: string, edition: string, name: string, content: string | Uint8Array): string {
  const dir = path.join(work, 'sources', edition);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}
