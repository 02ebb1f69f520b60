/**
 * The ICDAR 2013 part of `npm run bench:tables`: every document of fixtures/tables/icdar2013/ and
 * icdar2013-more/ scored with the competition's measure (icdar.ts), on the page alone and with
 * each table's region given; developed and held-out documents reported apart, and by how the
 * table is drawn.
 */
import { baseName, documentNames, drawingKind, f1Of, HELD_OUT, runDocument, type Counts, type DocumentRun, type Mode, type TableScore } from './icdar.js';

const f3 = (n: number) => n.toFixed(3);
const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);

export interface IcdarFigures {
  runs: DocumentRun[];
  kinds: Map<TableScore['truth'], 'grid' | 'rules' | 'none'>;
}

export async function icdarRuns(filter?: (document: string) => boolean): Promise<IcdarFigures> {
  const runs: DocumentRun[] = [];
  const kinds = new Map<TableScore['truth'], 'grid' | 'rules' | 'none'>();
  for (const document of documentNames().filter((d) => !filter || filter(d))) {
    for (const mode of ['page', 'area'] as Mode[]) runs.push(await runDocument(document, mode));
  }
  for (const r of runs) if (r.mode === 'page') for (const s of r.scores) kinds.set(s.truth, await drawingKind(r.document, s.truth));
  return { runs, kinds };
}

export function summarise(runs: readonly DocumentRun[], mode: Mode, keep: (s: TableScore) => boolean = () => true, strays = true) {
  const chosen = runs.filter((r) => r.mode === mode);
  const scores = chosen.flatMap((r) => r.scores).filter(keep);
  const total: Counts = { expected: 0, found: 0, matched: 0 };
  for (const s of scores) {
    total.expected += s.counts.expected;
    total.found += s.counts.found;
    total.matched += s.counts.matched;
  }
  if (strays) for (const r of chosen) if (r.scores.some(keep)) total.found += r.strayFound;
  const micro = f1Of(total);
  return { tables: scores.length, mean: mean(scores.map((s) => s.f1)), perfect: scores.filter((s) => s.f1 > 0.9999).length, below05: scores.filter((s) => s.f1 < 0.5).length, micro, stray: chosen.filter((r) => r.scores.some(keep)).reduce((s, r) => s + r.strayTables, 0) };
}

/** `showHeldOut`: list held-out tables among the worst (only for the final report: not to design on). */
export function icdarReport({ runs, kinds }: IcdarFigures, showHeldOut = false): string[] {
  const out: string[] = [];
  const held = (s: TableScore) => HELD_OUT.has(baseName(s.truth.document));
  const sets: [string, (s: TableScore) => boolean][] = [
    ['developed (icdar2013/ + icdar2013-more/ not held out)', (s) => !held(s)],
    ['developed, new (icdar2013-more/ not held out)', (s) => !held(s) && s.truth.document.startsWith('icdar2013-more/')],
    ['held out (10 of icdar2013-more/)', held],
    ['all', () => true],
  ];
  out.push('| set | mode | tables | mean adjacency F1 | perfect | F1 < 0.5 | micro P | micro R | micro F1 | stray tables |');
  out.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const [label, keep] of sets) {
    for (const mode of ['page', 'area'] as Mode[]) {
      const s = summarise(runs, mode, keep);
      out.push(`| ${label} | ${mode === 'page' ? 'page alone' : 'region given'} | ${s.tables} | **${f3(s.mean)}** | ${s.perfect} | ${s.below05} | ${f3(s.micro.precision)} | ${f3(s.micro.recall)} | **${f3(s.micro.f1)}** | ${mode === 'page' ? s.stray : '–'} |`);
    }
  }
  out.push('');
  out.push('| drawing | set | tables | mean F1 (page) | micro F1 (page) | mean F1 (region) | micro F1 (region) |');
  out.push('|---|---|---|---|---|---|---|');
  for (const kind of ['grid', 'rules', 'none'] as const) {
    for (const [label, keep] of [sets[0]!, sets[2]!]) {
      const k = (s: TableScore) => keep(s) && kinds.get(s.truth) === kind;
      const p = summarise(runs, 'page', k, false);
      const a = summarise(runs, 'area', k, false);
      out.push(`| ${kind} | ${label.split(' (')[0]} | ${p.tables} | ${f3(p.mean)} | ${f3(p.micro.f1)} | ${f3(a.mean)} | ${f3(a.micro.f1)} |`);
    }
  }
  const pageRuns = runs.filter((r) => r.mode === 'page');
  const pages = pageRuns.reduce((s, r) => s + r.pages, 0);
  out.push('');
  out.push(`speed: ${(pageRuns.reduce((s, r) => s + r.ms, 0) / pages).toFixed(2)} ms per page read alone (open, read, extract), ${pages} pages`);
  const errors = runs.filter((r) => r.error);
  out.push(errors.length === 0 ? 'errors: none' : `errors: ${errors.map((r) => `${r.document} (${r.mode}) ${r.error}`).join('; ')}`);
  out.push('');
  out.push(`worst tables (page alone${showHeldOut ? '' : ', developed set only'}):`);
  const worst = pageRuns
    .flatMap((r) => r.scores)
    .filter((s) => showHeldOut || !held(s))
    .sort((a, b) => a.f1 - b.f1)
    .slice(0, 15);
  for (const s of worst) out.push(`  ${baseName(s.truth.document)} t${s.truth.id} p${s.truth.page} ${kinds.get(s.truth)}${held(s) ? ' (held out)' : ''}: F1 ${f3(s.f1)} found ${s.shapes.join('+') || 'none'}`);
  return out;
}
