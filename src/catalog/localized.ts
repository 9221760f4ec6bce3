import type { LocalizedText } from './schema.js';

/**
 * The text to show for `lang`: the exact tag, then its base language
 * (`fr-BE` → `fr`), then English, then the first entry. Tags compare
 * case-insensitively, as BCP 47 says they should.
 */
export function localize(text: LocalizedText | undefined, lang = 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const entries = Object.entries(text);
  const find = (tag: string) => entries.find(([key]) => key.toLowerCase() === tag.toLowerCase())?.[1];
  const base = lang.split('-')[0] ?? lang;
  return find(lang) ?? find(base) ?? find('en') ?? entries[0]?.[1] ?? '';
}

/** Every language a text is written in (`[]` for a plain string, whose language is unknown). */
export function languagesOf(text: LocalizedText | undefined): string[] {
  return text === undefined || typeof text === 'string' ? [] : Object.keys(text);
}
