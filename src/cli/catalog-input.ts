/**
 * The catalogue `t4g render` and `t4g site` start from: read, parsed and
 * validated as the widgets validate it (unknown keys ignored, an entry with
 * a wrong required field left out, a wrong optional field dropped), each
 * problem printed to stderr at its line and column, so the pages show what
 * the widgets would.
 */
import type { ValidatedCatalog } from '../catalog/validation.js';
import { byPosition } from '../catalog/check/positions.js';
import { notJsonReason, problemLine } from './report.js';
import { checkCatalog } from '../catalog/check/source.js';
import { displayName, loadSource } from './source.js';

/** What the pages do about a problem, after the problem itself. */
const CONSEQUENCES: Record<string, string> = {
  'entry-left-out': ' (left out of the pages)',
  'reference-dropped': ' (reference ignored)',
  'field-ignored': ' (field ignored)',
};

/** The valid entries, and the file's own data (to know what it wrote itself). */
export type Input = { ok: true; catalog: ValidatedCatalog['catalog']; data: unknown } | { ok: false };

export function readCatalog(file: string, warn: (line: string) => void): Input {
  const loaded = loadSource(file);
  const name = displayName(file);
  if (loaded.status === 'unreadable') {
    warn(`${name}: cannot read this file: ${loaded.reason}`);
    return { ok: false };
  }
  if (loaded.status === 'not-json') {
    warn(problemLine(name, loaded.error));
    warn(`${name}: ${notJsonReason(loaded.error)}, so nothing was written`);
    return { ok: false };
  }
  const { problems, result } = checkCatalog(loaded.source, loaded.source.data, () => true, false);
  if (!result) {
    for (const problem of problems) warn(problemLine(name, problem));
    return { ok: false };
  }
  // Nothing filtered out: the located problems are result.problems, in the same order.
  const worded = problems.map((problem, i) => ({ ...problem, message: `${problem.message}${CONSEQUENCES[result.problems[i]?.consequence ?? ''] ?? ''}` }));
  for (const problem of byPosition(worded)) warn(problemLine(name, problem));
  return { ok: true, catalog: result.catalog, data: loaded.source.data };
}
