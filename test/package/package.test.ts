/**
 * The package as a downstream project gets it: `npm pack` of the built package, installed into an
 * empty scratch project, imported from ESM by its name and type-checked from TypeScript with
 * moduleResolution node16 and bundler; publint finds nothing to say. Needs `npm run build` first
 * (`npm test` builds). The outcome count (61) is the bundled 2018 text edition's, counted by hand
 * from its id column (C2: 16, C5: 21, C6: 24).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { publint } from 'publint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const TEXT_SOURCE = path.join(ROOT, 'sources', '2018', 'wsis-roadmaps-2018.txt');
let project: string;
let packed: string[];
let tarball: string;

beforeAll(() => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-package-'));
  // --ignore-scripts: no `prepare` rebuild of dist/ while other tests run it.
  const pack = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { filename: string; files: { path: string }[] }[];
  packed = pack[0]!.files.map((f) => f.path);
  tarball = path.join(work, pack[0]!.filename);
  project = path.join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
  // The registry's copies of the dependencies (from the npm cache when it has them).
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(work, pack[0]!.filename)], { cwd: project, stdio: 'ignore' });
}, 300_000);

describe('the packed package', () => {
  it('ships the built library, its types, the schemas, the contract and the licence; no source maps, registry data once', () => {
    expect(packed).toEqual(expect.arrayContaining(['package.json', 'LICENSE', 'README.md', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'schema/roadmap.schema.json', 'schema/corrections.schema.json', 'docs/CONTRACT.md']));
    expect(packed.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(packed.filter((f) => f.endsWith('sdg-targets.json'))).toEqual(['dist/registry/data/sdg-targets.json']);
    expect(packed.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
  });

  it('imports by name from ESM and extracts the bundled text edition', () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { extractRoadmap, diffEditions, extractTables, RoadmapEditionSchema, validateRoadmap, JSON_SCHEMAS } from 'roadmap-extract';
      const bytes = new Uint8Array(readFileSync(${JSON.stringify(TEXT_SOURCE)}));
      const edition = await extractRoadmap({ path: 'sources/2018/roadmap.txt', bytes });
      RoadmapEditionSchema.parse(edition);
      const diff = diffEditions(edition, edition);
      console.log(JSON.stringify({
        edition: edition.edition,
        outcomes: edition.actionLines.map((a) => [a.id, a.outcomes.length]),
        valid: validateRoadmap(JSON.parse(JSON.stringify(edition))).valid,
        unchanged: diff.summary.unchanged,
        tables: typeof extractTables,
        schemas: Object.keys(JSON_SCHEMAS),
      }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({
      edition: '2018',
      outcomes: [['C2', 16], ['C5', 21], ['C6', 24]],
      valid: true,
      unchanged: 61,
      tables: 'function',
      schemas: ['roadmap', 'diff', 'index', 'corrections'],
    });
  });

  it('runs the bin of the installed package', () => {
    const out = execFileSync(path.join(project, 'node_modules', '.bin', 'roadmap'), ['--version'], { encoding: 'utf8' });
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    ['node16', { module: 'node16', moduleResolution: 'node16' }],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
  ])('type-checks from TypeScript with moduleResolution %s', (name, options) => {
    const dir = path.join(project, `ts-${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'use.ts'),
      `import { extractRoadmap, diffEditions, extractTables, RoadmapEditionSchema, type RoadmapEdition, type EditionDiff, type ValidationIssue, validateRoadmap } from 'roadmap-extract';
       export async function use(bytes: Uint8Array): Promise<number> {
         const edition: RoadmapEdition = await extractRoadmap({ path: 'x.txt', bytes }, { edition: 'x' });
         const diff: EditionDiff = diffEditions(edition, RoadmapEditionSchema.parse(edition));
         const issues: ValidationIssue[] = validateRoadmap(edition).issues;
         const tables = await extractTables(bytes, { pages: [1] });
         const key: string | undefined = edition.actionLines[0]?.outcomes[0]?.key;
         // @ts-expect-error: an outcome has no such field, so the types are real, not any.
         edition.actionLines[0]?.outcomes[0]?.nope;
         return diff.outcomes.length + issues.length + tables.tables.length + (key ? 1 : 0);
       }
      `,
    );
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      // A Node project's settings (zod's types name URL, so Node's types are there); skipLibCheck as most
      // projects have it: an unresolved import would still be \`any\`, which the @ts-expect-error catches.
      JSON.stringify({
        compilerOptions: { ...options, target: 'es2022', strict: true, noEmit: true, lib: ['es2023'], types: ['node'], typeRoots: [path.join(ROOT, 'node_modules', '@types')], skipLibCheck: true },
        files: ['use.ts'],
      }),
    );
    execFileSync(process.execPath, [TSC, '-p', dir], { cwd: dir, encoding: 'utf8' });
  }, 120_000);

  it('is clean for publint', async () => {
    const bytes = readFileSync(tarball);
    const { messages } = await publint({ pkgDir: 'package', strict: true, pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) } });
    expect(messages).toEqual([]);
  });

  it('leaves nothing but the installed package in the scratch project', () => {
    expect(readdirSync(path.join(project, 'node_modules', 'roadmap-extract')).sort()).toEqual(['LICENSE', 'README.md', 'dist', 'docs', 'package.json', 'schema']);
  });
});
