/**
 * `npm run readme`: regenerates every figure and example in README.md from the current code.
 * Each generated part sits between `<!-- generated: NAME -->` and `<!-- /generated -->`; the rest of
 * the README is prose and is left alone. `--check` writes nothing and exits 1 when a part is stale
 * (the README test runs it).
 *
 * The examples come from running the command line in-process on the bundled 2018 text edition,
 * ingested into a temporary folder (so they show what the code does now, not what output/ holds).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command, Option } from 'commander';
import { buildProgram, main } from '../src/cli/program.js';
import { CSV_FIELDS } from '../src/export/csv.js';
import { VALIDATION_CODES } from '../src/validate/validate-roadmap.js';

const ROOT = path.join(import.meta.dirname, '..');
const README = path.join(ROOT, 'README.md');
const SOURCE = 'sources/2018/wsis-roadmaps-2018.txt';

/** Runs the CLI in-process from the repository root; paths in its output are as a user types them. */
async function cli(...argv: string[]): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const code = await main(argv, { out: (l) => stdout.push(l), err: (l) => stderr.push(l), write: (t) => stdout.push(...t.replace(/\r?\n$/, '').split(/\r?\n/)) });
    return { code, stdout, stderr };
  } finally {
    process.chdir(cwd);
  }
}

/** One line per command: its arguments and options, as commander knows them (hidden ones left out). */
function synopsis(): string {
  const program = buildProgram({ out() {}, err() {} }, () => {});
  const flag = (o: Option) => {
    const name = o.long ?? o.short ?? '';
    const value = o.flags.match(/[<[][^>\]]+[>\]]/)?.[0];
    const choices = o.argChoices ? o.argChoices.join('|') : value?.slice(1, -1).toUpperCase();
    const text = `${name}${value ? ` ${choices}` : ''}`;
    return o.mandatory ? text : `[${text}]`;
  };
  const lines = program.commands.map((command: Command) => {
    const args = command.registeredArguments.map((a) => {
      const name = a.argChoices ? a.argChoices.join('|') : `${a.name()}${a.variadic ? '...' : ''}`;
      return a.required ? `<${name}>` : `[${name}]`;
    });
    const options = command.options.filter((o) => !o.hidden).map(flag);
    return `roadmap ${command.name()} ${[...args, ...options].join(' ')}`;
  });
  return ['```', ...lines, 'roadmap --help | roadmap <command> --help | roadmap --version', '```'].join('\n');
}

function fence(lines: readonly string[], language = ''): string {
  return [`\`\`\`${language}`, ...lines, '```'].join('\n');
}

async function generate(): Promise<Record<string, string>> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'roadmap-readme-'));
  try {
    const outRel = 'output';
    // Ingest into the temporary folder, then show the command as a user would type it.
    const ingest = await cli('ingest', SOURCE, '--out', out);
    const show = (lines: string[]) => lines.map((l) => l.split(out).join(outRel));
    const find = await cli('find', '--initiative', 'EUR4', '--out', out);
    const stats = await cli('stats', '--out', out);
    const validate = await cli('validate', path.join(out, '2018', 'roadmap.json'));
    const github = await cli('ingest', SOURCE, '--out', out, '--reporter', 'github');
    const json = await cli('ingest', SOURCE, '--out', out, '--json');
    const record = JSON.parse(json.stdout[0]!) as Record<string, unknown> & { warnings: unknown[] };
    const { extractRoadmap } = await import('../src/index.js');
    const edition = await extractRoadmap({ path: SOURCE, bytes: new Uint8Array(readFileSync(path.join(ROOT, SOURCE))) });
    return {
      synopsis: synopsis(),
      'ingest-example': fence([`$ roadmap ingest ${SOURCE}`, ...show(ingest.stdout), ...show(ingest.stderr).slice(0, 3), '…']),
      'ingest-json': fence([`$ roadmap ingest ${SOURCE} --json`, JSON.stringify({ ...record, output: show([String(record.output)])[0], warnings: [record.warnings[0], '…'] })]),
      'github-example': fence([`$ roadmap ingest ${SOURCE} --reporter github`, ...show(github.stdout).filter((l) => l.startsWith('::')).slice(0, 2), '…']),
      'find-example': fence(['$ roadmap find --initiative EUR4', ...find.stdout.slice(0, 3), '…']),
      'stats-example': fence(['$ roadmap stats', ...stats.stdout]),
      'validate-example': fence(['$ roadmap validate output/2018/roadmap.json', ...show(validate.stdout)]),
      'library-example': fence([
        `// ${edition.edition}: ${edition.actionLines.map((a) => `${a.id} ${a.outcomes.length}`).join(', ')} outcomes, ${edition.actionLines.reduce((n, a) => n + a.outcomes.reduce((m, o) => m + o.warnings.length, 0), edition.warnings.length)} warnings`,
      ], 'js'),
      'csv-columns': CSV_FIELDS.map(([name]) => `\`${name}\``).join(', '),
      'validation-codes': ['| code | meaning |', '| --- | --- |', ...Object.entries(VALIDATION_CODES).map(([code, meaning]) => `| \`${code}\` | ${meaning.replace(/\|/g, '\\|')} |`)].join('\n'),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const BLOCK = /<!-- generated: ([\w-]+) -->\n[\s\S]*?<!-- \/generated -->/g;

export async function regenerate(text: string): Promise<{ text: string; missing: string[] }> {
  const parts = await generate();
  const seen = new Set<string>();
  const updated = text.replace(BLOCK, (whole, name: string) => {
    const part = parts[name];
    if (part === undefined) return whole;
    seen.add(name);
    return `<!-- generated: ${name} -->\n${part}\n<!-- /generated -->`;
  });
  return { text: updated, missing: Object.keys(parts).filter((name) => !seen.has(name)) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const current = readFileSync(README, 'utf8');
  const { text, missing } = await regenerate(current);
  if (missing.length > 0) console.error(`README.md has no place for: ${missing.join(', ')}`);
  if (process.argv.includes('--check')) {
    if (text !== current) {
      console.error('README.md is stale: run npm run readme');
      process.exitCode = 1;
    }
  } else if (text !== current) {
    writeFileSync(README, text);
    console.log('README.md regenerated');
  } else console.log('README.md is up to date');
}
