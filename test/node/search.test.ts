import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { FacetKey } from '../../src/catalog/facets.js';
import { firstInOrder } from '../../src/catalog/first-in-order.js';
import { buildSolutionIndex, type FacetCount, relevanceKey, type SearchResult } from '../../src/catalog/search.js';
import { validateCatalog } from '../../src/catalog/validate.js';

const read = (path: string) => validateCatalog(JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'))).catalog;
const fixture = read('../fixtures/marketplace/facets.json');
const sample = read('../../catalog/icc-sample.json');
const index = buildSolutionIndex(fixture, 'en');

/** Facet counts as `{ value: count }`, ignoring order. */
const counts = (result: SearchResult, key: FacetKey) =>
  Object.fromEntries(result.facets[key].map((c: FacetCount) => [c.value, c.count]));

describe('browsing without words', () => {
  test('shows everything, sorted by name', () => {
    const result = index.search({});
    assert.deepEqual(result.ids, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    assert.equal(result.sort, 'name');
  });

  test('sorts by recently updated (undated last), then by name', () => {
    assert.deepEqual(index.search({ sort: 'updated' }).ids, ['d', 'g', 'a', 'b', 'c', 'e', 'h', 'f']);
  });

  test('sorts by most deployed, ties by name', () => {
    assert.deepEqual(index.search({ sort: 'deployed' }).ids, ['c', 'a', 'b', 'd', 'f', 'h', 'e', 'g']);
  });

  test('relevance without words falls back to name', () => {
    assert.equal(index.search({ sort: 'relevance' }).sort, 'name');
  });
});

describe('facets (counts computed by hand from the fixture)', () => {
  test('every value of every facet is counted over the whole catalogue', () => {
    const result = index.search({});
    assert.deepEqual(counts(result, 'track'), { 'green-economy': 3, tourism: 2, 'citizen-participation': 1, 'access-to-data': 1, 'supply-chains': 1, 'access-to-finance': 1 });
    assert.deepEqual(counts(result, 'trl'), { '7-9': 4, '4-6': 3, '1-3': 1 });
    assert.deepEqual(counts(result, 'sdg'), { '2': 1, '3': 1, '7': 1, '8': 1, '9': 1, '11': 3, '12': 1, '13': 1, '16': 1 });
    assert.deepEqual(counts(result, 'city'), { porto: 4, espoo: 3, barcelona: 2 });
    assert.deepEqual(counts(result, 'providerCountry'), { FI: 3, PT: 1, ES: 2, DE: 1, IT: 1 });
  });

  test('one facet: results narrow, its own counts ignore its selection, the others apply it', () => {
    const result = index.search({ filters: { track: ['green-economy'] } });
    assert.deepEqual(result.ids, ['a', 'b', 'e']);
    assert.equal(counts(result, 'track')['tourism'], 2);
    assert.equal(counts(result, 'track')['green-economy'], 3);
    assert.deepEqual(counts(result, 'technology'), { IoT: 2, LoRaWAN: 1, 'mobile app': 1, AI: 1 });
    assert.deepEqual(counts(result, 'providerCountry'), { FI: 1, PT: 1, DE: 1 });
    assert.ok(result.facets.track.find((c) => c.value === 'green-economy')!.selected);
  });

  test('two facets: AND across facets, each counted under the other only (disjunctive)', () => {
    const result = index.search({ filters: { track: ['green-economy'], providerCountry: ['FI'] } });
    assert.deepEqual(result.ids, ['a']);
    assert.deepEqual(counts(result, 'track'), { 'green-economy': 1, 'supply-chains': 1, 'access-to-finance': 1 });
    assert.deepEqual(counts(result, 'providerCountry'), { FI: 1, PT: 1, DE: 1 });
    assert.deepEqual(counts(result, 'technology'), { IoT: 1, LoRaWAN: 1 });
  });

  test('OR within a facet', () => {
    assert.deepEqual(index.search({ filters: { track: ['green-economy', 'tourism'] } }).ids, ['a', 'b', 'e', 'h']);
  });

  test('numbers are accepted for SDGs, and TRL filters by band', () => {
    assert.deepEqual(index.search({ filters: { sdg: [11] } }).ids, ['a', 'b', 'h']);
    assert.deepEqual(index.search({ filters: { trl: ['1-3', '4-6'] } }).ids, ['e', 'f', 'g', 'h']);
  });

  test('a selected value nothing has any more stays listed with count 0', () => {
    const result = index.search({ text: 'bike', filters: { providerCountry: ['DE'] } });
    assert.deepEqual(result.ids, []);
    assert.deepEqual(result.facets.providerCountry.find((c) => c.value === 'DE'), { value: 'DE', count: 0, selected: true });
  });

  test('words and facets combine', () => {
    const result = index.search({ text: 'city', filters: { pricing: ['open-source'] } });
    assert.ok(result.ids.every((id) => ['c', 'd'].includes(id)));
  });
});

describe('words', () => {
  test('a name match comes first; highlights point at the word in name and summary', () => {
    const result = index.search({ text: 'bike' });
    assert.equal(result.ids[0], 'b');
    assert.equal(result.sort, 'relevance');
    const ranges = result.highlights('b')!;
    assert.deepEqual(ranges.name, [[0, 4]]);
    assert.ok(ranges.summary!.some(([start, end]) => 'Shared bikes and e-bikes for short trips across the city.'.slice(start, end).toLowerCase().startsWith('bike')));
  });

  test('the first keystroke, a single letter, finds the words that start with it', () => {
    const ids = index.search({ text: 'h' }).ids;
    // By hand: c "how", d "has" (description), e "hour", f "hub", h "Heritage"; "Shared" does not start with h.
    assert.deepEqual(new Set(ids), new Set(['c', 'd', 'e', 'f', 'h']));
  });

  test('every word must match, in any order', () => {
    assert.deepEqual(index.search({ text: 'energy buildings' }).ids, ['e']);
    assert.deepEqual(index.search({ text: 'buildings energy' }).ids, ['e']);
    assert.deepEqual(index.search({ text: 'energy farmers' }).ids, []);
  });

  test('typos still find the solution: mobilty, enrgy', () => {
    const first = sample.solutions.find((s) => s.id === buildSolutionIndex(sample, 'en').search({ text: 'mobilty' }).ids[0])!;
    assert.match(JSON.stringify([first.name, first.summary, first.tags]), /mobility/i);
    assert.equal(index.search({ text: 'enrgy' }).ids[0], 'e');
  });

  test('a result keeps its order after another search on the same index (its page is ordered when asked)', () => {
    const sampleIndex = buildSolutionIndex(sample, 'en');
    const expected = sampleIndex.search({ text: 'energy' }).ids;
    const energy = sampleIndex.search({ text: 'energy' });
    sampleIndex.search({ text: 'data' });
    assert.deepEqual(energy.slice(0, 6), expected.slice(0, 6));
    assert.deepEqual(energy.ids, expected);
  });

  test('accents are folded: skelleftea finds solutions used in Skellefteå', () => {
    const sampleIndex = buildSolutionIndex(sample, 'en');
    const ids = sampleIndex.search({ text: 'skelleftea' }).ids;
    assert.ok(ids.length > 0);
    assert.ok(ids.some((id) => sample.solutions.find((s) => s.id === id)!.cities?.includes('skelleftea')));
  });

  test('searches provider and city names', () => {
    const sampleIndex = buildSolutionIndex(sample, 'en');
    const provider = sample.solutions.find((s) => s.id === 'heat-pump-district-planner')!.provider.name.split(' ')[0]!;
    assert.equal(sampleIndex.search({ text: provider }).ids[0], 'heat-pump-district-planner', `provider ${provider}`);
    assert.deepEqual(new Set(index.search({ text: 'barcelona' }).ids), new Set(['c', 'd']));
  });

  test('searches the displayed language, falling back as the content does', () => {
    const french = buildSolutionIndex(fixture, 'fr');
    assert.equal(french.search({ text: 'vélos' }).ids[0], 'b');
    assert.equal(french.search({ text: 'heritage' }).ids[0], 'h');
    assert.deepEqual(index.search({ text: 'vélos' }).ids, []);
  });

  test('suggests the closest catalogue word when a word matches nothing', () => {
    assert.equal(index.search({ text: 'air quaty' }).total, 0);
    assert.equal(index.suggest({ text: 'air quaty' }), 'air quality');
    assert.equal(index.suggest({ text: 'quaty', filters: { providerCountry: ['DE'] } }), undefined, 'not offered when the filters exclude it');
    assert.equal(index.suggest({ text: 'hrtg' }), undefined, 'too far from every word');
    assert.equal(index.suggest({ text: 'bike' }), undefined);
  });
});

describe('the relevance order', () => {
  /** A seeded random number in [0, 1). */
  function random(seed: number) {
    return () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  }

  test('orders by score to four decimals, best first, ties by name rank, as a comparison sort does', () => {
    const next = random(7);
    for (const size of [0, 1, 2, 3, 50, 257, 3000]) {
      // byName: a random permutation (position = name rank); scores with many ties, near-ties and large values.
      const byName = Int32Array.from({ length: size }, (_, i) => i);
      for (let i = size - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [byName[i], byName[j]] = [byName[j]!, byName[i]!];
      }
      const rank = new Int32Array(size);
      byName.forEach((entry, r) => (rank[entry] = r));
      const scores = Float32Array.from({ length: size }, () => {
        const kind = next();
        return kind < 0.3 ? 1 : kind < 0.5 ? 1 + next() * 1e-5 : kind < 0.6 ? 0 : kind < 0.7 ? 4000 * next() : next() * 20;
      });
      const results = Array.from({ length: size }, (_, i) => i).filter(() => next() < 0.8);
      const key = (entry: number) => Math.round(scores[entry]! * 1e4);
      const expected = [...results].sort((a, b) => key(b) - key(a) || rank[a]! - rank[b]!);
      assert.deepEqual([...firstInOrder(results, size, relevanceKey(scores, rank))], expected, `size ${size}`);
    }
  });
});
