/**
 * Search over the solutions of one catalogue in one language, behind a small
 * interface: an index built once per catalogue and language; a query of words,
 * filters and sort in; ordered ids, facet counts and highlight ranges out.
 *
 * Words go through the inverted index of text-index.ts; facets through
 * numbered values (facet-filter.ts); every sort is a key per solution
 * (computed once), and only the page shown is put in order. So a keystroke
 * costs the word lookup and one pass over the matches. Large catalogues build the
 * index in slices: what browsing needs before the first page is shown
 * (`prepareSolutionIndex`), the text after it (`ready`).
 */
import { type FacetColumn, type FacetCount, facetColumnSteps, filterWithFacets } from './facet-filter.js';
import { FACET_KEYS, type FacetKey, type Filters, facetValues } from './facets.js';
import { perCatalogue } from './per-catalogue.js';
import { type SearchOutcome, appliedSort, normalizeFilters } from './query.js';
import { localize } from './localized.js';
import type { Catalog, Solution } from './schema.js';
import { firstInOrder } from './first-in-order.js';
import { runNow, runSliced, sortInSteps } from './slices.js';
import { MAX_QUERY_WORDS, type Range, TextIndex, type TextMatches, queryTerms } from './text-index.js';

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

export interface Highlights {
  name?: Range[];
  summary?: Range[];
}

export interface SearchResult extends SearchOutcome<FacetKey, SortKey> {
  /** Where the query's words are in a result's displayed name and summary (computed when asked, for the cards shown). */
  highlights(id: string): Highlights | undefined;
}

export interface SolutionIndex {
  readonly lang: string;
  /** Whether searching words is ready; browsing (no words) always is. */
  readonly textReady: boolean;
  /** Resolves when searching words is ready. */
  readonly ready: Promise<void>;
  /** Searches now; words before `ready` finish the text index first, blocking. */
  search(query: SearchQuery): SearchResult;
  /** A corrected query when a word of `text` matches nothing but is close to a word of the catalogue. */
  suggest(query: SearchQuery): string | undefined;
  solution(id: string): Solution | undefined;
}

/**
 * Fields searched, in the order the text index numbers them, with their weights, and the weight a field has when it
 * holds a query's word whole where that differs: a city named in the query ("tourism porto") counts as a name would.
 */
const FIELDS = [
  ['name', 4],
  ['tags', 2],
  ['technologies', 2],
  ['summary', 1.5],
  ['provider', 1.5],
  ['cities', 1, 4],
  ['description', 0.5],
] as const;

/** Above this many solutions the index is built in slices: the first results need no long task, the text is indexed after them. */
export const SLICED_INDEX_THRESHOLD = 500;

/** An index being built (its steps, which store it when done) or built. */
interface Building {
  steps: Iterator<unknown, SolutionIndex>;
  index?: SolutionIndex;
  prepared?: Promise<void>;
}

const indexes = /* @__PURE__ */ perCatalogue((catalog, lang): Building => {
  const entry = {} as Building;
  entry.steps = storing(entry, () => indexes.forget(catalog, lang), solutionIndexSteps(catalog as Catalog, lang, { sliced: isLarge(catalog as Catalog) }));
  return entry;
});

const building = (catalog: Catalog, lang: string): Building => indexes.get(catalog, lang);

/**
 * `steps`, storing their result in `entry` at the last step, whoever drives
 * them (runSliced or runNow) and whenever that hands the result on; on an
 * error, `forget()`, so that the next call builds again and meets the same
 * error rather than a finished, empty build.
 */
function* storing(entry: Building, forget: () => void, steps: Generator<void, SolutionIndex>): Generator<void, SolutionIndex> {
  try {
    return (entry.index = yield* steps);
  } catch (error) {
    forget();
    throw error;
  }
}

const isLarge = (catalog: Catalog) => (catalog.solutions?.length ?? 0) > SLICED_INDEX_THRESHOLD;

/** The index of `catalog` in `lang`, built on first use (finishing `prepareSolutionIndex`'s work at once) and shared by every widget showing it. */
export function solutionIndex(catalog: Catalog, lang: string): SolutionIndex {
  const entry = building(catalog, lang);
  return entry.index ?? runNow(entry.steps);
}

/**
 * Builds the index in slices that give the page back between them, so that
 * `solutionIndex` is then immediate: all of it for a small catalogue; for a
 * large one what browsing needs (names sorted, facet values numbered), its
 * text being indexed after the first results (`ready`).
 */
export function prepareSolutionIndex(catalog: Catalog, lang: string): Promise<void> {
  const entry = building(catalog, lang);
  if (entry.index) return Promise.resolve();
  return (entry.prepared ??= runSliced(entry.steps).then(() => undefined));
}

/** Builds an index now; with `sliced`, the text part builds in slices after it (see `ready`). */
export function buildSolutionIndex(catalog: Catalog, lang: string, options: { sliced?: boolean } = {}): SolutionIndex {
  return runNow(solutionIndexSteps(catalog, lang, options));
}

function* solutionIndexSteps(catalog: Catalog, lang: string, options: { sliced?: boolean }): Generator<void, SolutionIndex> {
  const solutions = catalog.solutions ?? [];
  const names: string[] = [];
  for (const solution of solutions) {
    if (names.push(localize(solution.name, lang)) % 1024 === 0) yield;
  }
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const byName = yield* sortInSteps(new Int32Array(solutions.length).map((_, i) => i), (a, b) => collator.compare(names[a]!, names[b]!));
  const nameRank = new Int32Array(solutions.length);
  const byId = new Map<string, Solution>();
  const solutionIds: string[] = [];
  for (let i = 0; i < solutions.length; i++) {
    nameRank[byName[i]!] = i;
    byId.set(solutions[i]!.id, solutions[i]!);
    solutionIds.push(solutions[i]!.id);
    if ((i & 1023) === 1023) yield;
  }
  const columns = {} as Record<FacetKey, FacetColumn>;
  for (const key of FACET_KEYS) columns[key] = yield* facetColumnSteps(solutions.length, (i) => facetValues(solutions[i]!, key));
  // Each solution's place, newest first or most deployed first, ties by name: made once, when that sort is first asked.
  const ranks: Partial<Record<SortKey, Int32Array>> = {};
  const rankIn = (sort: 'updated' | 'deployed') => {
    let rank = ranks[sort];
    if (!rank) {
      const keys = solutions.map((solution) => (sort === 'updated' ? (solution.updated ?? '') : (solution.cities?.length ?? 0)));
      rank = ranks[sort] = new Int32Array(solutions.length);
      Int32Array.from(byName)
        .sort((a, b) => (keys[a]! < keys[b]! ? 1 : keys[a]! > keys[b]! ? -1 : nameRank[a]! - nameRank[b]!))
        .forEach((solution, place) => (rank![solution] = place));
    }
    return (i: number) => rank![i]!;
  };

  const text = new TextIndex(
    FIELDS.map(([, weight]) => weight),
    FIELDS.map(([, weight, whole]) => whole ?? weight),
  );
  const cityNames = new Map((catalog.cities ?? []).map((city) => [city.id, localize(city.name, lang)]));
  function* indexText() {
    for (let i = 0; i < solutions.length; i++) {
      const solution = solutions[i]!;
      const fields = {
        name: names[i],
        tags: solution.tags,
        technologies: solution.technologies,
        summary: localize(solution.summary, lang),
        provider: solution.provider.name,
        cities: (solution.cities ?? []).map((id) => cityNames.get(id) ?? id),
        description: localize(solution.description, lang),
      };
      text.add(FIELDS.map(([field]) => fields[field]));
      yield;
    }
    yield* text.finish();
    textReady = true;
  }
  let textReady = false;
  const steps = indexText();
  let ready = Promise.resolve();
  if (options.sliced) ready = runSliced(steps);
  else yield* steps;

  function search(query: SearchQuery): SearchResult {
    const words = query.text?.trim() ? query.text : '';
    if (words && !textReady) runNow(steps);
    const matches = words ? text.search(words) : undefined;
    const filters = normalizeFilters(FACET_KEYS, query.filters);
    const candidates = matches ? matches.records : byName;
    const { results, counts, hasValues, applied } = filterWithFacets(candidates, columns, FACET_KEYS, filters);

    const sort = appliedSort(query.sort, !!matches);
    // Ordered as far as asked: a page near the top orders only the results it shows, not all of them.
    // The text index reuses its scores at the next search: a result ordered later (a page, all its ids) keeps a copy.
    const keyOf = sort === 'relevance' ? relevanceKey(matches!.scores.slice(), nameRank) : sort === 'name' ? (i: number) => nameRank[i]! : rankIn(sort);
    const slice = (start: number, end: number) => {
      const order = sort === 'name' && !matches ? results : firstInOrder(results, end, keyOf);
      const ids: string[] = [];
      for (let i = start; i < Math.min(end, order.length); i++) ids.push(solutionIds[order[i]!]!);
      return ids;
    };
    let all: string[] | undefined;
    // Computed for the cards shown, once: a card given the same ranges again does not render again.
    const shown = new Map<string, Highlights | undefined>();
    const highlights = (id: string) => (shown.has(id) ? shown.get(id) : shown.set(id, highlightsOf(matches, byId.get(id), lang)).get(id));
    return {
      get ids() {
        return (all ??= slice(0, results.length));
      },
      slice,
      total: results.length,
      facets: counts,
      hasValues,
      applied,
      highlights,
      sort,
    };
  }

  /**
   * Typos are already forgiven, so a query finds nothing mostly when a word is
   * far from every catalogue word. Each such word (not the start of a
   * catalogue word) is replaced by its nearest catalogue word; the correction
   * is offered only if it finds something under the same filters.
   */
  function suggest(query: SearchQuery): string | undefined {
    const words = (query.text ?? '').trim().split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS);
    if (!words.length) return undefined;
    if (!textReady) runNow(steps);
    let changed = false;
    const corrected = words.map((word) => {
      const correction = queryTerms(word).length === 1 ? text.correction(word) : undefined;
      if (correction) changed = true;
      return correction ?? word;
    });
    const suggestion = corrected.join(' ');
    return changed && search({ ...query, text: suggestion }).total ? suggestion : undefined;
  }

  return {
    lang,
    get textReady() {
      return textReady;
    },
    ready,
    search,
    suggest,
    solution: (id) => byId.get(id),
  };
}

/**
 * The relevance order as one key per solution, ascending: best score first, to four decimals (closer scores are the
 * same to a reader, and then the name decides), ties by name.
 */
export function relevanceKey(scores: Float32Array, nameRank: Int32Array): (i: number) => number {
  const size = nameRank.length;
  return (i) => (0xffffffff - Math.min(0xffffffff, Math.round(scores[i]! * 1e4))) * size + nameRank[i]!;
}

function highlightsOf(matches: TextMatches | undefined, solution: Solution | undefined, lang: string): Highlights | undefined {
  if (!matches || !solution) return undefined;
  const name = matches.ranges(localize(solution.name, lang));
  const summary = matches.ranges(localize(solution.summary, lang));
  if (!name.length && !summary.length) return undefined;
  return { ...(name.length && { name }), ...(summary.length && { summary }) };
}
