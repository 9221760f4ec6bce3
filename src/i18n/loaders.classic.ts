/**
 * The classic script's language tables: the same files the module bundle
 * loads (`t4g-fr.js` …, beside `t4g.iife.js` in dist/), imported on first use
 * from the script's own address. A classic script may load modules; the page
 * itself needs none. So the classic script carries English only, like the
 * module bundle, instead of all seven tables.
 */
import { besideScript } from '../internal/beside-script.js';
import type { LanguageFile } from './messages.js';

function load(language: 'fr' | 'de' | 'es' | 'it' | 'pl' | 'nl'): Promise<LanguageFile> {
  const address = besideScript(`t4g-${language}.js`);
  return import(/* @vite-ignore */ address).then((module: Record<string, unknown>) => module[language] as LanguageFile);
}

export const loaders: Record<'fr' | 'de' | 'es' | 'it' | 'pl' | 'nl', () => Promise<LanguageFile>> = {
  fr: () => load('fr'),
  de: () => load('de'),
  es: () => load('es'),
  it: () => load('it'),
  pl: () => load('pl'),
  nl: () => load('nl'),
};
