/** `t4g validate FILE... [--against CATALOG] [--format text|json|github]`: every problem of every file, with its line and column. */
import { formatPath } from '../catalog/problems.js';
import { loadAgainst } from './against.js';
import type { CatalogFile } from '../catalog/check/cross-file.js';
import { type FileReport, checkFile } from './file-check.js';
import { githubError, githubProblem } from './github-format.js';
import { type Located, isWarning } from '../catalog/check/positions.js';
import { severityOf } from '../catalog/check/problem-types.js';
import { count, listWords, notJsonReason, problemLine, problemSummary } from './report.js';

export type ReportFormat = 'text' | 'json' | 'github';

export interface ValidateArgs {
  files: string[];
  format: ReportFormat;
  /** The published catalogue the files will join: a path or an http(s) address. */
  against?: string;
}

/** 0 no errors (warnings allowed), 1 problems, 2 a file could not be read or is not JSON. */
export function exitCode(reports: readonly { status: string }[]): number {
  if (reports.some((r) => r.status === 'unreadable' || r.status === 'not-json')) return 2;
  return reports.some((r) => r.status === 'problems') ? 1 : 0;
}

export async function runValidate(args: ValidateArgs, print: (text: string) => void): Promise<number> {
  let against: CatalogFile | undefined;
  if (args.against !== undefined) {
    const loaded = await loadAgainst(args.against);
    if (!loaded.ok) {
      // Nothing checked: exit 2, like a file that cannot be read.
      if (args.format === 'json') print(JSON.stringify({ files: [], valid: false, error: loaded.message }, null, 2));
      else print(args.format === 'github' ? githubError(loaded.message) : `t4g: ${loaded.message}`);
      return 2;
    }
    against = loaded.catalog;
  }
  return reportFiles(args, against, print);
}

/** Checks the files (against a catalogue already loaded) and prints the report in the format asked for. */
export function reportFiles(args: Omit<ValidateArgs, 'against'>, against: CatalogFile | undefined, print: (text: string) => void): number {
  const reports = args.files.map((file) => checkFile(file, against));
  if (args.format === 'json') print(JSON.stringify(jsonReport(reports), null, 2));
  else for (const line of textReport(reports, args.format === 'github' ? githubLines : textLines)) print(line);
  return exitCode(reports);
}

/** How a format writes a problem, and a file that could not be read; whether a line sums up each file. */
interface Lines {
  problem: (file: string, problem: Located) => string;
  unreadable: (file: string, reason: string) => string;
  fileSummaries: boolean;
}

const textLines: Lines = {
  problem: (file, problem) => problemLine(file, isWarning(problem) ? { ...problem, message: `warning: ${problem.message}` } : problem),
  unreadable: (file, reason) => `${file}: cannot read this file: ${reason}`,
  fileSummaries: true,
};

const githubLines: Lines = {
  problem: githubProblem,
  unreadable: (file, reason) => githubError(`cannot read this file: ${reason}`, file),
  // A line that starts with a file name could be read as a command (a file named `::add-mask::…`): only the total.
  fileSummaries: false,
};

function textReport(reports: readonly FileReport[], lines: Lines): string[] {
  const out: string[] = [];
  for (const report of reports) {
    const { file } = report;
    if (report.status === 'unreadable') {
      out.push(lines.unreadable(file, report.reason));
      continue;
    }
    out.push(...report.problems.map((p) => lines.problem(file, p)));
    if (!lines.fileSummaries) continue;
    const errors = report.problems.filter((p) => !isWarning(p));
    const warnings = report.problems.length - errors.length;
    const andWarnings = warnings ? `; ${count(warnings, 'warning', 'warnings')}` : '';
    if (report.status === 'not-json') out.push(`${file}: ${notJsonReason(report.problems[0]!)}, so nothing else was checked`);
    else if (report.status === 'problems') out.push(`${file}: ${problemSummary(errors)}${andWarnings}`);
    else if (report.status === 'valid') out.push(`${file}: valid (${count(report.solutions, 'solution', 'solutions')}, ${count(report.cities, 'city', 'cities')})${andWarnings}`);
  }
  if (reports.length > 1 || !lines.fileSummaries) out.push(totalLine(reports));
  return out;
}

function totalLine(reports: readonly FileReport[]): string {
  const valid = reports.filter((r) => r.status === 'valid').length;
  const withProblems = reports.flatMap((r) => (r.status === 'problems' ? [r] : []));
  const problemCount = withProblems.reduce((sum, r) => sum + r.problems.filter((p) => !isWarning(p)).length, 0);
  const broken = reports.filter((r) => r.status === 'unreadable' || r.status === 'not-json').length;
  const parts = [
    ...(valid ? [`${valid} valid`] : []),
    ...(withProblems.length ? [`${withProblems.length} with ${count(problemCount, 'problem', 'problems')}`] : []),
    ...(broken ? [`${broken} unreadable or not JSON`] : []),
  ];
  return `${count(reports.length, 'file', 'files')}: ${listWords(parts)}`;
}

function jsonReport(reports: readonly FileReport[]) {
  const files = reports.map((report) => {
    const problems = report.status === 'unreadable'
      ? [{ line: null, column: null, path: formatPath([]), pathSegments: [], message: `cannot read this file: ${report.reason}`, severity: severityOf('unreadable'), type: 'unreadable' }]
      : report.problems.map((p) => ({ line: p.line, column: p.column, path: formatPath(p.path), pathSegments: p.path, message: p.message, severity: severityOf(p.type), type: p.type }));
    return { file: report.file, valid: report.status === 'valid', problems };
  });
  return { files, valid: files.every((f) => f.valid) };
}
