/**
 * Words against records, for the solution and city indexes: every word of the
 * query must match somewhere in the record (any field, any order), each word
 * typo-tolerant and accent-insensitive through fuse.js.
 *
 * fuse.js's basic build does the matching (its token mode would do the AND
 * itself, but costs 1.6 KB gzip more of the script-tag budget): one search per
 * word, intersected here, scores added. This runs record by record; the
 * search-at-scale work replaces it behind the same function.
 */
import Fuse from 'fuse.js/basic';

/** A half-open range [start, end) of characters in a field. */
export type Range = readonly [number, number];

export interface WordMatch {
  /** The record's index. */
  index: number;
  /** Lower is better: the sum of each word's fuse.js score. */
  score: number;
  /** Where the words matched, per field (only for the fields asked for). */
  ranges: Map<string, Range[]>;
}

export interface WordKey {
  name: string;
  weight: number;
}

/** Lower case without accents, as fuse.js compares with `ignoreDiacritics`. */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** Splits a query into distinct words. */
export function queryWords(text: string): string[] {
  return [...new Set(text.toLowerCase().split(/\s+/).filter(Boolean))];
}

/**
 * A matcher over `records`. `rangeKeys` are the fields whose match positions
 * are wanted (for highlighting); `undefined` from the matcher means no words.
 */
export function wordMatcher<T>(records: readonly T[], keys: readonly WordKey[], rangeKeys: readonly string[] = []) {
  const fuse = new Fuse(records, {
    keys: [...keys],
    includeScore: true,
    includeMatches: rangeKeys.length > 0,
    ignoreDiacritics: true,
    ignoreLocation: true,
    threshold: 0.35,
    minMatchCharLength: 2,
  });
  // A single letter is too short for fuzzy matching: it matches words that start with it (the first keystroke).
  let texts: string[] | undefined;
  const startingWith = (letter: string) => {
    texts ??= records.map((record) => fold(keys.map((key) => String((record as Record<string, unknown>)[key.name] ?? '')).join(' ')));
    const start = new RegExp(`(^|[^\\p{L}\\p{N}])${letter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
    return texts.flatMap((text, refIndex) => (start.test(text) ? [{ refIndex, score: 1, matches: [] }] : []));
  };
  return (text: string): WordMatch[] | undefined => {
    const words = queryWords(text);
    if (!words.length) return undefined;
    let found: Map<number, WordMatch> | undefined;
    for (const word of words) {
      const next = new Map<number, WordMatch>();
      const results = [...word].length === 1 ? startingWith(fold(word)) : fuse.search(word);
      for (const result of results) {
        const previous = found ? found.get(result.refIndex) : { index: result.refIndex, score: 0, ranges: new Map() };
        if (!previous) continue;
        const ranges = new Map(previous.ranges);
        for (const match of result.matches ?? []) {
          if (!match.key || !rangeKeys.includes(match.key)) continue;
          ranges.set(match.key, [...(ranges.get(match.key) ?? []), ...match.indices.map(([start, end]): Range => [start, end + 1])]);
        }
        next.set(result.refIndex, { index: result.refIndex, score: previous.score + (result.score ?? 0), ranges });
      }
      found = next;
      if (!found.size) break;
    }
    return [...found!.values()].sort((a, b) => a.score - b.score);
  };
}
