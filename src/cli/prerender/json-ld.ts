/**
 * schema.org data for search engines, as JSON-LD. A solution is a `Service`:
 * the catalogue holds software, sensors, platforms and programmes alike, all
 * offered by a provider to cities, and `Service` is the type whose `provider`
 * says exactly that (`SoftwareApplication` would misname a bootcamp, and
 * `Product` speaks of brands and offers the catalogue does not have). A city
 * is a `City` with its country and, when the catalogue gives them, its
 * coordinates. The properties used, by type, are listed in
 * test/support/schema-org.ts, which checks every block the CLI writes.
 */
import { localize } from '../../catalog/localized.js';
import { entryById, trackName } from '../../catalog/names.js';
import type { City, Solution } from '../../catalog/schema.js';
import type { RenderContext } from './context.js';
import { externalHref } from './context.js';

type Json = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

const country = (code: string): Json => ({ '@type': 'PostalAddress', addressCountry: code });

/** A city as a place: name, address and where it is described; `full` adds what the catalogue says of it. */
export function cityLd(city: City, ctx: RenderContext, full = true): Json {
  const description = localize(city.summary ?? city.tagline, ctx.lang);
  const website = externalHref(city.website);
  return {
    '@type': 'City',
    name: localize(city.name, ctx.lang),
    url: ctx.ids.city(city.id),
    address: country(city.country),
    ...(full && description && { description }),
    ...(full && city.geo && { geo: { '@type': 'GeoCoordinates', latitude: city.geo.lat, longitude: city.geo.lon } }),
    ...(full && website && { sameAs: website }),
  };
}

export function solutionLd(solution: Solution, ctx: RenderContext): Json {
  const { provider } = solution;
  const providerUrl = externalHref(provider.url);
  const website = externalHref(solution.website);
  const cities = (solution.cities ?? []).flatMap((id) => {
    const city = entryById(ctx.catalog.cities, id);
    return city ? [cityLd(city, ctx, false)] : [];
  });
  return {
    '@type': 'Service',
    name: localize(solution.name, ctx.lang),
    description: localize(solution.summary, ctx.lang),
    url: ctx.ids.solution(solution.id),
    provider: {
      '@type': 'Organization',
      name: provider.name,
      ...(providerUrl && { url: providerUrl }),
      ...(provider.country && { address: country(provider.country) }),
    },
    category: solution.tracks.map((id) => trackName(ctx.catalog, id, ctx.lang, ctx.t.trackNames)),
    ...(cities.length && { areaServed: cities }),
    ...(website && { sameAs: website }),
  };
}

/** An `ItemList` of `items`, in the order shown. */
export function itemListLd(name: string, items: Json[]): Json {
  return {
    '@context': CONTEXT,
    '@type': 'ItemList',
    name,
    numberOfItems: items.length,
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, item })),
  };
}

/** One entry on its own page. */
export const withContext = (item: Json): Json => ({ '@context': CONTEXT, ...item });
