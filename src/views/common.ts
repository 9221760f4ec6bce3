/**
 * Template pieces every element uses: a heading level that fits the page's
 * outline, a link to another site, the box that says what cannot be shown,
 * and what a card shows while it has no entry.
 */
import { html, nothing } from 'lit';
import type { CatalogController } from '../controllers/catalog-controller.js';
import type { Messages } from '../i18n/messages.js';

/** A heading level in the page's outline: a whole number from 2 (the page has its own h1) to `max`. */
export const headingLevel = (level: number, max: number): number => Math.min(max, Math.max(2, Math.round(level) || 2));

/** A link to another site: a new tab, which the arrow shows and screen readers are told. */
export const externalLink = (href: string, label: string, t: Messages) =>
  html`<a href=${href} target="_blank" rel="noopener noreferrer">${label}<span aria-hidden="true"> ↗</span><span class="visually-hidden"> ${t.external}</span></a>`;

/**
 * What cannot be shown, in plain words (the loader's message names the
 * address and the reason), with "Try again" when trying again may help.
 */
export function errorBox(title: string, message: string, level: number, t: Messages, retry?: () => void) {
  return html`<div class="error" role="alert">
    <h2 aria-level=${level}>${title}</h2>
    <p>${message}</p>
    ${retry ? html`<button type="button" part="button" @click=${retry}>${t.retry}</button>` : nothing}
  </div>`;
}

/**
 * What a card shows while it has no entry to show: the catalogue's failure
 * (with "Try again"), the id's (not there, or left out), or a busy
 * placeholder of a card's size while loading.
 */
export function cardStandIn(data: CatalogController<{ id: string }>, title: string, loading: string, level: number, t: Messages) {
  const state = data.state;
  if (state.status === 'error') return errorBox(title, state.error.message, level, t, () => data.reload());
  const failure = data.lookup.failure;
  if (failure) return errorBox(title, failure.message, level, t);
  return state.status === 'loading' ? html`<article part="card" class="loading" aria-busy="true"><p class="visually-hidden">${loading}</p></article>` : nothing;
}

/**
 * Text from outside (the words searched, a catalogue's word) inside a sentence
 * of ours, as a run of its own (first-strong isolate … pop directional
 * isolate): a right-to-left override left open in it cannot turn our words.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
