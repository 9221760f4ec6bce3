/**
 * The script-tag bundles' text index: `t4g-text-index.js`, a file of its own built from src/catalog/text-index.ts
 * (`T4G_ENTRY=text-index`, so it carries its own copy of what it uses and imports nothing), loaded from the bundle's
 * own address as the language files are. A search widget asks for it when it connects and waits for it, beside the
 * catalogue, before it shows results. Swapped in for src/catalog/text-engine.ts by vite.config.ts.
 */
import { CatalogError } from '../catalog/errors.js';
import type { TextEngine } from '../catalog/text-engine.js';
import { once } from './lazy-part.js';
import { scriptBase } from './script-base.js';

let engine: TextEngine | undefined;

export function textEngine(): TextEngine {
  if (!engine) throw new Error('Tech4Good Marketplace: t4g-text-index.js is not loaded yet (await loadTextEngine() first).');
  return engine;
}

export const loadTextEngine = once(() =>
  (import(/* @vite-ignore */ new URL('t4g-text-index.js', scriptBase).href) as Promise<TextEngine>).then(
    (loaded) => (engine = loaded),
    (error: unknown) => {
      console.warn(error);
      throw new CatalogError('network', 't4g-text-index.js could not be loaded: keep the files of dist/ together, beside the script.');
    },
  ),
);
