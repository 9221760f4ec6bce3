/**
 * Where the language tables other than English come from: files of their own
 * (`t4g-fr.js` …), split out of the module bundle by these imports, written
 * out one per language so that bundlers see them. The classic script swaps
 * this module for loaders.classic.ts (vite.config.ts).
 */
import type { LanguageFile } from './messages.js';

export const loaders: Record<'fr' | 'de' | 'es' | 'it' | 'pl' | 'nl', () => Promise<LanguageFile>> = {
  fr: () => import('./fr.js').then((module) => module.fr),
  de: () => import('./de.js').then((module) => module.de),
  es: () => import('./es.js').then((module) => module.es),
  it: () => import('./it.js').then((module) => module.it),
  pl: () => import('./pl.js').then((module) => module.pl),
  nl: () => import('./nl.js').then((module) => module.nl),
};
