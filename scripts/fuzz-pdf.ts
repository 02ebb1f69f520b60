/**
 * `npm run fuzz`: seeded mutation fuzzing of the bundled PDF through the built CLI (dist/), outside
 * `npm test` (it takes many minutes). Each mutant is one to three mutations of the original:
 *   flip       — a few random bytes changed;
 *   truncate   — the file cut short;
 *   duplicate  — a chunk copied elsewhere;  delete — a chunk removed;
 *   number     — numbers of the object syntax changed (lengths, offsets, counts, references);
 *   xref       — the cross-reference table or trailer damaged (offsets, startxref, /Size, /Root,
 *                /Prev pointing back at itself, the table removed);
 *   length     — a stream's /Length lying (zero, short, long, huge, negative).
 * Each mutant is written to a temporary folder and read by `roadmap ingest` and `roadmap tables`
 * (`--commands ingest,tables`), each in a child process of its own, under /usr/bin/time for its
 * peak memory. Only two outcomes are allowed: exit 0, or exit 1 with one line that names the file.
 * Everything else is counted:
 *   crash — killed by a signal, or an exit code other than 0/1;
 *   hang  — no answer within the timeout;
 *   stack — stderr holds a stack trace ("    at …"), "internal error" or an unhandled rejection;
 *   noisy — a failure that printed other than one line naming the file;
 *   over  — more than 1 GB of peak memory.
 * The summary gives the outcomes by command, the one-line errors by kind (file name and numbers
 * taken out), and the slowest run and the largest peak memory.
 * Usage: tsx scripts/fuzz-pdf.ts [--count 100] [--seeds 1,2,3] [--timeout 60] [--jobs 2]
 *        [--commands ingest,tables] [--keep DIR] [--cli path/to/main.js] (another build, e.g. an
 *        older commit's, to compare)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100' },
    seeds: { type: 'string', default: '1,2,3,4,5' },
    seed: { type: 'string' },
    timeout: { type: 'string', default: '60' },
    jobs: { type: 'string', default: '2' },
    commands: { type: 'string', default: 'ingest,tables' },
    tables: { type: 'boolean', default: false },
    keep: { type: 'string' },
    source: { type: 'string', default: 'sources/2018/wsis-roadmaps-2018.pdf' },
    cli: { type: 'string', default: 'dist/cli/main.js' },
  },
});
const COUNT = Number(values.count);
const SEEDS = (values.seed ?? values.seeds).split(',').map(Number);
const TIMEOUT_MS = Number(values.timeout) * 1000;
const JOBS = Math.max(1, Number(values.jobs));
const COMMANDS = values.tables ? ['ingest', 'tables'] : values.commands.split(',');
const CLI = path.resolve(values.cli);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const GIGABYTE_KB = 1024 * 1024;
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

type Mutation = 'flip' | 'truncate' | 'duplicate' | 'delete' | 'number' | 'xref' | 'length';
const KINDS: Mutation[] = ['flip', 'truncate', 'duplicate', 'delete', 'number', 'xref', 'length'];

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
/** `text` with [from, to) replaced. */
const splice = (text: string, from: number, to: number, by: string) => text.slice(0, from) + by + text.slice(to);

function mutateOnce(bytes: Uint8Array, kind: Mutation, next: () => number): Uint8Array {
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const n = bytes.length;
  switch (kind) {
    case 'flip': {
      const out = new Uint8Array(bytes);
      for (let k = 1 + int(20); k > 0; k--) out[int(n)] = int(256);
      return out;
    }
    case 'truncate':
      return bytes.slice(0, int(n));
    case 'duplicate': {
      const at = int(n);
      const chunk = bytes.slice(at, at + 1 + int(4096));
      const to = int(n);
      return concat(bytes.subarray(0, to), chunk, bytes.subarray(to));
    }
    case 'delete': {
      const at = int(n);
      return concat(bytes.subarray(0, at), bytes.subarray(Math.min(n, at + 1 + int(4096))));
    }
    case 'number': {
      // Change a few numbers in the object syntax: lengths, offsets, counts, references, sizes.
      let out = latin1(bytes);
      const numbers = [...out.matchAll(/\d+/g)];
      for (let k = 1 + int(5); k > 0 && numbers.length > 0; k--) {
        const m = numbers[int(numbers.length)]!;
        const replacement = String(pick([0, 1, -1, 2 ** 31, 2 ** 53, int(1e6), Number(m[0]) * 1000, Number(m[0]) + 1]));
        out = splice(out, m.index, m.index + m[0].length, replacement.padEnd(m[0].length, ' '));
      }
      return bytesOf(out);
    }
    case 'xref': {
      let out = latin1(bytes);
      const table = out.lastIndexOf('xref');
      const startxref = /startxref\s+(\d+)/g;
      const last = [...out.matchAll(startxref)].at(-1);
      switch (int(6)) {
        case 0: {
          // Some entries' offsets changed (into the middle of other objects, or past the end).
          const entries = [...out.matchAll(/^(\d{10}) (\d{5}) n/gm)];
          for (let k = 1 + int(10); k > 0 && entries.length > 0; k--) {
            const e = pick(entries);
            out = splice(out, e.index, e.index + 10, String(pick([0, int(n), n + int(1e6), 9_999_999_999])).padStart(10, '0').slice(-10));
          }
          return bytesOf(out);
        }
        case 1: // startxref pointing elsewhere
          if (!last) return bytes;
          return bytesOf(splice(out, last.index, last.index + last[0].length, `startxref\n${pick([0, int(n), n + 10, -1, 2 ** 40])}`));
        case 2: // the table removed (pdf.js must rebuild it by scanning)
          if (table < 0) return bytes;
          return bytesOf(splice(out, table, out.indexOf('trailer', table) < 0 ? table + 4 : out.indexOf('trailer', table), ''));
        case 3: {
          // /Prev pointing back at this table (a loop), or at a random offset.
          const trailer = out.lastIndexOf('<<', out.lastIndexOf('startxref'));
          if (trailer < 0 || !last) return bytes;
          return bytesOf(splice(out, trailer, trailer + 2, `<</Prev ${pick([last[1], String(int(n)), '0'])} `));
        }
        case 4: {
          // /Size or /Root changed.
          const key = pick(['/Size', '/Root']);
          const at = out.lastIndexOf(key);
          if (at < 0) return bytes;
          const m = /^\/\w+\s*(\d+)/.exec(out.slice(at));
          if (!m) return bytes;
          return bytesOf(splice(out, at, at + m[0].length, `${key} ${pick([0, 1, 2 ** 31, int(1000)])}`));
        }
        default: {
          // The subsection header's count changed: fewer, more, or absurdly many entries.
          if (table < 0) return bytes;
          const m = /xref\s+(\d+)\s+(\d+)/.exec(out.slice(table));
          if (!m) return bytes;
          return bytesOf(splice(out, table, table + m[0].length, `xref\n${pick([0, 1, m[1]])} ${pick([0, 1, Number(m[2]) - 5, Number(m[2]) + 50, 2 ** 31])}`));
        }
      }
    }
    case 'length': {
      // A stream's /Length lying: direct, or through the object it refers to.
      let out = latin1(bytes);
      const lengths = [...out.matchAll(/\/Length\s+(\d+)(\s+0\s+R)?/g)];
      if (lengths.length === 0) return bytes;
      const m = pick(lengths);
      const old = Number(m[1]);
      const lie = (actual: number) => String(pick([0, 1, Math.floor(actual / 2), actual - 1, actual + 1, actual * 10, 2 ** 31, -5]));
      if (!m[2]) return bytesOf(splice(out, m.index, m.index + m[0].length, `/Length ${lie(old)}`));
      const target = new RegExp(`(?<!\\d)${old}\\s+0\\s+obj\\s*(\\d+)`).exec(out);
      if (!target) return bytes;
      const at = target.index + target[0].length - target[1]!.length;
      out = splice(out, at, at + target[1]!.length, lie(Number(target[1])));
      return bytesOf(out);
    }
  }
}

/** One to three mutations stacked. */
function mutate(bytes: Uint8Array, next: () => number): { kinds: Mutation[]; bytes: Uint8Array } {
  const times = next() < 0.7 ? 1 : next() < 0.7 ? 2 : 3;
  const kinds: Mutation[] = [];
  let out = bytes;
  for (let k = 0; k < times; k++) {
    const kind = KINDS[Math.floor(next() * KINDS.length)]!;
    kinds.push(kind);
    out = mutateOnce(out, kind, next);
  }
  return { kinds, bytes: out };
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

type Verdict = 'ok' | 'input-error' | 'crash' | 'hang' | 'stack' | 'noisy' | 'over';
interface Outcome {
  verdict: Verdict;
  code: number | null;
  ms: number;
  /** Peak resident memory of the CLI process, in kB (null without /usr/bin/time). */
  rssKb: number | null;
  stderr: string;
}

function runCli(args: string[], file: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const start = Date.now();
    const rssFile = `${file}.${args[0]}.time`;
    const command = TIME ? [TIME, '-f', '%M', '-o', rssFile, process.execPath, CLI, ...args] : [process.execPath, CLI, ...args];
    // A process group of its own, so that a hang is killed with /usr/bin/time's child.
    const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 20000) stderr += d.toString('utf8');
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Date.now() - start;
      let rssKb: number | null = null;
      let killedBy: string | null = signal;
      if (TIME && existsSync(rssFile)) {
        // GNU time writes "Command terminated by signal N" / "Command exited with non-zero status N" before the figure.
        const report = readFileSync(rssFile, 'utf8');
        rssKb = Number(report.trim().split('\n').at(-1)) || null;
        killedBy ??= /terminated by signal (\d+)/.exec(report)?.[1] ?? null;
        rmSync(rssFile, { force: true });
      }
      const lines = stderr.trimEnd().split('\n').filter((l) => l !== '');
      let verdict: Verdict;
      if (timedOut) verdict = 'hang';
      else if (killedBy !== null || (code !== 0 && code !== 1)) verdict = 'crash';
      else if (/\n\s+at |internal error|Unhandled|PromiseRejectCallback|node:internal/.test(`\n${stderr}`)) verdict = 'stack';
      else if (rssKb !== null && rssKb > GIGABYTE_KB) verdict = 'over';
      else if (code === 0) verdict = 'ok';
      else verdict = lines.length === 1 && lines[0]!.includes(path.basename(file)) ? 'input-error' : 'noisy';
      resolve({ verdict, code, ms, rssKb, stderr });
    });
  });
}

/** What a one-line error says, without the file name and numbers: "damaged PDF: bad XRef entry…". */
function errorKind(stderr: string, file: string): string {
  const line = stderr.trim().split('\n')[0] ?? '';
  return line
    .replace(file, 'FILE')
    .replace(/\d[\d,.]*/g, 'N')
    .slice(0, 110);
}

const work = values.keep ?? mkdtempSync(path.join(os.tmpdir(), 'roadmap-fuzz-'));
mkdirSync(work, { recursive: true });
const tally = new Map<string, number>();
const kinds = new Map<string, number>();
const errors = new Map<string, number>();
const bad: string[] = [];
const slowest = new Map<string, { ms: number; file: string }>();
const largest = new Map<string, { kb: number; file: string }>();
const jobs: (() => Promise<void>)[] = [];
for (const seed of SEEDS) {
  const next = random(seed);
  for (let i = 0; i < COUNT; i++) {
    const { kinds: applied, bytes } = mutate(original, next);
    for (const kind of applied) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    const file = path.join(work, `mutant-s${seed}-${String(i).padStart(4, '0')}-${applied.join('+')}.pdf`);
    writeFileSync(file, bytes);
    const commands: Record<string, string[]> = {
      ingest: ['ingest', file, '--edition', `s${seed}m${i}`, '--out', path.join(work, 'out'), '--quiet'],
      tables: ['tables', file],
    };
    for (const name of COMMANDS) {
      jobs.push(async () => {
        const outcome = await runCli(commands[name]!, file);
        if (outcome.ms > (slowest.get(name)?.ms ?? -1)) slowest.set(name, { ms: outcome.ms, file: path.basename(file) });
        if ((outcome.rssKb ?? -1) > (largest.get(name)?.kb ?? -1)) largest.set(name, { kb: outcome.rssKb!, file: path.basename(file) });
        const key = `${name} ${outcome.verdict}`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
        if (outcome.verdict === 'input-error') {
          const kind = `${name}: ${errorKind(outcome.stderr, file)}`;
          errors.set(kind, (errors.get(kind) ?? 0) + 1);
        }
        if (!['ok', 'input-error'].includes(outcome.verdict)) {
          const line = `${name} ${path.basename(file)}: ${outcome.verdict} (exit ${outcome.code}, ${outcome.ms} ms, ${outcome.rssKb} kB): ${outcome.stderr.split('\n').slice(0, 3).join(' | ').slice(0, 300)}`;
          bad.push(line);
          process.stderr.write(`fuzz: ${line}\n`);
        }
      });
    }
  }
}

// A few at a time: the machine is shared, and a hang must not hide behind the others.
let cursor = 0;
let done = 0;
await Promise.all(
  Array.from({ length: JOBS }, async () => {
    while (cursor < jobs.length) {
      await jobs[cursor++]!();
      if (++done % 50 === 0) process.stderr.write(`fuzz: ${done}/${jobs.length} runs\n`);
    }
  }),
);

const mb = (kb: number | undefined) => (kb === undefined ? '?' : `${(kb / 1024).toFixed(0)} MB`);
for (const line of bad.sort()) console.log(line);
console.log(`\n${COUNT * SEEDS.length} mutants of ${values.source} (seeds ${SEEDS.join(',')}, ${COUNT} each; timeout ${TIMEOUT_MS / 1000} s, load average ${os.loadavg()[0]!.toFixed(1)})`);
console.log(`mutations applied: ${[...kinds].sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log('outcomes:');
for (const [key, n] of [...tally].sort()) console.log(`  ${key}: ${n}`);
console.log('one-line errors by kind:');
for (const [kind, n] of [...errors].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${kind}`);
for (const name of COMMANDS) {
  console.log(`${name}: slowest ${slowest.get(name)?.ms ?? '?'} ms (${slowest.get(name)?.file}), largest peak memory ${mb(largest.get(name)?.kb)} (${largest.get(name)?.file})`);
}
if (values.keep === undefined) rmSync(work, { recursive: true, force: true });
const failures = [...tally].filter(([k]) => /crash|hang|stack|noisy|over/.test(k)).reduce((s, [, n]) => s + n, 0);
process.exitCode = failures > 0 ? 1 : 0;
