/**
 * Facet counts by brute force, the oracle of the property tests in Node and
 * in Chromium: what each solution or city has for each facet (read from the
 * contract's fields, not from facets.ts), and the disjunctive counts over a
 * list of entries. No Node imports: the browser test imports it too.
 */
import * as fc from 'fast-check';
import type { CityFacetKey } from '../../src/catalog/cities.js';
import type { FacetKey } from '../../src/catalog/facets.js';
import type { City, Solution } from '../../src/catalog/schema.js';

/** A solution's values for a facet, as the contract's fields say. */
export function solutionValues(solution: Solution, key: FacetKey): Set<string> {
  const band = (trl: number) => (trl <= 3 ? '1-3' : trl <= 6 ? '4-6' : '7-9');
  switch (key) {
    case 'track': return new Set(solution.tracks);
    case 'technology': return new Set(solution.technologies ?? []);
    case 'trl': return new Set(solution.trl === undefined ? [] : [band(solution.trl)]);
    case 'sdg': return new Set((solution.sdgs ?? []).map(String));
    case 'pricing': return new Set(solution.pricing ? [solution.pricing] : []);
    case 'providerType': return new Set(solution.provider.type ? [solution.provider.type] : []);
    case 'providerCountry': return new Set(solution.provider.country ? [solution.provider.country] : []);
    case 'city': return new Set(solution.cities ?? []);
  }
}

/** A city's values for a facet. */
export const cityValues = (city: City, key: CityFacetKey): Set<string> =>
  new Set(key === 'country' ? [city.country] : key === 'role' ? [city.role] : (city.tracks ?? []));

export interface BruteForce<K extends string> {
  /** Ids of the entries passing every facet, in the entries' order. */
  results: string[];
  /** Per facet, `{ value: count }` of the entries passing every other facet (values at 0 left out). */
  counts: Record<K, Map<string, number>>;
  /** The selected values of each facet that has some, as strings. */
  wanted: Map<K, Set<string>>;
}

/**
 * Disjunctive facets over `entries`, entry by entry: OR within a facet, AND
 * across facets; a value's count applies every facet's selection but its own.
 */
export function bruteForce<E extends { id: string }, K extends string>(
  entries: readonly E[],
  keys: readonly K[],
  values: (entry: E, key: K) => Set<string>,
  filters: Partial<Record<K, readonly (string | number)[]>>,
  catalogue: readonly E[] = entries,
): BruteForce<K> {
  // Only values the catalogue has filter (one from an edited address is ignored); a facet with none is no filter.
  const wanted = new Map<K, Set<string>>();
  for (const key of keys) {
    const known = new Set(catalogue.flatMap((entry) => [...values(entry, key)]));
    const selected = new Set((filters[key] ?? []).map(String).filter((value) => known.has(value)));
    if (selected.size) wanted.set(key, selected);
  }
  const passes = (entry: E, key: K) => !wanted.has(key) || [...values(entry, key)].some((value) => wanted.get(key)!.has(value));
  const results = entries.filter((entry) => keys.every((key) => passes(entry, key))).map((entry) => entry.id);
  const counts = {} as Record<K, Map<string, number>>;
  for (const key of keys) {
    const count = (counts[key] = new Map<string, number>());
    for (const entry of entries) {
      if (!keys.every((other) => other === key || passes(entry, other))) continue;
      for (const value of values(entry, key)) count.set(value, (count.get(value) ?? 0) + 1);
    }
  }
  return { results, counts, wanted };
}

/** What a facet should list: every value with a count, and each selected value the catalogue has (at 0 when no result has it). */
export function expectedFacet<K extends string>(expected: BruteForce<K>, key: K): Map<string, number> {
  const want = new Map(expected.counts[key]);
  for (const value of expected.wanted.get(key) ?? []) if (!want.has(value)) want.set(value, 0);
  return want;
}

/** Values no catalogue has (built-in names among them), to select too. */
const ABSENT = ['constructor', '__proto__', 'toString', 'nowhere', '0', ''] as const;

/**
 * Filters to select, drawn before the catalogue is known (so that a failing
 * case shrinks without `chain`): a number picks one of the values the
 * catalogue has for that facet (`resolveFilters`), a string is a value it does not have (which must filter nothing).
 */
export type FilterPicks<K extends string> = Partial<Record<K, (number | string)[]>>;

export function filterPicks<K extends string>(keys: readonly K[]): fc.Arbitrary<FilterPicks<K>> {
  const pick = fc.oneof({ weight: 5, arbitrary: fc.nat({ max: 99 }) }, { weight: 1, arbitrary: fc.constantFrom(...ABSENT) });
  const model = {} as Record<K, fc.Arbitrary<(number | string)[]>>;
  for (const key of keys) model[key] = fc.array(pick, { maxLength: 3 });
  return fc.record(model, { requiredKeys: [], noNullPrototype: true }) as fc.Arbitrary<FilterPicks<K>>;
}

/** The filters `picks` stand for, over the values `present(key)` the catalogue has; SDGs as numbers, as the API allows them. */
export function resolveFilters<K extends string>(picks: FilterPicks<K>, present: (key: K) => string[]): Partial<Record<K, (string | number)[]>> {
  const out: Partial<Record<K, (string | number)[]>> = {};
  for (const key of Object.keys(picks) as K[]) {
    const values = present(key);
    out[key] = picks[key]!.flatMap((pick) => {
      if (typeof pick === 'string') return [pick];
      if (!values.length) return [];
      const value = values[pick % values.length]!;
      return [key === 'sdg' && /^\d+$/.test(value) ? Number(value) : value];
    });
  }
  return out;
}
