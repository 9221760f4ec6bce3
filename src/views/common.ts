/**
 * Template pieces every element uses: a heading level that fits the page's
 * outline, links to an entry and to another site, the box that says what
 * cannot be shown, and what a card shows while it has no entry.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CatalogController } from '../controllers/catalog-controller.js';
import type { T4gErrorDetail } from '../events.js';
import type { Messages } from '../i18n/messages.js';

/** A heading level in the page's outline: a whole number from 2 (the page has its own h1) to `max`. */
export const headingLevel = (level: number, max: number): number => Math.min(max, Math.max(2, Math.round(level) || 2));

/** The parameter that opens each kind of entry when no widget on the page says another. */
const DEFAULT_PARAM = { solution: 't4g-open', city: 't4g-city' } as const;

/** A search widget, as links see it (src/internal/search-widget.ts): the entries it shows, and the parameter it reads. */
export interface EntryWidget extends Element {
  readonly entryKind: keyof typeof DEFAULT_PARAM;
  readonly entryParam: string;
}

/**
 * The search widgets on the page, in the order they were connected; each adds itself when connected and leaves when
 * disconnected. Kept here rather than looked up in the document, which would miss those in other shadow roots (an
 * app's own component) and those defined under another tag (a subclass).
 */
export const entryWidgets = new Set<EntryWidget>();

/**
 * The URL parameter that opens a `kind` of entry, for a link in `from`: that of the widget showing such entries that
 * `from` is in (a city directory's own cards), else of the page's first (a solution's city opens in the page's
 * directory, whatever its `url-prefix`), else the default.
 */
export function entryParam(from: Node, kind: keyof typeof DEFAULT_PARAM): string {
  let found: EntryWidget | undefined;
  for (let node: Node | null = from; node && !found; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (entryWidgets.has(node as EntryWidget) && (node as EntryWidget).entryKind === kind) found = node as EntryWidget;
  }
  for (const widget of entryWidgets) {
    if (found) break;
    if (widget.entryKind === kind) found = widget;
  }
  return found?.entryParam || DEFAULT_PARAM[kind];
}

/** The address that opens entry `id` of `kind` from a link in `from` (`entryParam`, `entryHref`). */
export const entryHrefFrom = (from: Node, kind: keyof typeof DEFAULT_PARAM, id: string): string => entryHref(entryParam(from, kind), id);

/**
 * This page's address opening one entry: `param` set to `id`, the page's own parameters and hash kept (a hash
 * router's route), and the parameters of another open entry dropped, the defaults and those of the page's widgets (a
 * link names one solution or city).
 */
export const entryHref = (param: string, id: string): string => entryHrefs(param)(id);

/** `entryHref` for many ids: the page's address read once (a page of cards asked for it on every keystroke). */
export function entryHrefs(param: string): (id: string) => string {
  const url = new URL(location.href);
  for (const name of Object.values(DEFAULT_PARAM)) url.searchParams.delete(name);
  for (const widget of entryWidgets) url.searchParams.delete(widget.entryParam);
  return (id) => {
    url.searchParams.set(param, id);
    return url.href;
  };
}

/**
 * A catalogue entry's name as a link to its address (`entryHref`): a plain click (or Enter) calls `open` in place;
 * a middle click, or one with Ctrl, ⌘ or Shift, is the browser's (a new tab or window).
 */
export const entryLink = (href: string, label: unknown, open: () => void, className = 'entry') =>
  html`<a class=${className} href=${href} @click=${(event: MouseEvent) => {
    if (inPlace(event)) {
      event.preventDefault();
      open();
    }
  }}>${label}</a>`;

/** A plain click: the main button, no modifier key (those ask the browser for a new tab or window). */
export const inPlace = (event: MouseEvent) => !(event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey);

/**
 * "Copy link" for an open entry: writes `href` to the clipboard and says so (`said`, in a status region read out);
 * where the clipboard is refused (a page not served over HTTPS, a frame), it shows the address to copy by hand.
 */
export const copyLinkButton = (href: string, said: string | undefined, say: (text: string) => void, t: Messages) =>
  html`<p class="share" data-href=${href}>
    <button type="button" part="button" class="link" @click=${() => Promise.resolve().then(() => navigator.clipboard.writeText(href)).then(() => say(t.linkCopied), () => say(href))}>${t.copyLink}</button>
    <span role="status">${said}</span>
  </p>`;

/** A link to another site: a new tab, which the arrow shows and screen readers are told. */
export const externalLink = (href: string, label: string, t: Messages) =>
  html`<a href=${href} target="_blank" rel="noopener noreferrer">${label}<span aria-hidden="true"> ↗</span><span class="visually-hidden"> ${t.external}</span></a>`;

/**
 * What cannot be shown: a title and a sentence in the reader's language (what
 * they can do), and for the site's team the technical detail (the address,
 * the status, the reason) behind a disclosure; "Try again" when it may help.
 * A card's missing entry is already a sentence of ours, so it is shown as is.
 */
export function errorBox(title: string, error: T4gErrorDetail, level: number, t: Messages, retry?: () => void, lang?: string) {
  const own = error.kind === 'not-found';
  return html`<div class="error" role="alert" lang=${ifDefined(lang)}>
    <h2 aria-level=${level}>${title}</h2>
    <p>${own ? error.message : error.kind === 'network' || error.kind === 'timeout' ? t.errorOffline : t.errorLater}</p>
    ${retry ? html`<button type="button" part="button" @click=${retry}>${t.retry}</button>` : nothing}
    ${own ? nothing : html`<details><summary>${t.errorDetails}</summary><p>${error.message}</p></details>`}
  </div>`;
}

/**
 * What a card shows while it has no entry to show: the catalogue's failure
 * (with "Try again"), the id's (not there, or left out), or a busy
 * placeholder of a card's size while loading.
 */
export function cardStandIn(data: CatalogController<{ id: string }>, title: string, loading: string, level: number, t: Messages, lang?: string) {
  const state = data.state;
  if (state.status === 'error') return errorBox(title, state.error, level, t, () => data.reload(), lang);
  const failure = data.lookup.failure;
  if (failure) return errorBox(title, failure, level, t, undefined, lang);
  return state.status === 'loading' ? html`<article part="card" class="loading" aria-busy="true" lang=${ifDefined(lang)}><p class="visually-hidden">${loading}</p></article>` : nothing;
}

/**
 * Text from outside (the words searched, a catalogue's word) inside a sentence
 * of ours, as a run of its own (first-strong isolate … pop directional
 * isolate): a right-to-left override left open in it cannot turn our words.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** Text from the address, cut to 100 characters: a 100,000-character query or id is not repeated whole. */
export function shortened(text: string): string {
  const characters = [...text];
  return characters.length > 100 ? `${characters.slice(0, 100).join('')}…` : text;
}
