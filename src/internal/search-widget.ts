import { type PropertyDeclarations, type PropertyValues, html } from 'lit';
import type { FacetCount } from '../catalog/facet-filter.js';
import { normalizeFilters } from '../catalog/query.js';
import type { ViewKeys, ViewState } from '../catalog/query-state.js';
import { AfterRender } from '../controllers/after-render.js';
import { type Catalog, CatalogController } from '../controllers/catalog-controller.js';
import { ViewController } from '../controllers/view-controller.js';
import { resolveLang } from '../i18n/lang.js';
import type { Messages } from '../i18n/messages.js';
import { type Chip, facetGroups, facetPanel, filterChips, pagination, searchControls } from '../views/search-ui.js';
import { T4gElement } from './t4g-element.js';

export type { Catalog };

/** What a search over one kind of entry gives back. */
export interface SearchOutcome<K extends string, S extends string> {
  ids: string[];
  total: number;
  facets: Record<K, FacetCount[]>;
  sort: S;
}

/**
 * What the marketplace and the city directory share: a catalogue from `src`
 * or `catalog`, a view (words, filters, sort, page, open entry) optionally in
 * the URL, the search API, and the search UI (controls, facets, chips, pages)
 * with focus kept in the widget when the control that had it goes away.
 * Each subclass says what it searches and how it shows the results.
 */
export abstract class T4gSearchWidget<K extends string, S extends string, R extends SearchOutcome<K, S>> extends T4gElement {
  static override properties: PropertyDeclarations = { src: {}, catalog: { attribute: false }, maxBytes: { type: Number, attribute: 'max-bytes' }, timeout: { type: Number }, pageSize: { type: Number, attribute: 'page-size' }, syncUrl: { type: Boolean, attribute: 'sync-url' }, urlPrefix: { attribute: 'url-prefix' }, headingLevel: { type: Number, attribute: 'heading-level' }, expanded: { state: true, attribute: false }, filtersOpen: { state: true, attribute: false } };
  /** Address of the catalogue JSON. */
  src?: string;

  /** A catalogue object, instead of `src`. */
  catalog?: object;

  /** Refuse a catalogue larger than this many bytes (default 20 MB: a cheap phone's budget). */
  maxBytes?: number;

  /** Seconds without anything from the server (no answer, or no more of the catalogue) before loading gives up and offers "Try again". */
  timeout = 15;

  /** Entries per page. */
  pageSize = 12;

  /** Keep the words, filters, sort, page and open entry in the page URL (Back and Forward step through them). */
  syncUrl = false;

  /** Prefix of this widget's URL parameters; give each widget on a page its own. */
  urlPrefix = 't4g-';

  /** Level of the widget's first heading in the page's outline; the rest go below it. */
  headingLevel = 2;

  protected expanded = new Set<string>();
  /** On narrow containers the facets fold away behind a "Filters" button. */
  protected filtersOpen = false;

  protected readonly data = new CatalogController(this, {
    source: () => this.catalog ?? this.src,
    maxBytes: () => this.maxBytes,
    timeout: () => this.timeout,
    prepare: (catalog, lang) => this.prepare(catalog, lang),
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

  /** Runs the search for `view`; `undefined` while it cannot be answered yet (a large catalogue's text still indexing). */
  protected abstract runSearch(catalog: Catalog, lang: string, view: ViewState<K, S>): R | undefined;

  /** What to build before the catalogue is shown in `lang`, without long tasks (a large catalogue's index). */
  protected prepare(_catalog: Catalog, _lang: string): Promise<void> | void {}

  /** A facet value's label on screen. */
  protected abstract facetLabel(catalog: Catalog, key: K, value: string, lang: string, t: Messages): string;

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
    if (changed.has('syncUrl') && this.syncUrl && changed.get('syncUrl') !== undefined) this.views.readUrl();
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
    this.compute();
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
  protected activeFilters(catalog: Catalog, lang: string, t: Messages): (Chip & { key: K; value: string })[] {
    return this.viewKeys.facets.flatMap((key) =>
      (this.view.filters[key] ?? []).map((value) => ({
        key,
        value,
        label: this.facetLabel(catalog, key, value, lang, t),
        remove: () => {
          this.toggleFilter(key, value);
          this.focusAfterRender('[part="chip"]', '#results-heading');
        },
      })),
    );
  }

  protected renderControls(t: Messages, labels: { search: string; placeholder: string; sorts: Record<string, string> }) {
    return searchControls({
      label: labels.search,
      placeholder: labels.placeholder,
      value: this.view.text,
      onInput: (text) => this.search(text),
      sortLabel: t.sortLabel,
      sorts: this.viewKeys.sorts.filter((key) => key !== 'relevance' || this.view.text.trim()).map((key) => ({ value: key, label: labels.sorts[key] ?? key })),
      sort: this.result?.sort ?? 'name',
      onSort: (sort) => this.setSort(sort as S),
    });
  }

  protected renderFacets(catalog: Catalog, keys: readonly K[], legends: Record<string, string>, lang: string, t: Messages) {
    if (!this.result) return html``;
    return facetPanel({
      groups: facetGroups(keys, this.result.facets, (key) => legends[key] ?? key, (key, value) => this.facetLabel(catalog, key, value, lang, t), lang),
      expanded: this.expanded,
      open: this.filtersOpen,
      selectedCount: Object.values<string[] | undefined>(this.view.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0),
      t,
      onToggleValue: (key, value) => this.toggleFilter(key as K, value),
      onToggleExpanded: (key) => (this.expanded = new Set(this.expanded.has(key) ? [...this.expanded].filter((k) => k !== key) : [...this.expanded, key])),
      onToggleOpen: () => (this.filtersOpen = !this.filtersOpen),
    });
  }

  protected renderChips(chips: Chip[], t: Messages) {
    return filterChips(chips, () => {
      this.clearFilters();
      this.focusAfterRender('#results-heading');
    }, t);
  }

  /** The page to show (the view's, within range) and the ids on it. */
  protected page(result: R): { page: number; pages: number; ids: string[] } {
    const pages = Math.max(1, Math.ceil(result.total / this.pageSize));
    const page = Math.min(this.view.page, pages);
    return { page, pages, ids: result.ids.slice((page - 1) * this.pageSize, page * this.pageSize) };
  }

  protected renderPagination(page: number, pages: number, t: Messages) {
    return pagination(page, pages, (n) => this.goToPage(n), t);
  }
}
