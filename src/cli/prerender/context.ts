/** What every prerendered piece needs: the catalogue, the language, its words, and where each entry lives. */
import { fallbackLanguage, localize } from '../../catalog/localized.js';
import { trackLang, trackName } from '../../catalog/names.js';
import type { LocalizedText } from '../../catalog/schema.js';
import type { ValidatedCatalog } from '../../catalog/validation.js';
import type { Messages } from '../../i18n/messages.js';
import { type Html, element, html } from './html.js';

/** Addresses of a solution's and a city's own view. */
export interface Links {
  solution(id: string): string;
  city(id: string): string;
}

export interface RenderContext {
  catalog: ValidatedCatalog['catalog'];
  lang: string;
  t: Messages;
  /**
   * The language `t` speaks (`interfaceLang`): `lang`, or English where no table speaks it. The interface's numbers,
   * dates and names are written in it, and catalogue text is marked where its language is not this one, as the
   * widgets do.
   */
  ui: string;
  /** Hrefs as written in the page (relative to it, or absolute). */
  links: Links;
  /** Addresses for schema.org data: absolute when the site's address is known. */
  ids: Links;
  /**
   * An image's address from the catalogue as written in the page, or undefined to leave it out. Default
   * (`webImage`): a full http(s) address only, since where a relative one lives depends on the page (`t4g site`
   * copies them and writes them relative to each page).
   */
  image?(address: string): string | undefined;
}

/**
 * The `lang` attribute of an element holding the interface's words: ` lang="en"` on a page whose language no table
 * speaks, so its English labels are not read with the page's pronunciation (WCAG 3.1.2); none where they are the page's.
 */
export const interfaceLangAttribute = (ctx: RenderContext): Html | undefined => (ctx.ui === ctx.lang ? undefined : html` lang="${ctx.ui}"`);

/** A full http(s) address; anything else (relative, another scheme) gives undefined. */
export function webImage(address: string): string | undefined {
  const href = externalHref(address);
  return href?.startsWith('mailto:') ? undefined : href;
}

/** How a detail is placed: `firstScreen` when it opens its page (`t4g site`), so its image is in the first screen. */
export interface DetailOptions {
  firstScreen?: boolean;
}

/**
 * An entry's image with its text alternative, as the widget's card shows it; nothing without an address to show.
 * Lazy, unless it is in the page's first screen (`firstScreen`): a lazy image there starts loading only after layout.
 * Its box is the page's CSS's (16:9, as the cards: t4g-site.css), so nothing moves when it arrives.
 */
export function entryImage(entry: { image?: string; imageAlt?: LocalizedText }, ctx: RenderContext, { firstScreen = false }: DetailOptions = {}): Html | undefined {
  const src = entry.image ? (ctx.image ?? webImage)(entry.image) : undefined;
  if (!src) return undefined;
  // A void element (no end tag), and alt="" kept when the catalogue gives no text: the image is then decoration.
  const lang = fallbackLanguage(entry.imageAlt, ctx.lang, ctx.ui, ctx.catalog.language);
  return html`<img class="t4g-fallback-image" src="${src}" alt="${localize(entry.imageAlt, ctx.lang)}"${lang ? html` lang="${lang}"` : undefined}${firstScreen ? undefined : html` loading="lazy"`} decoding="async">\n`;
}

/**
 * Catalogue text in a `tag` element, with `lang` when it is shown in another language than the interface's, `ui`
 * (WCAG 3.1.2), as the widgets do: a plain string is in the catalogue's `language`, except a city's name
 * (`properName`), which a city has in its own language, whatever the catalogue's.
 */
export function localized(tag: string, text: LocalizedText | undefined, ctx: RenderContext, attributes: Record<string, string | undefined> = {}, properName = false): Html {
  return element(tag, { ...attributes, lang: fallbackLanguage(text, ctx.lang, ctx.ui, properName ? undefined : ctx.catalog.language) }, localize(text, ctx.lang));
}

/** Track names, comma-separated, each marked where it is the catalogue's, in another language than the interface's. */
export function trackList(ids: readonly string[], ctx: RenderContext): Html {
  const track = (id: string) => {
    const name = trackName(ctx.catalog, id, ctx.lang, ctx.t.trackNames);
    const lang = trackLang(ctx.catalog, id, ctx.lang, ctx.ui, ctx.t.trackNames);
    return lang ? element('span', { lang }, name) : name;
  };
  return html`${ids.map((id, i) => html`${i ? ', ' : ''}${track(id)}`)}`;
}

/**
 * Links to entries' views, each named as the lists name it: with `lang` when the name is shown in another language
 * than the page's (`localized`; a city's name is a proper name); an id the catalogue lacks, by itself. Where the link
 * is relative and the entry's full address is known (`t4g site --base-url`), the link holds it in `data-address`,
 * which the site's print stylesheet writes after the link: on paper a relative address leads nowhere.
 */
export function entryLinks(entries: readonly { id: string; name?: LocalizedText }[], kind: 'solution' | 'city', ctx: RenderContext): Html {
  const link = ({ id, name }: { id: string; name?: LocalizedText }) => {
    const href = ctx.links[kind](id);
    const address = ctx.ids[kind](id);
    const attributes = { href, 'data-address': address !== href && /^https?:\/\//.test(address) ? address : undefined };
    return name === undefined ? element('a', attributes, id) : localized('a', name, ctx, attributes, kind === 'city');
  };
  return html`<ul>${entries.map((entry) => html`<li>${link(entry)}</li>`)}</ul>`;
}

/** A heading of `level` (1 to 6), with `lang` when its text is in another language than the page's. */
export const heading = (level: number, content: Html | string, className?: string, lang?: string): Html =>
  element(`h${Math.min(6, Math.max(1, Math.round(level)))}`, { class: className, lang }, content);

/** The value after a label: "Provided by: X" with the language's own colon. */
export const labelled = (label: string, value: Html | string, ctx: RenderContext): Html => html`${label}${ctx.t.colon.trimEnd()} ${value}`;

/** An address from the catalogue as a link's href: only http(s) and mailto, whatever validation let through. */
export function externalHref(address: string | undefined): string | undefined {
  if (!address) return undefined;
  try {
    const { protocol } = new URL(address);
    return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:' ? address : undefined;
  } catch {
    return undefined;
  }
}

/** A link to another site (no new tab: a static page has no state to lose). */
export const externalLink = (address: string | undefined, label: Html | string): Html => {
  const href = externalHref(address);
  return href ? html`<a href="${href}" rel="noopener">${label}</a>` : html`${label}`;
};
