/** `t4g validate FILE... [--json]`: every problem of every file, with its line and column. */
import { formatPath } from '../catalog/problems.js';
import { type Located, byPosition } from './positions.js';
import { count, listWords, problemLine, problemSummary } from './report.js';
import { checkCatalog, loadSource } from './source.js';

export interface ValidateArgs {
  files: string[];
  json: boolean;
}

type FileReport =
  | { file: string; status: 'valid'; solutions: number; cities: number }
  | { file: string; status: 'problems' | 'not-json'; problems: Located[] }
  | { file: string; status: 'unreadable'; reason: string };

export function checkFile(file: string): FileReport {
  const loaded = loadSource(file);
  if (loaded.status === 'unreadable') return { file, status: 'unreadable', reason: loaded.reason };
  if (loaded.status === 'not-json') return { file, status: 'not-json', problems: [loaded.error] };
  const { problems, result } = checkCatalog(loaded.source);
  const all = byPosition([...loaded.duplicateKeys, ...problems]);
  if (all.length > 0 || !result) return { file, status: 'problems', problems: all };
  return { file, status: 'valid', solutions: result.catalog.solutions.length, cities: result.catalog.cities.length };
}

/** 0 all valid, 1 problems, 2 a file could not be read or is not JSON. */
export function exitCode(reports: readonly { status: string }[]): number {
  if (reports.some((r) => r.status === 'unreadable' || r.status === 'not-json')) return 2;
  return reports.some((r) => r.status === 'problems') ? 1 : 0;
}

export function runValidate(args: ValidateArgs, print: (text: string) => void): number {
  const reports = args.files.map(checkFile);
  if (args.json) print(JSON.stringify(jsonReport(reports), null, 2));
  else for (const line of textReport(reports)) print(line);
  return exitCode(reports);
}

function textReport(reports: readonly FileReport[]): string[] {
  const lines: string[] = [];
  for (const report of reports) {
    const { file } = report;
    switch (report.status) {
      case 'unreadable':
        lines.push(`${file}: cannot read this file: ${report.reason}`);
        break;
      case 'not-json':
        lines.push(...report.problems.map((p) => problemLine(file, p)), `${file}: not valid JSON, so nothing else was checked`);
        break;
      case 'problems':
        lines.push(...report.problems.map((p) => problemLine(file, p)), `${file}: ${problemSummary(report.problems)}`);
        break;
      case 'valid':
        lines.push(`${file}: valid (${count(report.solutions, 'solution', 'solutions')}, ${count(report.cities, 'city', 'cities')})`);
        break;
    }
  }
  if (reports.length > 1) lines.push(totalLine(reports));
  return lines;
}

function totalLine(reports: readonly FileReport[]): string {
  const valid = reports.filter((r) => r.status === 'valid').length;
  const withProblems = reports.flatMap((r) => (r.status === 'problems' ? [r] : []));
  const problemCount = withProblems.reduce((sum, r) => sum + r.problems.length, 0);
  const broken = reports.filter((r) => r.status === 'unreadable' || r.status === 'not-json').length;
  const parts = [
    ...(valid ? [`${valid} valid`] : []),
    ...(withProblems.length ? [`${withProblems.length} with ${count(problemCount, 'problem', 'problems')}`] : []),
    ...(broken ? [`${broken} unreadable or not JSON`] : []),
  ];
  return `${count(reports.length, 'file', 'files')}: ${listWords(parts)}`;
}

interface JsonProblem {
  line: number | null;
  column: number | null;
  path: string;
  pathSegments: (string | number)[];
  message: string;
}

function jsonReport(reports: readonly FileReport[]) {
  const files = reports.map((report) => {
    let problems: JsonProblem[] = [];
    if (report.status === 'unreadable') {
      problems = [{ line: null, column: null, path: formatPath([]), pathSegments: [], message: `cannot read this file: ${report.reason}` }];
    } else if (report.status !== 'valid') {
      problems = report.problems.map((p) => ({ line: p.line, column: p.column, path: formatPath(p.path), pathSegments: p.path, message: p.message }));
    }
    return { file: report.file, valid: report.status === 'valid', problems };
  });
  return { files, valid: files.every((f) => f.valid) };
}
