/**
 * Where the language tables other than English come from: files of their own
 * (`t4g-fr.js` …), split out of the module bundle by these imports, written
 * out one per language so that bundlers see them. The classic script swaps
 * this module for loaders.classic.ts (vite.config.ts).
 */
import type { LanguageFile } from './messages.js';

export const loaders: Record<'fr' | 'de' | 'es' | 'it' | 'pl', () => Promise<LanguageFile>> = {
  fr: () => import('./fr.js').then((module) => ({ make: module.fr, trackNames: module.trackNames })),
  de: () => import('./de.js').then((module) => ({ make: module.de, trackNames: module.trackNames })),
  es: () => import('./es.js').then((module) => ({ make: module.es, trackNames: module.trackNames })),
  it: () => import('./it.js').then((module) => ({ make: module.it, trackNames: module.trackNames })),
  pl: () => import('./pl.js').then((module) => ({ make: module.pl, trackNames: module.trackNames })),
};
