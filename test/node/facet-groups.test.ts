import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FacetCount } from '../../src/catalog/facet-filter.js';
import { facetGroups } from '../../src/views/search-ui.js';

const counts = (pairs: [string, number][]): FacetCount[] => pairs.map(([value, count]) => ({ value, count, selected: false }));
const order = (lang: string, values: [string, number][], label = (value: string) => value) =>
  facetGroups(['city'] as const, { city: counts(values) }, () => 'City', (_key, value) => label(value), lang)[0]!.values.map((value) => value.label);

test('facet values: most counted first, ties in the alphabetical order of the language, as Intl.Collator gives it', () => {
  const cities = ['Örebro', 'Oslo', 'Zagreb', 'Ålesund', 'Aarhus', 'Espoo', 'Éibar', 'Kraków', 'Krems'];
  const tied = cities.map((city): [string, number] => [city, 2]);
  for (const lang of ['sv', 'de', 'fr', 'sv', 'pl', 'de']) {
    assert.deepEqual(order(lang, tied), [...cities].sort(new Intl.Collator(lang).compare), lang);
  }
  // Swedish puts Å and Ö after Z, German beside A and O: the order follows the language asked for, each time.
  assert.deepEqual(order('sv', tied).slice(-3), ['Zagreb', 'Ålesund', 'Örebro']);
  assert.ok(order('de', tied).indexOf('Örebro') < order('de', tied).indexOf('Zagreb'));
  assert.deepEqual(order('en', [['b', 1], ['a', 1], ['c', 5], ['d', 2]]), ['c', 'd', 'a', 'b']);
});

test('labels met for the first time later are placed among the earlier ones', () => {
  assert.deepEqual(order('en', [['Mmm', 1], ['Ccc', 1]]), ['Ccc', 'Mmm']);
  assert.deepEqual(order('en', [['Mmm', 1], ['Ccc', 1], ['Aaa', 1], ['Ddd', 1], ['Zzz', 1]]), ['Aaa', 'Ccc', 'Ddd', 'Mmm', 'Zzz']);
  // Sorted by label, not by value: values labelled in another language.
  assert.deepEqual(order('en', [['x', 3], ['y', 3]], (value) => (value === 'x' ? 'Yellow' : 'Blue')), ['Blue', 'Yellow']);
});

test('empty facets are left out', () => {
  const groups = facetGroups(['a', 'b'] as const, { a: [], b: counts([['v', 1]]) }, (key) => key, (_key, value) => value, 'en');
  assert.deepEqual(groups.map((group) => group.key), ['b']);
});
