/**
 * `roadmap find`: the outcomes that cite an SDG goal or target, a resolution, a regional
 * initiative or an ITU strategic goal, read from an ingested edition's index.json (and its
 * roadmap.json for the outcomes' ids and text). Several selectors narrow the list: an outcome
 * must match each of them.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseResolutions } from '../cells/resolutions.js';
import { Diagnostics, NOWHERE } from '../diagnostics.js';
import { toJson } from '../emit/json.js';
import { readJsonFile } from '../emit/read-json.js';
import { InputError, UsageError } from '../errors.js';
import { placeKey } from '../registry/assemblies.js';
import { isSdgGoal, isSdgTarget } from '../registry/sdg.js';
import { EditionIndexSchema, type EditionIndex } from '../schema/index.js';
import type { Outcome, RoadmapEdition } from '../schema/roadmap.js';
import type { Console } from './ingest.js';
import { validateRoadmapFile } from './validate.js';
import { printable } from '../safety/terminal-text.js';

export interface FindOptions {
  sdg?: string;
  resolution?: string;
  initiative?: string;
  goal?: string;
  edition?: string;
  outDir: string;
  json: boolean;
}

/** How an outcome cites what was asked for: the roadmap.json field it is in, in this order. */
const VIAS = ['sdgs.goals', 'sdgs.targets', 'goals.resolutions', 'mentions', 'goals.regionalInitiatives', 'goals.strategicGoals'] as const;
export type Via = (typeof VIAS)[number];

export interface FoundOutcome {
  key: string;
  id: string;
  actionLine: string;
  /** The first words of the outcome text. */
  text: string;
  via: Via[];
}

/** Words of the outcome text a listing shows. */
const FIRST_WORDS = 12;

/** The folder of the edition to read: the one named, or the only one in the output folder. */
export function editionFolder(outDir: string, edition: string | undefined): string {
  if (edition !== undefined) {
    const folder = path.join(outDir, edition);
    if (!existsSync(path.join(folder, 'roadmap.json'))) throw new InputError(folder, 'no roadmap.json here (run roadmap ingest first, or check --edition and --out-dir)');
    return folder;
  }
  let names: string[];
  try {
    names = readdirSync(outDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(path.join(outDir, e.name, 'roadmap.json')))
      .map((e) => e.name)
      .sort();
  } catch {
    throw new InputError(outDir, 'cannot read the output folder (run roadmap ingest first, or check --out-dir)');
  }
  if (names.length === 0) throw new InputError(outDir, 'no edition found (run roadmap ingest first)');
  if (names.length > 1) throw new UsageError(`${outDir} holds several editions (${names.join(', ')}): choose one with --edition`);
  return path.join(outDir, names[0]!);
}

export async function readIndex(file: string): Promise<EditionIndex> {
  return readJsonFile(file, EditionIndexSchema, { what: 'the index contract', hint: 'run roadmap ingest to write it' });
}

/** Outcome keys per selector, with how each cites it. */
type Matches = Map<string, Set<Via>>;

function add(matches: Matches, keys: readonly string[], via: Via): void {
  for (const key of keys) {
    const set = matches.get(key) ?? new Set<Via>();
    set.add(via);
    matches.set(key, set);
  }
}

function matchSdg(index: EditionIndex, sdg: string): Matches {
  const matches: Matches = new Map();
  if (/^\d{1,2}$/.test(sdg) && isSdgGoal(Number(sdg))) {
    const entry = index.sdgGoals.find((g) => g.id === Number(sdg));
    add(matches, entry?.outcomes ?? [], 'sdgs.goals');
    add(matches, entry?.viaTargets ?? [], 'sdgs.targets');
    return matches;
  }
  if (isSdgTarget(sdg)) {
    add(matches, index.sdgTargets.find((t) => t.id === sdg)?.outcomes ?? [], 'sdgs.targets');
    return matches;
  }
  throw new UsageError(`--sdg ${sdg}: not an SDG goal (1-17) or target (e.g. 9.c)`);
}

/**
 * A resolution query: "WTDC Res. 45" matches every revision of it; a revision in the query
 * ("WTDC Res. 45 (Rev. Dubai, 2014)") must match too; a bare number ("1305") matches any body.
 */
function matchResolution(index: EditionIndex, query: string): Matches {
  const [parsed] = parseResolutions(query, NOWHERE, new Diagnostics());
  const bare = /^(?:Res(?:olution)?\.?\s?)?(\d+)$/i.exec(query.trim());
  if (!parsed && !bare) throw new UsageError(`--resolution ${JSON.stringify(query)}: not a resolution reference such as "WTDC Res. 45"`);
  const matches: Matches = new Map();
  for (const entry of index.resolutions) {
    const fits = parsed
      ? entry.body === parsed.body &&
        entry.number === parsed.number &&
        (parsed.year === null || entry.year === parsed.year) &&
        (parsed.place === null || (entry.place !== null && placeKey(entry.place) === placeKey(parsed.place)))
      : entry.number === bare?.[1]?.replace(/^0+(?=\d)/, '');
    if (!fits) continue;
    add(matches, entry.outcomes, 'goals.resolutions');
    add(matches, entry.mentionedBy, 'mentions');
  }
  return matches;
}

function matchInitiative(index: EditionIndex, code: string): Matches {
  const wanted = code.trim().toUpperCase();
  if (!/^[A-Z]{3}\d+$/.test(wanted)) throw new UsageError(`--initiative ${code}: not a regional initiative code such as EUR4`);
  const matches: Matches = new Map();
  add(matches, index.regionalInitiatives.find((i) => i.id === wanted)?.outcomes ?? [], 'goals.regionalInitiatives');
  return matches;
}

function matchGoal(index: EditionIndex, goal: string): Matches {
  if (!/^\d+$/.test(goal.trim())) throw new UsageError(`--goal ${goal}: not an ITU strategic goal number`);
  const matches: Matches = new Map();
  add(matches, index.strategicGoals.find((g) => g.id === Number(goal))?.outcomes ?? [], 'goals.strategicGoals');
  return matches;
}

function firstWords(text: string): string {
  const words = text.split(/\s+/).filter((w) => w !== '');
  return words.length > FIRST_WORDS ? `${words.slice(0, FIRST_WORDS).join(' ')} …` : words.join(' ');
}

/** The outcomes that match every selector given, in document order. */
export function findInEdition(roadmap: RoadmapEdition, index: EditionIndex, options: Omit<FindOptions, 'edition' | 'outDir' | 'json'>): FoundOutcome[] {
  const selections: Matches[] = [];
  if (options.sdg !== undefined) selections.push(matchSdg(index, options.sdg.trim()));
  if (options.resolution !== undefined) selections.push(matchResolution(index, options.resolution));
  if (options.initiative !== undefined) selections.push(matchInitiative(index, options.initiative));
  if (options.goal !== undefined) selections.push(matchGoal(index, options.goal));
  if (selections.length === 0) throw new UsageError('find needs at least one of --sdg, --resolution, --initiative, --goal');
  const outcomes: Outcome[] = roadmap.actionLines.flatMap((a) => a.outcomes);
  return outcomes
    .filter((o) => selections.every((m) => m.has(o.key)))
    .map((o) => ({
      key: o.key,
      id: o.id,
      actionLine: o.actionLine,
      text: firstWords(o.text),
      via: VIAS.filter((via) => selections.some((m) => m.get(o.key)?.has(via))),
    }));
}

/** Rows of cells as aligned columns (the last column is not padded). */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

export async function findCommand(options: FindOptions, io: Console): Promise<void> {
  const folder = editionFolder(options.outDir, options.edition);
  const roadmap = await validateRoadmapFile(path.join(folder, 'roadmap.json'));
  const index = await readIndex(path.join(folder, 'index.json'));
  const found = findInEdition(roadmap, index, options);
  if (options.json) {
    io.out(toJson({ edition: roadmap.edition, outcomes: found }).trimEnd());
    return;
  }
  if (found.length === 0) {
    io.out(printable(`no outcome of edition ${roadmap.edition} matches`));
    return;
  }
  for (const line of formatTable(['KEY', 'ID', 'TEXT'], found.map((f) => [f.key, f.id, f.text]))) io.out(printable(line));
}
