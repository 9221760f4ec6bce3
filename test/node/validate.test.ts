/**
 * The lenient loader: what is fatal, what is left out, what is dropped, and
 * how each problem is reported (entry, path, message, consequence).
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { CatalogError } from '../../src/catalog/errors.js';
import { type Problem, describeProblem, formatPath, printable, quote } from '../../src/catalog/problems.js';
import { validateCatalog, validateCatalogInSlices } from '../../src/catalog/validate.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/catalogs/${name}`, import.meta.url), 'utf8'));

const solution = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  name: `Solution ${id}`,
  summary: 'Does something useful',
  tracks: ['green-economy'],
  provider: { name: 'Acme' },
  ...over,
});
const city = (id: string, over: Record<string, unknown> = {}) => ({ id, name: `City ${id}`, country: 'FI', role: 'core', ...over });

/** Problems with only the keys a test cares about, in order. */
const brief = (problems: Problem[]) => problems.map(({ entry, path, consequence }) => ({ entry, path, consequence }));

// ---------------------------------------------------------------- fatal

const FATAL: [string, unknown, RegExp][] = [
  ['a list', [], /^This is not a catalogue: expected a JSON object with "version": 1, found a list\.$/],
  ['a string', 'catalogue', /^This is not a catalogue: expected a JSON object with "version": 1, found text\.$/],
  ['null', null, /^This is not a catalogue: expected a JSON object with "version": 1, found null\.$/],
  ['a number', 1, /found a whole number\.$/],
  ['an object without version', { solutions: [] }, /^This is not a catalogue: it has no "version" \(a Tech4Good catalogue starts with "version": 1\)\.$/],
  ['version 2', { version: 2 }, /^This catalogue is version 2; this library reads version 1\.$/],
  ['version "1" (text)', { version: '1' }, /^This catalogue is version "1"; this library reads version 1\.$/],
  // 1e400 parses to Infinity, which JSON.stringify writes null.
  ['version 1e400', JSON.parse('{"version":1e400}'), /^This catalogue's version is a number too large to read; this library reads version 1\.$/],
  ['version NaN (an object given)', { version: NaN }, /^This catalogue's version is not a number \(NaN\); this library reads version 1\.$/],
  ['version 1n (a BigInt given)', { version: 1n }, /^This catalogue is version bigint; this library reads version 1\.$/],
];
for (const [what, input, message] of FATAL) {
  test(`validateCatalog throws CatalogError not-catalog for ${what}`, () => {
    assert.throws(
      () => validateCatalog(input),
      (error: unknown) => {
        assert.ok(error instanceof CatalogError, `not a CatalogError: ${String(error)}`);
        assert.equal(error.kind, 'not-catalog');
        assert.equal(error.name, 'CatalogError');
        assert.match(error.message, message);
        return true;
      },
    );
  });
}

// ---------------------------------------------------------------- tracks

const ICC = [
  ['green-economy', 'track'],
  ['citizen-participation', 'track'],
  ['tourism', 'track'],
  ['supply-chains', 'track'],
  ['skills', 'track'],
  ['access-to-data', 'service'],
  ['access-to-finance', 'service'],
];

test('a catalogue without tracks gets the 7 built-in ICC tracks and services, with English names', () => {
  const { catalog, problems } = validateCatalog(fixture('minimal.json'));
  assert.deepEqual(problems, []);
  assert.deepEqual(catalog.tracks.map((track) => [track.id, track.kind]), ICC);
  for (const track of catalog.tracks) assert.ok(typeof track.name === 'object' && track.name.en, track.id);
  assert.deepEqual([catalog.solutions, catalog.cities], [[], []]);
  assert.equal(catalog.version, 1);
});

test('solutions may use every built-in track when the catalogue has no tracks', () => {
  const { catalog, problems } = validateCatalog({ version: 1, solutions: [solution('a', { tracks: ICC.map(([id]) => id) })] });
  assert.deepEqual(problems, []);
  assert.deepEqual(catalog.solutions[0]?.tracks, ICC.map(([id]) => id));
});

test('custom tracks replace the built-in ones', () => {
  const { catalog, problems } = validateCatalog({
    version: 1,
    tracks: [{ id: 'mobility', name: 'Mobility' }, { id: 'open-data', name: 'Open data', kind: 'service' }],
    solutions: [solution('a', { tracks: ['mobility'] }), solution('b', { tracks: ['green-economy'] })],
  });
  assert.deepEqual(catalog.tracks.map((track) => track.id), ['mobility', 'open-data']);
  assert.deepEqual(catalog.solutions.map((s) => s.id), ['a']);
  assert.deepEqual(brief(problems), [
    { entry: 'solution "b"', path: ['solutions', 1, 'tracks', 0], consequence: 'reference-dropped' },
    { entry: 'solution "b"', path: ['solutions', 1, 'tracks'], consequence: 'entry-left-out' },
  ]);
  assert.equal(problems[0]?.message, 'track `green-economy` does not exist in this catalogue');
});

test('an invalid track (a required field wrong) is left out and reported', () => {
  const { catalog, problems } = validateCatalog({ version: 1, tracks: [{ id: 'mobility', name: 'Mobility' }, { id: 'energy', name: 42 }] });
  assert.deepEqual(catalog.tracks.map((track) => track.id), ['mobility']);
  assert.deepEqual(brief(problems), [{ entry: 'track "energy"', path: ['tracks', 1, 'name'], consequence: 'entry-left-out' }]);
});

test('a wrong optional field is dropped with a problem, and its entry stays', () => {
  const { catalog, problems } = validateCatalog({ version: 1, tracks: [{ id: 'energy', name: 'Energy', kind: 'theme' }] });
  assert.deepEqual(catalog.tracks, [{ id: 'energy', name: 'Energy' }]);
  assert.deepEqual(problems, [
    { entry: 'track "energy"', path: ['tracks', 0, 'kind'], message: 'kind is "theme"; it must be one of: track, service', consequence: 'field-ignored' },
  ]);
});

test('wrong optional and required fields together: the entry is left out, every problem reported', () => {
  const { catalog, problems } = validateCatalog({ version: 1, solutions: [solution('a', { summary: '', website: 'javascript:alert(1)' })] });
  assert.deepEqual(catalog.solutions, []);
  assert.deepEqual(brief(problems).map((p) => [formatPath(p.path), p.consequence]).sort(), [['solutions[0].summary', 'entry-left-out'], ['solutions[0].website', 'entry-left-out']]);
});

test('a duplicate track id: the later one is left out', () => {
  const { catalog, problems } = validateCatalog({ version: 1, tracks: [{ id: 'mobility', name: 'First' }, { id: 'mobility', name: 'Second' }] });
  assert.deepEqual(catalog.tracks, [{ id: 'mobility', name: 'First' }]);
  assert.deepEqual(brief(problems), [{ entry: 'track "mobility"', path: ['tracks', 1, 'id'], consequence: 'entry-left-out' }]);
});

// ---------------------------------------------------------------- the full fixture

test('the full fixture validates strictly with no problem and keeps every value', () => {
  const input = fixture('full.json') as Record<string, unknown>;
  const { catalog, problems } = validateCatalog(input, { strict: true });
  assert.deepEqual(problems, []);
  // Through JSON: the loader may add optional keys set to undefined (see checkReferences), which JSON drops.
  assert.deepEqual(JSON.parse(JSON.stringify(catalog)), input);
});

test('validateCatalog does not modify its input, even when it drops references', () => {
  const input = {
    version: 1,
    solutions: [solution('a', { tracks: ['green-economy', 'nope'], cities: ['espoo', 'atlantis'] })],
    cities: [city('espoo', { mentors: ['espoo', 'nowhere'], bestPractices: [{ title: 'T', summary: 'S', solutions: ['a', 'zzz'] }] })],
  };
  const copy = structuredClone(input);
  const { catalog } = validateCatalog(input);
  assert.deepEqual(input, copy);
  assert.deepEqual(catalog.solutions[0]?.tracks, ['green-economy']);
});

// ---------------------------------------------------------------- invalid entries

test('an invalid solution is left out, the others are kept, and the problem names it, the path and the reason', () => {
  const { catalog, problems } = validateCatalog({
    version: 1,
    solutions: [solution('a'), solution('b', { summary: { en: 'Fine', fr: 'x'.repeat(312) } }), solution('c')],
  });
  assert.deepEqual(catalog.solutions.map((s) => s.id), ['a', 'c']);
  assert.deepEqual(problems, [
    { entry: 'solution "b"', path: ['solutions', 1, 'summary', 'fr'], message: 'summary is 312 characters long in `fr`; the limit is 280', consequence: 'entry-left-out' },
  ]);
});

test('a name over 150 characters leaves its entry out (a track: the references to it too), and the line the widgets log says why', () => {
  const long = 'x'.repeat(151);
  const { catalog, problems } = validateCatalog({
    version: 1,
    tracks: [{ id: 'blue', name: long }, { id: 'green-economy', name: 'Green' }],
    solutions: [solution('a', { name: { en: 'Fine', fr: long } }), solution('b', { provider: { name: long } }), solution('c', { tracks: ['green-economy', 'blue'] })],
    cities: [city('porto', { name: long }), city('espoo')],
  });
  assert.deepEqual([catalog.tracks.map((t) => t.id), catalog.solutions.map((s) => s.id), catalog.cities.map((c) => c.id)], [['green-economy'], ['c'], ['espoo']]);
  assert.deepEqual(problems.map(describeProblem), [
    'track "blue" was left out: name is 151 characters long; the limit is 150 (at tracks[0].name)',
    'solution "a" was left out: name is 151 characters long in `fr`; the limit is 150 (at solutions[0].name.fr)',
    'solution "b" was left out: name is 151 characters long; the limit is 150 (at solutions[1].provider.name)',
    'city "porto" was left out: name is 151 characters long; the limit is 150 (at cities[0].name)',
    'solution "c": reference ignored: track `blue` is left out of this catalogue because of its own error; fix that first (at solutions[2].tracks[1])',
  ]);
});

test('a length in the thousands is written with separators, as other counts are', () => {
  const { problems } = validateCatalog({ version: 1, solutions: [solution('a', { name: 'x'.repeat(100_000) })] });
  assert.equal(problems[0]!.message, 'name is 100,000 characters long; the limit is 150');
});

test('an invalid solution without an id is named by its position (1-based)', () => {
  const { catalog, problems } = validateCatalog({ version: 1, solutions: [solution('a'), { ...solution('x'), id: undefined }, solution('c', { id: 42 })] });
  assert.deepEqual(catalog.solutions.map((s) => s.id), ['a']);
  assert.deepEqual(problems, [
    { entry: 'solution #2', path: ['solutions', 1, 'id'], message: 'id is required but missing', consequence: 'entry-left-out' },
    { entry: 'solution #3', path: ['solutions', 2, 'id'], message: 'id must be text but is a whole number', consequence: 'entry-left-out' },
  ]);
});

test('a solution with several mistakes in optional fields stays without them: one problem for each', () => {
  const { catalog, problems } = validateCatalog({ version: 1, solutions: [solution('a', { trl: 0, website: 'javascript:alert(1)', pricing: 'paid' })] });
  assert.deepEqual(catalog.solutions, [solution('a')]);
  assert.deepEqual(
    problems.map((p) => [p.entry, formatPath(p.path), p.consequence]).sort(),
    [
      ['solution "a"', 'solutions[0].pricing', 'field-ignored'],
      ['solution "a"', 'solutions[0].trl', 'field-ignored'],
      ['solution "a"', 'solutions[0].website', 'field-ignored'],
    ],
  );
});

test('a solution that is not an object is left out as `solution #N`', () => {
  const { catalog, problems } = validateCatalog({ version: 1, solutions: ['bike-share', solution('a')] });
  assert.deepEqual(catalog.solutions.map((s) => s.id), ['a']);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.entry, 'solution #1');
  assert.deepEqual(problems[0]?.path, ['solutions', 0]);
  assert.equal(problems[0]?.consequence, 'entry-left-out');
  assert.match(problems[0]?.message ?? '', /must be an object but is text/);
});

test('an invalid city is left out, the others are kept, and the problem names it, the path and the reason', () => {
  const { catalog, problems } = validateCatalog({ version: 1, cities: [city('athens', { country: 'EL' }), city('espoo')] });
  assert.deepEqual(catalog.cities.map((c) => c.id), ['espoo']);
  assert.deepEqual(problems, [
    { entry: 'city "athens"', path: ['cities', 0, 'country'], message: 'country is `EL`; ISO 3166-1 writes this country `GR`', consequence: 'entry-left-out' },
  ]);
});

test('an invalid city without an id is named by its position', () => {
  const { catalog, problems } = validateCatalog({ version: 1, cities: [city('espoo'), { name: 'Nowhere', country: 'FI', role: 'core' }] });
  assert.deepEqual(catalog.cities.map((c) => c.id), ['espoo']);
  assert.deepEqual(brief(problems), [{ entry: 'city #2', path: ['cities', 1, 'id'], consequence: 'entry-left-out' }]);
});

test('an invalid city is left out, so references to it are dropped', () => {
  const { catalog, problems } = validateCatalog({
    version: 1,
    solutions: [solution('a', { cities: ['espoo', 'athens'] })],
    cities: [city('espoo', { mentors: ['athens'] }), city('athens', { country: 'XX' })],
  });
  assert.deepEqual(catalog.cities.map((c) => c.id), ['espoo']);
  assert.deepEqual(catalog.solutions[0]?.cities, ['espoo']);
  assert.deepEqual(catalog.cities[0]?.mentors, []);
  assert.deepEqual(brief(problems), [
    { entry: 'city "athens"', path: ['cities', 1, 'country'], consequence: 'entry-left-out' },
    { entry: 'solution "a"', path: ['solutions', 0, 'cities', 1], consequence: 'reference-dropped' },
    { entry: 'city "espoo"', path: ['cities', 0, 'mentors', 0], consequence: 'reference-dropped' },
  ]);
});

test('a duplicate solution id: the later one is left out and the problem points at the first', () => {
  const { catalog, problems } = validateCatalog({ version: 1, solutions: [solution('a', { name: 'First' }), solution('b'), solution('a', { name: 'Second' })] });
  assert.deepEqual(catalog.solutions.map((s) => [s.id, s.name]), [['a', 'First'], ['b', 'Solution b']]);
  assert.deepEqual(problems, [
    { entry: 'solution "a"', path: ['solutions', 2, 'id'], message: 'id `a` is already used by solutions[0]; ids must be unique', consequence: 'entry-left-out', type: 'duplicate-id' },
  ]);
});

test('a duplicate of an invalid solution is kept: the invalid one never counted', () => {
  const { catalog, problems } = validateCatalog({ version: 1, solutions: [solution('a', { summary: '' }), solution('a')] });
  assert.deepEqual(catalog.solutions.map((s) => s.id), ['a']);
  assert.deepEqual(brief(problems), [{ entry: 'solution "a"', path: ['solutions', 0, 'summary'], consequence: 'entry-left-out' }]);
});

test('a duplicate city id: the later one is left out', () => {
  const { catalog, problems } = validateCatalog({ version: 1, cities: [city('espoo', { role: 'mentor' }), city('espoo', { role: 'core' })] });
  assert.deepEqual(catalog.cities.map((c) => [c.id, c.role]), [['espoo', 'mentor']]);
  assert.deepEqual(brief(problems), [{ entry: 'city "espoo"', path: ['cities', 1, 'id'], consequence: 'entry-left-out' }]);
  assert.match(problems[0]?.message ?? '', /`espoo`.*already used by cities\[0\]/);
});

// ---------------------------------------------------------------- references

test('a dangling track reference is dropped and the solution kept', () => {
  const { catalog, problems } = validateCatalog({ version: 1, solutions: [solution('a', { tracks: ['green-economy', 'nope', 'skills'] })] });
  assert.deepEqual(catalog.solutions[0]?.tracks, ['green-economy', 'skills']);
  assert.deepEqual(problems, [
    { entry: 'solution "a"', path: ['solutions', 0, 'tracks', 1], message: 'track `nope` does not exist in this catalogue', consequence: 'reference-dropped', type: 'unknown-reference' },
  ]);
});

test('a solution is left out when none of its tracks exists', () => {
  const { catalog, problems } = validateCatalog({ version: 1, solutions: [solution('a', { tracks: ['nope', 'mobility'] }), solution('b')] });
  assert.deepEqual(catalog.solutions.map((s) => s.id), ['b']);
  assert.deepEqual(brief(problems), [
    { entry: 'solution "a"', path: ['solutions', 0, 'tracks', 0], consequence: 'reference-dropped' },
    { entry: 'solution "a"', path: ['solutions', 0, 'tracks', 1], consequence: 'reference-dropped' },
    { entry: 'solution "a"', path: ['solutions', 0, 'tracks'], consequence: 'entry-left-out' },
  ]);
  assert.match(problems[2]?.message ?? '', /^tracks .*at least one/);
});

test('a dangling city reference is dropped when the catalogue has cities', () => {
  const { catalog, problems } = validateCatalog({ version: 1, solutions: [solution('a', { cities: ['atlantis', 'espoo'] })], cities: [city('espoo')] });
  assert.deepEqual(catalog.solutions[0]?.cities, ['espoo']);
  assert.deepEqual(problems, [
    { entry: 'solution "a"', path: ['solutions', 0, 'cities', 0], message: 'city `atlantis` does not exist in this catalogue', consequence: 'reference-dropped', type: 'unknown-reference' },
  ]);
});

test('city references are kept as they are when the catalogue has no cities', () => {
  for (const input of [
    { version: 1, solutions: [solution('a', { cities: ['atlantis', 'espoo'] })] },
    { version: 1, solutions: [solution('a', { cities: ['atlantis', 'espoo'] })], cities: [] },
  ]) {
    const { catalog, problems } = validateCatalog(input);
    assert.deepEqual(problems, []);
    assert.deepEqual(catalog.solutions[0]?.cities, ['atlantis', 'espoo']);
  }
});

test('a city track that does not exist is dropped, the city kept', () => {
  const { catalog, problems } = validateCatalog({ version: 1, cities: [city('espoo', { tracks: ['skills', 'mobility'] })] });
  assert.deepEqual(catalog.cities[0]?.tracks, ['skills']);
  assert.deepEqual(problems, [
    { entry: 'city "espoo"', path: ['cities', 0, 'tracks', 1], message: 'track `mobility` does not exist in this catalogue', consequence: 'reference-dropped', type: 'unknown-reference' },
  ]);
});

test('a mentor that does not exist is dropped, the city kept', () => {
  const { catalog, problems } = validateCatalog({ version: 1, cities: [city('espoo', { mentors: ['helsinki', 'tampere'] }), city('helsinki')] });
  assert.deepEqual(catalog.cities.map((c) => c.id), ['espoo', 'helsinki']);
  assert.deepEqual(catalog.cities[0]?.mentors, ['helsinki']);
  assert.deepEqual(problems, [
    { entry: 'city "espoo"', path: ['cities', 0, 'mentors', 1], message: 'mentor city `tampere` does not exist in this catalogue', consequence: 'reference-dropped', type: 'unknown-reference' },
  ]);
});

test('a city cannot be its own mentor', () => {
  const { catalog, problems } = validateCatalog({ version: 1, cities: [city('espoo', { mentors: ['espoo', 'helsinki'] }), city('helsinki')] });
  assert.deepEqual(catalog.cities[0]?.mentors, ['helsinki']);
  assert.deepEqual(problems, [
    { entry: 'city "espoo"', path: ['cities', 0, 'mentors', 0], message: 'a city cannot be its own mentor', consequence: 'reference-dropped', type: 'invalid-reference' },
  ]);
});

test('a best practice naming a missing solution: the reference is dropped, the practice and city kept', () => {
  const { catalog, problems } = validateCatalog({
    version: 1,
    solutions: [solution('a')],
    cities: [city('espoo', { bestPractices: [{ title: 'Lanes', summary: 'Bike lanes', solutions: ['ghost', 'a'] }] })],
  });
  assert.deepEqual(catalog.cities[0]?.bestPractices, [{ title: 'Lanes', summary: 'Bike lanes', solutions: ['a'] }]);
  assert.deepEqual(problems, [
    { entry: 'city "espoo"', path: ['cities', 0, 'bestPractices', 0, 'solutions', 0], message: 'solution `ghost` does not exist in this catalogue', consequence: 'reference-dropped', type: 'unknown-reference' },
  ]);
});

test('a reference to an entry left out for its own error says so (that error is the one to fix), not that the id does not exist', () => {
  const { catalog, problems } = validateCatalog({
    version: 1,
    tracks: [{ id: 'green-economy', name: 'Green economy' }, { id: 'blue' }],
    solutions: [solution('a', { cities: ['porto', 'espoo'] }), solution('b', { tracks: ['blue'] })],
    cities: [city('espoo', { mentors: ['porto'], bestPractices: [{ title: 'Lanes', summary: 'Bike lanes', solutions: ['b', 'a'] }] }), { id: 'porto', country: 'PT', role: 'core' }],
  });
  assert.deepEqual([catalog.solutions.map((s) => s.id), catalog.cities.map((c) => c.id)], [['a'], ['espoo']]);
  const leftOut = (what: string) => `${what} is left out of this catalogue because of its own error; fix that first`;
  assert.deepEqual(problems.filter((p) => p.type === 'unknown-reference').map(({ entry, path, message, consequence }) => ({ entry, path: formatPath(path), message, consequence })), [
    { entry: 'solution "a"', path: 'solutions[0].cities[0]', message: leftOut('city `porto`'), consequence: 'reference-dropped' },
    { entry: 'solution "b"', path: 'solutions[1].tracks[0]', message: leftOut('track `blue`'), consequence: 'reference-dropped' },
    { entry: 'city "espoo"', path: 'cities[0].mentors[0]', message: leftOut('mentor city `porto`'), consequence: 'reference-dropped' },
    // Left out for its tracks: a solution's own error too.
    { entry: 'city "espoo"', path: 'cities[0].bestPractices[0].solutions[0]', message: leftOut('solution `b`'), consequence: 'reference-dropped' },
  ]);
});

test('a best practice naming an invalid solution (left out) drops the reference', () => {
  const { catalog, problems } = validateCatalog({
    version: 1,
    solutions: [solution('a', { summary: '' })],
    cities: [city('espoo', { bestPractices: [{ title: 'Lanes', summary: 'Bike lanes', solutions: ['a'] }] })],
  });
  assert.deepEqual(catalog.solutions, []);
  assert.deepEqual(catalog.cities[0]?.bestPractices?.[0]?.solutions, []);
  assert.deepEqual(brief(problems).at(-1), { entry: 'city "espoo"', path: ['cities', 0, 'bestPractices', 0, 'solutions', 0], consequence: 'reference-dropped' });
});

test('a best practice naming a solution left out for its tracks drops the reference too', () => {
  const { catalog, problems } = validateCatalog({
    version: 1,
    solutions: [solution('a', { tracks: ['mobility'] })],
    cities: [city('espoo', { bestPractices: [{ title: 'Lanes', summary: 'Bike lanes', solutions: ['a'] }] })],
  });
  assert.deepEqual(catalog.solutions, []);
  // No reference may point at a solution that is not in the loaded catalogue.
  assert.deepEqual(catalog.cities[0]?.bestPractices?.[0]?.solutions, []);
  assert.deepEqual(brief(problems).at(-1), { entry: 'city "espoo"', path: ['cities', 0, 'bestPractices', 0, 'solutions', 0], consequence: 'reference-dropped' });
});

// ---------------------------------------------------------------- top-level fields

test('a valid title, updated and $schema are kept', () => {
  const { catalog, problems } = validateCatalog({ version: 1, $schema: 'https://example.org/s.json', title: { en: 'Market', fr: 'Marché' }, updated: '2024-02-29' });
  assert.deepEqual(problems, []);
  assert.equal(catalog.$schema, 'https://example.org/s.json');
  assert.deepEqual(catalog.title, { en: 'Market', fr: 'Marché' });
  assert.equal(catalog.updated, '2024-02-29');
});

test('an invalid title or updated is ignored with a problem, and the rest of the catalogue still loads', () => {
  const { catalog, problems } = validateCatalog({ version: 1, title: { en: '' }, updated: '2023-02-29', solutions: [solution('a')] });
  assert.equal(catalog.title, undefined);
  assert.equal(catalog.updated, undefined);
  assert.ok(!('title' in catalog) && !('updated' in catalog));
  assert.deepEqual(catalog.solutions.map((s) => s.id), ['a']);
  assert.deepEqual(problems, [
    { path: ['title', 'en'], message: 'title in `en` is empty', consequence: 'field-ignored' },
    { path: ['updated'], message: 'updated must be a real date written YYYY-MM-DD', consequence: 'field-ignored' },
  ]);
});

test('$schema that is not text is ignored with a problem', () => {
  const { catalog, problems } = validateCatalog({ version: 1, $schema: 5 });
  assert.ok(!('$schema' in catalog));
  assert.deepEqual(brief(problems), [{ entry: undefined, path: ['$schema'], consequence: 'field-ignored' }]);
  assert.match(problems[0]?.message ?? '', /^\$schema must be text/);
});

test('tracks, solutions or cities that are not lists are ignored with a problem each', () => {
  const { catalog, problems } = validateCatalog({ version: 1, tracks: 'green-economy', solutions: {}, cities: 3 });
  assert.deepEqual([catalog.tracks, catalog.solutions, catalog.cities], [[], [], []]);
  assert.deepEqual(problems, [
    { path: ['tracks'], message: 'tracks must be a list but is text', consequence: 'field-ignored' },
    { path: ['solutions'], message: 'solutions must be a list but is an object', consequence: 'field-ignored' },
    { path: ['cities'], message: 'cities must be a list but is a whole number', consequence: 'field-ignored' },
  ]);
});

// ---------------------------------------------------------------- strict vs lenient

test('lenient (default): unknown keys anywhere are ignored and left out of the result', () => {
  const { catalog, problems } = validateCatalog({ version: 1, generator: 'excel', solutions: [solution('a', { sumary: 'typo', provider: { name: 'Acme', adress: 'x' } })] });
  assert.deepEqual(problems, []);
  assert.deepEqual(catalog.solutions, [solution('a')]);
  assert.ok(!('generator' in catalog));
});

test('strict: an unknown key is a problem naming the key, at the top level and in entries', () => {
  const { catalog, problems } = validateCatalog({ version: 1, generator: 'excel', solutions: [solution('a', { sumary: 'typo' }), solution('b')] }, { strict: true });
  assert.deepEqual(catalog.solutions.map((s) => s.id), ['b']);
  assert.deepEqual(
    problems.map(({ entry, path, message }) => ({ entry, path, message })),
    [
      { entry: undefined, path: ['generator'], message: 'unknown field `generator`' },
      { entry: 'solution "a"', path: ['solutions', 0, 'sumary'], message: 'unknown field `sumary` (did you mean `summary`?)' },
    ],
  );
});

test('strict in slices (the browser\'s form): the same unknown keys, without "did you mean"', async () => {
  const { problems } = await validateCatalogInSlices({ version: 1, solutions: [solution('a', { sumary: 'typo' })] }, { strict: true });
  assert.deepEqual(problems.map(({ path, message }) => ({ path, message })), [{ path: ['solutions', 0, 'sumary'], message: 'unknown field `sumary`' }]);
});

// ---------------------------------------------------------------- describeProblem, formatPath

test('describeProblem: an entry left out', () => {
  assert.equal(
    describeProblem({ entry: 'solution "b"', path: ['solutions', 1, 'summary', 'fr'], message: 'summary is 312 characters long in `fr`; the limit is 280', consequence: 'entry-left-out' }),
    'solution "b" was left out: summary is 312 characters long in `fr`; the limit is 280 (at solutions[1].summary.fr)',
  );
});

test('describeProblem: a reference dropped', () => {
  assert.equal(
    describeProblem({ entry: 'solution "a"', path: ['solutions', 0, 'tracks', 1], message: 'track `nope` does not exist in this catalogue', consequence: 'reference-dropped' }),
    'solution "a": reference ignored: track `nope` does not exist in this catalogue (at solutions[0].tracks[1])',
  );
});

test('describeProblem: a problem with no entry (top-level field, strict mode)', () => {
  assert.equal(describeProblem({ path: ['title'], message: 'title is empty', consequence: 'field-ignored' }), 'title is empty (at title)');
  assert.equal(describeProblem({ path: ['generator'], message: 'unknown field `generator`' }), 'unknown field `generator` (at generator)');
  assert.equal(describeProblem({ path: [], message: 'the catalogue is empty' }), 'the catalogue is empty (at (top level))');
});

test('describeProblem: an entry with no consequence (strict mode) is just named', () => {
  assert.equal(describeProblem({ entry: 'city "espoo"', path: ['cities', 0, 'role'], message: 'role is "x"' }), 'city "espoo": role is "x" (at cities[0].role)');
});

test('describeProblem and formatPath: a key that would act in a terminal is shown escaped; accents and CJK stay', () => {
  const { problems } = validateCatalog({ version: 1, 'x\nfake line\u001b[2K': 1, 'café日本': 2, solutions: [solution('a', { name: { 'e\u001b[31mn': 'x', 'a\u2028\u202e\u0085': 'y' } })] }, { strict: true });
  assert.deepEqual(problems.map(describeProblem), [
    'unknown field `x\\nfake line\\u001b[2K` (at ["x\\nfake line\\u001b[2K"])',
    'unknown field `café日本` (at ["café日本"])',
    'solution "a" was left out: name has `e\\u001b[31mn`, which is not a language tag like `en` or `fr-BE` (at solutions[0].name["e\\u001b[31mn"])',
    'solution "a" was left out: name has `a\\u2028\\u202e\\u0085`, which is not a language tag like `en` or `fr-BE` (at solutions[0].name["a\\u2028\\u202e\\u0085"])',
  ]);
});

test('describeProblem agrees with what validateCatalog reports', () => {
  const { problems } = validateCatalog({ version: 1, solutions: [solution('a', { trl: 10 }), solution('b', { summary: '' })] });
  assert.deepEqual(problems.map(describeProblem), [
    'solution "a": field ignored: trl is 10; it can be at most 9 (at solutions[0].trl)',
    'solution "b" was left out: summary is empty (at solutions[1].summary)',
  ]);
});

const PATHS: [Parameters<typeof formatPath>[0], string][] = [
  [[], '(top level)'],
  [['title'], 'title'],
  [['solutions', 3, 'summary', 'fr'], 'solutions[3].summary.fr'],
  [['cities', 0, 'name', 'fr-BE'], 'cities[0].name["fr-BE"]'],
  [['cities', 0, 'bestPractices', 2, 'solutions', 1], 'cities[0].bestPractices[2].solutions[1]'],
  [[4], '[4]'],
  [['solutions', 0, 'a key'], 'solutions[0]["a key"]'],
  [['solutions', 0, ''], 'solutions[0][""]'],
];
for (const [path, expected] of PATHS) {
  test(`formatPath(${JSON.stringify(path)}) is ${expected}`, () => {
    assert.equal(formatPath(path), expected);
  });
}

test('quote: up to 80 characters whole; longer, the first 60, `…` and the length; a surrogate pair is one character, never split', () => {
  assert.equal(quote('x'.repeat(80)), `\`${'x'.repeat(80)}\``);
  assert.equal(quote('x'.repeat(81)), `\`${'x'.repeat(60)}…\` (81 characters)`);
  assert.equal(quote('😀'.repeat(80)), `\`${'😀'.repeat(80)}\``, '160 UTF-16 units, 80 characters');
  assert.equal(quote(`${'x'.repeat(59)}${'😀'.repeat(30)}`), `\`${'x'.repeat(59)}😀…\` (89 characters)`);
  assert.equal(quote(`\u001b${'y'.repeat(99)}`, ''), `\\u001b${'y'.repeat(59)}… (100 characters)`);
});

test('describeProblem and formatPath: a key of a megabyte is cut in the message and in the path, escaped as before', () => {
  const key = `\n${'k'.repeat(2 ** 20)}`;
  const { problems } = validateCatalog({ version: 1, [key]: 1, ['i'.repeat(100)]: 2 }, { strict: true });
  assert.deepEqual(problems.map(describeProblem), [
    `unknown field \`\\n${'k'.repeat(59)}…\` (1,048,577 characters) (at ["\\n${'k'.repeat(59)}…" (1,048,577 characters)])`,
    `unknown field \`${'i'.repeat(60)}…\` (100 characters) (at ["${'i'.repeat(60)}…" (100 characters)])`,
  ]);
  // The message's own words are never cut, whatever their length: only what it quotes.
  const words = `${'w'.repeat(100)} \`id\` ${'w'.repeat(100)}`;
  assert.equal(printable(words), words);
});

describe('catalogues validate in slices', () => {
  const big = {
    version: 1,
    solutions: Array.from({ length: 3000 }, (_, i) => ({
      id: `s-${i}`,
      name: `Solution ${i}`,
      summary: 'A tool.',
      tracks: [i === 7 ? 'no-such-track' : 'tourism'],
      provider: { name: 'P' },
      ...(i === 9 && { trl: 12 }),
    })),
  };

  test('the same catalogue and problems as at once, with the host given turns meanwhile', async () => {
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    const sliced = await validateCatalogInSlices(structuredClone(big));
    clearInterval(timer);
    const atOnce = validateCatalog(structuredClone(big));
    assert.deepEqual(sliced, atOnce);
    assert.equal(sliced.catalog.solutions.length, 2999);
    assert.deepEqual(sliced.problems.map((p) => `${p.entry} ${p.consequence}`), ['solution "s-9" field-ignored', 'solution "s-7" reference-dropped', 'solution "s-7" entry-left-out']);
    assert.ok(turns > 0, 'a timer ran while it validated');
  });

  test('every fixture: the same problems in slices (worded on demand) as at once, strict ones without "did you mean"', async () => {
    const dirs = ['../fixtures/cli/', '../fixtures/load/', '../fixtures/catalogs/'].map((dir) => new URL(dir, import.meta.url));
    let compared = 0;
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
        let data: unknown;
        try {
          data = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
        } catch {
          continue;
        }
        for (const strict of [false, true]) {
          const atOnce = await Promise.resolve().then(() => validateCatalog(structuredClone(data), { strict })).catch((error: Error) => error.message);
          const sliced = await validateCatalogInSlices(structuredClone(data), { strict }).catch((error: Error) => error.message);
          const withoutSuggestions = typeof atOnce === 'string' ? atOnce : { ...atOnce, problems: atOnce.problems.map((p) => ({ ...p, message: p.message.replace(/ \(did you mean `[^`]+`\?\)$/, '') })) };
          assert.deepEqual(sliced, withoutSuggestions, `${name}${strict ? ' (strict)' : ''}`);
          compared++;
        }
      }
    }
    assert.ok(compared >= 30, `${compared} comparisons`);
  });

  test('fatal problems still reject with their message', async () => {
    await assert.rejects(validateCatalogInSlices({ version: 2, solutions: big.solutions }), /version 2/);
  });
});

test('an owned input is kept as it is (no copy, unknown keys stay); otherwise the caller’s object is untouched and copied to the contract', () => {
  const input = () => ({ version: 1, solutions: [{ id: 's', name: 'S', summary: 'x', tracks: ['tourism'], provider: { name: 'P' }, future: 1 }] });
  const owned = input();
  const kept = validateCatalog(owned, { owned: true }).catalog.solutions[0]!;
  assert.equal(kept, owned.solutions[0]);
  assert.equal((kept as unknown as { future: number }).future, 1);
  const theirs = input();
  const copied = validateCatalog(theirs).catalog.solutions[0]!;
  assert.notEqual(copied, theirs.solutions[0]);
  assert.equal('future' in copied, false);
  assert.deepEqual(theirs, input());
});

test('impact figures: beyond a thousand trillion is refused (the figure dropped), and never “must be a number but is a number”', () => {
  const { catalog, problems } = validateCatalog({ version: 1, solutions: [solution('a', { impact: [{ label: 'CO2', value: 1e308 }] }), solution('b', { impact: [{ label: 'CO2', value: Number.NaN }] })] });
  assert.deepEqual(catalog.solutions.map((s) => [s.id, s.impact]), [['a', undefined], ['b', undefined]]);
  assert.match(problems[0]!.message, /value is 1e\+308; it can be at most 1000000000000000/);
  assert.ok(problems.every((p) => !/must be a number but is a number/.test(p.message)), JSON.stringify(problems));
  assert.match(problems[1]!.message, /NaN/);
});
