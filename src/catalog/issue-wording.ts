/**
 * What is wrong in a catalogue, in words: schema issues as sentences a
 * solution provider can act on ("summary is 312 characters long in `fr`; the
 * limit is 280"), each with the exact path of the offending value so the CLI
 * can point at its line; and where a file stops being UTF-8.
 *
 * Only a catalogue with problems needs these, so the browser loads them on
 * demand (issue-wording-loader.ts, `t4g-issue-wording.js` beside the bundle);
 * the CLI and `validateCatalog` import it. Like a language file it imports
 * nothing from the bundle (else the two would share a third file): the one
 * helper it needs is given to it.
 */
import type * as z from 'zod/mini';
import { COUNTRY_CODE_CORRECTIONS } from './countries.js';
import type { KeySuggester, PathSegment, Problem } from './problems.js';

/** How a value's type reads (problems.ts's `describeType`). */
type Describe = (value: unknown) => string;

const LOCALIZED_FIELDS = new Set(['name', 'summary', 'description', 'title', 'tagline', 'label', 'unit', 'imageAlt']);

/** The field a path names, and the language when it ends inside a LocalizedText. */
function subjectOf(path: readonly PathSegment[]): { field: string; lang: string } {
  const last = path.at(-1);
  const parent = path.at(-2);
  const grandparent = path.at(-3);
  if (typeof last === 'string' && path.length >= 2) {
    const inLocalized =
      (typeof parent === 'string' && LOCALIZED_FIELDS.has(parent)) || (typeof parent === 'number' && grandparent === 'ambitions');
    if (inLocalized) return { field: typeof parent === 'number' ? `ambitions[${parent}]` : String(parent), lang: ` in \`${last}\`` };
  }
  if (typeof last === 'number') return { field: `${String(parent ?? 'item')}[${last}]`, lang: '' };
  return { field: last === undefined ? 'the catalogue' : String(last), lang: '' };
}

export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

const INTEGER_FIELDS = new Set(['trl', 'sdgs', 'population', 'populationYear']);

const EXPECTED: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', object: 'an object',
  array: 'a list', record: 'an object of language codes to text', literal: 'the value 1',
};

/**
 * `problemsFromIssues(issues, root, prefix, suggest)`: the problems of one
 * failed check. `root` is the value that was checked and `prefix` the path of
 * that value inside the catalogue; `suggest` finishes the message of an
 * unknown key (strict mode only has those).
 */
export const issueWording =
  (describeType: Describe) =>
  (issues: readonly z.core.$ZodIssue[], root: unknown, prefix: PathSegment[] = [], suggest: KeySuggester = () => ''): Problem[] =>
    issues.flatMap((issue) => fromIssue(issue, root, prefix, suggest, describeType));

function fromIssue(issue: z.core.$ZodIssue, root: unknown, prefix: PathSegment[], suggest: KeySuggester, describeType: Describe): Problem[] {
  const local = issue.path as PathSegment[];
  const path = [...prefix, ...local];
  const value = valueAt(root, local);
  const { field, lang } = subjectOf(path);
  const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : '';
  const problem = (message: string, at = path): Problem[] => [{ path: at, message }];
  if (value === undefined && issue.code !== 'unrecognized_keys') return problem(`${field} is required but missing`);

  switch (issue.code) {
    case 'invalid_union': {
      // LocalizedText is text or an object: report the branch the value was trying to be.
      const branch = typeof value === 'string' ? issue.errors[0] : value && typeof value === 'object' && !Array.isArray(value) ? issue.errors[1] : undefined;
      if (branch) return branch.flatMap((inner) => fromIssue(inner, value, path, suggest, describeType));
      return problem(`${field} must be text, or an object of language codes to text like {"en": "…"}, but is ${describeType(value)}`);
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], message: `unknown field \`${key}\`${suggest(key, path)}` }));
    case 'invalid_key': {
      const key = String(local.at(-1));
      return problem(`${subjectOf(path.slice(0, -1)).field} has \`${key}\`, which is not a language tag like \`en\` or \`fr-BE\``);
    }
    case 'invalid_type':
      // z.int() reports a string as expecting a `number`; say what the field really takes.
      const expected = issue.expected === 'number' && INTEGER_FIELDS.has(field.replace(/\[\d+\]$/, '')) ? 'int' : issue.expected;
      return problem(`${field}${lang} must be ${EXPECTED[expected] ?? expected} but is ${describeType(value)}`);
    case 'too_big':
      if (issue.origin === 'string') return problem(`${field} is ${[...String(value)].length.toLocaleString('en-US')} characters long${lang}; the limit is ${issue.maximum}`);
      if (issue.origin === 'array') return problem(`${field} has ${(value as unknown[]).length} entries; the limit is ${issue.maximum}`);
      return problem(`${field} is ${String(value)}; it can be at most ${issue.maximum}`);
    case 'too_small':
      if (issue.origin === 'string') return problem(`${field}${lang} is empty`);
      if (issue.origin === 'array') return problem(`${field} needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}`);
      return problem(`${field} is ${String(value)}; it must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`);
    case 'invalid_value': {
      const correction = typeof value === 'string' && Object.hasOwn(COUNTRY_CODE_CORRECTIONS, value) ? COUNTRY_CODE_CORRECTIONS[value] : undefined;
      if (field === 'country' && correction) return problem(`country is \`${String(value)}\`; ISO 3166-1 writes this country \`${correction}\``);
      if (field === 'country') return problem(`country \`${String(value)}\` is not an ISO 3166-1 alpha-2 code (two capital letters, like \`FI\`)`);
      if (field === 'version') return problem(`version is ${JSON.stringify(value)}; this catalogue format is version 1`);
      return problem(`${field} is ${JSON.stringify(value)}; it must be one of: ${issue.values.map(String).join(', ')}`);
    }
    case 'invalid_format':
      return problem(`${field}${lang} ${custom || `is not in the expected ${issue.format} format`}`);
    default:
      return problem(`${field}${lang} ${custom || 'is not valid'}`);
  }
}

/** The offset of the first byte of `bytes` that does not belong to well-formed UTF-8, or -1. */
export function firstNonUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // The continuation bytes a lead byte needs, and the range of the first one (Unicode's table of well-formed sequences).
    const [need, low, high] =
      lead >= 0xc2 && lead <= 0xdf ? [1, 0x80, 0xbf]
      : lead === 0xe0 ? [2, 0xa0, 0xbf]
      : lead === 0xed ? [2, 0x80, 0x9f]
      : lead >= 0xe1 && lead <= 0xef ? [2, 0x80, 0xbf]
      : lead === 0xf0 ? [3, 0x90, 0xbf]
      : lead === 0xf4 ? [3, 0x80, 0x8f]
      : lead >= 0xf1 && lead <= 0xf3 ? [3, 0x80, 0xbf]
      : [0, 0, 0];
    if (!need) return i;
    for (let k = 1; k <= need; k++) {
      const byte = bytes[i + k];
      if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}
