/**
 * `roadmap export FILE.json --format markdown|csv [--out F]`: a roadmap.json (checked against
 * the contract first) as Markdown or CSV. With --out the file is written atomically and one
 * summary line goes to stdout; without it the export itself goes to stdout.
 */
import { writeFileAtomic } from '../emit/json.js';
import { InputError } from '../errors.js';
import { roadmapToCsv } from '../export/csv.js';
import { roadmapToMarkdown } from '../export/markdown.js';
import type { RoadmapEdition } from '../schema/roadmap.js';
import type { Console } from './ingest.js';
import { summarise } from './report.js';
import { validateRoadmapFile } from './validate.js';

export const EXPORT_FORMATS = ['markdown', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  format: ExportFormat;
  out?: string;
}

const WRITERS: Record<ExportFormat, (edition: RoadmapEdition) => string> = {
  markdown: roadmapToMarkdown,
  csv: roadmapToCsv,
};

export async function exportRoadmap(file: string, options: ExportOptions, io: Console): Promise<void> {
  const edition = await validateRoadmapFile(file);
  const content = WRITERS[options.format](edition);
  if (options.out === undefined) {
    // The console adds the last line end.
    io.out(content.replace(/\r?\n$/, ''));
    return;
  }
  try {
    await writeFileAtomic(options.out, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(options.out, `cannot write the export (${code ?? String(error)})`);
  }
  const { outcomes, actionLines } = summarise(edition);
  io.out(`${file} → ${options.out}: ${outcomes} outcomes in ${actionLines} action lines (${options.format})`);
}
