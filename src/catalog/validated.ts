/**
 * The browser's validation: the catalogue's shape checked here, its entries
 * by validation.ts in slices of a few milliseconds, loaded as its own file
 * (`t4g-validation.js`), and the problems worded (issue-wording.ts) only when
 * there are some. Also which catalogues passed, so they are not checked twice.
 */
import { CatalogError } from './errors.js';
import { loadIssueWording } from './issue-wording-loader.js';
import { type Problem, describeType, entryName } from './problems.js';
import { runSliced } from './slices.js';
import { ICC_TRACKS } from './tracks.js';
import { loadValidation } from './validation-loader.js';
import type { Issue } from './contract-check.js';
import type { ValidateOptions, ValidatedCatalog, ValidationNeeds, Wording } from './validation.js';

export type { ValidateOptions, ValidatedCatalog } from './validation.js';

/** Catalogues validation produced: handed back (a widget's catalogue given to the cards it renders), they need no second check. */
const validated = new WeakSet<object>();

/** Whether `value` is a catalogue that validation produced (and so needs no checking again). */
export const isValidated = (value: unknown): value is ValidatedCatalog['catalog'] => typeof value === 'object' && value !== null && validated.has(value);

/** Remembers `result`'s catalogue as validated, and returns the result. */
export const markValidated = (result: ValidatedCatalog): ValidatedCatalog => (validated.add(result.catalog), result);

/** Throws `CatalogError` of kind `not-catalog` unless `input` is an object with `"version": 1`. */
export function assertCatalog(input: unknown): asserts input is Record<string, unknown> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new CatalogError('not-catalog', `This is not a catalogue: expected a JSON object with "version": 1, found ${describeType(input)}.`);
  }
  if (!('version' in input)) {
    throw new CatalogError('not-catalog', 'This is not a catalogue: it has no "version" (a Tech4Good catalogue starts with "version": 1).');
  }
  const { version } = input as { version: unknown };
  if (version !== 1) throw new CatalogError('not-catalog', `${versionIs(version)}; this library reads version 1.`);
}

/** What the version is, in words: JSON.stringify would say `null` for 1e400 (Infinity once parsed), and throws on a BigInt. */
function versionIs(version: unknown): string {
  if (typeof version === 'number' && !Number.isFinite(version)) return `This catalogue's version is ${Number.isNaN(version) ? 'not a number (NaN)' : 'a number too large to read'}`;
  let written: string | undefined;
  try {
    written = JSON.stringify(version);
  } catch {
    // A BigInt or a cycle (an object given to loadCatalog): named by its type.
  }
  return `This catalogue is version ${written ?? describeType(version)}`;
}

/** What validation needs from here, with `word` for the caller's wording. */
export const validationNeeds = (word: Wording): ValidationNeeds => ({ word, describeType, entryName, defaultTracks: ICC_TRACKS });

/** A problem whose wording waits for issue-wording.ts. */
type Unworded = Problem & { issues: readonly Issue[]; root: unknown };

/**
 * Validates `input` (already parsed JSON) in slices after giving the page a
 * turn, so that neither parsing plus validating nor a large catalogue freezes
 * the page. Rejects with a `CatalogError` of kind `not-catalog` when it is not
 * a version 1 catalogue at all. The same problems as `validateCatalog`,
 * except that an unknown key (strict mode) gets no "did you mean".
 */
export async function validateCatalogInSlices(input: unknown, options: ValidateOptions = {}): Promise<ValidatedCatalog> {
  assertCatalog(input);
  const { validation } = await loadValidation().catch((error: unknown) => {
    throw new CatalogError('network', 't4g-validation.js could not be loaded: keep the files of dist/ together, beside the script.', undefined, error);
  });
  const later: Wording = (issues, root, path) => [{ path, message: '', issues, root } as Unworded];
  const result = markValidated(await runSliced(validation(input, options, validationNeeds(later)), undefined, options.signal));
  if (!result.problems.some((problem) => 'issues' in problem)) return result;
  const wording = await loadIssueWording().then((module) => module.issueWording(describeType), (error: unknown) => {
    console.warn('Tech4Good Marketplace: t4g-issue-wording.js (keep it beside the bundle) could not be loaded; problems are reported without their reason.', error);
  });
  result.problems = result.problems.flatMap((problem) => {
    if (!('issues' in problem)) return [problem];
    const { issues, root, path, entry, consequence } = problem as Unworded;
    const worded = wording ? wording(issues, root, path) : [{ path, message: `${String(path.at(-1))} is not valid` }];
    return worded.map((each) => ({ ...each, ...(entry && { entry }), ...(consequence && { consequence }) }));
  });
  return result;
}
