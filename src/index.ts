/**
 * roadmap-extract as a library: what the `roadmap` command line is built on. No console and no
 * file system: the caller reads and writes files, and errors are thrown (InputError for bad input,
 * UsageError for a query that cannot be read), never printed. pdf.js and remark are loaded on
 * the first PDF or Markdown source, the table stage on the first extractTables call.
 *
 *   import { extractRoadmap, diffEditions, RoadmapEditionSchema } from 'roadmap-extract';
 *   const edition = await extractRoadmap({ path: 'sources/2018/roadmap.pdf', bytes }, { edition: '2018' });
 */

// Extraction: a source → the validated RoadmapEdition (warnings on it).
export { extractRoadmap, type ExtractRoadmapOptions, type RoadmapSource } from './api/extract.js';
export { formatOf, sha256, SOURCE_EXTENSIONS } from './load/format.js';
export { WARNING_CODES, type WarningCode } from './diagnostics.js';

// Corrections, the index, the find query engine, statistics.
export { applyCorrections } from './corrections/apply.js';
export { buildIndex } from './index/build-index.js';
export { editionOutput, type EditionOutput } from './api/edition-output.js';
export { findOutcomes, VIAS, type FindQuery, type FoundOutcome, type Via } from './query/find.js';
export { editionStats, type ActionLineStats } from './query/stats.js';

// Validation: every issue of a roadmap.json, shape and meaning.
export { validateRoadmap, VALIDATION_CODES, type ValidationCode, type ValidationIssue, type ValidationReport } from './validate/validate-roadmap.js';
export { jsonPointer } from './validate/json-pointer.js';

// Edition diffs and their reports (diff.json, diff.md, diff.html as strings).
export { diffEditions, changeCount } from './diff/edition-diff.js';
export { renderReports as renderDiffReports, REPORT_FILES as DIFF_REPORT_FILES } from './diff/reports.js';
export { summaryLine as diffSummaryLine } from './diff/summary.js';

// Exports of an edition.
export { roadmapToCsv, neutraliseCell, type CsvOptions } from './export/csv.js';
export { roadmapToMarkdown } from './export/markdown.js';

// General PDF tables.
export { extractTables, type ExtractTablesOptions, type TableExtraction } from './api/tables.js';
export { tablesToJson, type TablesJson } from './tables/format.js';
export { tablesToCsv, tablesToTsv, tablesToMarkdown, tablesToHtml, tablesToXlsx, type TableTextOptions } from './export/tables.js';
export type { Table } from './tables/table.js';

// Errors.
export { InputError, UsageError } from './errors.js';

// The contracts: zod schemas, JSON Schemas, types.
export {
  RoadmapEditionSchema,
  ActionLineSchema,
  OutcomeSchema,
  WarningSchema,
  ResolutionSchema,
  MentionSchema,
  TimingSchema,
  GoalsSchema,
  SdgLinksSchema,
  ProvenanceSchema,
  CoverageSchema,
  AppliedCorrectionSchema,
  roadmapJsonSchema,
  type RoadmapEdition,
  type ActionLine,
  type Outcome,
  type Warning,
  type Resolution,
  type Mention,
  type Timing,
  type Goals,
  type SdgLinks,
  type SubItem,
  type Footnote,
  type AppliedCorrection,
  type SourceFormat,
} from './schema/roadmap.js';
export { EditionDiffSchema, diffJsonSchema, type EditionDiff } from './schema/diff.js';
export { EditionIndexSchema, indexJsonSchema, type EditionIndex } from './schema/index.js';
export { CorrectionsFileSchema, CorrectionSchema, correctionsJsonSchema, type Correction, type CorrectionsFile } from './schema/corrections.js';
export { JSON_SCHEMAS, type ContractName } from './schema/json-schemas.js';
