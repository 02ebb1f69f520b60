/**
 * Whole-process measurements of the built command line (dist/), as a user or a CI job meets it:
 * wall time and peak RSS of a child process, best of a few runs (the machine's noise only ever adds).
 * `root` is the checkout whose dist/ is measured, so the same code measures an older build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface ProcessFigure {
  ms: number;
  peakRssMb: number;
}

/** Runs node with `args` in `cwd`; wall time and the child's peak RSS (from /usr/bin/time when there, else none). */
function once(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): ProcessFigure {
  const timeFile = path.join(os.tmpdir(), `roadmap-bench-${process.pid}.time`);
  const useTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
  const start = performance.now();
  const result = useTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', '-o', timeFile, process.execPath, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] })
    : spawnSync(process.execPath, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed (${result.status}): ${result.stderr?.toString().slice(0, 500)}`);
  const peakRssMb = useTime ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) / 1024 : Number.NaN;
  rmSync(timeFile, { force: true });
  return { ms, peakRssMb };
}

export function best(args: readonly string[], cwd: string, runs: number, env?: NodeJS.ProcessEnv): ProcessFigure {
  const all = Array.from({ length: runs }, () => once(args, cwd, env));
  return { ms: Math.min(...all.map((f) => f.ms)), peakRssMb: Math.min(...all.map((f) => f.peakRssMb)) };
}

/** The modules a command loads (bench/module-trace.mjs), by package of interest. */
export function loadedPackages(root: string, cliArgs: readonly string[], cwd: string): { modules: number; pdfjs: boolean; canvas: boolean; remark: boolean; listr2: boolean } {
  const trace = path.join(os.tmpdir(), `roadmap-trace-${process.pid}.txt`);
  rmSync(trace, { force: true });
  spawnSync(process.execPath, ['--import', path.join(import.meta.dirname, 'module-trace.mjs'), path.join(root, 'dist', 'cli', 'main.js'), ...cliArgs], {
    cwd,
    env: { ...process.env, MODULE_TRACE: trace },
    stdio: 'ignore',
  });
  let urls: string[] = [];
  try {
    urls = [...new Set(readFileSync(trace, 'utf8').split('\n').filter((u) => u !== '' && !u.startsWith('node:') && !/^[a-z_]+$/.test(u)))];
  } catch {
    // no module recorded
  }
  rmSync(trace, { force: true });
  return {
    modules: urls.length,
    pdfjs: urls.some((u) => u.includes('pdfjs-dist')),
    canvas: urls.some((u) => u.includes('canvas')),
    remark: urls.some((u) => u.includes('remark')),
    listr2: urls.some((u) => u.includes('listr2')),
  };
}

export interface WholeProcessFigures {
  nodeBare: ProcessFigure;
  version: ProcessFigure;
  versionRatio: number;
  text50: ProcessFigure;
  pdfIngest: ProcessFigure;
  pdfFloor: ProcessFigure;
  pdfRatio: number;
  loads: Record<string, ReturnType<typeof loadedPackages>>;
}

/** Every whole-process figure of the build in `root`, with the 50× text edition already written to `largeText`. */
export function measureWholeProcess(root: string, largeText: string, runs = 5): WholeProcessFigures {
  const cli = path.join(root, 'dist', 'cli', 'main.js');
  const out = mkdtempSync(path.join(os.tmpdir(), 'roadmap-bench-out-'));
  const pdf = path.join(root, 'sources', '2018', 'wsis-roadmaps-2018.pdf');
  try {
    const nodeBare = best(['-e', '0'], root, runs);
    const version = best([cli, '--version'], root, runs);
    const text50 = best([cli, 'ingest', largeText, '--edition', 'bench', '--out', out, '--quiet'], root, 1);
    const pdfIngest = best([cli, 'ingest', pdf, '--edition', 'bench-pdf', '--out', out, '--quiet'], root, 3);
    const pdfFloor = best([path.join(import.meta.dirname, 'pdfjs-floor.mjs'), pdf], root, 3);
    const edition = path.join(out, 'bench-pdf');
    const loads: Record<string, ReturnType<typeof loadedPackages>> = {
      '--version': loadedPackages(root, ['--version'], root),
      'find --sdg 9': loadedPackages(root, ['find', '--sdg', '9', '--out', out, '--edition', 'bench-pdf'], root),
      stats: loadedPackages(root, ['stats', '--out', out, '--edition', 'bench-pdf'], root),
      validate: loadedPackages(root, ['validate', path.join(edition, 'roadmap.json')], root),
      schema: loadedPackages(root, ['schema'], root),
      'ingest (text)': loadedPackages(root, ['ingest', path.join(root, 'sources', '2018', 'wsis-roadmaps-2018.txt'), '--out', out, '--quiet'], root),
    };
    return { nodeBare, version, versionRatio: version.ms / nodeBare.ms, text50, pdfIngest, pdfFloor, pdfRatio: pdfIngest.ms / pdfFloor.ms, loads };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Writes the 50× edition to a temporary file and returns its path. */
export function writeLargeText(text: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-bench-text-'));
  const file = path.join(dir, 'large.txt');
  writeFileSync(file, text);
  return file;
}
