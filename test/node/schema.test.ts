/**
 * The catalogue contract, field by field and both ways: each rule accepts a
 * valid value and rejects each kind of invalid one, with the path of the
 * offending value and a message that names the field (problems.ts words it).
 *
 * Every case runs against the strict schemas (CLI) and the lenient ones
 * (browser): they differ only in unknown keys, which have their own cases.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type * as z from 'zod/mini';
import { type JsonSchema, checkContract } from '../../src/catalog/contract-check.js';
import { CONTRACT } from '../../src/catalog/contract.generated.js';
import { suggestKey } from '../../src/catalog/key-suggestions.js';
import { problemsFromIssues } from '../../src/catalog/validate.js';
import { type PathSegment, type Problem, editDistance } from '../../src/catalog/problems.js';
import {
  type Catalog,
  type City,
  type CityRole,
  type LocalizedText,
  type Pricing,
  type ProviderType,
  type Solution,
  type Track,
  CITY_ROLES,
  NAME_MAX,
  PRICING,
  PROVIDER_TYPES,
  SUMMARY_MAX,
  TRACK_KINDS,
  schemas,
  strictSchemas,
} from '../../src/catalog/schema.js';

type SchemaName = 'LocalizedText' | 'Track' | 'Solution' | 'City' | 'Catalog';
interface Parser { safeParse(value: unknown): z.core.util.SafeParseResult<unknown> }
type Outcome = { ok: true; data: unknown } | { ok: false; problems: Problem[] };

const MODES = [
  { strict: true, label: 'strict' },
  { strict: false, label: 'lenient' },
] as const;

/** LocalizedText is checked as the value of a field, so its problems name that field. */
const PREFIX: Record<SchemaName, PathSegment[]> = { LocalizedText: ['title'], Track: [], Solution: [], City: [], Catalog: [] };

/** The same part of the contract in the JSON Schema form that the run-time checker reads. */
const CONTRACT_PART: Record<SchemaName, JsonSchema> = {
  LocalizedText: CONTRACT.properties!.title!,
  Track: CONTRACT.properties!.tracks!.items!,
  Solution: CONTRACT.properties!.solutions!.items!,
  City: CONTRACT.properties!.cities!.items!,
  Catalog: CONTRACT,
};

const sortedProblems = (problems: Problem[]) => problems.map((p) => `${JSON.stringify(p.path)} ${p.message}`).sort();

/**
 * Parses with the zod schema (the source of truth) and with the run-time
 * checker over the generated contract, and requires both to say the same.
 */
function parse(name: SchemaName, value: unknown, strict: boolean): Outcome {
  const schema: Parser = (strict ? strictSchemas : schemas)[name];
  const result = schema.safeParse(value);
  const outcome: Outcome = result.success ? { ok: true, data: result.data } : { ok: false, problems: problemsFromIssues(result.error.issues, value, PREFIX[name], suggestKey) };
  const issues = checkContract(CONTRACT_PART[name], value, strict);
  const checked = issues.length ? sortedProblems(problemsFromIssues(issues, value, PREFIX[name], suggestKey)) : [];
  assert.deepEqual(checked, outcome.ok ? [] : sortedProblems(outcome.problems), `${strict ? 'strict' : 'lenient'}: the run-time checker disagrees with zod`);
  return outcome;
}

function accepts(name: SchemaName, why: string, value: unknown): void {
  test(`${name} accepts ${why}`, () => {
    for (const { strict, label } of MODES) {
      const outcome = parse(name, value, strict);
      assert.ok(outcome.ok, `${label}: ${outcome.ok ? '' : JSON.stringify(outcome.problems)}`);
    }
  });
}

interface RejectOptions {
  /** The field name the message must mention; defaults to the last named segment of `path`. */
  field?: string;
  /** Check one mode only: unknown keys are rejected by the strict schemas alone. */
  only?: 'strict' | 'lenient';
}

function rejects(name: SchemaName, why: string, value: unknown, path: PathSegment[], message: string | RegExp, options: RejectOptions = {}): void {
  const field = options.field ?? String(path.findLast((segment) => typeof segment === 'string'));
  test(`${name} rejects ${why}`, () => {
    for (const { strict, label } of MODES.filter((mode) => !options.only || mode.label === options.only)) {
      const outcome = parse(name, value, strict);
      assert.equal(outcome.ok, false, `${label}: accepted ${JSON.stringify(value)}`);
      if (outcome.ok) return;
      assert.deepEqual(outcome.problems.map((problem) => problem.path), [path], `${label}: ${JSON.stringify(outcome.problems)}`);
      const text = outcome.problems[0]!.message;
      if (typeof message === 'string') assert.equal(text, message, label);
      else assert.match(text, message, label);
      assert.ok(text.includes(field), `${label}: "${text}" does not name \`${field}\``);
      // Written for people who are not programmers: never JavaScript's words for a missing value.
      assert.doesNotMatch(text, /\bundefined\b|\[object /, label);
    }
  });
}

/** A copy of `base` with `over` applied; a key set to `undefined` is removed. */
function edit<T extends object>(base: T, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base, ...over };
  for (const [key, value] of Object.entries(over)) if (value === undefined) delete out[key];
  return out;
}

const SOLUTION = {
  id: 'bike-share',
  name: 'Bike share',
  summary: 'Shared bikes for short trips',
  tracks: ['green-economy'],
  provider: { name: 'Acme' },
} as const;
const CITY = { id: 'espoo', name: 'Espoo', country: 'FI', role: 'core' } as const;
const TRACK = { id: 'mobility', name: 'Mobility' } as const;
const CATALOG = { version: 1 } as const;

const solution = (over: Record<string, unknown>) => edit(SOLUTION, over);
const city = (over: Record<string, unknown>) => edit(CITY, over);
const track = (over: Record<string, unknown>) => edit(TRACK, over);
const catalog = (over: Record<string, unknown>) => edit(CATALOG, over);

const WEB_ADDRESS = /must be a full web address starting with https:\/\/ \(or http:\/\/\)/;
const IMAGE_ADDRESS = /must be a web address starting with https:\/\/ \(or http:\/\/\), or the path of an image file relative to the catalogue, like `images\/bikes\.jpg`/;
const NOT_A_DATE = /must be a real date written YYYY-MM-DD/;
const SLUG_RULE = /must be lowercase letters, digits and single hyphens/;
const LOCALIZED_SHAPE = /must be text, or an object of language codes to text/;
const NOT_A_TAG = /is not a language tag like `en` or `fr-BE`/;
const MISSING = /\bmissing\b/;

// ---------------------------------------------------------------- LocalizedText

accepts('LocalizedText', 'a plain string', 'Bike share');
accepts('LocalizedText', 'one language', { en: 'Bike share' });
accepts('LocalizedText', 'several languages with regions and scripts', { en: 'Bike share', 'fr-BE': 'Vélos partagés', 'zh-Hant-TW': '共享單車' });
accepts('LocalizedText', 'a three-letter language tag', { fil: 'Bisikleta' });
accepts('LocalizedText', 'a language tag written in capitals', { EN: 'Bike share' });
rejects('LocalizedText', 'an empty string', '', ['title'], 'title is empty');
rejects('LocalizedText', 'only spaces', '   ', ['title'], 'title has no visible character (only spaces or invisible characters)');
rejects('LocalizedText', 'only zero-width and direction marks', '\u200b\u202e\ufeff', ['title'], 'title has no visible character (only spaces or invisible characters)');
rejects('LocalizedText', 'a language whose text is invisible', { en: 'Bikes', fr: '\u2060' }, ['title', 'fr'], 'title in `fr` has no visible character (only spaces or invisible characters)');
accepts('LocalizedText', 'text with a joiner and spaces inside', '  Bike\u200dsharing  ');
rejects('LocalizedText', 'an empty object', {}, ['title'], 'title needs text in at least one language');
rejects('LocalizedText', 'a word as language key', { english: 'Bike share' }, ['title', 'english'], NOT_A_TAG, { field: 'title' });
rejects('LocalizedText', 'a one-letter language key', { e: 'Bike share' }, ['title', 'e'], NOT_A_TAG, { field: 'title' });
rejects('LocalizedText', 'an underscore in a language key', { fr_BE: 'Vélos' }, ['title', 'fr_BE'], NOT_A_TAG, { field: 'title' });
rejects('LocalizedText', 'an empty language key', { '': 'Bike share' }, ['title', ''], NOT_A_TAG, { field: 'title' });
rejects('LocalizedText', 'an empty string in one language', { en: 'Bike share', fr: '' }, ['title', 'fr'], 'title in `fr` is empty');
rejects('LocalizedText', 'a number in one language', { en: 5 }, ['title', 'en'], 'title in `en` must be text but is a whole number');
rejects('LocalizedText', 'a number', 5, ['title'], LOCALIZED_SHAPE);
rejects('LocalizedText', 'null', null, ['title'], LOCALIZED_SHAPE);
rejects('LocalizedText', 'a list', ['Bike share'], ['title'], /must be text, or an object of language codes to text .*but is a list/);
rejects('LocalizedText', 'true', true, ['title'], LOCALIZED_SHAPE);

// ---------------------------------------------------------------- Track

accepts('Track', 'an id and a name', TRACK);
accepts('Track', 'a localized name and description', track({ name: { en: 'Mobility', fr: 'Mobilité' }, description: { en: 'Moving people' } }));
for (const kind of TRACK_KINDS) accepts('Track', `kind "${kind}"`, track({ kind }));
rejects('Track', 'an id in capitals', track({ id: 'Mobility' }), ['id'], SLUG_RULE);
rejects('Track', 'an id with an underscore', track({ id: 'green_economy' }), ['id'], SLUG_RULE);
rejects('Track', 'a missing id', track({ id: undefined }), ['id'], MISSING);
rejects('Track', 'a missing name', track({ name: undefined }), ['name'], MISSING);
rejects('Track', 'an empty name', track({ name: '' }), ['name'], 'name is empty');
rejects('Track', 'an empty description', track({ description: '' }), ['description'], 'description is empty');
rejects('Track', 'an unknown kind', track({ kind: 'theme' }), ['kind'], /kind is "theme"; it must be one of: track, service/);
rejects('Track', 'an unknown key (strict)', track({ descripton: 'x' }), ['descripton'], 'unknown field `descripton` (did you mean `description`?)', { only: 'strict' });

// ---------------------------------------------------------------- Solution: id, name, summary, description

accepts('Solution', 'the required fields only', SOLUTION);
for (const id of ['bike-share', 'a', 'b2b', '3d-printing', 'bike-share-2']) accepts('Solution', `id "${id}"`, solution({ id }));
for (const id of ['Bike-Share', 'bike_share', 'bike--share', '-bike', 'bike-', 'bike share', 'vélo', '']) {
  rejects('Solution', `id ${JSON.stringify(id)}`, solution({ id }), ['id'], /^id must be lowercase letters, digits and single hyphens, like `bike-sharing`$/);
}
rejects('Solution', 'an id that is a number', solution({ id: 7 }), ['id'], 'id must be text but is a whole number');
rejects('Solution', 'a missing id', solution({ id: undefined }), ['id'], 'id is required but missing');

accepts('Solution', 'a localized name', solution({ name: { en: 'Bike share', fr: 'Vélos partagés' } }));
rejects('Solution', 'an empty name', solution({ name: '' }), ['name'], 'name is empty');
rejects('Solution', 'a name with no language', solution({ name: {} }), ['name'], 'name needs text in at least one language');
rejects('Solution', 'a name with a bad language tag', solution({ name: { english: 'Bike share' } }), ['name', 'english'], NOT_A_TAG, { field: 'name' });
rejects('Solution', 'a name that is a number', solution({ name: 42 }), ['name'], LOCALIZED_SHAPE);
rejects('Solution', 'a missing name', solution({ name: undefined }), ['name'], MISSING);

const chars = (n: number, c = 'a') => c.repeat(n);
accepts('Solution', `a summary of exactly ${SUMMARY_MAX} characters`, solution({ summary: chars(280) }));
accepts('Solution', 'a summary of 280 characters in each of two languages', solution({ summary: { en: chars(280), fr: chars(280, 'é') } }));
accepts('Solution', 'a summary of 280 characters that are not all in the Basic Multilingual Plane', solution({ summary: chars(279) + '🚲' }));
rejects('Solution', 'a summary of 281 characters', solution({ summary: chars(281) }), ['summary'], 'summary is 281 characters long; the limit is 280');
rejects('Solution', 'a French summary of 312 characters', solution({ summary: { en: 'Shared bikes', fr: chars(312) } }), ['summary', 'fr'], 'summary is 312 characters long in `fr`; the limit is 280', { field: 'summary' });
rejects('Solution', 'a summary of 281 emoji (counted as characters, not UTF-16 units)', solution({ summary: chars(281, '🚲') }), ['summary'], 'summary is 281 characters long; the limit is 280');
rejects('Solution', 'an empty summary', solution({ summary: '' }), ['summary'], 'summary is empty');
rejects('Solution', 'an empty summary in one language', solution({ summary: { en: 'ok', de: '' } }), ['summary', 'de'], 'summary in `de` is empty', { field: 'summary' });
rejects('Solution', 'a missing summary', solution({ summary: undefined }), ['summary'], MISSING);

accepts('Solution', 'a long description with paragraphs', solution({ description: `${chars(600)}\n\n${chars(600)}` }));
accepts('Solution', 'a localized description', solution({ description: { en: 'One', fr: 'Un' } }));
rejects('Solution', 'an empty description', solution({ description: '' }), ['description'], 'description is empty');
rejects('Solution', 'a description with no language', solution({ description: {} }), ['description'], 'description needs text in at least one language');

// ---------------------------------------------------------------- Names: at most NAME_MAX characters

// A name is a card's heading and link: a solution's, its provider's, a city's and a track's have the same limit,
// counted in code points (an emoji is one character, two UTF-16 units), and worded as a summary's is.
const NAMES: { schema: SchemaName; whose: string; put: (name: unknown) => unknown; path: PathSegment[]; localized: boolean }[] = [
  { schema: 'Solution', whose: 'solution', put: (name) => solution({ name }), path: ['name'], localized: true },
  { schema: 'Solution', whose: 'provider', put: (name) => solution({ provider: { name } }), path: ['provider', 'name'], localized: false },
  { schema: 'City', whose: 'city', put: (name) => city({ name }), path: ['name'], localized: true },
  { schema: 'Track', whose: 'track', put: (name) => track({ name }), path: ['name'], localized: true },
];
for (const { schema, whose, put, path, localized } of NAMES) {
  accepts(schema, `a ${whose} name of exactly ${NAME_MAX} characters`, put(chars(NAME_MAX)));
  accepts(schema, `a ${whose} name of ${NAME_MAX} emoji (${2 * NAME_MAX} UTF-16 units)`, put(chars(NAME_MAX, '🚲')));
  rejects(schema, `a ${whose} name of ${NAME_MAX + 1} characters`, put(chars(NAME_MAX + 1)), path, 'name is 151 characters long; the limit is 150');
  rejects(schema, `a ${whose} name of ${NAME_MAX + 1} emoji`, put(chars(NAME_MAX + 1, '🚲')), path, 'name is 151 characters long; the limit is 150');
  if (!localized) continue;
  accepts(schema, `a ${whose} name of ${NAME_MAX} characters in each of two languages`, put({ en: chars(NAME_MAX), fr: chars(NAME_MAX - 1, 'é') + '🚲' }));
  rejects(schema, `a French ${whose} name of ${NAME_MAX + 1} characters`, put({ en: 'Bikes', fr: chars(NAME_MAX + 1, 'é') }), [...path, 'fr'], 'name is 151 characters long in `fr`; the limit is 150', { field: 'name' });
}

// ---------------------------------------------------------------- Solution: tracks, provider

accepts('Solution', 'several tracks', solution({ tracks: ['green-economy', 'skills'] }));
rejects('Solution', 'an empty track list', solution({ tracks: [] }), ['tracks'], 'tracks needs at least 1 entry');
rejects('Solution', 'tracks written as text', solution({ tracks: 'green-economy' }), ['tracks'], 'tracks must be a list but is text');
rejects('Solution', 'a track id in capitals', solution({ tracks: ['Green-Economy'] }), ['tracks', 0], SLUG_RULE);
rejects('Solution', 'missing tracks', solution({ tracks: undefined }), ['tracks'], 'tracks is required but missing');

accepts('Solution', 'a provider with every field', solution({ provider: { name: 'Acme', type: 'startup', country: 'FI', url: 'https://acme.example.org' } }));
for (const type of PROVIDER_TYPES) accepts('Solution', `provider type "${type}"`, solution({ provider: { name: 'Acme', type } }));
rejects('Solution', 'a missing provider', solution({ provider: undefined }), ['provider'], 'provider is required but missing');
rejects('Solution', 'a provider without a name', solution({ provider: { type: 'ngo' } }), ['provider', 'name'], 'name is required but missing');
rejects('Solution', 'a provider with an empty name', solution({ provider: { name: '' } }), ['provider', 'name'], 'name is empty');
rejects('Solution', 'an unknown provider type', solution({ provider: { name: 'Acme', type: 'corporation' } }), ['provider', 'type'], 'type is "corporation"; it must be one of: city, company, startup, ngo, research, public-body');
rejects('Solution', 'provider country EL (names GR)', solution({ provider: { name: 'Acme', country: 'EL' } }), ['provider', 'country'], /`EL`.*`GR`/);
rejects('Solution', 'provider country in lowercase', solution({ provider: { name: 'Acme', country: 'fi' } }), ['provider', 'country'], /`fi`.*not an ISO 3166-1 alpha-2 code/);
rejects('Solution', 'a provider url with javascript:', solution({ provider: { name: 'Acme', url: 'javascript:alert(1)' } }), ['provider', 'url'], WEB_ADDRESS);
rejects('Solution', 'a provider that is text', solution({ provider: 'Acme' }), ['provider'], 'provider must be an object but is text');
rejects('Solution', 'an unknown provider key (strict)', solution({ provider: { name: 'Acme', adress: 'x' } }), ['provider', 'adress'], /^unknown field `adress`/, { only: 'strict' });

// ---------------------------------------------------------------- Solution: lists and numbers

accepts('Solution', 'technologies and tags', solution({ technologies: ['IoT', 'GPS'], tags: ['cycling'] }));
accepts('Solution', 'empty technologies and tags lists', solution({ technologies: [], tags: [] }));
rejects('Solution', 'an empty technology', solution({ technologies: ['IoT', ''] }), ['technologies', 1], 'technologies[1] is empty');
rejects('Solution', 'technologies written as text', solution({ technologies: 'IoT' }), ['technologies'], 'technologies must be a list but is text');
rejects('Solution', 'a tag that is a number', solution({ tags: [1] }), ['tags', 0], 'tags[0] must be text but is a whole number');

for (const trl of [1, 5, 9]) accepts('Solution', `trl ${trl}`, solution({ trl }));
rejects('Solution', 'trl 0', solution({ trl: 0 }), ['trl'], 'trl is 0; it must be at least 1');
rejects('Solution', 'trl 10', solution({ trl: 10 }), ['trl'], 'trl is 10; it can be at most 9');
rejects('Solution', 'trl 2.5', solution({ trl: 2.5 }), ['trl'], 'trl must be a whole number but is a number');
rejects('Solution', 'trl written as text', solution({ trl: '3' }), ['trl'], 'trl must be a whole number but is text');

accepts('Solution', 'sdgs 1 and 17', solution({ sdgs: [1, 17] }));
rejects('Solution', 'sdg 0', solution({ sdgs: [0] }), ['sdgs', 0], 'sdgs[0] is 0; it must be at least 1');
rejects('Solution', 'sdg 18', solution({ sdgs: [11, 18] }), ['sdgs', 1], 'sdgs[1] is 18; it can be at most 17');
rejects('Solution', 'sdg 3.5', solution({ sdgs: [3.5] }), ['sdgs', 0], 'sdgs[0] must be a whole number but is a number');
rejects('Solution', 'sdgs written as a number', solution({ sdgs: 11 }), ['sdgs'], 'sdgs must be a list but is a whole number');

accepts('Solution', 'city ids', solution({ cities: ['espoo', 'athens'] }));
rejects('Solution', 'a city id in capitals', solution({ cities: ['Espoo'] }), ['cities', 0], SLUG_RULE);

accepts('Solution', 'impact with a localized label, a decimal and a unit', solution({ impact: [{ label: { en: 'CO₂ avoided', fr: 'CO₂ évité' }, value: 120.5, unit: 't/year' }] }));
accepts('Solution', 'impact with a negative value and no unit', solution({ impact: [{ label: 'Waiting time', value: -3 }] }));
rejects('Solution', 'an impact value written as text', solution({ impact: [{ label: 'CO₂', value: '12' }] }), ['impact', 0, 'value'], 'value must be a number but is text');
rejects('Solution', 'an impact without a value', solution({ impact: [{ label: 'CO₂' }] }), ['impact', 0, 'value'], 'value is required but missing');
rejects('Solution', 'an impact with an empty label', solution({ impact: [{ label: '', value: 1 }] }), ['impact', 0, 'label'], 'label is empty');
rejects('Solution', 'an impact without a label', solution({ impact: [{ value: 1 }] }), ['impact', 0, 'label'], MISSING);
rejects('Solution', 'an impact with an empty unit', solution({ impact: [{ label: 'CO₂', value: 1, unit: '' }] }), ['impact', 0, 'unit'], 'unit is empty');
accepts('Solution', 'impact with a unit in several languages', solution({ impact: [{ label: { en: 'Trips', fr: 'Trajets' }, value: 3, unit: { en: 'trips a year', fr: 'trajets par an' } }] }));
rejects('Solution', 'an impact unit with no language', solution({ impact: [{ label: 'CO₂', value: 1, unit: {} }] }), ['impact', 0, 'unit'], 'unit needs text in at least one language');
rejects('Solution', 'an impact unit whose French is invisible', solution({ impact: [{ label: 'CO₂', value: 1, unit: { en: 't', fr: '\u200b ' } }] }), ['impact', 0, 'unit', 'fr'], 'unit in `fr` has no visible character (only spaces or invisible characters)');
rejects('Solution', 'an impact unit under a tag that is no language', solution({ impact: [{ label: 'CO₂', value: 1, unit: { english: 't' } }] }), ['impact', 0, 'unit', 'english'], NOT_A_TAG);
rejects('Solution', 'an unknown impact key (strict)', solution({ impact: [{ label: 'CO₂', value: 1, units: 't' }] }), ['impact', 0, 'units'], 'unknown field `units` (did you mean `unit`?)', { only: 'strict' });

// ---------------------------------------------------------------- Solution: enums and identifiers

for (const pricing of PRICING) accepts('Solution', `pricing "${pricing}"`, solution({ pricing }));
rejects('Solution', 'an unknown pricing', solution({ pricing: 'paid' }), ['pricing'], 'pricing is "paid"; it must be one of: free, open-source, licence, subscription, on-request');
rejects('Solution', 'pricing in capitals', solution({ pricing: 'Free' }), ['pricing'], /^pricing is "Free"; it must be one of/);

for (const licence of ['EUPL-1.2', 'MIT', 'Apache-2.0', 'Apache-2.0 OR MIT', 'GPL-3.0-or-later']) accepts('Solution', `licence "${licence}"`, solution({ licence }));
rejects('Solution', 'a licence written as a sentence', solution({ licence: 'our own licence' }), ['licence'], 'licence must be an SPDX licence identifier like `EUPL-1.2` or `MIT`');
rejects('Solution', 'an empty licence', solution({ licence: '' }), ['licence'], /must be an SPDX licence identifier/);

accepts('Solution', 'BCP 47 languages', solution({ languages: ['en', 'fr-BE', 'zh-Hant-TW', 'fil'] }));
rejects('Solution', 'a language written as a word', solution({ languages: ['en', 'english'] }), ['languages', 1], 'languages[1] is not a language tag like `en` or `fr-BE`');
rejects('Solution', 'a language with an underscore', solution({ languages: ['fr_BE'] }), ['languages', 0], NOT_A_TAG);

// ---------------------------------------------------------------- Solution: contact and addresses

accepts('Solution', 'a contact e-mail', solution({ contact: { email: 'hello@acme.example.org' } }));
accepts('Solution', 'a contact e-mail written mailto:', solution({ contact: { email: 'mailto:hello@acme.example.org' } }));
accepts('Solution', 'a contact url only', solution({ contact: { url: 'https://acme.example.org/contact' } }));
accepts('Solution', 'a contact with both', solution({ contact: { email: 'hello@acme.example.org', url: 'http://acme.example.org/contact' } }));
rejects('Solution', 'an empty contact', solution({ contact: {} }), ['contact'], 'contact needs an email or a url');
rejects('Solution', 'a contact e-mail without @', solution({ contact: { email: 'hello.acme.example.org' } }), ['contact', 'email'], 'email must be an e-mail address like name@example.org');
rejects('Solution', 'a contact e-mail that is a web address', solution({ contact: { email: 'https://acme.example.org' } }), ['contact', 'email'], /must be an e-mail address/);
rejects('Solution', 'a contact e-mail with a space', solution({ contact: { email: 'hello there@acme.example.org' } }), ['contact', 'email'], /must be an e-mail address/);
rejects('Solution', 'a mailto: contact url', solution({ contact: { url: 'mailto:hello@acme.example.org' } }), ['contact', 'url'], WEB_ADDRESS);
rejects('Solution', 'an unknown contact key (strict)', solution({ contact: { email: 'a@b.org', phone: '+358 1' } }), ['contact', 'phone'], /^unknown field `phone`/, { only: 'strict' });
rejects('Solution', 'a contact with only an unknown key (lenient: still needs one of email/url)', solution({ contact: { phone: '+358 1' } }), ['contact'], 'contact needs an email or a url', { only: 'lenient' });

for (const field of ['website', 'image'] as const) {
  for (const address of ['https://acme.example.org', 'http://acme.example.org', 'https://acme.example.org/a/b.jpg?x=1#top', 'HTTPS://ACME.EXAMPLE.ORG']) {
    accepts('Solution', `${field} ${address}`, solution({ [field]: address }));
  }
  const message = field === 'website' ? WEB_ADDRESS : IMAGE_ADDRESS;
  for (const address of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/png;base64,iVBORw0KGgo=',
    '//acme.example.org',
    'mailto:hello@acme.example.org',
    'ftp://acme.example.org',
    'https://',
    '',
    // Only a website must be full: an image may be relative to the catalogue.
    ...(field === 'website' ? ['/solutions/bike-share', 'bike.jpg', 'www.acme.example.org'] : []),
  ]) {
    rejects('Solution', `${field} ${JSON.stringify(address)}`, solution({ [field]: address }), [field], new RegExp(`^${field} ${message.source}$`));
  }
}

// An image relative to the catalogue's address (the loader makes it full: test/browser/solution-card.test.ts).
for (const address of ['images/bike-sharing.svg', 'bike.jpg', './a/b.png', '../shared/a.png', '/img/a.png', 'a%20b.png', 'img/a.PNG?v=2', 'photo.jpeg', 'x.webp', 'x.avif', 'x.gif']) {
  accepts('Solution', `a relative image ${JSON.stringify(address)}`, solution({ image: address }));
  accepts('City', `a relative image ${JSON.stringify(address)}`, city({ image: address }));
}
// Nothing a browser would read as another scheme or another host: no scheme but http(s), no `//` or backslash at the start,
// no space or control character (browsers drop some of them, and what is left could start with a scheme).
for (const address of [
  'C:/images/a.png', 'C:\\images\\a.png', '\\\\host\\a.png', '/\\host/a.png', 'a b.png', ' javascript:alert(1)', '\tjavascript:alert(1)',
  'java\nscript:alert(1)', '\u0001javascript:alert(1)', 'blob:https://acme.example.org/1', 'file:///etc/passwd', 'about:blank', '#top', '?x=1',
  'https:///a.png', 'https://acme example.org/a.png',
  // A relative path names an image file: a page's address without its scheme, or entities, are refused.
  'example.org/page', '&#106;avascript&#58;alert(1)', 'images/bikes', 'img/a.png#x', 'pics/x:y.png',
]) {
  rejects('Solution', `an image ${JSON.stringify(address)}`, solution({ image: address }), ['image'], IMAGE_ADDRESS);
  rejects('City', `an image ${JSON.stringify(address)}`, city({ image: address }), ['image'], IMAGE_ADDRESS);
}
accepts('Solution', 'an imageAlt', solution({ image: 'https://acme.example.org/a.jpg', imageAlt: { en: 'Bikes', fr: 'Vélos' } }));
rejects('Solution', 'an empty imageAlt', solution({ imageAlt: '' }), ['imageAlt'], 'imageAlt is empty');

// ---------------------------------------------------------------- Solution: dates, unknown keys

for (const date of ['2024-02-29', '2024-12-31', '2000-01-01']) accepts('Solution', `updated ${date}`, solution({ updated: date }));
for (const date of ['2023-02-29', '2023-13-01', '2024-04-31', '2024-00-10', '23-1-1', '2024-1-5', '01/02/2024', '2024-01-01T00:00:00Z', '']) {
  rejects('Solution', `updated ${JSON.stringify(date)}`, solution({ updated: date }), ['updated'], /^updated must be a real date written YYYY-MM-DD$/);
}
rejects('Solution', 'updated written as a number', solution({ updated: 20240229 }), ['updated'], 'updated must be text but is a whole number');

rejects('Solution', 'the typo `sumary` (strict)', solution({ sumary: 'x' }), ['sumary'], 'unknown field `sumary` (did you mean `summary`?)', { only: 'strict' });
rejects('Solution', 'an unknown key unlike any field (strict)', solution({ colour: 'red' }), ['colour'], 'unknown field `colour`', { only: 'strict' });

test('Solution: the lenient schema ignores unknown keys, at every level, and leaves them out of the result', () => {
  const value = solution({ sumary: 'x', provider: { name: 'Acme', adress: 'x' }, contact: { email: 'a@b.org', phone: '1' }, impact: [{ label: 'CO₂', value: 1, units: 't' }] });
  const outcome = parse('Solution', value, false);
  assert.ok(outcome.ok, JSON.stringify(outcome));
  assert.deepEqual(outcome.data, solution({ provider: { name: 'Acme' }, contact: { email: 'a@b.org' }, impact: [{ label: 'CO₂', value: 1 }] }));
});

// ---------------------------------------------------------------- City

accepts('City', 'the required fields only', CITY);
for (const country of ['FI', 'GR', 'GB', 'BE', 'DE']) accepts('City', `country ${country}`, city({ country }));
rejects('City', 'country EL, naming GR', city({ country: 'EL' }), ['country'], 'country is `EL`; ISO 3166-1 writes this country `GR`');
rejects('City', 'country UK, naming GB', city({ country: 'UK' }), ['country'], 'country is `UK`; ISO 3166-1 writes this country `GB`');
rejects('City', 'country fi in lowercase', city({ country: 'fi' }), ['country'], 'country `fi` is not an ISO 3166-1 alpha-2 code (two capital letters, like `FI`)');
rejects('City', 'country XX (not assigned)', city({ country: 'XX' }), ['country'], /`XX` is not an ISO 3166-1 alpha-2 code/);
rejects('City', 'country FIN (alpha-3)', city({ country: 'FIN' }), ['country'], /`FIN` is not an ISO 3166-1 alpha-2 code/);
rejects('City', 'a missing country', city({ country: undefined }), ['country'], MISSING);

rejects('City', 'an id with a dot', city({ id: 'espoo.fi' }), ['id'], SLUG_RULE);
rejects('City', 'a missing id', city({ id: undefined }), ['id'], 'id is required but missing');
accepts('City', 'a localized name', city({ name: { en: 'Athens', el: 'Αθήνα' } }));
rejects('City', 'an empty name', city({ name: '' }), ['name'], 'name is empty');
rejects('City', 'a missing name', city({ name: undefined }), ['name'], MISSING);

for (const role of CITY_ROLES) accepts('City', `role "${role}"`, city({ role }));
rejects('City', 'an unknown role', city({ role: 'leader' }), ['role'], 'role is "leader"; it must be one of: core, mentor, observer, ambassador');
rejects('City', 'a missing role', city({ role: undefined }), ['role'], MISSING);

for (const population of [1, 305274, 9_000_000]) accepts('City', `population ${population}`, city({ population }));
rejects('City', 'population 0', city({ population: 0 }), ['population'], 'population is 0; it must be more than 0');
rejects('City', 'population -1', city({ population: -1 }), ['population'], 'population is -1; it must be more than 0');
rejects('City', 'population 1.5', city({ population: 1.5 }), ['population'], 'population must be a whole number but is a number');
rejects('City', 'population written as text', city({ population: '305274' }), ['population'], 'population must be a whole number but is text');
accepts('City', 'populationYear 2023', city({ population: 305274, populationYear: 2023 }));
rejects('City', 'populationYear 2023.5', city({ populationYear: 2023.5 }), ['populationYear'], /populationYear must be a whole number/);
rejects('City', 'populationYear written as text', city({ populationYear: '2023' }), ['populationYear'], /populationYear must be a whole number but is text/);

for (const geo of [{ lat: 60.205, lon: 24.652 }, { lat: 90, lon: 180 }, { lat: -90, lon: -180 }, { lat: 0, lon: 0 }]) accepts('City', `geo ${JSON.stringify(geo)}`, city({ geo }));
rejects('City', 'latitude 90.1', city({ geo: { lat: 90.1, lon: 0 } }), ['geo', 'lat'], 'lat is 90.1; it can be at most 90');
rejects('City', 'latitude -91', city({ geo: { lat: -91, lon: 0 } }), ['geo', 'lat'], 'lat is -91; it must be at least -90');
rejects('City', 'longitude 181', city({ geo: { lat: 0, lon: 181 } }), ['geo', 'lon'], 'lon is 181; it can be at most 180');
rejects('City', 'longitude -180.5', city({ geo: { lat: 0, lon: -180.5 } }), ['geo', 'lon'], 'lon is -180.5; it must be at least -180');
rejects('City', 'geo without lon', city({ geo: { lat: 60 } }), ['geo', 'lon'], 'lon is required but missing');
rejects('City', 'latitude written as text', city({ geo: { lat: '60.2', lon: 24 } }), ['geo', 'lat'], 'lat must be a number but is text');
rejects('City', 'geo written as a list', city({ geo: [60.2, 24.6] }), ['geo'], 'geo must be an object but is a list');
rejects('City', 'an unknown geo key (strict)', city({ geo: { lat: 60, lon: 24, alt: 10 } }), ['geo', 'alt'], /^unknown field `alt`/, { only: 'strict' });

accepts('City', 'a tagline, a summary and ambitions', city({ tagline: 'Smart by nature', summary: { en: 'A city' }, ambitions: ['Carbon neutral', { en: 'Open data', fi: 'Avoin data' }] }));
rejects('City', 'an empty tagline', city({ tagline: '' }), ['tagline'], 'tagline is empty');
rejects('City', 'a summary with no language', city({ summary: {} }), ['summary'], 'summary needs text in at least one language');
rejects('City', 'an empty ambition', city({ ambitions: ['Carbon neutral', ''] }), ['ambitions', 1], 'ambitions[1] is empty');
rejects('City', 'an ambition empty in one language', city({ ambitions: [{ fr: '' }] }), ['ambitions', 0, 'fr'], 'ambitions[0] in `fr` is empty', { field: 'ambitions' });
rejects('City', 'an ambition with a bad language tag', city({ ambitions: [{ english: 'x' }] }), ['ambitions', 0, 'english'], NOT_A_TAG, { field: 'ambitions' });
rejects('City', 'an ambition that is a number', city({ ambitions: [5] }), ['ambitions', 0], LOCALIZED_SHAPE);

accepts('City', 'track ids and mentors', city({ tracks: ['green-economy'], mentors: ['helsinki'] }));
rejects('City', 'a track id with a space', city({ tracks: ['green economy'] }), ['tracks', 0], SLUG_RULE);
rejects('City', 'a mentor id in capitals', city({ mentors: ['Helsinki'] }), ['mentors', 0], SLUG_RULE);

const PRACTICE = { title: 'Bike lanes', summary: 'A network of lanes' };
accepts('City', 'a best practice with every field', city({ bestPractices: [{ ...PRACTICE, url: 'https://espoo.example.org', solutions: ['bike-share'] }] }));
rejects('City', 'a best practice without a summary', city({ bestPractices: [{ title: 'Bike lanes' }] }), ['bestPractices', 0, 'summary'], MISSING);
rejects('City', 'a best practice with an empty title', city({ bestPractices: [{ ...PRACTICE, title: '' }] }), ['bestPractices', 0, 'title'], 'title is empty');
rejects('City', 'a best practice with a relative url', city({ bestPractices: [{ ...PRACTICE, url: '/practices/1' }] }), ['bestPractices', 0, 'url'], WEB_ADDRESS);
rejects('City', 'a best practice naming a solution in capitals', city({ bestPractices: [{ ...PRACTICE, solutions: ['Bike-Share'] }] }), ['bestPractices', 0, 'solutions', 0], SLUG_RULE);
rejects('City', 'an unknown best practice key (strict)', city({ bestPractices: [{ ...PRACTICE, link: 'x' }] }), ['bestPractices', 0, 'link'], /^unknown field `link`/, { only: 'strict' });

accepts('City', 'a website and an image', city({ website: 'https://www.espoo.fi', image: 'http://espoo.example.org/a.jpg', imageAlt: 'Espoo' }));
rejects('City', 'a website without a scheme', city({ website: 'www.espoo.fi' }), ['website'], WEB_ADDRESS);
rejects('City', 'a javascript: website', city({ website: 'javascript:void(0)' }), ['website'], WEB_ADDRESS);
rejects('City', 'a data: image', city({ image: 'data:image/png;base64,iVBORw0KGgo=' }), ['image'], IMAGE_ADDRESS);
rejects('City', 'an imageAlt with no language', city({ imageAlt: {} }), ['imageAlt'], 'imageAlt needs text in at least one language');
rejects('City', 'the typo `populaton` (strict)', city({ populaton: 3 }), ['populaton'], 'unknown field `populaton` (did you mean `population`?)', { only: 'strict' });

test('City: the lenient schema ignores unknown keys and leaves them out of the result', () => {
  const outcome = parse('City', city({ populaton: 3, geo: { lat: 60, lon: 24, alt: 10 } }), false);
  assert.ok(outcome.ok, JSON.stringify(outcome));
  assert.deepEqual(outcome.data, city({ geo: { lat: 60, lon: 24 } }));
});

// ---------------------------------------------------------------- Catalog

accepts('Catalog', 'version 1 alone', CATALOG);
accepts('Catalog', 'the full fixture (every field of every entry)', JSON.parse(readFileSync(new URL('../fixtures/catalogs/full.json', import.meta.url), 'utf8')));
accepts('Catalog', 'empty lists', catalog({ tracks: [], solutions: [], cities: [] }));
rejects('Catalog', 'version 2', catalog({ version: 2 }), ['version'], 'version is 2; this catalogue format is version 1');
rejects('Catalog', 'version written as text', catalog({ version: '1' }), ['version'], 'version is "1"; this catalogue format is version 1');
rejects('Catalog', 'a missing version', {}, ['version'], MISSING);
accepts('Catalog', 'a title and a date', catalog({ title: { en: 'Marketplace' }, updated: '2024-02-29', $schema: 'https://example.org/schema.json' }));
rejects('Catalog', 'an empty title', catalog({ title: '' }), ['title'], 'title is empty');
accepts('Catalog', 'the language of its plain strings', catalog({ language: 'en', title: 'Marketplace' }));
rejects('Catalog', 'a language that is not a tag', catalog({ language: 'English' }), ['language'], NOT_A_TAG, { field: 'language' });
rejects('Catalog', 'an impossible updated date', catalog({ updated: '2023-02-29' }), ['updated'], NOT_A_DATE);
rejects('Catalog', '$schema that is not text', catalog({ $schema: 5 }), ['$schema'], '$schema must be text but is a whole number');
rejects('Catalog', 'solutions written as an object', catalog({ solutions: {} }), ['solutions'], 'solutions must be a list but is an object');
rejects('Catalog', 'an invalid solution, with the path inside the catalogue', catalog({ solutions: [SOLUTION, solution({ trl: 12 })] }), ['solutions', 1, 'trl'], 'trl is 12; it can be at most 9');
rejects('Catalog', 'an invalid city, with the path inside the catalogue', catalog({ cities: [city({ country: 'UK' })] }), ['cities', 0, 'country'], /`GB`/);
rejects('Catalog', 'an invalid track, with the path inside the catalogue', catalog({ tracks: [track({ kind: 'theme' })] }), ['tracks', 0, 'kind'], /must be one of: track, service/);
rejects('Catalog', 'the typo `titel` (strict)', catalog({ titel: 'x' }), ['titel'], 'unknown field `titel` (did you mean `title`?)', { only: 'strict' });

test('Catalog: the lenient schema ignores unknown top-level keys', () => {
  const outcome = parse('Catalog', catalog({ titel: 'x', generator: 'excel' }), false);
  assert.ok(outcome.ok, JSON.stringify(outcome));
  assert.deepEqual(outcome.data, CATALOG);
});

test('strict mode reports every unknown key, each with its own path', () => {
  const outcome = parse('Solution', solution({ sumary: 'x', pricng: 'free' }), true);
  assert.equal(outcome.ok, false);
  if (outcome.ok) return;
  assert.deepEqual(
    outcome.problems.map((problem) => [problem.path, problem.message]),
    [[['sumary'], 'unknown field `sumary` (did you mean `summary`?)'], [['pricng'], 'unknown field `pricng` (did you mean `pricing`?)']],
  );
});

test('"did you mean" offers the contract’s field names, in the order of the list it replaced', () => {
  // A hand-made list of the contract's field names in its own order, against which the one read from the contract is checked; ties go to the first.
  // At the top level (the path below), the top level's own fields come first.
  const TOP = ['$schema', 'version', 'title', 'language', 'updated', 'tracks', 'solutions', 'cities'];
  const FORMER = [
    '$schema', 'version', 'title', 'language', 'updated', 'tracks', 'solutions', 'cities', 'id', 'name', 'description', 'kind', 'summary',
    'provider', 'type', 'country', 'url', 'technologies', 'tags', 'trl', 'sdgs', 'impact', 'label', 'value', 'unit', 'pricing',
    'licence', 'languages', 'contact', 'email', 'website', 'image', 'imageAlt', 'role', 'population', 'populationYear', 'geo',
    'lat', 'lon', 'tagline', 'ambitions', 'bestPractices', 'mentors',
  ];
  const nearest = (key: string, list: readonly string[]) => {
    let [best, bestDistance] = ['', 3];
    for (const known of list) {
      const distance = editDistance(key.toLowerCase(), known.toLowerCase());
      if (distance < bestDistance) [best, bestDistance] = [known, distance];
    }
    return best;
  };
  const formerSuggestion = (key: string) => {
    const best = nearest(key, TOP) || nearest(key, FORMER);
    return best ? ` (did you mean \`${best}\`?)` : '';
  };
  // Every name with a letter dropped, doubled, changed or swapped with the next, and a few unrelated words.
  const typos = new Set(['zzz', 'colour', 'images', 'geoo', 'Lat', 'LON', 'x', 'summery', 'populations', 'mentor']);
  for (const name of FORMER) {
    for (let i = 0; i < name.length; i++) {
      typos.add(name.slice(0, i) + name.slice(i + 1));
      typos.add(name.slice(0, i) + name[i] + name.slice(i));
      typos.add(`${name.slice(0, i)}x${name.slice(i + 1)}`);
      if (i + 1 < name.length) typos.add(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2));
    }
  }
  for (const key of typos) {
    if (FORMER.includes(key)) continue;
    const [problem] = problemsFromIssues([{ code: 'unrecognized_keys', keys: [key], path: [], message: '', input: {} }], {}, [], suggestKey);
    assert.equal(problem?.message, `unknown field \`${key}\`${formerSuggestion(key)}`, key);
  }
});

test('"did you mean" looks among the fields of the object the unknown key is in first', () => {
  const unknown = (key: string, path: (string | number)[]) =>
    problemsFromIssues([{ code: 'unrecognized_keys', keys: [key], path: [], message: '', input: {} }], {}, path, suggestKey)[0]?.message;
  assert.equal(unknown('languaegs', ['solutions', 3]), 'unknown field `languaegs` (did you mean `languages`?)', 'a solution has languages');
  assert.equal(unknown('languaeg', []), 'unknown field `languaeg` (did you mean `language`?)', 'the catalogue has a language');
  assert.equal(unknown('tyle', []), 'unknown field `tyle` (did you mean `title`?)', 'not a solution\'s type at the top level');
  assert.equal(unknown('tyle', ['solutions', 0, 'provider']), 'unknown field `tyle` (did you mean `type`?)');
  // Nothing close among the object's own fields: any field of the contract.
  assert.equal(unknown('geoo', ['solutions', 0]), 'unknown field `geoo` (did you mean `geo`?)');
  assert.equal(unknown('zzzz', ['solutions', 0]), 'unknown field `zzzz`');
});

test('problemsFromIssues prefixes paths with where the value sits in the catalogue', () => {
  const value = solution({ summary: { en: 'ok', fr: chars(281) } });
  const result = strictSchemas.Solution.safeParse(value);
  assert.equal(result.success, false);
  if (result.success) return;
  assert.deepEqual(problemsFromIssues(result.error.issues, value, ['solutions', 4]), [
    { path: ['solutions', 4, 'summary', 'fr'], message: 'summary is 281 characters long in `fr`; the limit is 280' },
  ]);
});

// ---------------------------------------------------------------- Inferred types

test('the inferred types accept typed object literals of the whole contract (and the schemas agree)', () => {
  const name: LocalizedText = { en: 'Bike share', 'fr-BE': 'Vélos partagés' };
  const kind: Track['kind'] = 'service';
  const providerType: ProviderType = 'public-body';
  const pricing: Pricing = 'open-source';
  const role: CityRole = 'ambassador';
  const tracks: Track[] = [{ id: 'mobility', name: 'Mobility', description: { en: 'Moving' }, kind }];
  const solutions: Solution[] = [{
    id: 'bike-share', name, summary: 'Shared bikes', description: 'More', tracks: ['mobility'],
    provider: { name: 'Acme', type: providerType, country: 'FI', url: 'https://acme.example.org' },
    technologies: ['IoT'], tags: ['cycling'], trl: 7, sdgs: [11], cities: ['espoo'],
    impact: [{ label: 'CO₂', value: 1.5, unit: 't' }], pricing, licence: 'EUPL-1.2', languages: ['en'],
    contact: { email: 'a@acme.example.org' }, website: 'https://acme.example.org', image: 'https://acme.example.org/a.jpg',
    imageAlt: 'Bikes', updated: '2024-02-29',
  }];
  const cities: City[] = [{
    id: 'espoo', name: 'Espoo', country: 'FI', role, population: 305274, populationYear: 2023, geo: { lat: 60.2, lon: 24.6 },
    tagline: 'Smart', summary: 'A city', ambitions: ['Neutral'], tracks: ['mobility'],
    bestPractices: [{ title: 'Lanes', summary: 'Lanes', url: 'https://espoo.example.org', solutions: ['bike-share'] }],
    mentors: [], website: 'https://www.espoo.fi', image: 'https://www.espoo.fi/a.jpg', imageAlt: 'Espoo',
  }];
  const full: Catalog = { $schema: 'https://example.org/s.json', version: 1, title: 'Marketplace', updated: '2024-01-31', tracks, solutions, cities };
  assert.ok(strictSchemas.Catalog.safeParse(full).success);

  const wrong: Partial<Solution> & Partial<Pick<City, 'role'>> & { version?: Catalog['version'] } = {
    // @ts-expect-error trl is a number
    trl: '3',
    // @ts-expect-error pricing is one of PRICING
    pricing: 'paid',
    // @ts-expect-error role is one of CITY_ROLES
    role: 'leader',
    // @ts-expect-error version is the literal 1
    version: 2,
    // @ts-expect-error tracks is a list
    tracks: 'mobility',
  };
  assert.equal(Object.keys(wrong).length, 5);
});
