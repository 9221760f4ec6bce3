import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildCityIndex } from '../../src/catalog/cities.js';
import { validateCatalog } from '../../src/catalog/validate.js';

const { catalog } = validateCatalog(JSON.parse(readFileSync(new URL('../fixtures/cities/cities.json', import.meta.url), 'utf8')));
const index = buildCityIndex(catalog, 'en');
const ids = (cities: { id: string }[]) => cities.map((city) => city.id);

test('mentor and mentee relations are derived both ways', () => {
  assert.deepEqual(ids(index.mentees('espoo')), ['jyvaskyla', 'pori']);
  assert.deepEqual(ids(index.mentees('porto')), ['pori', 'thessaloniki']);
  assert.deepEqual(ids(index.mentors('pori')), ['espoo', 'porto']);
  assert.deepEqual(ids(index.mentors('espoo')), []);
  assert.deepEqual(ids(index.solutions('espoo')), ['heat', 'data']);
});

test('browsing lists every city by name; facets count country, role and track', () => {
  const result = index.search({});
  assert.deepEqual(result.ids, ['espoo', 'jyvaskyla', 'pori', 'porto', 'thessaloniki']);
  const counts = (key: 'country' | 'role' | 'track') => Object.fromEntries(result.facets[key].map((c) => [c.value, c.count]));
  assert.deepEqual(counts('country'), { FI: 3, PT: 1, GR: 1 });
  assert.deepEqual(counts('role'), { mentor: 2, core: 3 });
  assert.deepEqual(counts('track'), { 'green-economy': 1, skills: 2, tourism: 1 });
});

test('facet counts are disjunctive for cities too', () => {
  const result = index.search({ filters: { role: ['core'] } });
  assert.deepEqual(result.ids, ['jyvaskyla', 'pori', 'thessaloniki']);
  assert.deepEqual(Object.fromEntries(result.facets.country.map((c) => [c.value, c.count])), { FI: 2, GR: 1 });
  assert.deepEqual(Object.fromEntries(result.facets.role.map((c) => [c.value, c.count])), { mentor: 2, core: 3 });
});

test('search covers name, country name, tagline, summary, ambitions and best practice titles', () => {
  assert.equal(index.search({ text: 'thessal' }).ids[0], 'thessaloniki');
  assert.deepEqual(new Set(index.search({ text: 'Finland' }).ids), new Set(['espoo', 'jyvaskyla', 'pori']));
  assert.deepEqual(index.search({ text: 'learning sea' }).ids, ['espoo']);
  assert.deepEqual(index.search({ text: 'digital port region' }).ids, ['thessaloniki']);
  assert.equal(index.search({ text: 'heat pump rollout' }).ids[0], 'espoo');
  assert.equal(index.search({ text: 'jyvaskyla' }).ids[0], 'jyvaskyla', 'accents folded');
  assert.deepEqual(buildCityIndex(catalog, 'fr').search({ text: 'Grèce' }).ids, ['thessaloniki'], 'country names in the page language');
});

test('sorts by population (largest first, unknown last) and by number of solutions', () => {
  assert.deepEqual(index.search({ sort: 'population' }).ids, ['thessaloniki', 'espoo', 'jyvaskyla', 'pori', 'porto']);
  assert.deepEqual(index.search({ sort: 'solutions' }).ids, ['espoo', 'jyvaskyla', 'porto', 'pori', 'thessaloniki']);
  assert.deepEqual(index.search({ sort: 'name' }).ids, ['espoo', 'jyvaskyla', 'pori', 'porto', 'thessaloniki']);
});
