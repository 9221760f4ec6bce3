/**
 * Story helpers shared by every stories file: an element built from the story's args the way its manifest
 * describes them, the addresses the stories load, and waiting for a widget to be ready.
 */
import type { Args } from '@storybook/web-components-vite';
import type { StrictArgTypes } from 'storybook/internal/types';
import { expect, waitFor } from 'storybook/test';
import { resolveLang } from '../../src/i18n/lang.js';
import { type Messages, loadMessages } from '../../src/i18n/messages.js';

/** The bundled sample catalogue: real ICC cities, illustrative solutions (served from catalog/, see .storybook/main.ts). */
export const SAMPLE = 'catalog/icc-sample.json';
/** A catalogue address that answers 404. */
export const MISSING = 'catalog/no-such-catalogue.json';
/** A JSON file that is not a version 1 catalogue (test/fixtures/load/version-2.json). */
export const NOT_A_CATALOG = 'fixtures/load/version-2.json';

type Tag = keyof HTMLElementTagNameMap;

/**
 * Creates `<tag>` from the story's args, by what the manifest says each arg is (its table category):
 * attributes are set as attributes (`true` as an empty attribute, `false` removes it), CSS custom properties
 * on the element's style, properties as properties, and an event's action (`onT4gSearch`) listens for that event,
 * so the Actions panel logs it. `extra` sets properties that are not args (large catalogue objects, which the
 * Controls panel would otherwise copy).
 */
export function element<K extends Tag>(tag: K, args: Args, argTypes: StrictArgTypes, extra: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '') continue;
    const argType = argTypes[name] as (StrictArgTypes[string] & { action?: unknown }) | undefined;
    const action = argType?.action;
    if (typeof value === 'function' && action && typeof action === 'object' && 'name' in action) {
      el.addEventListener(String(action.name), value as EventListener);
      continue;
    }
    switch (argType?.table?.category) {
      case 'attributes':
        if (value === false) el.removeAttribute(name);
        else el.setAttribute(name, value === true ? '' : String(value));
        break;
      case 'css custom properties':
        el.style.setProperty(name, String(value));
        break;
      case 'events':
      case 'slots':
      case 'css shadow parts':
        break;
      default:
        (el as unknown as Record<string, unknown>)[name] = value;
    }
  }
  Object.assign(el, extra);
  return el;
}

/** The first `tag` in the story's canvas. */
export function find<K extends Tag>(canvasElement: HTMLElement, tag: K): HTMLElementTagNameMap[K] {
  const el = canvasElement.querySelector(tag);
  if (!el) throw new Error(`no <${tag}> in the story`);
  return el;
}

/** Waits until a marketplace or a directory has its catalogue (or has given up on it) and has rendered it. */
export async function ready(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await waitFor(
    () => {
      const busy = el.shadowRoot?.querySelector('[aria-busy="true"]');
      const settled = el.shadowRoot?.querySelector('[aria-busy="false"], [role="alert"]');
      return expect(!busy && !!settled).toBe(true);
    },
    { timeout: 10000 },
  );
  await el.updateComplete;
}

/**
 * For loading stories: every `fetch` of an address ending in `path` stays pending, so the widget shows its
 * loading state for as long as one likes (a static Storybook has no slow server). Returns the cleanup that puts
 * `fetch` back, for a story's `beforeEach`. The loader caches the pending request by address, so this address
 * keeps loading for the rest of the page's life; no other story uses it.
 */
export function holdFetch(path: string): () => void {
  const original = window.fetch;
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (new URL(url, document.baseURI).pathname.endsWith(path)) return new Promise<Response>(() => {});
    return original.call(window, input, init);
  };
  return () => {
    window.fetch = original;
  };
}

/**
 * For the timeout story: every `fetch` of an address ending in `path` gets no answer, as from a stalled server,
 * until the loader gives up and aborts it (unlike `holdFetch`, the abort is honoured). Returns the cleanup.
 */
export function stallFetch(path: string): () => void {
  const original = window.fetch;
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!new URL(url, document.baseURI).pathname.endsWith(path)) return original.call(window, input, init);
    return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
  };
  return () => {
    window.fetch = original;
  };
}

/** A catalogue address whose server never answers, for the timeout story (see `stallFetch`). */
export const STALLS = 'catalog/stalls.json';

/** A catalogue address that never answers (see `holdFetch`). */
export const NEVER_ANSWERS = 'catalog/never-answers.json';

/**
 * The interface texts in the language `el` shows: play functions compare with these rather than with English, so
 * that a story still passes when the toolbar picks another language. Wrap the comparison in `waitFor`: the widget
 * renders in English until its language's table has loaded.
 */
export function textsOf(el: Element): Promise<Messages> {
  return loadMessages(resolveLang(el));
}
