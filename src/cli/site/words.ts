/**
 * The site's own words, which are not in the widgets' tables (so not in the
 * bundle): one entry per interface language, typed so that a language added
 * to LANGUAGES (src/i18n/messages.ts) fails to compile until it has its own.
 */
import { type Language, tableLanguage } from '../../i18n/messages.js';

export interface SiteWords {
  /** The index's two sections. */
  solutions: string;
  cities: string;
  /** Before the page's own address, printed on paper. */
  thisPage: string;
}

export const SITE_WORDS: Record<Language, SiteWords> = {
  en: { solutions: 'Solutions', cities: 'Cities', thisPage: 'This page' },
  fr: { solutions: 'Solutions', cities: 'Villes', thisPage: 'Cette page' },
  de: { solutions: 'Lösungen', cities: 'Städte', thisPage: 'Diese Seite' },
  es: { solutions: 'Soluciones', cities: 'Ciudades', thisPage: 'Esta página' },
  it: { solutions: 'Soluzioni', cities: 'Città', thisPage: 'Questa pagina' },
  pl: { solutions: 'Rozwiązania', cities: 'Miasta', thisPage: 'Ta strona' },
  nl: { solutions: 'Oplossingen', cities: 'Steden', thisPage: 'Deze pagina' },
};

/**
 * The site's words for a page in `lang` (its table language's: `fr-BE` has the French ones), and `lang`, the
 * language they are written in when it is not the page's: English where no table speaks the page's language, to be
 * marked (WCAG 3.1.2), as the widgets mark their interface.
 */
export function siteWords(lang: string): { words: SiteWords; lang: string | undefined } {
  const language = tableLanguage(lang);
  // Written here for every language, whether or not the widgets' table for it is loaded (interfaceMark asks that).
  const english = language === 'en' && !/^en(?:[-_]|$)/i.test(lang.trim());
  return { words: SITE_WORDS[language], lang: english ? 'en' : undefined };
}
