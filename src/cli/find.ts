/**
 * `roadmap find`: the outcomes that cite an SDG goal or target, a resolution, a regional
 * initiative or an ITU strategic goal (the library's findOutcomes), read from an ingested
 * edition's roadmap.json and index.json. No match is exit 1, its message on stderr (or, under
 * --json, an empty list on stdout).
 */
import path from 'node:path';
import { toJson } from '../emit/to-json.js';
import { findOutcomes, type FindQuery } from '../query/find.js';
import { EditionIndexSchema, type EditionIndex } from '../schema/index.js';
import { InputError } from '../errors.js';
import { editionFolder, formatTable } from './edition-folder.js';
import type { Console } from './io.js';
import { describeIssue, readJson, readRoadmapFile } from './read-roadmap.js';
import { jsonPointer } from '../validate/json-pointer.js';
import { printable } from '../safety/terminal-text.js';

export interface FindOptions extends FindQuery {
  edition?: string;
  out: string;
  json?: boolean;
}

/** Words of the outcome text the table shows (--json gives the whole text). */
const FIRST_WORDS = 12;

function firstWords(text: string): string {
  const words = text.split(/\s+/).filter((w) => w !== '');
  return words.length > FIRST_WORDS ? `${words.slice(0, FIRST_WORDS).join(' ')} …` : words.join(' ');
}

export async function readIndex(file: string): Promise<EditionIndex> {
  const parsed = EditionIndexSchema.safeParse(await readJson(file, 'run roadmap ingest to write it'));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(file, `does not match the index contract ${describeIssue({ code: 'contract', message: issue.message, pointer: jsonPointer(issue.path), outcome: null })}`);
  }
  return parsed.data;
}

/** Returns the exit code: 0 when some outcome matches, 1 when none does. */
export async function findCommand(options: FindOptions, io: Console): Promise<number> {
  const folder = editionFolder(options.out, options.edition);
  const roadmap = await readRoadmapFile(path.join(folder, 'roadmap.json'));
  const index = await readIndex(path.join(folder, 'index.json'));
  const found = findOutcomes(roadmap, index, options);
  if (options.json) {
    io.out(toJson({ edition: roadmap.edition, outcomes: found }).trimEnd());
    return found.length > 0 ? 0 : 1;
  }
  if (found.length === 0) {
    io.err(printable(`roadmap: no outcome of edition ${roadmap.edition} matches`));
    return 1;
  }
  for (const line of formatTable(['KEY', 'ID', 'TEXT'], found.map((f) => [f.key, f.id, firstWords(f.text)]))) io.out(printable(line));
  return 0;
}
