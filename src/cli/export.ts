/**
 * `roadmap export FILE.json --format markdown|csv [--out F] [--raw]`: a roadmap.json (checked
 * against the contract first) as Markdown or CSV. With --out the file is written atomically and
 * one summary line goes to stdout; without it the export itself goes to stdout, byte for byte
 * what --out would write (CSV keeps its CRLF line ends).
 */
import { writeFileAtomic } from '../emit/json.js';
import { InputError, writeProblem } from '../errors.js';
import { roadmapToCsv } from '../export/csv.js';
import { roadmapToMarkdown } from '../export/markdown.js';
import { writeRaw, type Console } from './io.js';
import { readRoadmapFile } from './read-roadmap.js';
import { summarise } from './report.js';

export const EXPORT_FORMATS = ['markdown', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  format: ExportFormat;
  out?: string;
  /** CSV: do not neutralise formula-like cells. */
  raw?: boolean;
}

export async function exportRoadmap(file: string, options: ExportOptions, io: Console): Promise<void> {
  const edition = await readRoadmapFile(file);
  const content = options.format === 'csv' ? roadmapToCsv(edition, { raw: options.raw === true }) : roadmapToMarkdown(edition);
  if (options.out === undefined) {
    writeRaw(io, content);
    return;
  }
  try {
    await writeFileAtomic(options.out, content);
  } catch (error) {
    throw new InputError(options.out, `cannot write the output (${writeProblem(error)})`);
  }
  const { outcomes, actionLines } = summarise(edition);
  io.out(`${file} → ${options.out}: ${outcomes} outcomes in ${actionLines} action lines (${options.format})`);
}
