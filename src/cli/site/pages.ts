/**
 * The pages of a site in one language: the index (the marketplace and the
 * city directory, each with its prerendered list inside, taken over by the
 * widgets once t4g.js runs), and a static page per solution and per city
 * with everything the widgets' detail shows, linked to each other.
 */
import { posix } from 'node:path';
import { fallbackLanguage, localize } from '../../catalog/localized.js';
import { countryName, languageName } from '../../catalog/names.js';
import type { City, Solution } from '../../catalog/schema.js';
import { type Messages, interfaceLang, messages } from '../../i18n/messages.js';
import type { ValidatedCatalog } from '../../catalog/validation.js';
import { cityDetail } from '../prerender/city-html.js';
import { type Links, type RenderContext, webImage } from '../prerender/context.js';
import { type FallbackOptions, cityDirectoryFallback, marketplaceFallback } from '../prerender/fallback.js';
import { type Html, element, html, jsonLdScript } from '../prerender/html.js';
import { cityLd, solutionLd, withContext } from '../prerender/json-ld.js';
import { solutionDetail } from '../prerender/solution-html.js';
import { type Page, type PageWords, pageDocument } from './document.js';
import { type PageKind, type Site, absoluteUrl, pagePath, relativeHref } from './layout.js';
import { siteWords } from './words.js';

export interface WrittenPage {
  path: string;
  html: string;
  /** For the sitemap. */
  updated?: string;
}

/** The site's words around a page's content in `lang` (some are the widgets', in `t`). */
function pageWords(lang: string, t: Messages): PageWords {
  const { words, lang: wordsLang } = siteWords(lang);
  return { languages: t.languages, thisPage: `${words.thisPage}${t.colon.trimEnd()}`, lang: wordsLang };
}

/** Where the language chooser is, with several languages (languageChooser). */
const CHOOSER = 'index.html';

/** The catalogue's name for the site (its title, else the product's). */
const siteName = (catalog: ValidatedCatalog['catalog'], lang: string) => localize(catalog.title, lang) || 'Tech4Good Marketplace';

/** A relative image address (as copied into the site) from the page at `from`; undefined if it leaves the site or has a scheme. */
function siteImage(src: string, from: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\//i.test(src)) return undefined;
  const inSite = posix.normalize(src.split('?')[0]!);
  return inSite.startsWith('../') || inSite === '..' ? undefined : relativeHref(from, inSite);
}

/** The context for the page at `from`: links relative to it, schema.org addresses absolute with --base-url. */
function contextFor(site: Site, catalog: ValidatedCatalog['catalog'], lang: string, t: Messages, from: string): RenderContext {
  const to = (kind: PageKind) => (id: string) => relativeHref(from, pagePath(site, lang, kind, id));
  const links: Links = { solution: to('solution'), city: to('city') };
  const address = (kind: PageKind) => (id: string) => absoluteUrl(site, pagePath(site, lang, kind, id)) ?? links[kind === 'solution' ? 'solution' : 'city'](id);
  // Images the catalogue names relative to itself were copied to the same place in the site (assets.ts).
  const image = (src: string) => webImage(src) ?? siteImage(src, from);
  return { catalog, lang, t, ui: interfaceLang(lang), links, ids: { solution: address('solution'), city: address('city') }, image };
}

export function languagePages(site: Site, catalog: ValidatedCatalog['catalog'], lang: string, t: Messages): WrittenPage[] {
  const name = siteName(catalog, lang);
  const alternates = (kind: PageKind, id?: string) => site.langs.map((other) => ({ lang: other, path: pagePath(site, other, kind, id) }));
  const home = { path: pagePath(site, lang, 'index'), label: localizedName(catalog, lang) };
  const words = pageWords(lang, t);
  const page = (kind: PageKind, id: string | undefined, parts: Pick<Page, 'title' | 'description' | 'data' | 'main'>): WrittenPage => {
    const path = pagePath(site, lang, kind, id);
    // The indexes' x-default is the language chooser (with one language there is neither).
    const xDefault = kind === 'index' && site.langs.length > 1 ? { xDefault: CHOOSER } : {};
    return { path, html: pageDocument({ site, lang, path, words, alternates: alternates(kind, id), ...xDefault, widgets: kind === 'index', ...(kind !== 'index' && { home }), ...parts }) };
  };

  const indexPath = pagePath(site, lang, 'index');
  const index = indexPage(contextFor(site, catalog, lang, t, indexPath), indexPath, name);
  const solutions = catalog.solutions.map((solution) => {
    const ctx = contextFor(site, catalog, lang, t, pagePath(site, lang, 'solution', solution.id));
    return { ...page('solution', solution.id, solutionParts(solution, ctx, name)), ...(solution.updated && { updated: solution.updated }) };
  });
  const cities = catalog.cities.map((city) => page('city', city.id, cityParts(city, contextFor(site, catalog, lang, t, pagePath(site, lang, 'city', city.id)), name)));
  return [page('index', undefined, index), ...solutions, ...cities];
}

/** The language of the catalogue's title when it is shown in another than `lang` (none for the product's name, the default). */
const titleLang = (catalog: ValidatedCatalog['catalog'], lang: string): string | undefined => (localize(catalog.title, lang) ? fallbackLanguage(catalog.title, lang, lang, catalog.language) : undefined);

/** The catalogue's name, with its own `lang` when the title is in another language than the page's. */
const localizedName = (catalog: ValidatedCatalog['catalog'], lang: string): Html => element('span', { lang: titleLang(catalog, lang) }, siteName(catalog, lang));

/**
 * A widget of the index with its prerendered list, under `heading` (one of the site's words, in `headingLang` when
 * that is not the page's). In the page's language the widget takes it as its `heading`; in another (no table speaks
 * the page's language: English), which the widget would mark as the page's, as a child in its `heading` slot, with
 * its own `lang` (hidden until the widget is defined: the list's own heading shows it until then).
 */
function widget(tag: string, src: string, heading: string, headingLang: string | undefined, fallback: (options: FallbackOptions) => Html): Html {
  const list = fallback({ heading, ...(headingLang && { headingLang }) });
  return headingLang
    ? element(tag, { src, 'sync-url': true, listen: true }, [element('span', { slot: 'heading', lang: headingLang }, heading), list])
    : element(tag, { src, 'sync-url': true, listen: true, heading }, list);
}

/**
 * An index's description: the catalogue's name and what it holds. A meta description is an attribute, which no `lang`
 * can mark: in a language no table speaks, the English count words are left out, the name alone stays.
 */
const indexDescription = (catalog: ValidatedCatalog['catalog'], lang: string, t: Messages): string =>
  interfaceLang(lang) === lang ? `${siteName(catalog, lang)}: ${t.solutions(catalog.solutions.length)}, ${t.cities(catalog.cities.length)}.` : siteName(catalog, lang);

/** The index: both widgets, each with its prerendered list, under the catalogue's title. */
function indexPage(ctx: RenderContext, path: string, name: string): Pick<Page, 'title' | 'description' | 'data' | 'main'> {
  const catalog = relativeHref(path, 'catalog.json');
  // The site's own words (not in the widgets' tables); the widgets' headings say what the prerendered ones say (the count comes under them in both).
  const { words, lang: wordsLang } = siteWords(ctx.lang);
  const market = widget('t4g-marketplace', catalog, words.solutions, wordsLang, (options) => marketplaceFallback(ctx, options));
  const directory = widget('t4g-city-directory', catalog, words.cities, wordsLang, (options) => cityDirectoryFallback(ctx, options));
  return {
    title: name,
    description: indexDescription(ctx.catalog, ctx.lang, ctx.t),
    data: [],
    main: html`${element('h1', { lang: titleLang(ctx.catalog, ctx.lang) }, name)}\n${ctx.catalog.solutions.length ? html`${market}\n` : undefined}${ctx.catalog.cities.length ? html`${directory}\n` : undefined}`,
  };
}

function solutionParts(solution: Solution, ctx: RenderContext, name: string): Pick<Page, 'title' | 'description' | 'data' | 'main'> {
  return {
    title: `${localize(solution.name, ctx.lang)} – ${name}`,
    description: localize(solution.summary, ctx.lang),
    data: [jsonLdScript(withContext(solutionLd(solution, ctx)))],
    main: solutionDetail(solution, ctx, 1, { firstScreen: true }),
  };
}

function cityParts(city: City, ctx: RenderContext, name: string): Pick<Page, 'title' | 'description' | 'data' | 'main'> {
  return {
    title: `${localize(city.name, ctx.lang)} – ${name}`,
    // Without a tagline or summary: the name and the role, or in a language no table speaks the country, in that language.
    description: localize(city.tagline ?? city.summary, ctx.lang) || `${localize(city.name, ctx.lang)}: ${ctx.ui === ctx.lang ? ctx.t.role[city.role] : countryName(city.country, ctx.lang)}`,
    data: [jsonLdScript(withContext(cityLd(city, ctx)))],
    main: cityDetail(city, ctx, 1, { firstScreen: true }),
  };
}

/**
 * With several languages, the site's own index.html: the languages to choose from, each link in its language, the
 * catalogue's title inside it marked with its own where it falls back ("… sample catalogue (Nederlands)"). It is the
 * hreflang x-default of the indexes (a reader whose language the site lacks lands here). Its title, description and
 * heading are the first language's, the page's own; it has no language switch: it is one.
 */
export function languageChooser(site: Site, catalog: ValidatedCatalog['catalog'], t: Messages = messages(site.langs[0]!)): WrittenPage {
  const path = CHOOSER;
  const first = site.langs[0]!;
  const items = site.langs.map((lang) => {
    const nameLang = titleLang(catalog, lang);
    const name = nameLang ? element('span', { lang: nameLang }, siteName(catalog, lang)) : siteName(catalog, lang);
    return html`<li>${element('a', { href: relativeHref(path, pagePath(site, lang, 'index')), hreflang: lang, lang }, html`${name} (${languageName(lang, lang)})`)}</li>`;
  });
  const alternates = site.langs.map((lang) => ({ lang, path: pagePath(site, lang, 'index') }));
  return {
    path,
    html: pageDocument({
      site, lang: first, path, alternates, xDefault: CHOOSER, widgets: false, data: [], words: pageWords(first, t),
      title: siteName(catalog, first),
      description: indexDescription(catalog, first, t),
      main: html`${element('h1', { lang: titleLang(catalog, first) }, siteName(catalog, first))}\n<ul class="t4g-site-language-list">${items}</ul>\n`,
    }),
  };
}
