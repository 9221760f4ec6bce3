import { type PropertyDeclarations, type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type SearchOutcome, normalizeFilters } from '../catalog/query.js';
import { fallbackLanguage, localize } from '../catalog/localized.js';
import { type ViewKeys, type ViewState, openParam } from '../catalog/query-state.js';
import { trackLang } from '../catalog/names.js';
import type { LocalizedText } from '../catalog/schema.js';
import { loadSearchEngine } from '../catalog/search-engine.js';
import { AfterRender } from '../controllers/after-render.js';
import { type Catalog, CatalogController } from '../controllers/catalog-controller.js';
import { ViewController } from '../controllers/view-controller.js';
import { resolveLang } from '../i18n/lang.js';
import { type Messages, interfaceLang, interfaceMark, messages } from '../i18n/messages.js';
import { type Chip, facetGroupList, facetGroups, filterChips, pagination, searchControls, skeleton } from '../views/search-ui.js';
import { entryHref, entryHrefs, entryWidgets, errorBox, headingLevel, isolate, shortened } from '../views/common.js';
import { sheet } from '../styles/sheet.js';
import { loadWhenIdle } from './lazy-part.js';
import { T4gElement } from './t4g-element.js';

export type { Catalog };

/** What a widget's list page says of what it lists, in the page's language (from its `Messages`). */
export interface ListWords {
  /** The box that says the catalogue cannot be shown. */
  errorTitle: string;
  /** The search field's label and placeholder. */
  search: string;
  placeholder: string;
  /** The sort orders' names, and the filter groups'. */
  sorts: Record<string, string>;
  legends: Record<string, string>;
  /** The results' heading while loading, and once there are results ("12 solutions"). */
  loading: string;
  count(total: number): string;
}

/**
 * What the marketplace and the city directory share: a catalogue from `src`
 * or `catalog`, a view (words, filters, sort, page, open entry) optionally in
 * the URL, the search API, and the search UI (controls, facets, chips, pages)
 * with focus kept in the widget when the control that had it goes away.
 * Each subclass says what it searches and how it shows the results.
 */
export abstract class T4gSearchWidget<K extends string, S extends string, R extends SearchOutcome<K, S>> extends T4gElement {
  static override properties: PropertyDeclarations = { src: {}, catalog: { attribute: false }, maxBytes: { type: Number, attribute: 'max-bytes' }, timeout: { type: Number }, pageSize: { type: Number, attribute: 'page-size' }, syncUrl: { type: Boolean, attribute: 'sync-url' }, urlPrefix: { attribute: 'url-prefix' }, headingLevel: { type: Number, attribute: 'heading-level' }, heading: {}, hideHeading: { type: Boolean, attribute: 'hide-heading' }, noTitleSync: { type: Boolean, attribute: 'no-title-sync' }, expanded: { state: true, attribute: false }, openGroups: { state: true, attribute: false }, within: { state: true, attribute: false }, narrow: { state: true, attribute: false }, copied: { state: true, attribute: false }, printing: { state: true, attribute: false } };
  /** Address of the catalogue JSON. */
  src?: string;

  /** A catalogue object, instead of `src`. */
  catalog?: object;

  /** Refuse a catalogue larger than this many bytes (default 20 MB: a cheap phone's budget). */
  maxBytes?: number;

  /** Seconds without anything from the server (no answer, or no more of the catalogue) before loading gives up and offers "Try again". */
  timeout = 15;

  /** The default `pageSize`, and what a `page-size` that is not a whole number from 1 gives. */
  static defaultPageSize = 12;

  /** Entries per page (a whole number from 1; anything else, as `page-size="abc"` or `"-1"`, gives the default). */
  pageSize = T4gSearchWidget.defaultPageSize;

  /** `pageSize` if it is a whole number from 1, else the element's default: never "Page NaN of NaN" or a lost result. */
  private get entriesPerPage(): number {
    const size = this.pageSize;
    return Number.isInteger(size) && size >= 1 ? size : (this.constructor as typeof T4gSearchWidget).defaultPageSize;
  }

  /** Keep the words, filters, sort, page and open entry in the page URL (Back and Forward step through them). */
  syncUrl = false;

  /** Prefix of this widget's URL parameters; give each widget on a page its own. */
  urlPrefix = 't4g-';

  /** Level of the widget's first heading in the page's outline; the rest go below it. */
  headingLevel = 2;

  /** The title, instead of the catalogue's (a `heading` slot replaces it with markup). */
  heading?: string;

  /** Keep the title for screen readers only: the page has its own heading. */
  hideHeading = false;

  /** Leave the page's `document.title` alone while an entry is open (by default it names the entry). */
  noTitleSync = false;

  /** The page's title while an entry's name is in front of it. */
  private pageTitle?: string;

  /** Filter groups showing their whole list. */
  protected expanded = new Set<string>();
  /** Filter groups the person opened or closed; until then, the first and those with ticked values are open. */
  protected openGroups?: Set<string>;
  /** Words typed in a long filter list's search box. */
  protected within = new Map<string, string>();
  /** Below 40em of width the filters move into a panel behind a "Filters" button. */
  protected narrow = false;
  /** What "Copy link" did for the open entry, for its status line. */
  protected copied?: string;
  /** Being printed: every result on one page. */
  private printing = false;
  private printListeners?: AbortController;
  // The new layout waits for the next frame: changed within the observer's callback, the widget's new height
  // would be a change it cannot report in this frame ("ResizeObserver loop completed with undelivered notifications").
  private readonly resize = new ResizeObserver(() => requestAnimationFrame(() => this.measure()));
  /** Narrow as the style's container query sees it: the content box under 40em. */
  private measure() {
    const style = getComputedStyle(this);
    this.narrow = this.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) < 40 * parseFloat(style.fontSize);
  }

  protected readonly data = new CatalogController(this, {
    source: () => this.catalog ?? this.src,
    maxBytes: () => this.maxBytes,
    timeout: () => this.timeout,
    // In the bundles the search is a file beside them, fetched from connectedCallback on.
    prepare: (catalog, lang) => loadSearchEngine().then(() => this.prepare(catalog, lang)),
  });
  protected readonly views: ViewController<K, S>;
  /** Moves focus after a render, when the control that had it goes away. */
  protected readonly afterRender = new AfterRender(this);

  protected result?: R;
  /** What `result` was computed for, so a view is searched once however often it is asked. */
  private computedFor?: { view: ViewState<K, S>; catalog: Catalog; lang: string };

  /** @param viewKeys The facet and sort keys this widget's view has. */
  constructor(protected readonly viewKeys: ViewKeys<K, S>) {
    super();
    this.views = new ViewController<K, S>(this, {
      keys: viewKeys,
      syncUrl: () => this.syncUrl,
      prefix: () => this.urlPrefix,
      changed: (previous) => this.viewChanged(previous),
    });
  }

  override connectedCallback() {
    super.connectedCallback();
    entryWidgets.add(this);
    this.resize.observe(this);
    this.measure();
    this.openGroups ??= remembered(this.urlPrefix);
    // Downloads beside the catalogue; a failure is the load's error (the controller's prepare).
    loadSearchEngine().catch(() => {});
    // A failed load is reported where the entry shows (internal/lazy-part.ts).
    if (this.view.open && !this.entryViewAsked) {
      this.entryViewAsked = true;
      this.loadEntryView().catch(() => {});
    }
    // Printing renders every result; the browser lays out for print after beforeprint's microtasks, so they are in.
    // The media query's change is what page.emulateMedia (and some browsers) give instead.
    const signal = (this.printListeners = new AbortController()).signal;
    const print = (event: Event) => (this.printing = event.type === 'beforeprint' || !!(event as MediaQueryListEvent).matches);
    for (const type of ['beforeprint', 'afterprint']) addEventListener(type, print, { signal });
    matchMedia('print').addEventListener('change', print, { signal });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    entryWidgets.delete(this);
    this.resize.disconnect();
    this.printListeners?.abort();
    this.syncTitle(undefined);
  }

  /**
   * Loads what an open entry shows, a file beside the bundles (the solution detail's view, a city's profile), once per
   * page: at once when the address opens an entry (`?t4g-open=ID`), so that it comes with the catalogue, not after it;
   * else while the page is idle after the first results, before anyone opens one.
   */
  protected abstract readonly loadEntryView: () => Promise<unknown>;
  /** `loadEntryView` was started. */
  private entryViewAsked = false;

  /** The entry with this id (a solution, a city), for the page's title while it is open. */
  protected abstract entry(catalog: Catalog, lang: string, id: string): { name: LocalizedText } | undefined;

  override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (this.result && !this.entryViewAsked) {
      this.entryViewAsked = true;
      loadWhenIdle(this.loadEntryView);
    }
    const catalog = this.data.catalog;
    const lang = resolveLang(this);
    const entry = catalog && this.view.open ? this.entry(catalog, lang, this.view.open) : undefined;
    this.syncTitle(entry && !this.noTitleSync ? localize(entry.name, lang) : undefined);
    // Printed with an entry open, the page shows that entry alone (PRINT_ONE_ENTRY).
    this.toggleAttribute('data-t4g-open', !!entry);
    // A widget in a component's shadow root: the document's rule sees only the outermost host, marked here.
    for (let host = (this.getRootNode() as ShadowRoot).host; host; host = (host.getRootNode() as ShadowRoot).host) host.toggleAttribute('data-t4g-holds-open', !!entry);
    if (entry && !document.adoptedStyleSheets.includes(PRINT_ONE_ENTRY)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, PRINT_ONE_ENTRY];
  }

  /** "Name – Page title" while `name` is open; the page's own title back when nothing is. */
  private syncTitle(name: string | undefined) {
    if (name) {
      this.pageTitle ??= document.title;
      // Direction controls from the catalogue would turn the page's own title around them.
      const title = [name.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ''), this.pageTitle].filter(Boolean).join(' – ');
      if (document.title !== title) document.title = title;
    } else if (this.pageTitle !== undefined) {
      document.title = this.pageTitle;
      this.pageTitle = undefined;
    }
  }

  /** Runs the search for `view`; `undefined` while it cannot be answered yet (a large catalogue's text still indexing). */
  protected abstract runSearch(catalog: Catalog, lang: string, view: ViewState<K, S>): R | undefined;

  /** What to build before the catalogue is shown in `lang`, without long tasks (a large catalogue's index). */
  protected prepare(_catalog: Catalog, _lang: string): Promise<void> | void {}

  /** A facet value's label on screen. */
  protected abstract facetLabel(catalog: Catalog, key: K, value: string, lang: string, t: Messages): string;

  /** The label's language where it is not the interface's: a track the catalogue names itself is catalogue text. */
  protected facetLabelLang(catalog: Catalog, key: K, value: string, lang: string, t: Messages): string | undefined {
    return key === 'track' ? trackLang(catalog, value, lang, interfaceLang(lang), t.trackNames) : undefined;
  }

  /** Ids of the matching entries, in result order, across all pages. */
  get results(): string[] {
    return this.result?.ids ?? [];
  }

  /** How many entries match. */
  get total(): number {
    return this.result?.total ?? 0;
  }

  protected get view(): ViewState<K, S> {
    return this.views.view;
  }

  /** Searches for `text`, back on page 1. */
  search(text: string): void {
    this.views.change({ ...this.view, text, page: 1, open: undefined }, 'text');
  }

  /** Replaces every filter: facet keys to the values to keep (OR within a facet, AND across facets). */
  setFilters(filters: Partial<Record<K, readonly (string | number)[]>>): void {
    this.views.change({ ...this.view, filters: normalizeFilters(this.viewKeys.facets, filters), page: 1 });
  }

  clearFilters(): void {
    this.setFilters({});
  }

  /** One of the widget's sort orders; `relevance` applies when there are words. */
  setSort(sort: S): void {
    if (this.viewKeys.sorts.includes(sort)) this.views.change({ ...this.view, sort, page: 1 });
  }

  /** Loads the catalogue again, bypassing the shared cache (the retry button). */
  reload(): Promise<void> {
    return this.data.reload();
  }

  override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // Switched on after connecting (a framework sets properties once the element is in the page): read the URL now.
    if (changed.has('syncUrl') && this.syncUrl && !this.views.synced) this.views.readUrl();
  }

  // After the controllers' hostUpdate, so the search sees the catalogue state this render shows.
  override update(changed: PropertyValues<this>) {
    this.compute();
    super.update(changed);
  }

  /** Runs the search for the current view, so `results` and `total` are right at once. */
  protected compute(): void {
    const catalog = this.data.catalog;
    // No catalogue shown (another one loading, or none): no results, rather than the last one's.
    if (!catalog) return void (this.result = this.computedFor = undefined);
    const lang = resolveLang(this);
    const last = this.computedFor;
    if (last && last.view === this.view && last.catalog === catalog && last.lang === lang) return;
    this.computedFor = { view: this.view, catalog, lang };
    this.result = this.runSearch(catalog, lang, this.view);
  }

  /** Searches the current view again (what it depends on has changed: the index is ready). */
  protected recompute(): void {
    this.computedFor = undefined;
    this.compute();
    this.requestUpdate();
  }

  /** After every change of the view (the person, the API, Back/Forward). */
  protected viewChanged(_previous: ViewState<K, S>): void {
    this.copied = undefined;
    this.compute();
  }

  /** An entry's address: this page with this widget's parameter naming it (`?t4g-open=ID`, `?t4g-city=ID`). */
  protected href(id: string): string {
    return entryHref(this.entryParam, id);
  }

  /** What this widget's entries are (the links of other widgets to them find it by this). */
  abstract readonly entryKind: 'solution' | 'city';

  /**
   * The URL parameter that opens an entry in this widget (`t4g-open`, `t4g-city`, or from its `url-prefix`); links to
   * such entries elsewhere on the page (a solution's cities, a city's solutions) use it.
   */
  get entryParam(): string {
    return openParam(this.urlPrefix, this.viewKeys);
  }

  /** After the next render, focuses the first of `selectors` that matches. */
  protected focusAfterRender(...selectors: string[]): void {
    this.afterRender.then(() => {
      for (const selector of selectors) {
        const target = this.renderRoot.querySelector<HTMLElement>(selector);
        if (target) return target.focus();
      }
    });
  }

  protected toggleFilter(key: K, value: string): void {
    const current = this.view.filters[key] ?? [];
    this.setFilters({ ...this.view.filters, [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] } as Partial<Record<K, string[]>>);
  }

  protected goToPage(page: number): void {
    if (this.views.change({ ...this.view, page })) this.focusAfterRender('#results-heading');
  }

  /** The active filters as chips; removing one moves focus to the next chip, or the results. */
  private activeFilters(catalog: Catalog, lang: string, t: Messages): Chip[] {
    return this.viewKeys.facets.flatMap((key) =>
      this.applied(key).map((value) => ({
        label: this.facetLabel(catalog, key, value, lang, t),
        lang: this.facetLabelLang(catalog, key, value, lang, t),
        remove: () => {
          this.toggleFilter(key, value);
          this.focusAfterRender('[part="chip"]', '#results-heading');
        },
      })),
    );
  }

  private renderControls(t: Messages, words: ListWords, lang: string) {
    return searchControls({
      lang: interfaceMark(lang),
      label: words.search,
      placeholder: words.placeholder,
      value: this.view.text,
      onInput: (text) => this.search(text),
      sortLabel: t.sortLabel,
      sorts: this.viewKeys.sorts.filter((key) => key !== 'relevance' || this.view.text.trim()).map((key) => ({ value: key, label: words.sorts[key] ?? key })),
      sort: this.result?.sort ?? 'name',
      onSort: (sort) => this.setSort(sort as S),
    });
  }

  /** How many filter values are ticked. */
  private get ticked(): number {
    return this.viewKeys.facets.reduce((sum, key) => sum + this.applied(key).length, 0);
  }

  /** The view's values of `key` that filter: those the catalogue has (the search ignores others, as an edited address's). */
  private applied(key: K): readonly string[] {
    return this.result?.applied(key) ?? [];
  }

  /** The filter groups, once there are results to count. */
  private renderFacets(catalog: Catalog, keys: readonly K[], legends: Record<string, string>, lang: string, t: Messages): TemplateResult[] | undefined {
    if (!this.result) return undefined;
    // Open: what the person opened (remembered), else the first group and those with ticked values.
    const chosen = this.openGroups;
    const groups = facetGroups({
      keys,
      result: this.result,
      legend: (key) => legends[key] ?? key,
      label: (key, value) => this.facetLabel(catalog, key, value, lang, t),
      labelLang: (key, value) => this.facetLabelLang(catalog, key, value, lang, t),
      lang,
      isOpen: (key, place, ticked) => (chosen ? chosen.has(key) : !place || ticked > 0),
    });
    const toggle = <T>(set: Set<T>, item: T, on = !set.has(item)) => new Set(on ? [...set, item] : [...set].filter((x) => x !== item));
    const shownOpen = new Set(groups.filter((group) => group.open).map((group) => group.key));
    return facetGroupList({
      groups,
      expanded: this.expanded,
      within: this.within,
      lang,
      t,
      onToggleValue: (key, value) => this.toggleFilter(key as K, value),
      onToggleExpanded: (key) => (this.expanded = toggle(this.expanded, key)),
      // Also called when a render opens or closes a group (toggle fires for those too): then nothing changed.
      onToggleOpen: (key, isOpen) => {
        // The groups as they are now: two toggles can come before the next render.
        const open = this.openGroups ?? shownOpen;
        if (open.has(key) === isOpen) return;
        this.openGroups = toggle(open, key, isOpen);
        remember(this.urlPrefix, this.openGroups);
      },
      onWithin: (key, words) => (this.within = new Map(this.within).set(key, words)),
    });
  }

  /** This widget's words for what it lists (`ListWords`), from `t`. */
  protected abstract words(t: Messages): ListWords;

  /** The filter groups to show, in order (default: every facet of the view). */
  protected facetKeys(): readonly K[] {
    return this.viewKeys.facets;
  }

  /** Loading the catalogue, or waiting for its index to search words (a large catalogue's text). */
  private get busy(): boolean {
    const status = this.data.state.status;
    return status === 'loading' || (status === 'ready' && !this.result);
  }

  /** What screen readers hear when the results change. */
  private statusText(words: ListWords, t: Messages): string {
    const catalog = this.data.catalog;
    if (this.busy) return words.loading;
    if (!catalog || !this.result) return '';
    return this.result.total ? words.count(this.result.total) : this.noMatchText(catalog, t);
  }

  /** What screen readers hear when nothing matches, or the catalogue lists nothing at all. */
  protected abstract noMatchText(catalog: Catalog, t: Messages): string;

  /**
   * What the marketplace and the directory both show, in the widget's `words`: the title, the search
   * and sort, the filters beside the results (or, in a narrow widget, in a
   * panel behind a "Filters" button, with "Show N results"), the count as the
   * results' heading, and the results; or, when the catalogue cannot be shown, the box that says so.
   */
  protected renderPage(lang: string) {
    const t = messages(lang);
    const words = this.words(t);
    const level = headingLevel(this.headingLevel, 4);
    const state = this.data.state;
    // Where no table speaks the page's language, the interface is English and says so (lang="en"); the catalogue's
    // title, or the page's own heading, keeps its language: the title sits outside the interface's mark, in the page's.
    const mark = interfaceMark(lang);
    if (state.status === 'error') return errorBox(words.errorTitle, state.error, level, t, () => this.reload(), mark);
    const catalog = this.data.catalog;
    const loading = this.busy;
    const groups = catalog && this.renderFacets(catalog, this.facetKeys(), words.legends, lang, t);
    const count = loading ? words.loading : words.count(this.total);
    const status = this.statusText(words, t);
    const results = catalog && this.result ? this.renderResults(catalog, this.result, lang, t, level + 2) : skeleton(loading);
    const title = this.heading ?? (catalog?.title && localize(catalog.title, lang));
    const titleLang = this.heading ? (mark && lang) : fallbackLanguage(catalog?.title, lang, lang, catalog?.language);
    const ticked = this.ticked;
    const panel = () => this.renderRoot.querySelector('dialog');
    const focusResults = () => this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
    const named = title || this.querySelector(':scope > [slot=heading]');
    // While loading, an empty line holds the title's place (nothing moves when it comes); screen readers skip it.
    // The narrow panel has a status of its own: the results' is outside the modal panel, so inert while it is open.
    return html`
      ${named || loading
        ? html`<h2 id="title" part="title" class=${this.hideHeading ? 'title visually-hidden' : 'title'} aria-level=${level} aria-hidden=${named ? 'false' : 'true'} lang=${ifDefined(titleLang || undefined)}><slot name="heading">${title ?? '\u00a0'}</slot></h2>`
        : nothing}
      ${this.renderControls(t, words, lang)}
      <div class="layout" lang=${ifDefined(mark)}>
        ${groups && !this.narrow
          ? html`<div class="filters">
              <button type="button" class="link skip" @click=${focusResults}>${t.skipToResults}</button>
              <div class="facets" role="group" aria-label=${t.filters}>${groups}</div>
            </div>`
          : nothing}
        <section class="results" aria-labelledby="title results-heading" aria-busy=${loading ? 'true' : 'false'}>
          <div class="bar">
            <h3 id="results-heading" aria-level=${level + 1} tabindex="-1">${count}</h3>
            ${this.narrow
              ? html`<button type="button" part="button" class="filters-toggle" aria-haspopup="dialog" ?disabled=${!groups} @click=${() => panel()?.showModal()}>
                  ${t.filters}${ticked ? ` (${ticked})` : ''}
                </button>`
              : nothing}
          </div>
          <p class="visually-hidden" role="status">${status}</p>
          ${results}
        </section>
      </div>
      ${groups && this.narrow
        ? html`<dialog class="panel" aria-labelledby="panel-title" lang=${ifDefined(mark)}>
            <div class="panel-head">
              <h2 id="panel-title">${t.filters}</h2>
              <button type="button" part="button" @click=${() => panel()?.close()}>${t.close}</button>
            </div>
            <div class="facets">${groups}</div>
            <p class="visually-hidden" role="status">${status}</p>
            <div class="panel-foot">
              <button type="button" part="button" class="primary" @click=${() => panel()?.close()}>${t.show(count)}</button>
              ${ticked ? html`<button type="button" part="button" class="link" @click=${() => this.clearFilters()}>${t.clearFilters}</button>` : nothing}
            </div>
          </dialog>`
        : nothing}
    `;
  }

  /** Nothing matches: `message`, then "Clear search" and "Clear filters" as they apply (the filters stay in view). */
  protected renderEmpty(message: unknown, filtered: boolean, t: Messages) {
    return html`<div class="empty">
      <p>${message}</p>
      <p class="actions">
        ${this.view.text.trim()
          ? html`<button type="button" part="button" @click=${() => {
              this.search('');
              this.focusAfterRender('#search');
            }}>${t.clearSearch}</button>`
          : nothing}
        ${filtered
          ? html`<button type="button" part="button" @click=${() => {
              this.clearFilters();
              this.focusAfterRender('#results-heading');
            }}>${t.clearFilters}</button>`
          : nothing}
      </p>
    </div>`;
  }

  /** The active filters' chips; on paper, after the words searched for too (the search field is not printed). */
  private renderChips(chips: Chip[], t: Messages) {
    const words = this.printing && this.view.text.trim();
    return html`${words ? html`<p class="printed-search">${t.searchedFor(isolate(shortened(words)))}</p>` : nothing}${filterChips(chips, () => {
      this.clearFilters();
      this.focusAfterRender('#results-heading');
    }, t)}`;
  }

  /** The page to show (the view's, within range) and the ids on it; printed, every id up to `PRINT_LIMIT`. */
  private page(result: R): { page: number; pages: number; ids: string[] } {
    if (this.printing) return { page: 1, pages: 1, ids: result.slice(0, PRINT_LIMIT) };
    const size = this.entriesPerPage;
    const pages = Math.max(1, Math.ceil(result.total / size));
    const page = Math.min(this.view.page, pages);
    return { page, pages, ids: result.slice((page - 1) * size, page * size) };
  }

  /** The results: the active filters, what to say when nothing matches, a page of them as cards, and the pages. */
  protected renderResults(catalog: Catalog, result: R, lang: string, t: Messages, cardLevel: number) {
    const active = this.activeFilters(catalog, lang, t);
    const { page, pages, ids } = this.page(result);
    return html`
      ${this.renderChips(active, t)}
      ${result.total === 0 ? this.renderNoMatch(catalog, active.length > 0, t) : nothing}
      ${this.renderGrid(catalog, lang, ids, entryHrefs(this.entryParam), cardLevel, result)}
      ${this.renderPagination(page, pages, result.total, t)}
    `;
  }

  /** Nothing matches (`filtered`: with filters on): what to say, with the ways out (`renderEmpty`). */
  protected abstract renderNoMatch(catalog: Catalog, filtered: boolean, t: Messages): unknown;

  /** The entries `ids` as a grid of cards, each linked to `href(id)` (the page's address read once), their headings at `cardLevel`. */
  protected abstract renderGrid(catalog: Catalog, lang: string, ids: string[], href: (id: string) => string, cardLevel: number, result: R): TemplateResult;

  /** The pages; on paper, when the results were more than were printed, a sentence that says so. */
  private renderPagination(page: number, pages: number, total: number, t: Messages) {
    if (this.printing) return total > PRINT_LIMIT ? html`<p class="printed-first">${t.printedFirst(PRINT_LIMIT, total)}</p>` : nothing;
    return pagination(page, pages, (n) => this.goToPage(n), t, t.pagination[this.entryKind]);
  }
}

/** Printed, at most this many results (about 40 sheets): every result of a search, not a whole large catalogue. */
export const PRINT_LIMIT = 200;

/**
 * The page's one rule from the widgets, adopted by the document once an entry is first open: printed while a widget
 * has an entry open (`data-t4g-open`), the page shows that widget alone, so the paper holds the entry and nothing
 * else. Everything that neither holds the widget, nor is it, nor is inside it, is left out. Inside another component's
 * shadow root the rule cannot see the widget: its host is marked (`data-t4g-holds-open`) and printed whole.
 */
// Only while an entry is open (body:has…): once adopted, the sheet stays, and printing the list after closing the entry
// must print the page.
const PRINT_ONE_ENTRY = sheet('@media print{body:has([data-t4g-open],[data-t4g-holds-open]) :not(:has([data-t4g-open],[data-t4g-holds-open]),[data-t4g-open],[data-t4g-holds-open],[data-t4g-open] *){display:none!important}}');

/** The filter groups a person left open, kept for the session (a reload, the next page of the site). */
function remembered(prefix: string): Set<string> | undefined {
  try {
    const saved = sessionStorage.getItem(`${prefix}filter-groups`);
    return saved ? new Set((JSON.parse(saved) as unknown[]).filter((key): key is string => typeof key === 'string')) : undefined;
  } catch {
    // Storage blocked (a sandboxed frame, privacy settings) or not a list: the defaults.
    return undefined;
  }
}

function remember(prefix: string, open: ReadonlySet<string>): void {
  try {
    sessionStorage.setItem(`${prefix}filter-groups`, JSON.stringify([...open]));
  } catch {
    // Not kept: the groups still open and close.
  }
}
