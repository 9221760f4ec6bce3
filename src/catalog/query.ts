/** What a search over solutions and one over cities share: the filters they accept, the sort they apply, what they give back. */
import type { FacetCount, FacetFilterResult } from './facet-filter.js';

/** What a search over one kind of entry gives back (facet keys `K`, sort keys `S`). */
export interface SearchOutcome<K extends string, S extends string> extends Pick<FacetFilterResult<K>, 'hasValues' | 'applied'> {
  /** Matching ids in result order (all pages; ordered when first read). */
  readonly ids: string[];
  /** The ids from `start` to `end` (exclusive) in result order: a page near the top orders only as many as it shows. */
  slice(start: number, end: number): string[];
  total: number;
  /** Values of every facet present in the catalogue, in first-seen order (the view sorts them); each counted when first read. */
  facets: Record<K, FacetCount[]>;
  /** The sort actually applied. */
  sort: S;
}

/**
 * Filters as a search reads them: only the given facet keys, values as
 * strings, each once; empty facets left out. OR within a facet, AND across.
 */
export function normalizeFilters<K extends string>(keys: readonly K[], filters: Partial<Record<K, readonly (string | number)[]>> | undefined): Partial<Record<K, string[]>> {
  const out: Partial<Record<K, string[]>> = {};
  for (const key of keys) {
    const values = filters?.[key];
    if (Array.isArray(values) && values.length) out[key] = [...new Set(values.map(String))];
  }
  return out;
}

/** The sort applied: the one asked for, except relevance without words; by default relevance with words, else name. */
export function appliedSort<S extends string>(requested: S | undefined, hasWords: boolean): S | 'relevance' | 'name' {
  return requested && (requested !== 'relevance' || hasWords) ? requested : hasWords ? 'relevance' : 'name';
}
