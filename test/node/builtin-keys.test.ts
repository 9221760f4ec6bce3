/**
 * Keys named like Object's own members (`constructor`, `__proto__`,
 * `toString`…) are data like any other: checked against the contract, never
 * taken for a property of it, never looked up in a table as if they were there.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { facetValueLabel } from '../../src/catalog/facets.js';
import { localize } from '../../src/catalog/localized.js';
import { validateCatalog, validateCatalogInSlices } from '../../src/catalog/validate.js';
import { en } from '../../src/i18n/en.js';

const BUILT_INS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__'];

const solution = (id: string, extra = '') => `{ "id": "${id}", "name": "Name ${id}", "summary": "Summary", "tracks": ["tourism"], "provider": { "name": "P" }${extra} }`;
const city = (id: string, extra = '') => `{ "id": "${id}", "name": "City ${id}", "country": "PT", "role": "core"${extra} }`;

/** A catalogue parsed from text, as the loader gets it: `__proto__` is then an own key, as JSON.parse makes it. */
const parse = (text: string): unknown => JSON.parse(text);

/** Where a localized text can hold a hostile key: the field, whose entry it is, how to write it, and whether the entry needs it. */
const FIELDS: [string, 'solution' | 'city', (value: string) => string, 'required' | 'optional'][] = [
  ['name', 'solution', (v) => `, "name": ${v}`, 'required'],
  ['summary', 'solution', (v) => `, "summary": ${v}`, 'required'],
  ['description', 'solution', (v) => `, "description": ${v}`, 'optional'],
  ['impact label', 'solution', (v) => `, "impact": [{ "label": ${v}, "value": 3 }]`, 'optional'],
  ['city name', 'city', (v) => `, "name": ${v}`, 'required'],
  ['tagline', 'city', (v) => `, "tagline": ${v}`, 'optional'],
  ['ambition', 'city', (v) => `, "ambitions": [${v}]`, 'optional'],
  ['best practice title', 'city', (v) => `, "bestPractices": [{ "title": ${v}, "summary": "s" }]`, 'optional'],
];

for (const key of BUILT_INS) {
  for (const [field, kind, put, need] of FIELDS) {
    for (const value of [`{ "${key}": { "x": 1 } }`, `{ "${key}": 42 }`, `{ "${key}": ["a"] }`, `{ "${key}": "text" }`]) {
      const fate = need === 'required' ? 'the entry is left out' : 'the field is dropped and the entry stays';
      test(`a ${field} of ${value}: ${fate}, with a problem naming the key`, async () => {
        // A later field's duplicate key replaces the one solution() or city() wrote, as JSON.parse does.
        const entry = kind === 'solution' ? solution('hostile', put(value)) : city('hostile', put(value));
        const text = kind === 'solution'
          ? `{ "version": 1, "solutions": [${solution('fine')}, ${entry}] }`
          : `{ "version": 1, "solutions": [${solution('fine')}], "cities": [${city('porto')}, ${entry}] }`;
        for (const strict of [false, true]) {
          const { catalog, problems } = validateCatalog(parse(text), { strict });
          const list = kind === 'solution' ? catalog.solutions : catalog.cities;
          const first = kind === 'solution' ? 'fine' : 'porto';
          assert.deepEqual(list.map((e) => e.id), need === 'required' ? [first] : [first, 'hostile'], strict ? 'strict' : 'lenient');
          const mine = problems.filter((p) => p.entry === `${kind} "hostile"`);
          const consequence = need === 'required' ? 'entry-left-out' : 'field-ignored';
          assert.ok(mine.length > 0 && mine.every((p) => p.consequence === consequence), JSON.stringify(problems));
          assert.ok(mine.some((p) => p.message.includes(key) || p.path.includes(key)), `the problem names ${key}: ${JSON.stringify(mine)}`);
          const kept = list.find((e) => e.id === 'hostile') as Record<string, unknown> | undefined;
          if (kept) assert.ok(!JSON.stringify(kept).includes(key), `nothing of ${key} is kept: ${JSON.stringify(kept)}`);
        }
        const sliced = await validateCatalogInSlices(parse(text));
        assert.deepEqual(sliced.problems, validateCatalog(parse(text)).problems, 'the browser reads it the same way');
      });
    }
  }
}

test('a catalogue title under a built-in key is ignored with a problem, not shown as [object Object]', () => {
  const { catalog, problems } = validateCatalog(parse(`{ "version": 1, "title": { "hasOwnProperty": { "x": 1 } }, "solutions": [${solution('a')}] }`));
  assert.equal(catalog.title, undefined);
  assert.deepEqual(problems.map((p) => [p.path, p.consequence]), [[['title', 'hasOwnProperty'], 'field-ignored']]);
});

test('a summary over the limit under valueOf is not let through', () => {
  const { catalog } = validateCatalog(parse(`{ "version": 1, "solutions": [${solution('a', `, "summary": { "valueOf": "${'x'.repeat(400)}" }`)}] }`));
  assert.deepEqual(catalog.solutions, []);
});

test('an unknown field named like a built-in is an unknown field in strict mode, and ignored leniently', () => {
  for (const key of BUILT_INS) {
    const text = `{ "version": 1, "solutions": [${solution('a', `, "${key}": { "x": 1 }`)}] }`;
    assert.deepEqual(validateCatalog(parse(text)).catalog.solutions.map((s) => s.id), ['a'], `${key}, lenient`);
    const strict = validateCatalog(parse(text), { strict: true });
    assert.deepEqual(strict.catalog.solutions, [], `${key}, strict`);
    assert.match(strict.problems[0]!.message, new RegExp(`unknown field \`${key.replace(/[$_]/g, '\\$&')}\``));
  }
});

test('a localized text gives strings or nothing, whatever an object holds', () => {
  assert.equal(localize({ en: 42 } as unknown as Record<string, string>, 'en'), '');
  assert.equal(localize({ fr: ['x'] } as unknown as Record<string, string>, 'en'), '');
  assert.equal(localize({ en: 'Bike' }, 'en'), 'Bike');
});

test('facet labels of values from a URL: a built-in name reads as itself, never as one of Object’s functions', () => {
  const catalog = { tracks: [], cities: [] };
  for (const key of ['pricing', 'providerType', 'trl', 'sdg'] as const) {
    for (const value of BUILT_INS) assert.equal(facetValueLabel(catalog, key, value, 'en', en), value, `${key}=${value}`);
  }
  assert.equal(en.role.constructor, undefined);
});
