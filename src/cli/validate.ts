/**
 * `roadmap validate FILE…`: every issue of each roadmap.json, shape and meaning (the library's
 * validateRoadmap). Exit 1 when any file has an issue not ignored (or a --fail-on code).
 */
import { InputError } from '../errors.js';
import { validateRoadmap, type ValidationIssue } from '../validate/validate-roadmap.js';
import { githubAnnotation, reporterOf, type Console, type ReportOptions } from './io.js';
import { describeIssue, readJson } from './read-roadmap.js';
import { plural, summarise } from './report.js';

interface FileReport {
  file: string;
  valid: boolean;
  error: string | null;
  edition: string | null;
  schemaVersion: number | null;
  outcomes: number | null;
  actionLines: number | null;
  issues: ValidationIssue[];
}

export async function validateCommand(files: readonly string[], options: ReportOptions, io: Console): Promise<number> {
  const reporter = reporterOf(options);
  const ignored = new Set(options.ignore ?? []);
  const reports: FileReport[] = [];
  for (const file of files) {
    let value: unknown;
    try {
      value = await readJson(file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      reports.push({ file, valid: false, error: error.message, edition: null, schemaVersion: null, outcomes: null, actionLines: null, issues: [] });
      continue;
    }
    const report = validateRoadmap(value);
    const issues = report.issues.filter((i) => !ignored.has(i.code));
    const counts = report.edition ? summarise(report.edition) : null;
    reports.push({
      file,
      valid: issues.length === 0,
      error: null,
      edition: report.edition?.edition ?? null,
      schemaVersion: report.edition?.schemaVersion ?? null,
      outcomes: counts?.outcomes ?? null,
      actionLines: counts?.actionLines ?? null,
      issues,
    });
  }
  const failOn = new Set(options.failOn ?? []);
  const invalid = reports.filter((r) => !r.valid).length;
  if (reporter === 'json') {
    io.out(JSON.stringify({ ok: invalid === 0, files: reports }, null, 2));
    return invalid === 0 ? 0 : 1;
  }
  for (const report of reports) {
    if (report.error !== null) {
      if (reporter === 'github') io.out(githubAnnotation('error', report.error, { file: report.file }));
      else io.err(`roadmap: ${report.file}: ${report.error}`);
      continue;
    }
    if (report.valid) {
      if (!options.quiet) io.out(`${report.file}: valid (schema version ${report.schemaVersion}, edition ${report.edition}, ${report.outcomes} outcomes in ${report.actionLines} action lines)`);
      continue;
    }
    for (const issue of report.issues) {
      if (reporter === 'github') io.out(githubAnnotation('error', `${issue.message} (${issue.pointer || '/'}${issue.outcome ? `, ${issue.outcome}` : ''})`, { file: report.file, title: issue.code }));
      else io.err(`${report.file}: error ${issue.code} ${describeIssue(issue)}`);
    }
    if (reporter === 'text') io.err(`${report.file}: invalid, ${plural(report.issues.length, 'issue')}`);
  }
  const failing = failOn.size > 0 && reports.some((r) => r.issues.some((i) => failOn.has(i.code)));
  return invalid > 0 || failing ? 1 : 0;
}
