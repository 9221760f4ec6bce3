/**
 * UI strings, one complete table per language (en.ts, fr.ts…), each typed
 * `Messages` so that a missing key fails to compile. English is the source of
 * the type and the fallback for languages without a table. Plurals and
 * numbers follow each table's own language (format.ts).
 */
import { de } from './de.js';
import { en, type Messages } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { pl } from './pl.js';

export type { Messages };
export { formatNumber, plural } from './format.js';

/** The interface languages, as lower-case BCP 47 tags. */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pl'] as const;

const tables = new Map<string, Messages>([['en', en], ['fr', fr], ['de', de], ['es', es], ['it', it], ['pl', pl]]);

/**
 * The message table for `lang`: the exact tag, else its base language
 * (`fr-BE` → `fr`), case-insensitively, else English.
 */
export function messages(lang: string): Messages {
  const tag = lang.trim().toLowerCase();
  return tables.get(tag) ?? tables.get(tag.split(/[-_]/)[0]!) ?? en;
}
