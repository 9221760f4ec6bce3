/**
 * A value per catalogue and language (an index), made on first use and
 * shared by every widget showing that catalogue; forgotten with the catalogue.
 */
export function perCatalogue<T>(make: (catalog: object, lang: string) => T) {
  const values = new WeakMap<object, Map<string, T>>();
  return {
    get(catalog: object, lang: string): T {
      let byLang = values.get(catalog);
      if (!byLang) values.set(catalog, (byLang = new Map()));
      if (!byLang.has(lang)) byLang.set(lang, make(catalog, lang));
      return byLang.get(lang)!;
    },
    forget(catalog: object, lang: string): void {
      values.get(catalog)?.delete(lang);
    },
  };
}
