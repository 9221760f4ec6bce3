/**
 * UI strings, one complete table per language (en.ts, fr.ts…), each typed
 * `Messages` so that a missing key fails to compile. English is the source of
 * the type, the fallback, and the only table inside the script-tag bundles:
 * the others (names of the ICC tracks included)
 * load on first use from files beside them (loaders.ts), and every widget
 * re-renders when one arrives. Plurals and numbers follow each table's own language (format.ts).
 */
import { en, type Messages } from './en.js';
import { formatNumber, labels, nth, plural } from './format.js';
import { loaders } from './loaders.js';

export type { Messages };
export { formatNumber, plural };

/** What a language file's table is given: it imports nothing itself (see fr.ts). */
const format = { formatNumber, labels, nth, plural };

/** The interface languages, as lower-case BCP 47 tags. */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pl', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What a language file holds: its table, made from the formatting helpers it is given (it imports nothing itself). */
export type LanguageFile = (helpers: typeof format) => Messages;

const tables = new Map<string, Messages>([['en', en]]);
const loading = new Map<string, Promise<Messages>>();
/** Languages whose file could not be loaded: English for the rest of the page's life. */
const failed = new Set<string>();
const listeners = new Set<() => void>();

const tableLanguages = new Map<string, Language>();

/** The table language for `lang`: the exact tag, else its base language (`fr-BE` → `fr`), case-insensitively, else English. */
export function tableLanguage(lang: string): Language {
  let language = tableLanguages.get(lang);
  if (!language) {
    const tag = lang.trim().toLowerCase();
    const base = tag.split(/[-_]/)[0]!;
    language = (LANGUAGES as readonly string[]).includes(tag) ? (tag as Language) : (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
    // Every card asks on every render (a profile: 0.2 ms of a 10,000-solution keystroke); a page has a handful of tags.
    if (tableLanguages.size > 64) tableLanguages.clear();
    tableLanguages.set(lang, language);
  }
  return language;
}

/**
 * The language the interface speaks on a page in `lang`: `lang` itself when a table speaks it (its base language has
 * one: `fr-BE` stays `fr-BE`, for Belgian dates and numbers) and that table is here, else English. So a Swedish page gets
 * English labels with English dates and numbers, marked `lang="en"`, never English words with Swedish numbers in a
 * sentence marked Swedish; and a German page gets the same while `t4g-de.js` loads, and for good if it cannot be loaded
 * (a site that copied only `t4g.js`): the English shown meanwhile is English, and says so (WCAG 3.1.2).
 */
export function interfaceLang(lang: string): string {
  const language = tableLanguage(lang);
  return language === 'en' ? (/^en(?:[-_]|$)/i.test(lang.trim()) ? lang : 'en') : tables.has(language) ? lang : 'en';
}

/**
 * The `lang` of the interface's own elements on a page in `lang`: English where no table speaks it or its table is not
 * here (loading, or failed), else none (they inherit it). Every render asks again, and the table's arrival re-renders.
 */
export function interfaceMark(lang: string): string | undefined {
  const ui = interfaceLang(lang);
  return ui === lang ? undefined : ui;
}

/**
 * The message table for `lang`, if loaded; English meanwhile (the load starts,
 * and `onMessagesLoaded` listeners hear when it is there).
 */
export function messages(lang: string): Messages {
  const language = tableLanguage(lang);
  const table = tables.get(language);
  if (table) return table;
  void loadMessages(language);
  return en;
}

/**
 * How long a widget waits for its language's table before it shows English (marked `lang="en"`) until the table
 * arrives: its first render out of sight (lang-controller.ts), its results (catalog-controller.ts).
 */
export const LANGUAGE_WAIT_MS = 1500;

/**
 * `lang`'s table is still to come: it has one, neither loaded nor failed. A widget's first render waits for it a
 * moment, out of sight (lang-controller.ts).
 */
export function messagesPending(lang: string): boolean {
  const language = tableLanguage(lang);
  return !tables.has(language) && !failed.has(language);
}

/**
 * Loads the table for `lang` (once); resolves with it, or English if it cannot be loaded. A file that cannot be loaded
 * is asked for once per page and said once in the console, however many widgets and renders ask again.
 */
export function loadMessages(lang: string): Promise<Messages> {
  const language = tableLanguage(lang);
  const table = tables.get(language);
  if (table) return Promise.resolve(table);
  let promise = loading.get(language);
  if (!promise) {
    promise = loaders[language as Exclude<Language, 'en'>]()
      .then((make) => make(format))
      .then((loaded) => {
        tables.set(language, loaded);
        listeners.forEach((listener) => listener());
        return loaded;
      })
      .catch((error: unknown) => {
        // A missing language file leaves the widget in English (marked so: interfaceMark) rather than broken. The
        // file is named: the usual cause is a site that copied the bundle without the files beside it.
        failed.add(language);
        console.warn(`Tech4Good Marketplace: the ${language} texts (t4g-${language}.js, beside the script) could not be loaded; showing English.`, error);
        return en;
      });
    loading.set(language, promise);
  }
  return promise;
}

/** Resolves once `lang`'s table is here (or could not be loaded), or once `LANGUAGE_WAIT_MS` have passed: the wait is over. */
export function messagesInTime(lang: string): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([loadMessages(lang), new Promise((resolve) => (timer = setTimeout(resolve, LANGUAGE_WAIT_MS)))]).finally(() => clearTimeout(timer));
}

/** Calls `listener` whenever a language table arrives; returns the unsubscribe function. */
export function onMessagesLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
