/**
 * The marketplace's facets: what values each solution has for each, and how a
 * value is named on screen. Pure data; the widget only renders these.
 */
import { cityName, countryName, trackName } from './names.js';
import type { Catalog, Solution } from './schema.js';

export { countryName };

export const FACET_KEYS = ['track', 'technology', 'trl', 'sdg', 'pricing', 'providerType', 'providerCountry', 'city'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Selected values per facet: OR within a facet, AND across facets. */
export type Filters = Partial<Record<FacetKey, readonly (string | number)[]>>;

/** Technology readiness levels grouped as research, development and deployment. */
export const TRL_BANDS = ['1-3', '4-6', '7-9'] as const;

export function trlBand(trl: number): string {
  return trl <= 3 ? '1-3' : trl <= 6 ? '4-6' : '7-9';
}

/** The values a solution has for a facet, as strings (filters compare strings). */
export function facetValues(solution: Solution, key: FacetKey): string[] {
  switch (key) {
    case 'track': return solution.tracks;
    case 'technology': return solution.technologies ?? [];
    case 'trl': return solution.trl === undefined ? [] : [trlBand(solution.trl)];
    case 'sdg': return (solution.sdgs ?? []).map(String);
    case 'pricing': return solution.pricing ? [solution.pricing] : [];
    case 'providerType': return solution.provider.type ? [solution.provider.type] : [];
    case 'providerCountry': return solution.provider.country ? [solution.provider.country] : [];
    case 'city': return solution.cities ?? [];
  }
}

/** Parses the `facets` attribute ("track, trl city"): known keys in the order given. */
export function parseFacetList(attribute: string | null | undefined): FacetKey[] {
  if (!attribute?.trim()) return [...FACET_KEYS];
  const wanted = attribute.split(/[\s,]+/).filter((key): key is FacetKey => (FACET_KEYS as readonly string[]).includes(key));
  return [...new Set(wanted)];
}

/**
 * How a facet value reads on screen. Needs the catalogue (track and city
 * names, in the page's language `lang`) and `Intl.DisplayNames` for
 * countries, in the interface's language `ui` (English where no table speaks
 * the page's; default `lang`).
 */
export function facetValueLabel(catalog: Pick<Catalog, 'tracks' | 'cities'>, key: FacetKey, value: string, lang: string, labels: FacetValueLabels, ui = lang): string {
  switch (key) {
    case 'track': return trackName(catalog, value, lang, labels.trackNames);
    case 'city': return cityName(catalog, value, lang);
    case 'providerCountry': return countryName(value, ui);
    case 'trl': return labels.trlBand(value);
    // A goal from 1 to 17; anything else (a URL's `sdg=valueOf`) reads as written.
    case 'sdg': return /^([1-9]|1[0-7])$/.test(value) ? labels.sdg(Number(value)) : value;
    case 'pricing': return labels.pricing[value as keyof FacetValueLabels['pricing']] ?? value;
    case 'providerType': return labels.providerType[value as keyof FacetValueLabels['providerType']] ?? value;
    default: return value;
  }
}

/** The UI strings facetValueLabel needs, from the widget's message table. */
export interface FacetValueLabels {
  trlBand(band: string): string;
  sdg(goal: number): string;
  pricing: Record<string, string>;
  providerType: Record<string, string>;
  /** The ICC tracks' names in the interface's language. */
  trackNames: Readonly<Record<string, string>>;
}
