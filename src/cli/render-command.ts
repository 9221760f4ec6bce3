/** `t4g render CATALOG`: the HTML to put inside an element, printed to stdout (see USAGE in args.ts). */
import { openParam } from '../catalog/query-state.js';
import { cityName } from '../catalog/names.js';
import { quote } from '../catalog/problems.js';
import { closest } from '../catalog/key-suggestions.js';
import { interfaceLang, loadMessages } from '../i18n/messages.js';
import { readCatalog } from './catalog-input.js';
import { displayName } from './source.js';
import type { RenderArgs } from './page-args.js';
import type { Links, RenderContext } from './prerender/context.js';
import { cityCardFallback, cityDirectoryFallback, marketplaceFallback } from './prerender/fallback.js';

/**
 * Where the widgets open an entry: `?t4g-open=ID` for the marketplace (its
 * `url-prefix` and `open`), `?t4g-city=ID` for the city directory (its prefix
 * without the last hyphen); absolute against `baseUrl` when given.
 */
export function widgetLinks({ urlPrefix, cityUrlPrefix, baseUrl }: Pick<RenderArgs, 'urlPrefix' | 'cityUrlPrefix' | 'baseUrl'>): Links {
  // The page's own parameters stay, as the widgets keep them (a CMS page addressed by `?id=42`).
  const address = (param: string, id: string) => {
    if (!baseUrl) return `?${param}=${encodeURIComponent(id)}`;
    const url = new URL(baseUrl);
    url.searchParams.set(param, id);
    return url.href;
  };
  return {
    solution: (id) => address(openParam(urlPrefix), id),
    city: (id) => address(openParam(cityUrlPrefix, { openIsPrefix: true }), id),
  };
}

/** The id of `ids` nearest to `wanted`, if it is near enough to be a typo. */
export const nearest = (wanted: string, ids: readonly string[]): string | undefined => closest(wanted, ids, Math.max(2, Math.floor(wanted.length / 3)));

export async function runRender(args: RenderArgs, write: (text: string) => void, warn: (line: string) => void): Promise<number> {
  const input = readCatalog(args.catalog, warn);
  if (!input.ok) return 2;
  const links = widgetLinks(args);
  const t = await loadMessages(args.lang);
  const ctx: RenderContext = { catalog: input.catalog, lang: args.lang, t, ui: interfaceLang(args.lang), links, ids: links };
  if (args.element === 'marketplace') write(marketplaceFallback(ctx).toString());
  else if (args.element === 'city-directory') write(cityDirectoryFallback(ctx).toString());
  else {
    const city = ctx.catalog.cities.find((each) => each.id === args.city);
    if (!city) {
      const guess = nearest(args.city!, ctx.catalog.cities.map((each) => each.id));
      const hint = guess ? `; did you mean ${quote(guess)} (${quote(cityName(ctx.catalog, guess, ctx.lang), '')})?` : ctx.catalog.cities.length ? '' : '; it has no valid cities';
      warn(`${displayName(args.catalog)}: no such city ${quote(args.city!)}${hint}`);
      return 1;
    }
    write(cityCardFallback(city, ctx).toString());
  }
  return 0;
}
