import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { facetColumn, filterWithFacets } from '../../src/catalog/facet-filter.js';

// 40 entries: colour by i % 3, size by i % 4, and tags (zero to two values).
const entries = Array.from({ length: 40 }, (_, i) => ({
  colour: [['red', 'green', 'blue'][i % 3]!],
  size: [['s', 'm', 'l', 'xl'][i % 4]!],
  tag: i % 5 === 0 ? [] : i % 5 === 1 ? ['a'] : ['a', 'b'],
}));
const keys = ['colour', 'size', 'tag'] as const;
const columns = Object.fromEntries(keys.map((key) => [key, facetColumn(entries.length, (i) => entries[i]![key])])) as Record<(typeof keys)[number], ReturnType<typeof facetColumn>>;

/** The counts by brute force: for each facet, the candidates passing every other facet's selection. */
function expected(candidates: number[], filters: Partial<Record<(typeof keys)[number], string[]>>) {
  const passes = (i: number, except?: string) => keys.every((key) => key === except || !filters[key]?.length || entries[i]![key].some((v) => filters[key]!.includes(v)));
  const counts: Record<string, Record<string, number>> = {};
  for (const key of keys) {
    counts[key] = {};
    for (const i of candidates) if (passes(i, key)) for (const v of entries[i]![key]) counts[key]![v] = (counts[key]![v] ?? 0) + 1;
  }
  return { results: candidates.filter((i) => passes(i)), counts };
}
const actual = (candidates: number[], filters: Partial<Record<(typeof keys)[number], string[]>>) => {
  const { results, counts, hasValues } = filterWithFacets(candidates, columns, keys, filters);
  // Whether a facet has values, asked before its counts are read, is what reading them says.
  const has = keys.map((key) => hasValues(key));
  assert.deepEqual(keys.map((key) => counts[key].length > 0), has, 'hasValues agrees with the counts');
  return { results, counts: Object.fromEntries(keys.map((key) => [key, Object.fromEntries(counts[key].filter((c) => c.count).map((c) => [c.value, c.count]))])) };
};
/** What a result says, functions asked for every key. */
const said = ({ results, counts, hasValues, applied }: ReturnType<typeof filterWithFacets<(typeof keys)[number]>>) =>
  ({ results, counts: { ...counts }, has: keys.map(hasValues), applied: keys.map(applied) });

describe('filterWithFacets against brute force', () => {
  const most = Array.from({ length: 40 }, (_, i) => i).filter((i) => i % 7 !== 3); // more than half: counted by subtraction
  const few = [1, 2, 5, 8, 13, 21, 34];
  for (const [name, candidates] of [['most entries', most], ['a few entries', few], ['none', []]] as const) {
    for (const filters of [{}, { colour: ['red'] }, { colour: ['red', 'blue'], tag: ['b'] }, { size: ['xl'], tag: ['a'] }]) {
      test(`${name}, filters ${JSON.stringify(filters)}`, () => assert.deepEqual(actual([...candidates], filters), expected([...candidates], filters)));
    }
  }

  test('the same columns with fewer keys, in another order, count only those', () => {
    const subset = ['tag', 'colour'] as const;
    for (const candidates of [few, most]) {
      const { results, counts } = filterWithFacets([...candidates], columns, subset, { colour: ['red'] });
      const want = expected([...candidates], { colour: ['red'] });
      assert.deepEqual(results, want.results);
      assert.deepEqual(Object.keys(counts).sort(), ['colour', 'tag']);
      for (const key of subset) assert.deepEqual(Object.fromEntries(counts[key].filter((c) => c.count).map((c) => [c.value, c.count])), want.counts[key]);
    }
    // And the full list again afterwards.
    assert.deepEqual(actual([...few], {}), expected([...few], {}));
  });

  test('a selected value nothing has any more stays listed, with 0', () => {
    const { counts } = filterWithFacets([], columns, keys, { colour: ['red'] });
    assert.deepEqual(counts.colour.find((c) => c.value === 'red'), { value: 'red', count: 0, selected: true });
  });

  test('a value the catalogue does not have (an edited address) filters nothing and is not listed', () => {
    const spoofed = filterWithFacets([...few], columns, keys, { colour: ['Call us: +00 123'] });
    assert.deepEqual(said(spoofed), said(filterWithFacets([...few], columns, keys, {})));
    assert.deepEqual(spoofed.applied('colour'), []);
    // Beside a known value, only the known one filters.
    const mixed = filterWithFacets([...most], columns, keys, { colour: ['red', 'purple'] });
    assert.deepEqual(said(mixed), said(filterWithFacets([...most], columns, keys, { colour: ['red'] })));
    assert.deepEqual(mixed.applied('colour'), ['red']);
  });
});
