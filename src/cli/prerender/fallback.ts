/**
 * What goes inside an element as its light DOM, for readers without
 * JavaScript and for crawlers: plain semantic HTML (classes `t4g-fallback…`
 * for the host page's CSS) and a schema.org block. The elements' shadow roots
 * have no default slot, so once they upgrade none of it is rendered.
 */
import { cityIndex } from '../../catalog/cities.js';
import { fallbackLanguage, localize } from '../../catalog/localized.js';
import type { City } from '../../catalog/schema.js';
import { solutionIndex } from '../../catalog/search.js';
import { cityDetail, cityItem } from './city-html.js';
import { type RenderContext, heading, interfaceLangAttribute } from './context.js';
import { type Html, html, jsonLdScript } from './html.js';
import { cityLd, itemListLd, solutionLd, withContext } from './json-ld.js';
import { solutionItem } from './solution-html.js';

/** The solutions in the marketplace's first order (by name, in the language shown). */
export const solutionsInOrder = (ctx: RenderContext) => {
  const index = solutionIndex(ctx.catalog, ctx.lang);
  return index.search({}).ids.map((id) => index.solution(id)!);
};

/** The cities in the directory's first order (by name). */
export const citiesInOrder = (ctx: RenderContext): City[] => {
  const index = cityIndex(ctx.catalog, ctx.lang);
  return index.search({}).ids.map((id) => index.city(id)!);
};

/** The heading the widgets show by default: the catalogue's title, else the count. */
export const defaultHeading = (ctx: RenderContext, count: string): string => localize(ctx.catalog.title, ctx.lang) || count;

/** The language of the catalogue's title when it is shown in another than the interface's (as the widgets mark it); none for the count. */
const titleLang = (ctx: RenderContext): string | undefined =>
  localize(ctx.catalog.title, ctx.lang) ? fallbackLanguage(ctx.catalog.title, ctx.lang, ctx.ui, ctx.catalog.language) : undefined;

export interface FallbackOptions {
  /** The list's heading (default: the catalogue's title, as the widget's). */
  heading?: string;
  /** The language of `heading` when it is not the page's. */
  headingLang?: string;
  /** Its level: 2 by default, as the widgets' `heading-level`; the entries go one below. */
  level?: number;
}

/** A heading, the count and the entries as a list, with their schema.org `ItemList`. */
function listFallback<T>(kind: string, entries: readonly T[], count: string, ctx: RenderContext, options: FallbackOptions, item: (entry: T, level: number) => Html, ld: (entry: T) => Record<string, unknown>): Html {
  const title = options.heading ?? defaultHeading(ctx, count);
  const level = options.level ?? 2;
  // A given heading is in `headingLang` (default: the page's), marked where that is not the interface's.
  const headingLang = options.heading === undefined ? titleLang(ctx) : fallbackLanguage(title, ctx.lang, ctx.ui, options.headingLang ?? ctx.lang);
  return html`<div class="t4g-fallback t4g-fallback-${kind}"${interfaceLangAttribute(ctx)}>
${heading(level, title, undefined, headingLang)}
${title === count ? undefined : html`<p class="t4g-fallback-count">${count}</p>`}
<ul class="t4g-fallback-list">
${entries.map((entry) => item(entry, level + 1))}</ul>
${jsonLdScript(itemListLd(title, entries.map(ld)))}
</div>
`;
}

export function marketplaceFallback(ctx: RenderContext, options: FallbackOptions = {}): Html {
  const solutions = solutionsInOrder(ctx);
  return listFallback('marketplace', solutions, ctx.t.solutions(solutions.length), ctx, options, (solution, level) => solutionItem(solution, ctx, level), (solution) => solutionLd(solution, ctx));
}

export function cityDirectoryFallback(ctx: RenderContext, options: FallbackOptions = {}): Html {
  const cities = citiesInOrder(ctx);
  return listFallback('city-directory', cities, ctx.t.cities(cities.length), ctx, options, (city, level) => cityItem(city, ctx, level), (city) => cityLd(city, ctx));
}

/** One city's full profile, as `<t4g-city-card variant="full">` shows it (its name at level 3 by default, as the card's). */
export function cityCardFallback(city: City, ctx: RenderContext, options: FallbackOptions = {}): Html {
  return html`<div class="t4g-fallback t4g-fallback-city-card">
${cityDetail(city, ctx, options.level ?? 3)}${jsonLdScript(withContext(cityLd(city, ctx)))}
</div>
`;
}
