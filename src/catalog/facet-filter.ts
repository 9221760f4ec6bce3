/**
 * Filtering with disjunctive facet counts, for any kind of entry (solutions,
 * cities): OR within a facet, AND across facets, and each facet's counts apply
 * every selection but its own (as InstantSearch does), so a person sees what
 * choosing another value of the same facet would give.
 */

export interface FacetCount {
  value: string;
  /** Entries with this value given the words and the other facets' selections. */
  count: number;
  selected: boolean;
}

export interface FacetFilterResult<K extends string> {
  /** The candidates that pass every facet, in candidate order. */
  results: number[];
  /** Values of every facet, in first-seen order (the view sorts them). */
  counts: Record<K, FacetCount[]>;
}

/**
 * `candidates` are entry indexes (already matched by the words); `valuesOf(i)`
 * gives entry i's values per facet. One pass over the candidates: an entry
 * failing no facet is a result and counts everywhere; failing exactly one, it
 * counts for that facet only; failing more, it counts nowhere.
 */
export function filterWithFacets<K extends string>(
  candidates: Iterable<number>,
  valuesOf: (index: number) => Record<K, readonly string[]>,
  keys: readonly K[],
  filters: Partial<Record<K, readonly string[]>>,
): FacetFilterResult<K> {
  const active = keys.filter((key) => filters[key]?.length);
  const tallies = Object.fromEntries(keys.map((key) => [key, new Map<string, number>()])) as Record<K, Map<string, number>>;
  const results: number[] = [];
  for (const i of candidates) {
    const values = valuesOf(i);
    let failing: K | undefined;
    let failures = 0;
    for (const key of active) {
      if (values[key].some((value) => filters[key]!.includes(value))) continue;
      failing = key;
      if (++failures > 1) break;
    }
    if (failures > 1) continue;
    if (failures === 0) results.push(i);
    for (const key of failing ? [failing] : keys) {
      for (const value of values[key]) tallies[key].set(value, (tallies[key].get(value) ?? 0) + 1);
    }
  }
  const counts = {} as Record<K, FacetCount[]>;
  for (const key of keys) {
    const selected = filters[key] ?? [];
    const list = [...tallies[key]].map(([value, count]) => ({ value, count, selected: selected.includes(value) }));
    // A selected value stays visible (so it can be unselected) even when nothing has it any more.
    for (const value of selected) if (!tallies[key].has(value)) list.push({ value, count: 0, selected: true });
    counts[key] = list;
  }
  return { results, counts };
}
