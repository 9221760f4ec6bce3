/**
 * Checks a parsed catalogue entry by entry, so that one provider's mistake
 * leaves out one solution, never the whole marketplace. The browser runs it
 * leniently (bad entries and dangling references are dropped and reported),
 * in slices (validated.ts); the CLI strictly (unknown keys are problems too),
 * at once (validate.ts), and reports everything.
 *
 * In the browser this module is a file of its own (`t4g-validation.js`),
 * fetched while the catalogue downloads, so the script-tag bundle does not
 * carry the contract. That file must import nothing from the bundle (the
 * classic script loads it from beside itself): what it shares with the bundle
 * comes in as `ValidationNeeds`, and only types are imported here.
 */
import type { ContractResult, Issue, JsonSchema } from './contract-check.js';
import { checkValue } from './contract-check.js';
import { CONTRACT } from './contract.generated.js';
import type { Consequence, PathSegment, Problem } from './problems.js';
import type { Catalog, City, LocalizedText, Solution, Track } from './schema.js';

/** How problems read: here, in the validation's file of the bundles, rather than in the first script (catalog-controller.ts). */
export { describeField, describeProblem } from './problem-text.js';

/** How these problems read, wherever they are found (here, and early in the workshop's check: check/early-checks.ts). */
export const duplicateId = (id: string, list: string, first: number): string => `id \`${id}\` is already used by ${list}[${first}]; ids must be unique`;
export const NO_TRACK = 'tracks names no track of this catalogue; a solution needs at least one';
export const OWN_MENTOR = 'a city cannot be its own mentor';
/**
 * A reference to an entry that is in the catalogue but left out for an error of its own: that error is the one to fix
 * (`at` says where, when known: its line in a file). Not "does not exist", which sends a provider hunting for a typo.
 */
export const leftOutReference = (noun: string, id: string, at?: string): string =>
  `${noun} \`${id}\` is left out of this catalogue because of its own error${at ? ` (${at})` : ''}; fix that first`;

export interface ValidatedCatalog {
  /** The catalogue with every invalid entry left out; `tracks` is always filled in. */
  catalog: Catalog & { tracks: Track[]; solutions: Solution[]; cities: City[] };
  problems: Problem[];
}

export interface ValidateOptions {
  /** Unknown keys are problems (CLI, JSON Schema); otherwise they are ignored (browser). */
  strict?: boolean;
  /**
   * The input is the validator's own (just parsed from JSON): entries are kept
   * as they are, unknown keys and all, instead of copied. Otherwise (default)
   * the caller's object is never changed and only what the contract names is kept.
   */
  owned?: boolean;
  /** Stops a validation in slices that is no longer wanted. */
  signal?: AbortSignal;
}

const TOP_LEVEL_KEYS = new Set(['$schema', 'version', 'title', 'language', 'updated', 'tracks', 'solutions', 'cities']);

/** An entry that passed the schema, with its index in the input so problems can point at it. */
interface Kept<T> { value: T; index: number }

/** Checks one part of the catalogue against its piece of the contract. */
type Parser<T> = (value: unknown) => ContractResult<T>;

const contractParser = <T>(schema: JsonSchema | undefined, strict: boolean, owned = false): Parser<T> => (value) => checkValue<T>(schema, value, strict, owned);

const part = (key: string) => CONTRACT.properties?.[key];
const items = (key: string) => part(key)?.items;

/** Words a check's issues about `root`, found at `prefix` in the catalogue, as problems. */
export type Wording = (issues: readonly Issue[], root: unknown, prefix: PathSegment[]) => Problem[];

/** What validation shares with the bundle, handed in so that its file imports nothing. */
export interface ValidationNeeds {
  /** Turns a check's issues into problems (now, or once their wording is loaded). */
  word: Wording;
  describeType: (value: unknown) => string;
  entryName: (kind: string, id: string) => string;
  /** The tracks of a catalogue that names none: the ICC's. */
  defaultTracks: readonly Track[];
}

/**
 * The validation as steps, one per entry, of a value that `assertCatalog`
 * (validated.ts) accepted: an object with `"version": 1`.
 */
export function* validation(data: Record<string, unknown>, options: ValidateOptions, needs: ValidationNeeds): Generator<void, ValidatedCatalog> {
  const { word, describeType } = needs;
  const strict = !!options.strict;
  const problems: Problem[] = [];
  const catalog: ValidatedCatalog['catalog'] = { version: 1, tracks: [], solutions: [], cities: [] };

  if (options.strict) {
    for (const key of Object.keys(data)) {
      if (!TOP_LEVEL_KEYS.has(key)) problems.push(...word([{ code: 'unrecognized_keys', keys: [key], path: [], message: '', input: data }], data, []));
    }
  }
  if (data.$schema !== undefined) {
    if (typeof data.$schema === 'string') catalog.$schema = data.$schema;
    else problems.push({ path: ['$schema'], message: `$schema must be text (the schema's address) but is ${describeType(data.$schema)}`, consequence: 'field-ignored' });
  }
  const field = <T>(key: 'title' | 'language' | 'updated', schema: Parser<T>) => {
    if (data[key] === undefined) return undefined;
    const result = schema(data[key]);
    if (result.ok) return result.value;
    problems.push(...word(result.issues, data[key], [key]).map((p) => ({ ...p, consequence: 'field-ignored' as const })));
    return undefined;
  };
  const title = field('title', contractParser<LocalizedText>(part('title'), strict));
  if (title !== undefined) catalog.title = title;
  const language = field('language', contractParser<string>(part('language'), strict));
  if (language !== undefined) catalog.language = language;
  const updated = field('updated', contractParser<string>(part('updated'), strict));
  if (updated !== undefined) catalog.updated = updated;

  const tracks = data.tracks === undefined ? needs.defaultTracks.map((track, index) => ({ value: track, index })) : yield* entries(data, 'tracks', contractParser<Track>(items('tracks'), strict, options.owned), 'track', problems, needs);
  const solutions = yield* entries(data, 'solutions', contractParser<Solution>(items('solutions'), strict, options.owned), 'solution', problems, needs);
  const cities = yield* entries(data, 'cities', contractParser<City>(items('cities'), strict, options.owned), 'city', problems, needs);

  const leftOut = yield* checkReferences({ tracks, solutions, cities, hasCities: Array.isArray(data.cities) && data.cities.length > 0 }, problems, needs.entryName);
  const keep = <T>(list: Kept<T>[]) => list.filter((kept) => !leftOut.has(kept)).map((kept) => kept.value);
  catalog.tracks = keep(tracks);
  catalog.solutions = keep(solutions);
  catalog.cities = keep(cities);
  return { catalog, problems };
}

function entryLabel(kind: string, raw: unknown, index: number, { entryName }: ValidationNeeds): string {
  const id = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).id : undefined;
  return typeof id === 'string' && id ? entryName(kind, id) : `${kind} #${index + 1}`;
}

function* entries<T>(data: Record<string, unknown>, key: 'tracks' | 'solutions' | 'cities', schema: Parser<T>, kind: string, problems: Problem[], needs: ValidationNeeds): Generator<void, Kept<T>[]> {
  const { word, describeType } = needs;
  const list = data[key];
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    problems.push({ path: [key], message: `${key} must be a list but is ${describeType(list)}`, consequence: 'field-ignored' });
    return [];
  }
  const kept: Kept<T>[] = [];
  const required = items(key)?.required ?? [];
  for (const [index, raw] of list.entries()) {
    let result = schema(raw);
    let consequence: Consequence = 'entry-left-out';
    const issues = result.ok ? [] : result.issues;
    // Only optional fields are wrong (a website that is no address): the entry stays without them.
    const fields = new Set(issues.map((issue) => issue.path[0]));
    if (issues.length && [...fields].every((field) => typeof field === 'string' && !required.includes(field))) {
      const rest = { ...(raw as object) } as Record<string, unknown>;
      for (const field of fields) delete rest[field as string];
      const retried = schema(rest);
      if (retried.ok) [result, consequence] = [retried, 'field-ignored'];
    }
    if (result.ok) kept.push({ value: result.value, index });
    if (issues.length) {
      const entry = entryLabel(kind, raw, index, needs);
      problems.push(...word(issues, raw, [key, index]).map((p) => ({ ...p, entry, consequence })));
    }
    yield;
  }
  return kept;
}

interface Entries { tracks: Kept<Track>[]; solutions: Kept<Solution>[]; cities: Kept<City>[]; hasCities: boolean }

/**
 * Unique ids and references between entries. Dangling references are dropped
 * from the kept values; returns the entries to leave out.
 */
function* checkReferences({ tracks, solutions, cities, hasCities }: Entries, problems: Problem[], entryName: ValidationNeeds['entryName']): Generator<void, Set<Kept<unknown>>> {
  const leftOut = new Set<Kept<unknown>>();
  // The entries left out so far, by name (`city "porto"`): an id of theirs is missing, not unknown.
  const leftOutNames = new Set(problems.filter((problem) => problem.consequence === 'entry-left-out').map((problem) => problem.entry));
  function* unique<T extends { id: string }>(key: string, kind: string, list: Kept<T>[]): Generator<void, Set<string>> {
    const seen = new Map<string, number>();
    let count = 0;
    for (const kept of list) {
      const first = seen.get(kept.value.id);
      if (first === undefined) seen.set(kept.value.id, kept.index);
      else {
        leftOut.add(kept);
        problems.push({ path: [key, kept.index, 'id'], message: duplicateId(kept.value.id, key, first), entry: entryName(kind, kept.value.id), consequence: 'entry-left-out', type: 'duplicate-id' });
      }
      if (++count % 1024 === 0) yield;
    }
    return new Set(seen.keys());
  }
  const trackIds = yield* unique('tracks', 'track', tracks);
  yield* unique('solutions', 'solution', solutions);
  const cityIds = yield* unique('cities', 'city', cities);

  /** Keeps the ids of `kind` that exist (and pass `also`), reporting each one that does not. */
  const known = (ids: string[] | undefined, exists: Set<string>, where: PathSegment[], entry: string, kind: string, also?: (id: string) => string | undefined, noun = kind) =>
    ids?.filter((id, i) => {
      const missing = !exists.has(id);
      const message = !missing ? also?.(id) : leftOutNames.has(entryName(kind, id)) ? leftOutReference(noun, id) : `${noun} \`${id}\` does not exist in this catalogue`;
      if (message) problems.push({ path: [...where, i], message, entry, consequence: 'reference-dropped', type: missing ? 'unknown-reference' : 'invalid-reference' });
      return !message;
    });

  for (const kept of solutions) {
    if (leftOut.has(kept)) continue;
    const solution = kept.value;
    const entry = entryName('solution', solution.id);
    const at = (key: string): PathSegment[] => ['solutions', kept.index, key];
    solution.tracks = known(solution.tracks, trackIds, at('tracks'), entry, 'track') ?? [];
    if (solution.tracks.length === 0) {
      leftOut.add(kept);
      leftOutNames.add(entry);
      problems.push({ path: at('tracks'), message: NO_TRACK, entry, consequence: 'entry-left-out', type: 'missing-track' });
    }
    if (hasCities && solution.cities) solution.cities = known(solution.cities, cityIds, at('cities'), entry, 'city');
    yield;
  }
  // Only now: a solution left out for its tracks must not stay referenced.
  const solutionIds = new Set<string>();
  for (const [i, kept] of solutions.entries()) {
    if (!leftOut.has(kept)) solutionIds.add(kept.value.id);
    if (i % 1024 === 1023) yield;
  }
  for (const kept of cities) {
    if (leftOut.has(kept)) continue;
    const city = kept.value;
    const entry = entryName('city', city.id);
    const at = (...keys: PathSegment[]): PathSegment[] => ['cities', kept.index, ...keys];
    if (city.tracks) city.tracks = known(city.tracks, trackIds, at('tracks'), entry, 'track');
    if (city.mentors) city.mentors = known(city.mentors, cityIds, at('mentors'), entry, 'city', (id) => (id === city.id ? OWN_MENTOR : undefined), 'mentor city');
    city.bestPractices?.forEach((practice, p) => {
      if (practice.solutions) practice.solutions = known(practice.solutions, solutionIds, at('bestPractices', p, 'solutions'), entry, 'solution');
    });
    yield;
  }
  return leftOut;
}
