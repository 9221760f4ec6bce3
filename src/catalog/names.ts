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
 * A track's or service's name in `lang`. A track the catalogue defines itself
 * goes by the catalogue's names (the page's language, else another). An ICC
 * track (a catalogue without `tracks`, or no catalogue) goes by `builtIn`,
 * the interface's names of the ICC tracks in `lang`, else its English name.
 * The id is the last resort.
 */
export function trackName(catalog: { tracks?: readonly Track[] } | undefined, id: string, lang: string, builtIn?: Readonly<Record<string, string>>): string {
  const track = entryById(catalog?.tracks ?? ICC_TRACKS, id);
  const interfaceName = track && ICC_TRACKS.includes(track) && builtIn && Object.hasOwn(builtIn, id) ? builtIn[id] : undefined;
  return interfaceName ?? (localize(track?.name, lang) || id);
}

/**
 * The `lang` of what `trackName` shows, where it differs from `ui`, the interface's language around it: a track the
 * catalogue names itself is catalogue text (its Swedish name in an English interface is marked `sv`); an ICC track
 * named by the interface (`builtIn`) is the interface's own words.
 */
export function trackLang(catalog: { tracks?: readonly Track[]; language?: string } | undefined, id: string, lang: string, ui: string, builtIn?: Readonly<Record<string, string>>): string | undefined {
  const track = entryById(catalog?.tracks ?? ICC_TRACKS, id);
  if (!track || (ICC_TRACKS.includes(track) && builtIn && Object.hasOwn(builtIn, id))) return undefined;
  return fallbackLanguage(track.name, lang, ui, catalog?.language);
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
