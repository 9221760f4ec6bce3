/**
 * Display names in the page's language: tracks and cities by id (looked up
 * through a map built once per catalogue), countries and languages through
 * `Intl.DisplayNames` (one formatter per language and kind).
 */
import { fallbackLanguage, localize } from './localized.js';
import type { City, Solution, Track } from './schema.js';
import { ICC_TRACKS } from './tracks.js';

const byId = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/** The entry of `list` with that id (through a map made once per list). */
export function entryById<T extends { id: string }>(list: readonly T[] | undefined, id: string): T | undefined {
  if (!list) return undefined;
  let map = byId.get(list);
  if (!map) byId.set(list, (map = new Map(list.map((entry) => [entry.id, entry]))));
  return map.get(id) as T | undefined;
}

/**
 * A track's or service's name in `lang`: the catalogue's own name in that
 * language; else, for an ICC track, `builtIn`'s (the interface's names of the
 * ICC tracks in `lang`); else the catalogue's name in another language; else
 * the id. Without a catalogue, the ICC tracks.
 */
export function trackName(catalog: { tracks?: readonly Track[] } | undefined, id: string, lang: string, builtIn?: Readonly<Record<string, string>>): string {
  const name = entryById(catalog?.tracks ?? ICC_TRACKS, id)?.name;
  if (name !== undefined && !fallbackLanguage(name, lang)) return localize(name, lang) || id;
  const interfaceName = builtIn && Object.hasOwn(builtIn, id) ? builtIn[id] : undefined;
  return interfaceName ?? (localize(name, lang) || id);
}

export function cityName(catalog: { cities?: readonly City[] } | undefined, id: string, lang: string): string {
  return localize(entryById(catalog?.cities, id)?.name, lang) || id;
}

export function solutionName(catalog: { solutions?: readonly Solution[] } | undefined, id: string, lang: string): string {
  return localize(entryById(catalog?.solutions, id)?.name, lang) || id;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();
/** Names already given: the facets name every country of the catalogue at each keystroke, and `of()` is slow. */
const named = new Map<string, string>();

function displayName(type: 'region' | 'language', code: string, lang: string): string {
  const key = `${type}:${lang}`;
  const known = named.get(`${key}:${code}`);
  if (known !== undefined) return known;
  if (!displayNames.has(key)) {
    try {
      displayNames.set(key, new Intl.DisplayNames([lang, 'en'], { type }));
    } catch {
      displayNames.set(key, null);
    }
  }
  let name = code;
  try {
    name = displayNames.get(key)?.of(code) ?? code;
  } catch {
    // A code the runtime rejects stays as it is.
  }
  if (named.size < 10_000) named.set(`${key}:${code}`, name);
  return name;
}

/** A country's name in `lang` (`FI` → "Finland", "Finlande"); the code when the runtime does not know it. */
export function countryName(code: string, lang: string): string {
  return displayName('region', code, lang);
}

/** A language's name in `lang` (`fr` → "French", "français"). */
export function languageName(tag: string, lang: string): string {
  return displayName('language', tag, lang);
}
