/**
 * Turns schema issues into sentences a solution provider can act on
 * ("summary is 312 characters long in `fr`; the limit is 280"), each with the
 * exact path of the offending value so the CLI can point at its line.
 */
import type * as z from 'zod/mini';
import { COUNTRY_CODE_CORRECTIONS } from './countries.js';

export type PathSegment = string | number;

/** What happened to the data because of a problem, when loading leniently. */
export type Consequence = 'entry-left-out' | 'reference-dropped' | 'field-ignored';

export interface Problem {
  /** Where the offending value is, from the top of the catalogue (or of the file, in the CLI). */
  path: PathSegment[];
  /** A sentence about the value at `path`, naming the field. */
  message: string;
  /** Set by the lenient loader: what it did about the problem. */
  consequence?: Consequence;
  /** The solution, city or track concerned, as `solution "bike-share"` or `solution #4`. */
  entry?: string;
}

/** `solutions[3].summary.fr`; keys that are not plain names are quoted (`summary["fr-BE"]`). */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out || '(top level)';
}

/** How a problem names its entry: `solution "bike-share"`. */
export const entryName = (kind: string, id: string): string => `${kind} "${id}"`;

/** The problems that left out the entry of that kind and id: why a card cannot show an id that is in the file. */
export const leftOutProblems = (problems: readonly Problem[], kind: 'solution' | 'city', id: string): Problem[] =>
  problems.filter((problem) => problem.consequence === 'entry-left-out' && problem.entry === entryName(kind, id));

/** What is wrong and where, without the entry: `website must be … (at cities[3].website)`. */
export const describeField = (problem: Problem): string => `${problem.message} (at ${formatPath(problem.path)})`;

/** One line for a console or a log: the entry, what was done about it, what is wrong and where. */
export function describeProblem(problem: Problem): string {
  const done = problem.consequence === 'entry-left-out' ? ' was left out' : problem.consequence === 'reference-dropped' ? ': reference ignored' : '';
  const who = problem.entry ? `${problem.entry}${done}: ` : '';
  return `${who}${describeField(problem)}`;
}

const LOCALIZED_FIELDS = new Set(['name', 'summary', 'description', 'title', 'tagline', 'label', 'imageAlt']);

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

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': return 'text';
    case 'number': return Number.isInteger(value) ? 'a whole number' : 'a number';
    case 'boolean': return 'true/false';
    case 'object': return 'an object';
    default: return typeof value;
  }
}

const INTEGER_FIELDS = new Set(['trl', 'sdgs', 'population', 'populationYear']);

const EXPECTED: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', object: 'an object',
  array: 'a list', record: 'an object of language codes to text', literal: 'the value 1',
};

/** Edit distance, for "did you mean" on unknown keys. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** How to end "unknown field `x`": key-suggestions.ts's "(did you mean `y`?)", or nothing. */
export type KeySuggester = (key: string) => string;

/**
 * Problems for one failed parse. `root` is the value that was parsed and
 * `prefix` the path of that value inside the catalogue; `suggest` finishes
 * the message of an unknown key (strict mode only has those).
 */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], root: unknown, prefix: PathSegment[] = [], suggest: KeySuggester = () => ''): Problem[] {
  return issues.flatMap((issue) => fromIssue(issue, root, prefix, suggest));
}

function fromIssue(issue: z.core.$ZodIssue, root: unknown, prefix: PathSegment[], suggest: KeySuggester): Problem[] {
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
      if (branch) return branch.flatMap((inner) => fromIssue(inner, value, path, suggest));
      return problem(`${field} must be text, or an object of language codes to text like {"en": "…"}, but is ${describeType(value)}`);
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], message: `unknown field \`${key}\`${suggest(key)}` }));
    case 'invalid_key': {
      const key = String(local.at(-1));
      return problem(`${subjectOf(path.slice(0, -1)).field} has \`${key}\`, which is not a language tag like \`en\` or \`fr-BE\``);
    }
    case 'invalid_type':
      // z.int() reports a string as expecting a `number`; say what the field really takes.
      const expected = issue.expected === 'number' && INTEGER_FIELDS.has(field.replace(/\[\d+\]$/, '')) ? 'int' : issue.expected;
      return problem(`${field}${lang} must be ${EXPECTED[expected] ?? expected} but is ${describeType(value)}`);
    case 'too_big':
      if (issue.origin === 'string') return problem(`${field} is ${[...String(value)].length} characters long${lang}; the limit is ${issue.maximum}`);
      if (issue.origin === 'array') return problem(`${field} has ${(value as unknown[]).length} entries; the limit is ${issue.maximum}`);
      return problem(`${field} is ${String(value)}; it can be at most ${issue.maximum}`);
    case 'too_small':
      if (issue.origin === 'string') return problem(`${field}${lang} is empty`);
      if (issue.origin === 'array') return problem(`${field} needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}`);
      return problem(`${field} is ${String(value)}; it must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`);
    case 'invalid_value': {
      const correction = typeof value === 'string' ? COUNTRY_CODE_CORRECTIONS[value] : undefined;
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
