/**
 * The script-tag bundles' search: `t4g-search.js`, src/catalog/search-engine.ts built as a file of its own
 * (`T4G_ENTRY=search`: it carries its own copy of the few helpers it shares with the bundle, and imports nothing),
 * loaded from the bundle's own address as the language files are. A search widget asks for it when it connects and
 * waits for it, beside its catalogue, before it shows results. Swapped in for src/catalog/search-engine.ts by
 * vite.config.ts.
 */
import { CatalogError } from '../catalog/errors.js';
import type * as Eager from '../catalog/search-engine.js';
import { once } from './lazy-part.js';
import { besideScript } from './beside-script.js';

let engine: Eager.SearchEngine | undefined;
/** Failed loads so far: a browser may remember a failed module import by its address, so a retry asks for another. */
let failures = 0;

export function searchEngine(): Eager.SearchEngine {
  if (!engine) throw new Error('Tech4Good Marketplace: t4g-search.js is not loaded yet (await loadSearchEngine() first).');
  return engine;
}

export const loadSearchEngine = once(() =>
  (import(/* @vite-ignore */ besideScript('t4g-search.js', failures ? `&retry=${failures}` : '')) as Promise<typeof Eager>).then(
    (module) => (engine = module.searchEngine()),
    (error: unknown) => {
      failures++;
      // The widget's console warning names it, with `error` as its cause.
      throw new CatalogError('network', 't4g-search.js could not be loaded: keep the files of dist/ together, beside the script.', undefined, error);
    },
  ),
);
