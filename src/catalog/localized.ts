import type { LocalizedText } from './schema.js';

/** The entry of `text` to show for `lang`, as [tag, text]; the tag is undefined for a plain string. */
function pick(text: LocalizedText | undefined, lang: string): [string | undefined, string] {
  if (text === undefined) return [undefined, ''];
  if (typeof text === 'string') return [undefined, text];
  const entries = Object.entries(text);
  const find = (tag: string) => entries.find(([key]) => key.toLowerCase() === tag.toLowerCase());
  const base = lang.split('-')[0] ?? lang;
  return find(lang) ?? find(base) ?? find('en') ?? entries[0] ?? [undefined, ''];
}

/**
 * The text to show for `lang`: the exact tag, then its base language
 * (`fr-BE` → `fr`), then English, then the first entry. Tags compare
 * case-insensitively, as BCP 47 says they should.
 */
export function localize(text: LocalizedText | undefined, lang = 'en'): string {
  const shown = pick(text, lang)[1];
  // Strings or nothing, whatever an unvalidated object holds.
  return typeof shown === 'string' ? shown : '';
}

/**
 * The language of the text `localize` shows for `lang`, when it is not the
 * language of what surrounds it, `shownIn` (default `lang`): an English
 * summary on a French page; a Swedish one in an interface that speaks English
 * on a Swedish page. The element showing it gets this `lang`, so screen
 * readers pronounce it right (WCAG 3.1.2). Undefined when it is the language
 * around it. A plain string is in `plain`: the catalogue's `language`, else
 * (unknown) the page's.
 */
export function fallbackLanguage(text: LocalizedText | undefined, lang = 'en', shownIn = lang, plain = lang): string | undefined {
  const tag = pick(text, lang)[0] ?? (text === undefined ? undefined : plain || lang);
  if (!tag) return undefined;
  const base = (value: string) => value.toLowerCase().split('-')[0];
  return base(tag) === base(shownIn) ? undefined : tag;
}

/** Every language a text is written in (`[]` for a plain string, whose language is unknown). */
export function languagesOf(text: LocalizedText | undefined): string[] {
  return text === undefined || typeof text === 'string' ? [] : Object.keys(text);
}
