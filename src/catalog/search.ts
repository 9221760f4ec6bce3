/**
 * Search over the solutions of one catalogue in one language, behind a small
 * interface: an index built once per catalogue and language; a query of words,
 * filters and sort in; ordered ids, facet counts and highlight ranges out.
 *
 * Words match through word-match.ts (every word somewhere in the record, each
 * typo-tolerant). It runs record by record, which is fine for hundreds of
 * solutions; the search-at-scale issue replaces the internals of
 * `buildSolutionIndex` without changing this interface.
 */
import { type Range, type WordMatch, fold, wordMatcher } from './word-match.js';
import { FACET_KEYS, type FacetKey, type Filters, facetValues, normalizeFilters } from './facets.js';
import { type FacetCount, filterWithFacets } from './facet-filter.js';
import { localize } from './localized.js';
import { editDistance } from './problems.js';
import type { Catalog, Solution } from './schema.js';

export type { FacetCount };

export const SORT_KEYS = ['relevance', 'name', 'updated', 'deployed'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface SearchQuery {
  text?: string;
  filters?: Filters;
  /** Default: relevance when there is text, else name. Relevance without text sorts by name. */
  sort?: SortKey;
}

export type { Range };

export interface SearchResult {
  /** Matching solution ids in result order (all pages). */
  ids: string[];
  total: number;
  /** Values of every facet present in the catalogue, in first-seen order (the view sorts them). */
  facets: Record<FacetKey, FacetCount[]>;
  /** Ranges of the query's words in the displayed name and summary. */
  highlights: Map<string, { name?: Range[]; summary?: Range[] }>;
  /** The sort actually applied. */
  sort: SortKey;
}

export interface SolutionIndex {
  readonly lang: string;
  search(query: SearchQuery): SearchResult;
  /** A corrected query when a word of `text` matches nothing but is close to a word of the catalogue. */
  suggest(query: SearchQuery): string | undefined;
  solution(id: string): Solution | undefined;
}

interface SearchRecord {
  name: string;
  summary: string;
  description: string;
  tags: string[];
  technologies: string[];
  provider: string;
  cities: string[];
}

const KEYS = [
  { name: 'name', weight: 4 },
  { name: 'tags', weight: 2 },
  { name: 'technologies', weight: 2 },
  { name: 'summary', weight: 1.5 },
  { name: 'provider', weight: 1.5 },
  { name: 'cities', weight: 1 },
  { name: 'description', weight: 0.5 },
];


const indexes = new WeakMap<object, Map<string, SolutionIndex>>();

/** The index of `catalog` in `lang`, built on first use and shared by every widget showing it. */
export function solutionIndex(catalog: Catalog, lang: string): SolutionIndex {
  let byLang = indexes.get(catalog);
  if (!byLang) indexes.set(catalog, (byLang = new Map()));
  let index = byLang.get(lang);
  if (!index) byLang.set(lang, (index = buildSolutionIndex(catalog, lang)));
  return index;
}

export function buildSolutionIndex(catalog: Catalog, lang: string): SolutionIndex {
  const solutions = catalog.solutions ?? [];
  const cityNames = new Map((catalog.cities ?? []).map((city) => [city.id, localize(city.name, lang)]));
  const records: SearchRecord[] = solutions.map((solution) => ({
    name: localize(solution.name, lang),
    summary: localize(solution.summary, lang),
    description: localize(solution.description, lang),
    tags: solution.tags ?? [],
    technologies: solution.technologies ?? [],
    provider: solution.provider.name,
    cities: (solution.cities ?? []).map((id) => cityNames.get(id) ?? id),
  }));
  const match = wordMatcher(records, KEYS, ['name', 'summary']);
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const byName = solutions.map((_, i) => i).sort((a, b) => collator.compare(records[a]!.name, records[b]!.name));
  const nameRank = new Int32Array(solutions.length);
  byName.forEach((solutionIndex, rank) => (nameRank[solutionIndex] = rank));
  const facetValuesOf = solutions.map((solution) => Object.fromEntries(FACET_KEYS.map((key) => [key, facetValues(solution, key)])) as Record<FacetKey, string[]>);
  const byId = new Map(solutions.map((solution) => [solution.id, solution]));
  let vocabulary: string[] | undefined;

  const textMatches = (text: string) => match(text);

  function search(query: SearchQuery): SearchResult {
    const matches = textMatches(query.text ?? '');
    const filters = normalizeFilters(query.filters);
    const candidates = matches ? matches.map((found) => found.index) : byName;
    const { results, counts } = filterWithFacets(candidates, (i) => facetValuesOf[i]!, FACET_KEYS, filters);

    const sort: SortKey = query.sort && (query.sort !== 'relevance' || matches) ? query.sort : matches ? 'relevance' : 'name';
    if (sort === 'name' && matches) results.sort((a, b) => nameRank[a]! - nameRank[b]!);
    if (sort === 'updated') results.sort((a, b) => (solutions[b]!.updated ?? '').localeCompare(solutions[a]!.updated ?? '') || nameRank[a]! - nameRank[b]!);
    if (sort === 'deployed') results.sort((a, b) => (solutions[b]!.cities?.length ?? 0) - (solutions[a]!.cities?.length ?? 0) || nameRank[a]! - nameRank[b]!);

    return {
      ids: results.map((i) => solutions[i]!.id),
      total: results.length,
      facets: counts,
      highlights: highlightsOf(matches, solutions),
      sort,
    };
  }

  /**
   * fuse.js already forgives most typos, so a query finds nothing mostly when a
   * word is far from every catalogue word. Each such word (not the start of a
   * catalogue word) is replaced by its nearest catalogue word; the correction
   * is offered only if it finds something under the same filters.
   */
  function suggest(query: SearchQuery): string | undefined {
    const words = (query.text ?? '').trim().split(/\s+/).filter(Boolean);
    if (!words.length) return undefined;
    const known = (vocabulary ??= vocabularyOf(records));
    let changed = false;
    const corrected = words.map((word) => {
      const folded = fold(word);
      if (known.some((term) => term.startsWith(folded))) return word;
      // A likely typo is a few edits from a catalogue word: two for short words, more for long ones.
      let best: string | undefined;
      let bestDistance = Math.max(2, Math.floor(folded.length * 0.34)) + 1;
      for (const term of known) {
        if (Math.abs(term.length - folded.length) >= bestDistance) continue;
        const distance = editDistance(folded, term);
        if (distance < bestDistance) [best, bestDistance] = [term, distance];
      }
      if (!best) return word;
      changed = true;
      return best;
    });
    const suggestion = corrected.join(' ');
    return changed && search({ ...query, text: suggestion }).total ? suggestion : undefined;
  }

  return { lang, search, suggest, solution: (id) => byId.get(id) };
}

/** Where the words matched in each solution's displayed name and summary. */
function highlightsOf(matches: WordMatch[] | undefined, solutions: readonly Solution[]): SearchResult['highlights'] {
  const out: SearchResult['highlights'] = new Map();
  for (const match of matches ?? []) {
    const name = match.ranges.get('name');
    const summary = match.ranges.get('summary');
    if (name || summary) out.set(solutions[match.index]!.id, { ...(name && { name }), ...(summary && { summary }) });
  }
  return out;
}

/** Words worth suggesting: from names, tags, technologies, providers, cities and summaries. */
function vocabularyOf(records: readonly SearchRecord[]): string[] {
  const words = new Set<string>();
  for (const record of records) {
    const texts = [record.name, record.summary, record.provider, ...record.tags, ...record.technologies, ...record.cities];
    for (const text of texts) for (const word of fold(text).match(/[\p{L}\p{N}]{3,}/gu) ?? []) words.add(word);
  }
  return [...words];
}

/** Splits `text` into plain and marked pieces; the view renders each as a text node or `<mark>`. */
export function splitByRanges(text: string, ranges: readonly Range[] = []): { text: string; marked: boolean }[] {
  const sorted = [...ranges].filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) pieces.push({ text: text.slice(at, from), marked: false });
    pieces.push({ text: text.slice(from, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
