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
  const active = keys.filter((key) => filters[key]?.length).map((key) => {
    const column = columns[key];
    const wanted = new Uint8Array(column.values.length);
    for (const value of filters[key]!) {
      const id = column.values.indexOf(value);
      if (id >= 0) wanted[id] = 1;
    }
    return { key, column, wanted };
  });
  const tallies = keys.map((key) => new Uint32Array(columns[key].values.length));
  const offsets = keys.map((key) => columns[key].offsets);
  const ids = keys.map((key) => columns[key].ids);
  const activeAt = active.map(({ key }) => keys.indexOf(key));
  /** Adds entry i's values of facet k to its counts (`step` -1 takes them away). */
  const tally = (k: number, i: number, step = 1) => {
    const counts = tallies[k]!;
    const values = ids[k]!;
    const end = offsets[k]![i + 1]!;
    for (let v = offsets[k]![i]!; v < end; v++) counts[values[v]!]! += step;
  };
  const results: number[] = [];
  const size = keys.length ? columns[keys[0]!].offsets.length - 1 : 0;
  if (!active.length && candidates.length > size / 2) {
    // Most of the catalogue matches (the first letter typed): count what does not match and subtract it from the totals.
    const member = new Uint8Array(size);
    for (let c = 0; c < candidates.length; c++) member[candidates[c]!] = 1, results.push(candidates[c]!);
    keys.forEach((key, k) => tallies[k]!.set(columns[key].totals));
    for (let i = 0; i < size; i++) {
      if (!member[i]) for (let k = 0; k < keys.length; k++) tally(k, i, -1);
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
      failing = activeAt[a]!;
      if (++failures > 1) break;
    }
    if (failures > 1) continue;
    if (failures === 0) {
      results.push(i);
      for (let k = 0; k < keys.length; k++) tally(k, i);
    } else tally(failing, i);
  }
  const counts = {} as Record<K, FacetCount[]>;
  keys.forEach((key, k) => {
    const selected = filters[key] ?? [];
    const list: FacetCount[] = [];
    columns[key].values.forEach((value, id) => {
      if (tallies[k]![id]) list.push({ value, count: tallies[k]![id]!, selected: selected.includes(value) });
    });
    // A selected value stays visible (so it can be unselected) even when nothing has it any more.
    for (const value of selected) if (!list.some((count) => count.value === value)) list.push({ value, count: 0, selected: true });
    counts[key] = list;
  });
  return { results, counts };
}
