/**
 * What the browser tests share: fixture addresses, mounting a marketplace,
 * queries into shadow roots, waiting, history steps, and recording the page's
 * fetches and console warnings.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import { type LoadedCatalog, loadCatalog } from '../../src/catalog/load.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import type { T4gSolutionCard } from '../../src/components/solution-card/solution-card.js';
import type { T4gSolutionDetail } from '../../src/components/solution-detail/solution-detail.js';

// ---------------------------------------------------------------------------
// Fixtures

/** Eight solutions (a to h) with every facet filled in; solution d has every field. */
export const FACETS = '/test/fixtures/marketplace/facets.json';
/** Five cities with their relations, and the solutions they use. */
export const CITIES = '/test/fixtures/cities/cities.json';
/** A catalogue of test/fixtures/load/ by file name: valid.json, partial.json, hostile.json… */
export const loadFixture = (name: string) => `/test/fixtures/load/${name}`;
/** `path` served after `ms` milliseconds (a test endpoint of web-test-runner.config.mjs, as is `/__status/404`). */
export const slow = (ms: number, path: string) => `/__slow/${ms}${path}`;

/** A catalogue as the elements get it: validated, its lists filled in. */
export type LoadedCatalogData = LoadedCatalog['catalog'];

/** The catalogue at `src`, validated, as the elements get it. */
export async function catalogOf(src: string): Promise<LoadedCatalogData> {
  return (await loadCatalog(src)).catalog;
}

// ---------------------------------------------------------------------------
// Waiting and querying

/** Waits until `what()` holds for the element, then for its render. */
export async function until(el: { updateComplete: Promise<unknown> }, what: () => boolean, message = 'the expected state was not reached') {
  await waitUntil(what, message, { timeout: 5000 });
  await el.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)] as T[];

/** Down through nested shadow roots: `deep(market, 't4g-solution-detail', 'dialog')`. */
export function deep<T extends Element = HTMLElement>(root: Element, ...selectors: string[]): T | null {
  let node: Element | null = root;
  for (const selector of selectors) node = node?.shadowRoot?.querySelector(selector) ?? null;
  return node as T | null;
}

/** The text of an element's shadow root, with runs of white space as one space. */
/**
 * What a screen reader names an element by when its name comes from its content: its text without the parts hidden
 * from assistive technology (`aria-hidden`), spaces collapsed. (For the filter chips, whose name is not an aria-label.)
 */
export function nameFromContent(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

/** An element's name from `aria-labelledby`: the text of each element it names, in its shadow root, joined as browsers join them. */
export function nameFromLabelledBy(el: Element): string {
  const root = el.getRootNode() as ShadowRoot | Document;
  return (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? root.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() : ''))
    .filter(Boolean)
    .join(' ');
}

export const textOf = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

// ---------------------------------------------------------------------------
// The marketplace and its parts

export const cards = (el: T4gMarketplace) => $$<T4gSolutionCard>(el, 't4g-solution-card');
export const cardNames = (el: T4gMarketplace) => cards(el).map((card) => card.shadowRoot!.querySelector('h3')!.textContent!.trim());
export const statusText = (el: T4gMarketplace) => $(el, '[role="status"]')?.textContent?.trim();
/** The button that is a solution card's name (activating it fires `t4g-select`). */
export const nameLink = (card: Element) => $<HTMLAnchorElement>(card, 'a.name')!;
/** The marketplace's solution detail. */
export const detailOf = (el: T4gMarketplace) => $<T4gSolutionDetail>(el, 't4g-solution-detail')!;

/**
 * A marketplace on `src` (default FACETS), once its first cards show. With
 * `lang`, it sits in a `<div lang>`: the page's language, from an ancestor.
 */
export async function mountMarketplace(options: { src?: string; syncUrl?: boolean; pageSize?: number; lang?: string } = {}): Promise<T4gMarketplace> {
  const { src = FACETS, syncUrl, pageSize = 12, lang } = options;
  const element = html`<t4g-marketplace src=${src} ?sync-url=${syncUrl} page-size=${pageSize}></t4g-marketplace>`;
  const el = lang
    ? (await fixture<HTMLDivElement>(html`<div lang=${lang}>${element}</div>`)).querySelector('t4g-marketplace')!
    : await fixture<T4gMarketplace>(element);
  await until(el, () => cards(el).length > 0, 'the catalogue did not load');
  return el;
}

/** Clicks `target`, which must exist, and waits for the element's render. */
export async function click(el: { updateComplete: Promise<unknown> }, target: HTMLElement | null | undefined) {
  expect(target, 'the element to click exists').to.exist;
  target!.click();
  await el.updateComplete;
}

/** Picks a sort order in the widget's sort menu, as a person does. */
export async function chooseSort(el: HTMLElement & { updateComplete: Promise<unknown> }, value: string) {
  const select = $<HTMLSelectElement>(el, 'select')!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** The search matches painted in a card (ranges of the document's `t4g-match` highlight inside it): the field's class and the text. */
export function paintedMatches(card: Element): { field: string; text: string }[] {
  return [...(CSS.highlights.get('t4g-match') ?? [])]
    .filter((range) => card.shadowRoot!.contains(range.startContainer))
    .map((range) => ({ field: range.startContainer.parentElement!.className, text: (range.startContainer as Text).data.slice(range.startOffset, range.endOffset) }));
}

/**
 * The values of a facet, found by its legend; a folded group is opened first, as a person would (its values are drawn
 * only while it is open).
 */
async function facetValues(el: Element, legend: string): Promise<HTMLLabelElement[]> {
  const group = $$<HTMLDetailsElement>(el, 'details[part~="filter-group"]').find((d) => d.querySelector('legend')!.textContent!.trim() === legend);
  if (!group) throw new Error(`no facet “${legend}”`);
  if (!group.open) {
    group.querySelector('summary')!.click();
    await (el as ReactiveElement).updateComplete;
  }
  return [...group.querySelectorAll('label')];
}

/** The checkbox of a facet value, found by the facet's legend and the value's label (its group opened). */
export async function facetBox(el: Element, legend: string, label: string): Promise<HTMLInputElement> {
  const item = (await facetValues(el, legend)).find((l) => l.querySelector('.value')!.textContent!.trim() === label);
  if (!item) throw new Error(`no value “${label}” in “${legend}”`);
  return item.querySelector('input')!;
}

/** `{ label: count }` of a facet as displayed, in display order (its group opened). */
export async function facetCounts(el: Element, legend: string): Promise<[string, number][]> {
  return (await facetValues(el, legend)).map((l) => [l.querySelector('.value')!.textContent!.trim(), Number(l.querySelector('.facet-count')!.textContent!.replace(/\D/g, ''))]);
}

// ---------------------------------------------------------------------------
// Focus

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Asserts `target` has focus. Compares identity: chai's diff of two DOM nodes can take forever. */
export function expectFocusOn(target: Element | null | undefined, message = 'focus') {
  const active = deepActiveElement();
  const describe = (node: Element | null | undefined) => (node ? `<${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}> “${node.textContent?.trim().slice(0, 40)}”` : String(node));
  if (!target || active !== target) throw new Error(`${message}: expected ${describe(target)} to have focus, but ${describe(active)} has it`);
}

// ---------------------------------------------------------------------------
// The page: its URL and history, its language, its fetches and its console

/** In a describe block: puts the page's URL back after each test (for tests that write it, with sync-url). */
export function restoreUrlAfterEach() {
  let start = '';
  beforeEach(() => (start = location.href));
  afterEach(() => history.replaceState(null, '', start));
}

/** The widgets' parameters of an address (`t4g-…`), as `name=value&…`: the test page's own are left out. */
export const ownParams = (href: string) => [...new URL(href, location.href).searchParams].filter(([name]) => name.startsWith('t4g-')).map(([name, value]) => `${name}=${value}`).join('&');

/** Steps back (or forward) in the page's history, then waits for the element's render. */
export async function stepHistory(el: { updateComplete: Promise<unknown> }, direction: 'back' | 'forward' = 'back') {
  const popped = oneEvent(window, 'popstate');
  history[direction]();
  await popped;
  await el.updateComplete;
}

/** Runs `run` with the document's language set to `lang`, then puts the language back as it was. */
export async function withPageLang(lang: string, run: () => Promise<void>) {
  const root = document.documentElement;
  const before = root.getAttribute('lang');
  root.lang = lang;
  try {
    await run();
  } finally {
    if (before === null) root.removeAttribute('lang');
    else root.setAttribute('lang', before);
  }
}

/** Records the events of type `type` that reach `target`, until `stop()`: a test can then say how many came, rather than wait for one that never does. */
export function recordEvents<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K) {
  const events: GlobalEventHandlersEventMap[K][] = [];
  const listener = (event: Event) => void events.push(event as GlobalEventHandlersEventMap[K]);
  target.addEventListener(type, listener);
  return { events, stop: () => target.removeEventListener(type, listener) };
}

/** Records every call of the page's `fetch` (its URL and signal) until `restore()`. */
export function recordFetches() {
  const original = window.fetch;
  const calls: { url: string; signal?: AbortSignal | null }[] = [];
  window.fetch = (input, init) => {
    calls.push({ url: String(input), signal: init?.signal });
    return original(input, init);
  };
  return {
    calls,
    get urls() {
      return calls.map((call) => call.url);
    },
    restore: () => void (window.fetch = original),
  };
}

/** Records what `console.warn` is given (its arguments joined by spaces), and keeps it off the console, until `restore()`. */
export function recordWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => void (console.warn = original) };
}
