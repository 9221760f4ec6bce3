/**
 * City profiles in the data core: search with facets over cities, and the
 * relations between cities and solutions that the catalogue states one way
 * only (a core city names its mentors; a solution names its cities).
 */
import { facetColumn, filterWithFacets } from './facet-filter.js';
import { countryName } from './facets.js';
import { localize } from './localized.js';
import { perCatalogue } from './per-catalogue.js';
import { type SearchOutcome, appliedSort, normalizeFilters } from './query.js';
import { type CityRelations, cityRelations } from './city-relations.js';

// The relations alone (a full city card) need no search index: re-exported here, so that importers keep one module.
export { type CityRelations, cityRelations };
import type { Catalog } from './schema.js';
import { runNow } from './slices.js';
import { TextIndex } from './text-index.js';

export const CITY_FACET_KEYS = ['country', 'role', 'track'] as const;
export type CityFacetKey = (typeof CITY_FACET_KEYS)[number];
export type CityFilters = Partial<Record<CityFacetKey, readonly string[]>>;

export const CITY_SORT_KEYS = ['relevance', 'name', 'population', 'solutions'] as const;
export type CitySortKey = (typeof CITY_SORT_KEYS)[number];

export interface CityQuery {
  text?: string;
  filters?: CityFilters;
  /** Default: relevance with words, else name. Population and solutions: largest first. */
  sort?: CitySortKey;
}

export type CitySearchResult = SearchOutcome<CityFacetKey, CitySortKey>;

export interface CityIndex extends CityRelations {
  readonly lang: string;
  search(query: CityQuery): CitySearchResult;
}

/** Fields searched, in the order the text index numbers them, with their weights. */
const FIELDS = [
  ['name', 4],
  ['country', 2],
  ['tagline', 1.5],
  ['practices', 1.5],
  ['summary', 1],
  ['ambitions', 1],
] as const;

const indexes = /* @__PURE__ */ perCatalogue((catalog, lang) => buildCityIndex(catalog as Catalog, lang));

/** The city index of `catalog` in `lang`, built on first use and shared by every widget. */
export const cityIndex = (catalog: Catalog, lang: string): CityIndex => indexes.get(catalog, lang);

export function buildCityIndex(catalog: Catalog, lang: string): CityIndex {
  const cities = catalog.cities ?? [];
  const related = cityRelations(catalog);
  const records = cities.map((city) => ({
    name: localize(city.name, lang),
    country: countryName(city.country, lang),
    tagline: localize(city.tagline, lang),
    summary: localize(city.summary, lang),
    ambitions: (city.ambitions ?? []).map((ambition) => localize(ambition, lang)),
    practices: (city.bestPractices ?? []).map((practice) => localize(practice.title, lang)),
  }));
  // Cities are a few hundred at most: indexed at once.
  const text = new TextIndex(FIELDS.map(([, weight]) => weight));
  for (const record of records) text.add(FIELDS.map(([field]) => record[field]));
  runNow(text.finish());
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const byName = cities.map((_, i) => i).sort((a, b) => collator.compare(records[a]!.name, records[b]!.name));
  const nameRank = new Int32Array(cities.length);
  byName.forEach((cityIndex, rank) => (nameRank[cityIndex] = rank));


  const columns = {
    country: facetColumn(cities.length, (i) => [cities[i]!.country]),
    role: facetColumn(cities.length, (i) => [cities[i]!.role]),
    track: facetColumn(cities.length, (i) => cities[i]!.tracks ?? []),
  };

  function search(query: CityQuery): CitySearchResult {
    const words = query.text?.trim();
    const matches = words ? text.search(words) : undefined;
    const candidates = matches ? matches.records : byName;
    const { results, counts, hasValues, applied } = filterWithFacets(candidates, columns, CITY_FACET_KEYS, normalizeFilters(CITY_FACET_KEYS, query.filters));
    const sort = appliedSort(query.sort, !!matches);
    const byRank = (a: number, b: number) => nameRank[a]! - nameRank[b]!;
    if (sort === 'relevance') results.sort((a, b) => matches!.scores[b]! - matches!.scores[a]! || byRank(a, b));
    if (sort === 'name' && matches) results.sort(byRank);
    if (sort === 'population') results.sort((a, b) => (cities[b]!.population ?? -1) - (cities[a]!.population ?? -1) || byRank(a, b));
    if (sort === 'solutions') {
      const count = (i: number) => related.solutions(cities[i]!.id).length;
      results.sort((a, b) => count(b) - count(a) || byRank(a, b));
    }
    const ids = results.map((i) => cities[i]!.id);
    return { ids, slice: (start, end) => ids.slice(start, end), total: results.length, facets: counts, hasValues, applied, sort };
  }

  return { ...related, lang, search };
}
