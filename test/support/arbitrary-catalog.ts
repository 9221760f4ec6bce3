/**
 * fast-check arbitraries for catalogues, shared by the property tests in Node
 * (test/node/properties.test.ts) and in Chromium (test/browser/properties.test.ts):
 * valid catalogues generated from the contract's rules (src/catalog/schema.ts),
 * localized texts, hostile keys, and arbitrary JSON to break them with.
 * No Node imports: the browser test imports it too.
 */
import * as fc from 'fast-check';
import { CITY_ROLES, LANGUAGE_TAG, NAME_MAX, PRICING, PROVIDER_TYPES, SUMMARY_MAX } from '../../src/catalog/constants.js';
import { COUNTRY_CODES } from '../../src/catalog/countries.js';
import type { Catalog, City, LocalizedText, Solution } from '../../src/catalog/schema.js';
import { ICC_TRACKS } from '../../src/catalog/tracks.js';

/** The seed every property runs with unless FC_SEED says otherwise, so that a run can be repeated. */
export const SEED = 20_240_814;

/** fast-check's parameters for a property: the fixed seed, `numRuns`, and the seed and path printed on failure. */
export function runs(numRuns: number, seed = SEED): fc.Parameters<unknown> {
  return { seed, numRuns, verbose: fc.VerbosityLevel.Verbose, endOnFailure: false };
}

export const ICC_TRACK_IDS = ICC_TRACKS.map((track) => track.id);

/** Object's own members, which a catalogue may use as keys or values like any other text. */
export const BUILT_IN_KEYS = [
  'constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable',
  'toLocaleString', '__defineGetter__', '__lookupGetter__', 'prototype', 'length', 'then',
] as const;

/** Words of several languages and scripts, so that texts share words and searches find something. */
export const WORDS = [
  'bike', 'sharing', 'solar', 'energy', 'data', 'platform', 'citizen', 'participation', 'tourism', 'smart', 'water', 'waste',
  'mobility', 'mobilité', 'Skellefteå', 'e-bikes', 'l’eau', 'wärmepumpe', 'straße', 'ÇA', 'città', 'Łódź', 'Αθήνα', '東京', 'نقل',
  'IoT', 'AI', 'open-source', 'constructor', 'toString', '__proto__', 'hasOwnProperty', '$', '.*', '(a+)+', '[', '\\',
] as const;

/** Technologies from a small pool (so that facet values repeat across solutions), built-in names among them. */
export const TECHNOLOGIES = ['IoT', 'AI', 'LoRaWAN', 'mobile app', 'blockchain', 'constructor', 'toString', '__proto__', 'valueOf', 'Digital twin'] as const;

/** Countries from a small pool, mostly, so that facet values repeat; any code sometimes. */
const COUNTRY_POOL = ['FI', 'PT', 'ES', 'DE', 'IT', 'GR', 'FR', 'BE', 'SE', 'NL'] as const;
export const country = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...COUNTRY_POOL) }, { weight: 1, arbitrary: fc.constantFrom(...COUNTRY_CODES) });

/** A solution or city id: lowercase letters, digits and single hyphens; built-in names that are slugs too. */
export const slug = fc.oneof(
  { weight: 10, arbitrary: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/) },
  { weight: 1, arbitrary: fc.constantFrom('constructor', 'prototype', 'valueof', 'hasownproperty', 'then', 'length') },
);

/** A language tag as the contract takes it (`en`, `fr-BE`, `zh-Hant-TW`, any case). */
export const languageTag = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('en', 'fr', 'de', 'es', 'it', 'pl', 'fr-BE', 'pt-PT', 'zh-Hant-TW', 'EN', 'En-gb', 'sr-Latn') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,2}$/) },
);

/** One word: mostly from WORDS, sometimes any printable characters. */
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 12 }) },
);

/** Non-empty text of 1 to `maxWords` words: at most 13 code points a word. */
export const text = (maxWords = 6) => fc.array(word, { minLength: 1, maxLength: maxWords }).map((words) => words.join(' '));

/** Text or an object of language tags to text (at least one). */
export const localized = (maxWords = 6): fc.Arbitrary<LocalizedText> =>
  fc.oneof(
    text(maxWords),
    fc.uniqueArray(fc.tuple(languageTag, text(maxWords)), { minLength: 1, maxLength: 4, selector: ([tag]) => tag }).map((entries) => Object.fromEntries(entries)),
  );

/** Text of up to `max` code points (a summary, a name), sometimes exactly that many (astral characters count as one). */
const upTo = (max: number, maxWords: number) =>
  fc.oneof(
    { weight: 6, arbitrary: text(maxWords) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: max, maxLength: max }) },
    { weight: 1, arbitrary: fc.constant('😀'.repeat(max)) },
  );
/** Localized text of up to `max` code points in each language. */
const localizedUpTo = (max: number, maxWords: number): fc.Arbitrary<LocalizedText> =>
  fc.oneof(
    upTo(max, maxWords),
    fc.uniqueArray(fc.tuple(languageTag, upTo(max, maxWords)), { minLength: 1, maxLength: 3, selector: ([tag]) => tag }).map((entries) => Object.fromEntries(entries)),
  );
const summary = localizedUpTo(SUMMARY_MAX, 12);

const webUrl = fc.webUrl({ validSchemes: ['https', 'http'] });
const isoDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const email = fc.stringMatching(/^(mailto:)?[a-z0-9._%+-]{1,10}@[a-z0-9-]{1,10}\.[a-z]{2,6}$/);
const licence = fc.constantFrom('MIT', 'EUPL-1.2', 'Apache-2.0 OR MIT', 'GPL-3.0-or-later', 'CC-BY-4.0');

/** Elements of `values` (all distinct), in any order. */
const someOf = <T>(values: readonly T[], minLength = 0) => fc.shuffledSubarray([...values], { minLength });

/**
 * References to other entries, as numbers: `validCatalog` turns them into
 * ids of entries that exist once every id is known. No `chain`, so that a
 * failing catalogue shrinks entry by entry and field by field.
 */
const refs = fc.array(fc.nat({ max: 999 }), { maxLength: 4 });

/** A solution with its references to cities as numbers (`validCatalog` resolves them). */
const solutionDraft = fc.record(
  {
    id: slug,
    name: localizedUpTo(NAME_MAX, 5),
    summary,
    description: localized(40),
    tracks: someOf(ICC_TRACK_IDS, 1),
    provider: fc.record(
      { name: upTo(NAME_MAX, 4), type: fc.constantFrom(...PROVIDER_TYPES), country, url: webUrl },
      { noNullPrototype: true, requiredKeys: ['name'] },
    ),
    // Duplicates on purpose: a value a solution lists twice counts once in its facet.
    technologies: fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TECHNOLOGIES) }, { weight: 1, arbitrary: text(2) }), { maxLength: 4 }),
    tags: fc.array(text(2), { maxLength: 4 }),
    trl: fc.integer({ min: 1, max: 9 }),
    sdgs: fc.array(fc.integer({ min: 1, max: 17 }), { maxLength: 4 }),
    cities: refs,
    impact: fc.array(fc.record({ label: localized(3), value: fc.double({ min: -1e15, max: 1e15, noNaN: true }) /* the contract's range */, unit: localized(2) }, { noNullPrototype: true, requiredKeys: ['label', 'value'] }), { maxLength: 3 }),
    pricing: fc.constantFrom(...PRICING),
    licence,
    languages: fc.array(languageTag, { maxLength: 3 }),
    contact: fc.oneof(
      fc.record({ email, url: webUrl }, { noNullPrototype: true, requiredKeys: ['email'] }),
      fc.record({ email, url: webUrl }, { noNullPrototype: true, requiredKeys: ['url'] }),
    ),
    website: webUrl,
    image: webUrl,
    imageAlt: localized(4),
    updated: isoDate,
  },
  { noNullPrototype: true, requiredKeys: ['id', 'name', 'summary', 'tracks', 'provider'] },
);

/** A city with its references to mentors and to solutions as numbers (`validCatalog` resolves them). */
const cityDraft = fc.record(
  {
    id: slug,
    name: localizedUpTo(NAME_MAX, 3),
    country,
    role: fc.constantFrom(...CITY_ROLES),
    population: fc.integer({ min: 1, max: 40_000_000 }),
    populationYear: fc.integer({ min: 1800, max: 2100 }),
    geo: fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) }, { noNullPrototype: true }),
    tagline: localized(8),
    summary: localized(30),
    ambitions: fc.array(localized(8), { maxLength: 3 }),
    tracks: someOf(ICC_TRACK_IDS),
    bestPractices: fc.array(
      fc.record({ title: localized(5), summary: localized(15), url: webUrl, solutions: refs }, { noNullPrototype: true, requiredKeys: ['title', 'summary'] }),
      { maxLength: 2 },
    ),
    mentors: refs,
    website: webUrl,
    image: webUrl,
    imageAlt: localized(4),
  },
  { noNullPrototype: true, requiredKeys: ['id', 'name', 'country', 'role'] },
);

export interface CatalogSize {
  minSolutions?: number;
  maxSolutions?: number;
  minCities?: number;
  maxCities?: number;
}

/** A catalogue as version 1 of the contract allows it: every entry valid, every reference to an entry that exists. */
export type GeneratedCatalog = Catalog & { solutions?: Solution[]; cities?: City[] };

/** Ids made unique, in order: a repeated one gets `-2`, `-3`… (still a slug). */
function uniqueIds<T extends { id: string }>(entries: T[]): T[] {
  const seen = new Set<string>();
  return entries.map((entry) => {
    let id = entry.id;
    for (let n = 2; seen.has(id); n++) id = `${entry.id}-${n}`;
    seen.add(id);
    return { ...entry, id };
  });
}

/** The ids that numbers refer to, among `ids` (each once); undefined when there are none to refer to, or no reference. */
function resolve(numbers: readonly number[] | undefined, ids: readonly string[]): string[] | undefined {
  if (!numbers?.length || !ids.length) return undefined;
  return [...new Set(numbers.map((n) => ids[n % ids.length]!))];
}

/** `entry` with `key` set to `value`, or without `key` when it is undefined. */
function withKey<T extends object>(entry: T, key: string, value: unknown): T {
  const out = { ...entry } as Record<string, unknown>;
  if (value === undefined) delete out[key];
  else out[key] = value;
  return out as T;
}

/**
 * A valid catalogue: unique ids, solutions on the ICC tracks (the catalogue
 * has no `tracks` of its own), references to cities and solutions that exist
 * (a city is never its own mentor). An empty list is sometimes left out altogether.
 */
export function validCatalog({ minSolutions = 0, maxSolutions = 12, minCities = 0, maxCities = 6 }: CatalogSize = {}): fc.Arbitrary<GeneratedCatalog> {
  return fc
    .record(
      {
        version: fc.constant(1 as const),
        title: localized(6),
        updated: isoDate,
        solutions: fc.array(solutionDraft, { minLength: minSolutions, maxLength: maxSolutions }),
        cities: fc.array(cityDraft, { minLength: minCities, maxLength: maxCities }),
        omitEmpty: fc.boolean(),
      },
      { noNullPrototype: true, requiredKeys: ['version', 'solutions', 'cities', 'omitEmpty'] },
    )
    .map(({ omitEmpty, solutions: solutionDrafts, cities: cityDrafts, ...rest }) => {
      const drafts = uniqueIds(solutionDrafts);
      const cityEntries = uniqueIds(cityDrafts);
      const solutionIds = drafts.map((entry) => entry.id);
      const cityIds = cityEntries.map((entry) => entry.id);
      const solutions = drafts.map((draft) => withKey(draft, 'cities', resolve(draft.cities, cityIds)) as Solution);
      const cities = cityEntries.map((draft) => {
        const others = cityIds.filter((id) => id !== draft.id);
        const bestPractices = draft.bestPractices?.map((practice) => withKey(practice, 'solutions', resolve(practice.solutions, solutionIds)));
        return withKey(withKey(draft, 'mentors', resolve(draft.mentors, others)), 'bestPractices', bestPractices) as City;
      });
      const out: GeneratedCatalog = { ...rest, solutions, cities };
      if (omitEmpty && !solutions.length) delete out.solutions;
      if (omitEmpty && !cities.length) delete out.cities;
      return out;
    });
}

/** A key of an object that holds localized text: language tags, any text, and Object's own members. */
export const anyKey = fc.oneof(
  { weight: 3, arbitrary: languageTag },
  { weight: 2, arbitrary: fc.constantFrom(...BUILT_IN_KEYS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** Any JSON value, strings mostly made of printable characters of any script. */
export const anyJson = fc.jsonValue({ maxDepth: 3, stringUnit: 'grapheme' });

/**
 * An object with these own keys and values, made as JSON.parse makes it from
 * a file: `__proto__` is then an own key, not the prototype. The last of two
 * equal keys wins, as in JSON.parse.
 */
export function objectFromEntries(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  return JSON.parse(`{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',')}}`) as Record<string, unknown>;
}

/** An object whose keys are any of `anyKey` (built-in names included, as own keys) and whose values are any JSON, mostly text. */
export const hostileObject = fc
  .array(fc.tuple(anyKey, fc.oneof({ weight: 3, arbitrary: text(3) }, { weight: 1, arbitrary: fc.constant('') }, { weight: 2, arbitrary: anyJson })), { maxLength: 5 })
  .map(objectFromEntries);

/** Whether `value` is valid localized text as the contract says (`maxLength` in code points, for a summary or a name). */
export function isValidLocalized(value: unknown, maxLength = Infinity): boolean {
  const validText = (text: unknown) => typeof text === 'string' && text.length > 0 && [...text].length <= maxLength;
  if (typeof value === 'string') return validText(value);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => LANGUAGE_TAG.test(key) && validText((value as Record<string, unknown>)[key]));
}

/** Deep copy through JSON, keeping `__proto__` own keys as they are. */
export const jsonCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// ---------------------------------------------------------------------------
// Breaking a valid catalogue

type Path = (string | number)[];

/** Every path in a JSON value (objects' own keys and array indexes), the root's `[]` first. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...pathsOf(item, [...prefix, i])));
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) out.push(...pathsOf((value as Record<string, unknown>)[key], [...prefix, key]));
  return out;
}

/** One change to a JSON value at one place: replace it, remove it, or give an object a key (any, built-ins included). */
export type Mutation = { at: number; kind: 'replace' | 'remove' | 'add-key'; key: string; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'remove', 'add-key'),
  key: anyKey,
  value: fc.oneof(anyJson, text(2), fc.constant(''), fc.constant(null), fc.integer(), fc.constantFrom(...TECHNOLOGIES)),
});

/** A copy of `root` with `mutations` applied, at places picked among its paths (own keys: `__proto__` stays data). */
export function mutate(root: unknown, mutations: readonly Mutation[]): unknown {
  let value = jsonCopy(root);
  for (const { at, kind, key, value: replacement } of mutations) {
    const paths = pathsOf(value);
    const path = paths[at % paths.length]!;
    if (path.length === 0) {
      if (kind === 'replace') value = jsonCopy(replacement);
      continue;
    }
    const parent = path.slice(0, -1).reduce<unknown>((node, segment) => (node as Record<string | number, unknown>)[segment], value) as Record<string | number, unknown> | unknown[];
    const last = path.at(-1)!;
    const target = (parent as Record<string | number, unknown>)[last];
    const define = (object: object, name: string | number, item: unknown) =>
      Object.defineProperty(object, name, { value: jsonCopy(item), enumerable: true, writable: true, configurable: true });
    if (kind === 'replace') define(parent, last, replacement);
    else if (kind === 'remove') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete (parent as Record<string, unknown>)[last];
    else if (target && typeof target === 'object' && !Array.isArray(target)) define(target, key, replacement);
    else define(parent, last, replacement);
  }
  return value;
}
