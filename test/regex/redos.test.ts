/**
 * Every regular expression in src/ is checked for catastrophic backtracking with recheck: the
 * literals and constant `RegExp(...)` calls found by the TypeScript compiler API, and the few
 * built at run time, evaluated below. A `vulnerable` verdict fails the test with file:line, the
 * complexity and recheck's attack string.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { checkSync, type Diagnostics as RecheckVerdict } from 'recheck';
import { describe, expect, it } from 'vitest';
import { NAMES as GCA_NAME_PATTERNS } from '../../src/cells/gca.js';
import { LABEL as GOALS_LABEL } from '../../src/cells/goals.js';
import { BODY as RESOLUTION_BODY } from '../../src/cells/resolution-tokens.js';
import { type DynamicRegex, type FoundRegex, findRegexes } from './find-regexes.js';

const ROOT = path.join(import.meta.dirname, '..', '..');

/**
 * Regexes built at run time. Each entry names the file and a piece of the call that identifies
 * it, and gives the regexes the call can build: the module's own exported regex where the
 * pattern is joined from constants, or representative instances where it takes a value.
 */
const DYNAMIC: { file: string; call: string; instances: () => RegExp[] }[] = [
  // Joined from String.raw pieces and the exported BODY_PREFIX.
  { file: 'src/cells/goals.ts', call: '(?<reference>', instances: () => [GOALS_LABEL] },
  { file: 'src/cells/resolution-tokens.ts', call: 'BODY_PREFIX', instances: () => [RESOLUTION_BODY] },
  // One pattern per GCA pillar name from the registry, words escaped.
  { file: 'src/cells/gca.ts', call: 'p.name.split', instances: () => GCA_NAME_PATTERNS.map((n) => n.pattern) },
  // The next outcome id of the sequence (a letter and up to three digits, from successors()).
  {
    file: 'src/layout/passes/split-outcomes.ts',
    call: '(${id})',
    instances: () => ['B', 'b1', 'A100'].map((id) => new RegExp(`[.;]\\s+(${id})[.:]\\s+(?=[A-Z])`)),
  },
];

interface Checked {
  where: string;
  source: string;
  flags: string;
}

function collect(): { regexes: Checked[]; uncovered: DynamicRegex[]; unused: string[] } {
  const files = fg.sync('src/**/*.ts', { cwd: ROOT }).sort();
  const regexes: Checked[] = [];
  const uncovered: DynamicRegex[] = [];
  const used = new Set<number>();
  for (const file of files) {
    const { found, dynamic } = findRegexes(file, readFileSync(path.join(ROOT, file), 'utf8'));
    regexes.push(...found);
    for (const call of dynamic) {
      const k = DYNAMIC.findIndex((d) => d.file === file && call.call.includes(d.call));
      if (k < 0) {
        uncovered.push(call);
        continue;
      }
      used.add(k);
      for (const re of DYNAMIC[k]!.instances()) regexes.push({ where: `${call.where} (built)`, source: re.source, flags: re.flags });
    }
  }
  const unused = DYNAMIC.filter((_, k) => !used.has(k)).map((d) => `${d.file} ${d.call}`);
  return { regexes, uncovered, unused };
}

/**
 * recheck's verdict with its default 'auto' checker (automata where it can, fuzzing for patterns
 * with lookaround) and a time limit per regex. The fuzzer's own limits are counted in matching
 * steps, not milliseconds: with its default time limits a slow or busy machine turns a slow
 * attack run into a `vulnerable` verdict, and verdicts change from run to run. Fewer, shorter
 * attack rounds than the defaults keep the whole check to seconds; a polynomial pattern still
 * needs far more than 10⁸ steps on a 30,000-character attack.
 */
function verdictOf(source: string, flags: string): RecheckVerdict {
  return checkSync(source, flags, {
    timeout: 20_000,
    attackTimeout: null,
    incubationTimeout: null,
    seedingTimeout: null,
    maxIteration: 3,
    maxAttackStringSize: 30_000,
    attackLimit: 100_000_000,
  });
}

/** A vulnerable pattern, or one recheck could not read (not a timeout: that is listed, not failed). */
function describeProblem(r: Checked, verdict: RecheckVerdict): string | null {
  if (verdict.status === 'safe') return null;
  if (verdict.status === 'vulnerable') {
    return `${r.where}: /${r.source}/${r.flags} is vulnerable (${verdict.complexity.summary}); attack: ${verdict.attack.pattern}`;
  }
  if (verdict.error.kind === 'timeout') return null;
  return `${r.where}: /${r.source}/${r.flags} could not be checked (${verdict.error.kind}${'message' in verdict.error ? `: ${verdict.error.message}` : ''})`;
}

describe('findRegexes', () => {
  it('finds literals and constant RegExp calls with their lines, and returns computed calls as dynamic', () => {
    const source = [
      'const A = /a+b/gu;',
      "const B = new RegExp('c\\\\d', 'y');",
      'const C = RegExp(`e|f`);',
      'const D = new RegExp(String.raw`\\s+x`, "i");',
      'const E = new RegExp(`${x}y`);',
      "const F = new RegExp('z', flags);",
      "const s = 'not /a regex/';",
    ].join('\n');
    const { found, dynamic } = findRegexes('x.ts', source);
    expect(found).toEqual<FoundRegex[]>([
      { where: 'x.ts:1', source: 'a+b', flags: 'gu' },
      { where: 'x.ts:2', source: 'c\\d', flags: 'y' },
      { where: 'x.ts:3', source: 'e|f', flags: '' },
      { where: 'x.ts:4', source: '\\s+x', flags: 'i' },
    ]);
    expect(dynamic.map((d) => d.where)).toEqual(['x.ts:5', 'x.ts:6']);
  });
});

describe('every regex in src/', () => {
  it('recheck tells a vulnerable pattern from a safe one here', () => {
    expect(verdictOf('^(a+)+$', '').status).toBe('vulnerable');
    expect(verdictOf('^a+$', '').status).toBe('safe');
    // Lookaround sends a pattern to the fuzzer: it must still find a quadratic one.
    expect(verdictOf('(?<=x)\\s*\\s*y', '').status).toBe('vulnerable');
  });

  it(
    'is safe from catastrophic backtracking',
    async ({ annotate }) => {
      const { regexes, uncovered, unused } = collect();
      expect(uncovered.map((d) => `${d.where}: ${d.call}`), 'regexes built at run time: add each to DYNAMIC').toEqual([]);
      expect(unused, 'DYNAMIC entries that match no call any more').toEqual([]);
      expect(regexes.length).toBeGreaterThan(100);
      const verdicts = new Map<string, RecheckVerdict>();
      const problems: string[] = [];
      const unsettled: string[] = [];
      for (const r of regexes) {
        const key = `${r.flags}/${r.source}`;
        let verdict = verdicts.get(key);
        if (!verdict) verdicts.set(key, (verdict = verdictOf(r.source, r.flags)));
        const problem = describeProblem(r, verdict);
        if (problem) problems.push(problem);
        if (verdict.status === 'unknown' && verdict.error.kind === 'timeout') unsettled.push(`${r.where}: /${r.source}/${r.flags}`);
      }
      if (unsettled.length > 0) await annotate(`recheck could not settle in time (not failed): ${unsettled.join('; ')}`, 'warning');
      expect(problems).toEqual([]);
    },
    120_000,
  );
});
