import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FacetCount } from '../../src/catalog/facet-filter.js';
import { facetGroups } from '../../src/views/search-ui.js';

const counts = (pairs: [string, number][]): FacetCount[] => pairs.map(([value, count]) => ({ value, count, selected: false }));
/** A search's result as to its facets, from their counts, as filterWithFacets gives them. */
const facetsOf = <K extends string>(all: Record<K, FacetCount[]>) => ({
  facets: all,
  hasValues: (key: K) => all[key].length > 0,
  applied: (key: K) => all[key].filter((count) => count.selected).map((count) => count.value),
});
const order = (lang: string, values: [string, number][], label = (value: string) => value) =>
  facetGroups({ keys: ['city'] as const, result: facetsOf({ city: counts(values) }), legend: () => 'City', label: (_key, value) => label(value), lang })[0]!.values.map((value) => value.label);

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
  const groups = facetGroups({ keys: ['a', 'b'] as const, result: facetsOf({ a: [], b: counts([['v', 1]]) }), legend: (key) => key, label: (_key, value) => value, lang: 'en' });
  assert.deepEqual(groups.map((group) => group.key), ['b']);
});

test('a folded group is neither labelled nor sorted, and still says how many of its values are ticked', () => {
  const labelled: string[] = [];
  // Counts are counted when read: a folded group's must not be.
  const countsRead: string[] = [];
  const read = <F extends { facets: Record<string, FacetCount[]> }>(result: F): F => ({
    ...result,
    facets: new Proxy(result.facets, { get: (all, key) => (countsRead.push(String(key)), all[key as string]) }),
  });
  const places: [string, number, number][] = [];
  const groups = facetGroups({
    keys: ['a', 'empty', 'b', 'c'] as const,
    result: read(facetsOf({ a: counts([['x', 2]]), empty: [], b: [...counts([['y', 3]]), { value: 'z', count: 0, selected: true }], c: counts([['w', 1]]) })),
    legend: (key) => key,
    label: (key, value) => (labelled.push(`${key}:${value}`), value),
    lang: 'en',
    isOpen: (key, place, ticked) => (places.push([key, place, ticked]), key === 'c'),
  });
  // Places count the groups shown: the empty one is not.
  assert.deepEqual(places, [['a', 0, 0], ['b', 1, 1], ['c', 2, 0]]);
  assert.deepEqual(groups.map(({ key, open, ticked, values }) => [key, open, ticked, values.length]), [['a', false, 0, 0], ['b', false, 1, 0], ['c', true, 0, 1]]);
  assert.deepEqual(labelled, ['c:w']);
  assert.deepEqual(countsRead, ['c']);
});
