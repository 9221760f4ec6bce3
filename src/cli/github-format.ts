/**
 * `--format github`: GitHub Actions workflow commands, which a pull request's
 * check shows as annotations on the lines concerned:
 * `::error file=F,line=L,col=C::MESSAGE` (or `::warning …`). Escaped as
 * GitHub's toolkit does: in the message `%`, CR and LF; in a property also
 * `:` and `,`, which would end it.
 */
import { formatPath } from '../catalog/problems.js';
import { type Located, isWarning } from '../catalog/check/positions.js';

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(name: 'error' | 'warning', properties: Record<string, string | number>, message: string): string {
  const list = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${name}${list ? ` ${list}` : ''}::${escapeData(message)}`;
}

export const githubProblem = (file: string, problem: Located): string =>
  command(isWarning(problem) ? 'warning' : 'error', { file, line: problem.line, col: problem.column }, `${formatPath(problem.path)}: ${problem.message}`);

/** A problem with no place in a file (it could not be read, or a catalogue to check against is missing). */
export const githubError = (message: string, file?: string): string => command('error', file === undefined ? {} : { file }, message);
