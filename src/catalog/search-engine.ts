/**
 * Where the search widgets get their search: the solution and city indexes (search.ts, cities.ts) with what only
 * they use (the text index with fuse.js, the facet columns). Here, at once: the sources, the npm build, the CLI and the
 * tests. The script-tag bundles swap this module for src/internal/search-engine.lazy.ts (vite.config.ts), which loads
 * this module built as a file of its own, `t4g-search.js`, while the catalogue downloads: no result can show before
 * the catalogue has arrived, so the first script need not carry what only searching it needs.
 */
import { cityIndex } from './cities.js';
import { prepareSolutionIndex, solutionIndex } from './search.js';

const engine = { solutionIndex, prepareSolutionIndex, cityIndex };

export type SearchEngine = typeof engine;

/** The search; in the bundles, only once `loadSearchEngine` has resolved. */
export const searchEngine = (): SearchEngine => engine;

/** Resolves once `searchEngine()` can be called. */
export const loadSearchEngine = (): Promise<SearchEngine> => Promise.resolve(engine);
