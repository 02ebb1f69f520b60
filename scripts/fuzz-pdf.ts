/**
 * `npm run fuzz`: seeded mutation fuzzing of the bundled PDF through the built CLI (dist/), outside
 * `npm test` (it takes minutes). Each mutant is a byte flip, a truncation, a duplicated or deleted
 * chunk, or a changed number, written to a temporary folder and read by `roadmap ingest` (and, with
 * --tables, by `roadmap tables`) in a child process of its own. Only two outcomes are allowed:
 * exit 0, or exit 1 with one line that names the file. Everything else is counted:
 *   crash — killed by a signal, or an exit code other than 0/1 (an unhandled rejection exits 1
 *           too, but prints a stack: counted as a stack trace);
 *   hang  — no answer within the timeout;
 *   stack — stderr holds a stack trace ("    at …") or "internal error";
 *   noisy — a failure that printed other than one line naming the file.
 * Usage: tsx scripts/fuzz-pdf.ts [--count 300] [--seed 1] [--timeout 30] [--tables] [--keep DIR]
 *        [--cli path/to/main.js] (another build, e.g. an older commit's, to compare)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
    timeout: { type: 'string', default: '30' },
    tables: { type: 'boolean', default: false },
    keep: { type: 'string' },
    source: { type: 'string', default: 'sources/2018/wsis-roadmaps-2018.pdf' },
    cli: { type: 'string', default: 'dist/cli/main.js' },
  },
});
const COUNT = Number(values.count);
const TIMEOUT_MS = Number(values.timeout) * 1000;
const CLI = path.resolve(values.cli);
const original = new Uint8Array(readFileSync(values.source));

/** mulberry32: small, seeded, good enough to pick mutations reproducibly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = 'flip' | 'truncate' | 'duplicate' | 'delete' | 'number';
const KINDS: Mutation[] = ['flip', 'truncate', 'duplicate', 'delete', 'number'];

function mutate(bytes: Uint8Array, next: () => number): { kind: Mutation; bytes: Uint8Array } {
  const int = (n: number) => Math.floor(next() * n);
  const kind = KINDS[int(KINDS.length)]!;
  const n = bytes.length;
  switch (kind) {
    case 'flip': {
      const out = new Uint8Array(bytes);
      for (let k = 1 + int(20); k > 0; k--) out[int(n)] = int(256);
      return { kind, bytes: out };
    }
    case 'truncate':
      return { kind, bytes: bytes.slice(0, int(n)) };
    case 'duplicate': {
      const at = int(n);
      const chunk = bytes.slice(at, at + 1 + int(4096));
      const to = int(n);
      return { kind, bytes: concat(bytes.subarray(0, to), chunk, bytes.subarray(to)) };
    }
    case 'delete': {
      const at = int(n);
      return { kind, bytes: concat(bytes.subarray(0, at), bytes.subarray(Math.min(n, at + 1 + int(4096)))) };
    }
    case 'number': {
      // Change a few numbers in the object syntax: lengths, offsets, counts, references, sizes.
      const text = Buffer.from(bytes).toString('latin1');
      const numbers = [...text.matchAll(/\d+/g)];
      let out = text;
      for (let k = 1 + int(5); k > 0 && numbers.length > 0; k--) {
        const m = numbers[int(numbers.length)]!;
        const replacement = String([0, 1, -1, 2 ** 31, 2 ** 53, int(1e6), Number(m[0]) * 1000, Number(m[0]) + 1][int(8)]);
        out = out.slice(0, m.index) + replacement.padEnd(m[0].length, ' ') + out.slice(m.index + m[0].length);
      }
      return { kind, bytes: new Uint8Array(Buffer.from(out, 'latin1')) };
    }
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

interface Outcome {
  verdict: 'ok' | 'input-error' | 'crash' | 'hang' | 'stack' | 'noisy';
  code: number | null;
  ms: number;
  stderr: string;
}

function runCli(args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const start = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 20000) stderr += d.toString('utf8');
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Date.now() - start;
      const lines = stderr.trimEnd().split('\n').filter((l) => l !== '');
      let verdict: Outcome['verdict'];
      if (timedOut) verdict = 'hang';
      else if (signal !== null || (code !== 0 && code !== 1)) verdict = 'crash';
      else if (/\n\s+at |internal error|Unhandled|PromiseRejectCallback/.test(`\n${stderr}`)) verdict = 'stack';
      else if (code === 0) verdict = 'ok';
      else verdict = lines.length === 1 && lines[0]!.includes('mutant') ? 'input-error' : 'noisy';
      resolve({ verdict, code, ms, stderr });
    });
  });
}

const work = values.keep ?? mkdtempSync(path.join(os.tmpdir(), 'roadmap-fuzz-'));
mkdirSync(work, { recursive: true });
const next = random(Number(values.seed));
const tally = new Map<string, number>();
const bad: string[] = [];
let slowest = 0;
const jobs: (() => Promise<void>)[] = [];
for (let i = 0; i < COUNT; i++) {
  const { kind, bytes } = mutate(original, next);
  const file = path.join(work, `mutant-${String(i).padStart(4, '0')}-${kind}.pdf`);
  writeFileSync(file, bytes);
  const commands: [string, string[]][] = [['ingest', ['ingest', file, '--edition', `m${i}`, '--out', path.join(work, 'out'), '--quiet']]];
  if (values.tables) commands.push(['tables', ['tables', file]]);
  for (const [name, args] of commands) {
    jobs.push(async () => {
      const outcome = await runCli(args);
      slowest = Math.max(slowest, outcome.ms);
      const key = `${name} ${outcome.verdict}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
      if (!['ok', 'input-error'].includes(outcome.verdict)) {
        bad.push(`${name} ${path.basename(file)}: ${outcome.verdict} (exit ${outcome.code}, ${outcome.ms} ms): ${outcome.stderr.split('\n').slice(0, 3).join(' | ').slice(0, 300)}`);
      }
    });
  }
}

// Two at a time: the machine is shared, and a hang must not hide behind the others.
let cursor = 0;
await Promise.all(
  Array.from({ length: 2 }, async () => {
    while (cursor < jobs.length) await jobs[cursor++]!();
  }),
);

for (const line of bad.sort()) console.log(line);
console.log(`\n${COUNT} mutants of ${values.source} (seed ${values.seed}), slowest ${slowest} ms:`);
for (const [key, n] of [...tally].sort()) console.log(`  ${key}: ${n}`);
if (values.keep === undefined) rmSync(work, { recursive: true, force: true });
const failures = [...tally].filter(([k]) => /crash|hang|stack|noisy/.test(k)).reduce((s, [, n]) => s + n, 0);
process.exitCode = failures > 0 ? 1 : 0;
