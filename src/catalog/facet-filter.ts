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
  /** Values of every facet, in first-seen order (the view sorts them). */
  counts: Record<K, FacetCount[]>;
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
 * Every facet's values of each entry in one list, numbered across facets (facet
 * k's value v is `first[k] + v`), so that counting an entry in every facet is
 * one short loop rather than one per facet: the counting pass is most of a
 * keystroke's search when thousands of entries match.
 */
interface AllFacets {
  keys: readonly string[];
  first: Uint32Array;
  offsets: Uint32Array;
  ids: Uint32Array;
  totals: Uint32Array;
}

const allFacetsOf = new WeakMap<object, AllFacets>();

/** Builds (in steps of 1,024 entries) and remembers the joined list of `columns` for `keys`; `filterWithFacets` then finds it ready. */
export function* joinFacetColumnsSteps<K extends string>(columns: Record<K, FacetColumn>, keys: readonly K[]): Generator<void, void> {
  const cached = allFacetsOf.get(columns);
  if (cached && sameKeys(cached.keys, keys)) return;
  const list = keys.map((key) => columns[key]);
  const first = new Uint32Array(keys.length + 1);
  list.forEach((column, k) => (first[k + 1] = first[k]! + column.values.length));
  const size = list.length ? list[0]!.offsets.length - 1 : 0;
  const offsets = new Uint32Array(size + 1);
  const ids = new Uint32Array(list.reduce((sum, column) => sum + column.ids.length, 0));
  let at = 0;
  for (let i = 0; i < size; i++) {
    for (let k = 0; k < list.length; k++) {
      const column = list[k]!;
      for (let v = column.offsets[i]!; v < column.offsets[i + 1]!; v++) ids[at++] = first[k]! + column.ids[v]!;
    }
    offsets[i + 1] = at;
    if ((i & 1023) === 1023) yield;
  }
  const totals = new Uint32Array(first[keys.length]!);
  list.forEach((column, k) => totals.set(column.totals, first[k]));
  allFacetsOf.set(columns, { keys: [...keys], first, offsets, ids, totals });
}

const sameKeys = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((key, i) => key === b[i]);

function allFacets<K extends string>(columns: Record<K, FacetColumn>, keys: readonly K[]): AllFacets {
  const cached = allFacetsOf.get(columns);
  // Ready at every keystroke (the index joins them while it prepares): no generator to start.
  if (cached && sameKeys(cached.keys, keys)) return cached;
  runNow(joinFacetColumnsSteps(columns, keys));
  return allFacetsOf.get(columns)!;
}

/**
 * `candidates` are entry indexes (already matched by the words). One pass
 * over them: an entry failing no facet is a result and counts everywhere;
 * failing exactly one, it counts for that facet only; failing more, nowhere.
 */
export function filterWithFacets<K extends string>(
  candidates: ArrayLike<number>,
  columns: Record<K, FacetColumn>,
  keys: readonly K[],
  filters: Partial<Record<K, readonly string[]>>,
): FacetFilterResult<K> {
  const all = allFacets(columns, keys);
  const { first, offsets, ids } = all;
  // A value the catalogue does not have (from an edited address: `?t4g-track=Call us…`) filters nothing and is not
  // shown: a key with none of its values known is not a filter at all.
  const known = (key: K) => (filters[key] ?? []).filter((value) => columns[key].values.includes(value));
  const active = keys.filter((key) => known(key).length).map((key) => {
    const column = columns[key];
    const wanted = new Uint8Array(column.values.length);
    for (const value of known(key)) wanted[column.values.indexOf(value)] = 1;
    return { column, wanted, at: keys.indexOf(key) };
  });
  const tallies = new Uint32Array(all.totals.length);
  const results: number[] = [];
  const size = offsets.length - 1;
  if (!active.length && candidates.length > size / 2) {
    // Most of the catalogue matches (the first letter typed): count what does not match and subtract it from the totals.
    const member = new Uint8Array(size);
    for (let c = 0; c < candidates.length; c++) member[candidates[c]!] = 1, results.push(candidates[c]!);
    tallies.set(all.totals);
    for (let i = 0; i < size; i++) {
      if (!member[i]) for (let v = offsets[i]!; v < offsets[i + 1]!; v++) tallies[ids[v]!]!--;
    }
  } else for (let c = 0; c < candidates.length; c++) {
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
    if (failures > 1) continue;
    if (failures === 0) {
      results.push(i);
      for (let v = offsets[i]!; v < offsets[i + 1]!; v++) tallies[ids[v]!]!++;
    } else {
      // Counts only for the facet it fails.
      const { column, at } = active[failing]!;
      for (let v = column.offsets[i]!; v < column.offsets[i + 1]!; v++) tallies[first[at]! + column.ids[v]!]!++;
    }
  }
  const counts = {} as Record<K, FacetCount[]>;
  keys.forEach((key, k) => {
    const selected = known(key);
    const list: FacetCount[] = [];
    columns[key].values.forEach((value, id) => {
      const count = tallies[first[k]! + id]!;
      if (count) list.push({ value, count, selected: selected.includes(value) });
    });
    // A selected value stays visible (so it can be unselected) even when nothing has it any more.
    for (const value of selected) if (!list.some((count) => count.value === value)) list.push({ value, count: 0, selected: true });
    counts[key] = list;
  });
  return { results, counts };
}
