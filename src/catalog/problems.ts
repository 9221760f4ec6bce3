/**
 * What is wrong in a catalogue, and where: the problems validation reports,
 * their paths and how they read in a log. Their wording from schema issues
 * is issue-wording.ts.
 */

export type PathSegment = string | number;

/** What happened to the data because of a problem, when loading leniently. */
export type Consequence = 'entry-left-out' | 'reference-dropped' | 'field-ignored';

/**
 * What kind of problem, in a stable name for machines (`t4g validate --json`):
 * an id used twice, a reference to an id that no entry kept has (none has it,
 * or the one that has it is left out for its own error), a reference that
 * exists but is not allowed (a city as its own mentor), a solution left with
 * no track. A problem without one is about the shape of a value (`schema`).
 */
export type ProblemType = 'duplicate-id' | 'unknown-reference' | 'invalid-reference' | 'missing-track';

export interface Problem {
  /** Where the offending value is, from the top of the catalogue (or of the file, in the CLI). */
  path: PathSegment[];
  /** A sentence about the value at `path`, naming the field. */
  message: string;
  /** Set by the lenient loader: what it did about the problem. */
  consequence?: Consequence;
  type?: ProblemType;
  /** The solution, city or track concerned, as `solution "bike-share"` or `solution #4`. */
  entry?: string;
}

/** How a problem names its entry: `solution "bike-share"`. */
export const entryName = (kind: string, id: string): string => `${kind} "${id}"`;

/** The problems that left out the entry of that kind and id: why a card cannot show an id that is in the file. */
export const leftOutProblems = (problems: readonly Problem[], kind: 'solution' | 'city', id: string): Problem[] =>
  problems.filter((problem) => problem.consequence === 'entry-left-out' && problem.entry === entryName(kind, id));

export * from './problem-text.js';

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': return 'text';
    case 'number': return Number.isInteger(value) ? 'a whole number' : Number.isFinite(value) ? 'a number' : String(value);
    case 'boolean': return 'true/false';
    case 'object': return 'an object';
    default: return typeof value;
  }
}

/**
 * Edit distance, for "did you mean" on unknown keys. Past `limit` the exact
 * distance does not matter: it stops once every way is longer, and returns more than `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    let least = (row[0] = i);
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
      least = Math.min(least, row[j]!);
    }
    // A row's least value never shrinks further down.
    if (least > limit) return least;
  }
  return row[b.length]!;
}

/** How to end "unknown field `x`" at `path` (the object's): key-suggestions.ts's "(did you mean `y`?)", or nothing. */
export type KeySuggester = (key: string, path?: readonly PathSegment[]) => string;
