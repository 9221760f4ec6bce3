/** The HTML document around every page of a site: head (title, description, canonical, hreflang, styles, data), header, main. */
import { languageName } from '../../catalog/names.js';
import { type Html, element, html } from '../prerender/html.js';
import { type Site, absoluteUrl, relativeHref } from './layout.js';

export const STYLESHEET = 't4g-site.css';
/** The site's own script (assets.ts SITE_JS): the indexes load it beside the widgets when there is a language switch. */
export const SITE_SCRIPT = 't4g-site.js';

/** The site's words around a page's content, with their language when it is not the page's (one no table speaks). */
export interface PageWords {
  /** The language switch's name. */
  languages: string;
  /** Before the page's address on paper, with the language's colon ("Cette page :"). */
  thisPage: string;
  lang?: string | undefined;
}

export interface Page {
  site: Site;
  lang: string;
  words: PageWords;
  /** Where the page is in the site's folder. */
  path: string;
  title: string;
  description: string;
  /** The same page in each language (its path by language), when the site has several. */
  alternates: { lang: string; path: string }[];
  /** The page for readers of none of them (hreflang x-default): by default the first alternate. */
  xDefault?: string;
  /** Load t4g.js: the widgets take over from the prerendered content. */
  widgets: boolean;
  /** Link back to the index, with this text (none on the index itself). */
  home?: { path: string; label: Html };
  data: Html[];
  main: Html;
}

/** Hreflang alternates: absolute with --base-url (as search engines want them), else relative to the page. */
function alternates(page: Page): Html[] {
  if (page.alternates.length < 2) return [];
  const href = (to: string) => absoluteUrl(page.site, to) ?? relativeHref(page.path, to);
  const links = page.alternates.map(({ lang, path }) => html`<link rel="alternate" hreflang="${lang}" href="${href(path)}">\n`);
  return [...links, html`<link rel="alternate" hreflang="x-default" href="${href(page.xDefault ?? page.alternates[0]!.path)}">\n`];
}

/**
 * Links to the page in the other languages, each named in its own language; the switch is named ("Languages"), as
 * each landmark must be when a page has several of a kind (the widgets' pages of results are navs too).
 */
function languageSwitch(page: Page): Html | undefined {
  // Not on a page that is none of them (the language chooser: it is a list of the languages itself).
  if (page.alternates.length < 2 || !page.alternates.some(({ path }) => path === page.path)) return undefined;
  const items = page.alternates.map(({ lang, path }) =>
    lang === page.lang
      ? html`<li>${element('span', { lang, 'aria-current': 'page' }, languageName(lang, lang))}</li>`
      : html`<li>${element('a', { href: relativeHref(page.path, path), hreflang: lang, lang }, languageName(lang, lang))}</li>`);
  return element('nav', { class: 't4g-site-languages', 'aria-label': page.words.languages, lang: page.words.lang }, html`<ul>${items}</ul>`);
}

/** The link home and the language switch, when the page has either. */
function header(page: Page): Html | undefined {
  const languages = languageSwitch(page);
  if (!page.home && !languages) return undefined;
  return html`<header class="t4g-site-header">${page.home ? html`<a href="${relativeHref(page.path, page.home.path)}">${page.home.label}</a>` : undefined}${languages}</header>
`;
}

/** The page's full address, for paper only (the print stylesheet shows it; a sheet has no address bar). */
function printedAddress(page: Page, canonical: string | undefined): Html | undefined {
  return canonical ? html`${element('p', { class: 't4g-site-address', lang: page.words.lang }, `${page.words.thisPage} ${canonical}`)}\n` : undefined;
}

export function pageDocument(page: Page): string {
  const root = (file: string) => relativeHref(page.path, file);
  const canonical = absoluteUrl(page.site, page.path);
  return html`<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<meta name="description" content="${page.description}">
${canonical ? html`<link rel="canonical" href="${canonical}">\n` : undefined}${alternates(page)}<link rel="stylesheet" href="${root(STYLESHEET)}">
${page.widgets ? html`<script type="module" src="${root('t4g.js')}"></script>\n` : undefined}${page.widgets && languageSwitch(page) ? html`<script type="module" src="${root(SITE_SCRIPT)}"></script>\n` : undefined}${page.data.map((block) => html`${block}\n`)}</head>
<body>
${header(page)}${printedAddress(page, canonical)}<main>
${page.main}</main>
</body>
</html>
`.toString();
}
