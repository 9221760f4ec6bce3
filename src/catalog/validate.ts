/**
 * Validation at once, with every problem worded and "did you mean" for
 * unknown keys: for the CLI, Node and the tests. The browser validates in
 * slices and words problems on demand (validation.ts).
 */
import { issueWording } from './issue-wording.js';
import { suggestKey } from './key-suggestions.js';
import { describeType } from './problems.js';
import { runNow } from './slices.js';
import { assertCatalog, markValidated, validationNeeds } from './validated.js';
import { type ValidateOptions, type ValidatedCatalog, validation } from './validation.js';

export * from './validation.js';
export { isValidated, validateCatalogInSlices } from './validated.js';

/**
 * The problems of one failed check, worded for a person: `root` is the value
 * that was checked, `prefix` its path in the catalogue; `suggest` finishes the
 * message of an unknown key (key-suggestions.ts's `suggestKey`: "did you mean").
 */
export const problemsFromIssues = issueWording(describeType);

/**
 * Validates `input` (already parsed JSON). Throws `CatalogError` of kind
 * `not-catalog` when it is not a version 1 catalogue at all.
 */
export function validateCatalog(input: unknown, options: ValidateOptions = {}): ValidatedCatalog {
  assertCatalog(input);
  return markValidated(runNow(validation(input, options, validationNeeds((issues, root, prefix) => problemsFromIssues(issues, root, prefix, suggestKey)))));
}
