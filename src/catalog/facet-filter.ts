/**
 * Filtering with disjunctive facet counts, for any kind of entry (solutions,
 * cities): OR within a facet, AND across facets, and each facet's counts apply
 * every selection but its own (as InstantSearch does), so a person sees what
 * choosing another value of the same facet would give.
 *
 * Values are numbered once per catalogue (a `FacetColumn` per facet), so each
 * keystroke counts with arrays of numbers, never by comparing strings or
 * re-filtering entries per value.
 */
import { runNow } from './slices.js';

export interface FacetCount {
  value: string;
  /** Entries with this value given the words and the other facets' selections. */
  count: number;
  selected: boolean;
}

export interface FacetFilterResult<K extends string> {
  /** The candidates that pass every facet, in candidate order. */
  results: number[];
  /** Values of every facet, in first-seen order (the view sorts them); each facet counted when first read. */
  counts: Record<K, FacetCount[]>;
  /** Whether `counts[key]` has any value, without counting it: a folded group shows or hides by it. */
  hasValues(key: K): boolean;
  /** The ticked values of `key` that filter: those the catalogue has (an edited address's others do not). */
  applied(key: K): readonly string[];
}

/** One facet's values for every entry: entry i has value numbers `ids[offsets[i]]` to `ids[offsets[i + 1] - 1]`. */
export interface FacetColumn {
  values: string[];
  offsets: Uint32Array;
  ids: Uint32Array;
  /** How many entries of the whole catalogue have each value. */
  totals: Uint32Array;
}

/** Numbers the values of one facet over `count` entries; `valuesOf(i)` gives entry i's values. */
export function facetColumn(count: number, valuesOf: (index: number) => readonly string[]): FacetColumn {
  return runNow(facetColumnSteps(count, valuesOf));
}

/** `facetColumn` in steps of 1,024 entries, for `runSliced`. */
export function* facetColumnSteps(count: number, valuesOf: (index: number) => readonly string[]): Generator<void, FacetColumn> {
  const numbers = new Map<string, number>();
  const offsets = new Uint32Array(count + 1);
  const ids: number[] = [];
  // Which entry last had each value: a value listed twice by one entry counts once (cheaper than a Set per entry).
  const lastEntry: number[] = [];
  for (let i = 0; i < count; i++) {
    for (const value of valuesOf(i)) {
      let id = numbers.get(value);
      if (id === undefined) numbers.set(value, (id = numbers.size));
      if (lastEntry[id] === i) continue;
      lastEntry[id] = i;
      ids.push(id);
    }
    offsets[i + 1] = ids.length;
    if ((i & 1023) === 1023) yield;
  }
  const totals = new Uint32Array(numbers.size);
  for (const id of ids) totals[id]!++;
  return { values: [...numbers.keys()], offsets, ids: Uint32Array.from(ids), totals };
}

/**
 * `candidates` are entry indexes (already matched by the words). One pass
 * over them: an entry failing no facet is a result; failing exactly one
 * active facet, a near miss of that facet, which counts for it alone;
 * failing more, nowhere. A facet's values are counted when its counts are
 * first read (a folded group's never are): at 100,000 entries, counting
 * every facet of every result was a third of a keystroke's search.
 */
export function filterWithFacets<K extends string>(
  candidates: ArrayLike<number>,
  columns: Record<K, FacetColumn>,
  keys: readonly K[],
  filters: Partial<Record<K, readonly string[]>>,
): FacetFilterResult<K> {
  // A value the catalogue does not have (from an edited address: `?t4g-track=Call us…`) filters nothing and is not
  // shown: a key with none of its values known is not a filter at all.
  const knownOf = new Map<K, readonly string[]>();
  const known = (key: K): readonly string[] => {
    let values = knownOf.get(key);
    if (!values) knownOf.set(key, (values = (filters[key] ?? []).filter((value) => columns[key].values.includes(value))));
    return values;
  };
  const active = keys.filter((key) => known(key).length).map((key) => {
    const column = columns[key];
    const wanted = new Uint8Array(column.values.length);
    for (const value of known(key)) wanted[column.values.indexOf(value)] = 1;
    return { key, column, wanted, nearMisses: [] as number[] };
  });
  const results: number[] = [];
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c]!;
    let failing = -1;
    let failures = 0;
    for (let a = 0; a < active.length; a++) {
      const { column, wanted } = active[a]!;
      let passes = false;
      for (let at = column.offsets[i]!; at < column.offsets[i + 1]! && !passes; at++) passes = wanted[column.ids[at]!] === 1;
      if (passes) continue;
      failing = a;
      if (++failures > 1) break;
    }
    if (failures === 0) results.push(i);
    else if (failures === 1) active[failing]!.nearMisses.push(i);
  }

  let unmatched: number[] | undefined;
  /** Counts of one facet: its values over the results and its own near misses. */
  const countOf = (key: K): FacetCount[] => {
    const { values, offsets, ids, totals } = columns[key];
    const tallies = new Uint32Array(values.length);
    const size = offsets.length - 1;
    const tally = (entries: readonly number[], step: 1 | -1) => {
      for (const i of entries) for (let v = offsets[i]!; v < offsets[i + 1]!; v++) tallies[ids[v]!]! += step;
    };
    if (!active.length && results.length > size / 2) {
      // Most of the catalogue matches (the first letter typed): count what does not match and subtract it from the totals.
      tallies.set(totals);
      tally((unmatched ??= unmatchedOf(results, size)), -1);
    } else {
      tally(results, 1);
      tally(active.find((facet) => facet.key === key)?.nearMisses ?? [], 1);
    }
    const selected = known(key);
    const list: FacetCount[] = [];
    values.forEach((value, id) => {
      if (tallies[id]) list.push({ value, count: tallies[id]!, selected: selected.includes(value) });
    });
    // A selected value stays visible (so it can be unselected) even when nothing has it any more.
    for (const value of selected) if (!list.some((count) => count.value === value)) list.push({ value, count: 0, selected: true });
    return list;
  };
  const counts = {} as Record<K, FacetCount[]>;
  for (const key of keys) {
    let list: FacetCount[] | undefined;
    Object.defineProperty(counts, key, { enumerable: true, get: () => (list ??= countOf(key)) });
  }
  return {
    results,
    counts,
    // A ticked value always shows; otherwise a value some result has.
    hasValues: (key) => known(key).length > 0 || results.some((i) => columns[key].offsets[i + 1]! > columns[key].offsets[i]!),
    applied: known,
  };
}

/** The entries of 0 to `size` - 1 that are not among `results`. */
function unmatchedOf(results: readonly number[], size: number): number[] {
  const member = new Uint8Array(size);
  for (const i of results) member[i] = 1;
  const others: number[] = [];
  for (let i = 0; i < size; i++) if (!member[i]) others.push(i);
  return others;
}
