/** What a search over solutions and one over cities share: the filters they accept and the sort they apply. */

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
