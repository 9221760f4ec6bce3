/**
 * What every message table shares: plurals through `Intl.PluralRules`,
 * numbers through `Intl.NumberFormat`, both in the table's own language
 * (one formatter per language, made on first use), and the typed label
 * tables. The tables themselves hold only words.
 */

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, { format: Intl.NumberFormat; written: Map<number, string> }>();

/** `n` written the way `lang` writes numbers: "1,234" in English, "1 234" (narrow no-break space) in French. */
export function formatNumber(lang: string, n: number): string {
  let entry = numberFormats.get(lang);
  if (!entry) numberFormats.set(lang, (entry = { format: new Intl.NumberFormat(lang), written: new Map() }));
  // Every keystroke writes hundreds of facet counts, mostly the same ones: formatting each costs microseconds, a lookup nothing.
  let text = entry.written.get(n);
  if (text === undefined) {
    if (entry.written.size > 10_000) entry.written.clear();
    entry.written.set(n, (text = entry.format.format(n)));
  }
  return text;
}

/**
 * The form of `forms` that `lang` uses for `count` (`one`, `few`, `many`…,
 * else `other`), with `#` replaced by the count formatted for `lang`:
 * `plural('pl', 5, { one: '# miasto', few: '# miasta', many: '# miast', other: '# miasta' })` → "5 miast".
 */
export function plural(lang: string, count: number, forms: PluralForms): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const form = forms[rules.select(count)] ?? forms.other;
  return form.replaceAll('#', formatNumber(lang, count));
}

/**
 * Labels by key (sort orders, facets, roles…). Every language must name the
 * same keys (the type checks it), and any string still indexes the table, so
 * a value the catalogue has but the table lacks reads as `undefined`.
 */
export type Labels<K extends string> = Record<K, string> & Record<string, string>;

/**
 * Types an object literal as the `Labels` of its own keys, in a table with no
 * prototype: keys come from catalogues and URLs, and `constructor` or
 * `toString` must find nothing rather than Object's own functions.
 */
export const labels = <T extends Record<string, string>>(table: T): Labels<Extract<keyof T, string>> => Object.assign(Object.create(null), table);

/** The `n`th name of a numbered list (SDG 1–17, TRL 1–9); empty when out of range. */
export const nth = (list: readonly string[], n: number): string => list[n - 1] ?? '';
