/**
 * Where the search and the city index get their text index (text-index.ts and the fuse.js inside it). Here, at once:
 * the sources, the npm build, the CLI and the tests. The script-tag bundles swap this module for
 * src/internal/text-engine.lazy.ts (vite.config.ts), which loads it as a file beside them while the catalogue
 * downloads: no results can show before the catalogue, so the bundle need not carry what only searching it needs.
 */
import * as engine from './text-index.js';

export type TextEngine = typeof engine;

/** The text index's module; in the bundles, only once `loadTextEngine` has resolved. */
export const textEngine = (): TextEngine => engine;

/** Resolves once `textEngine()` can be called. */
export const loadTextEngine = (): Promise<TextEngine> => Promise.resolve(engine);
