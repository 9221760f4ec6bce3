import { LitElement, type PropertyValues, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CITY_FACET_KEYS, CITY_SORT_KEYS, type CityFacetKey, type CitySearchResult, type CitySortKey, cityIndex } from '../../catalog/cities.js';
import { CatalogError } from '../../catalog/errors.js';
import { countryName } from '../../catalog/facets.js';
import { type LoadedCatalog, loadCatalog } from '../../catalog/load.js';
import { localize } from '../../catalog/localized.js';
import { EMPTY_VIEW, type ViewKeys, type ViewState, sameView, viewFromParams, writeViewParams } from '../../catalog/query-state.js';
import { type T4gCitySelectDetail, type T4gErrorDetail, fire } from '../../events.js';
import { resolveLang } from '../../i18n/lang.js';
import { type Messages, messages } from '../../i18n/messages.js';
import { hostStyles } from '../../styles/host.js';
import { searchUiStyles } from '../../styles/search-ui.js';
import { facetGroups, facetPanel, filterChips, pagination, searchControls } from '../../views/facet-panel.js';
import type { T4gCityCard } from '../city-card/city-card.js';
import { cityDirectoryStyles } from './city-directory.styles.js';

type CityView = ViewState<CityFacetKey, CitySortKey>;
type LoadState = { status: 'idle' | 'loading' } | { status: 'ready'; result: LoadedCatalog } | { status: 'error'; error: T4gErrorDetail };

const KEYS: ViewKeys<CityFacetKey, CitySortKey> = { facets: CITY_FACET_KEYS, sorts: CITY_SORT_KEYS };

/**
 * Every city of the catalogue as a searchable, filterable grid of cards.
 * Activating a city shows its full profile in place.
 *
 * @summary A directory of the cities of the Intelligent Cities Challenge.
 * @fires t4g-error - The catalogue cannot be shown at all; `detail: { message, kind }`.
 * @fires t4g-city-select - A city's profile was opened; `detail: { cityId }`.
 * @csspart card - Each city card.
 * @csspart badge - Role and track badges.
 * @csspart input - The search field.
 * @csspart chip - Each active filter's remove button.
 * @csspart button - Buttons.
 * @csspart pagination - The pagination bar.
 * @cssprop --t4g-card-min-width - Narrowest a card may be before the grid drops a column (default 16em).
 */
export class T4gCityDirectory extends LitElement {
  static override styles = [hostStyles, searchUiStyles, cityDirectoryStyles];

  /** Address of the catalogue JSON. */
  @property() src?: string;

  /** A catalogue object, instead of `src`. */
  @property({ attribute: false }) catalog?: object;

  /** Cities per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 24;

  /** Keep the words, filters, sort, page and open city in the page URL. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Prefix of its URL parameters; give each widget on a page its own. */
  @property({ attribute: 'url-prefix' }) urlPrefix = 't4g-city-';

  /** Show the city chosen anywhere on the page (`t4g-city-select`), e.g. in a solution's detail. */
  @property({ type: Boolean }) listen = false;

  /** Language of the interface and content; by default the nearest `lang` of the page. */
  @property({ reflect: true }) override lang!: string;

  @state() private load: LoadState = { status: 'idle' };
  @state() private view: CityView = EMPTY_VIEW;
  @state() private expanded = new Set<string>();
  @state() private filtersOpen = false;

  private result?: CitySearchResult;
  private loadNumber = 0;
  private lastUrlChange: 'text' | 'other' | undefined;
  private focusAfterRender?: 'profile' | 'results' | { cityId: string };

  /** Ids of the matching cities in order, across all pages. */
  get results(): string[] {
    return this.result?.ids ?? [];
  }

  get total(): number {
    return this.result?.total ?? 0;
  }

  search(text: string): void {
    this.changeView({ ...this.view, text, page: 1 }, 'text');
  }

  /** e.g. `{ country: ['FI'], role: ['mentor'], track: ['tourism'] }`. */
  setFilters(filters: Partial<Record<CityFacetKey, readonly string[]>>): void {
    const next: CityView['filters'] = {};
    for (const key of CITY_FACET_KEYS) if (filters[key]?.length) next[key] = [...new Set(filters[key]!.map(String))];
    this.changeView({ ...this.view, filters: next, page: 1 });
  }

  clearFilters(): void {
    this.setFilters({});
  }

  setSort(sort: CitySortKey): void {
    if (CITY_SORT_KEYS.includes(sort)) this.changeView({ ...this.view, sort, page: 1 });
  }

  /** Shows a city's full profile, as if its card had been activated. */
  showCity(cityId: string): void {
    this.focusAfterRender = 'profile';
    this.changeView({ ...this.view, open: cityId });
  }

  /** Back to the grid from a full profile. */
  closeCity(): void {
    const open = this.view.open;
    this.focusAfterRender = open ? { cityId: open } : 'results';
    this.changeView({ ...this.view, open: undefined });
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    document.addEventListener('t4g-city-select', this.onCitySelectElsewhere);
    if (this.syncUrl) this.view = viewFromParams(new URLSearchParams(location.search), this.urlPrefix, KEYS);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    document.removeEventListener('t4g-city-select', this.onCitySelectElsewhere);
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') || changed.has('catalog')) void this.reload();
    this.compute();
  }

  override updated() {
    const target = this.focusAfterRender;
    if (!target) return;
    this.focusAfterRender = undefined;
    if (target === 'profile') void this.renderRoot.querySelector<T4gCityCard>('.profile t4g-city-card')?.focusHeading();
    else if (target === 'results') this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
    else {
      // The grid was just rendered again: its cards render in their own update, after this one.
      const card = this.renderRoot.querySelector<T4gCityCard>(`.grid t4g-city-card[city-id="${CSS.escape(target.cityId)}"]`);
      void card?.updateComplete.then(() => card.focus());
    }
  }

  /** Loads the catalogue again; `fresh` bypasses the shared cache (the retry button). */
  async reload(fresh = false): Promise<void> {
    const source = this.catalog ?? this.src;
    if (source === undefined || source === '') return void (this.load = { status: 'idle' });
    const number = ++this.loadNumber;
    this.load = { status: 'loading' };
    try {
      const result = await loadCatalog(source, { fresh });
      if (number !== this.loadNumber) return;
      this.load = { status: 'ready', result };
    } catch (error) {
      if (number !== this.loadNumber) return;
      const detail: T4gErrorDetail = error instanceof CatalogError ? { message: error.message, kind: error.kind } : { message: String(error), kind: 'unknown' };
      this.load = { status: 'error', error: detail };
      fire(this, 't4g-error', detail);
    }
  }

  private computedFor?: { view: CityView; load: LoadState; lang: string };

  private compute() {
    if (this.load.status !== 'ready') return;
    const lang = resolveLang(this);
    const last = this.computedFor;
    if (last && last.view === this.view && last.load === this.load && last.lang === lang) return;
    this.computedFor = { view: this.view, load: this.load, lang };
    this.result = cityIndex(this.load.result.catalog, lang).search({ text: this.view.text, filters: this.view.filters, ...(this.view.sort && { sort: this.view.sort }) });
  }

  private changeView(view: CityView, kind: 'text' | 'other' = 'other') {
    if (sameView(view, this.view)) return;
    this.view = view;
    this.compute();
    if (this.syncUrl) this.writeUrl(kind);
  }

  private writeUrl(kind: 'text' | 'other') {
    const url = new URL(location.href);
    writeViewParams(url.searchParams, this.view, this.urlPrefix, KEYS);
    if (url.href === location.href) return;
    history[kind === 'text' && this.lastUrlChange === 'text' ? 'replaceState' : 'pushState'](history.state, '', url);
    this.lastUrlChange = kind;
  }

  private onPopState = () => {
    if (!this.syncUrl) return;
    const view = viewFromParams(new URLSearchParams(location.search), this.urlPrefix, KEYS);
    this.lastUrlChange = undefined;
    if (!sameView(view, this.view)) this.view = view;
  };

  // A city chosen elsewhere (a solution's detail, a card outside) opens here.
  private onCitySelectElsewhere = (event: CustomEvent<T4gCitySelectDetail>) => {
    if (!this.listen || event.composedPath().includes(this)) return;
    this.showCity(event.detail.cityId);
    void this.updateComplete.then(() => this.scrollIntoView?.({ block: 'start' }));
  };

  private onCardSelect(event: CustomEvent<T4gCitySelectDetail>) {
    // Stop here so the directory's own listener does not take it for a choice made elsewhere; re-fired from the directory.
    event.stopPropagation();
    this.showCity(event.detail.cityId);
    fire<T4gCitySelectDetail>(this, 't4g-city-select', event.detail);
  }

  private toggleFilter(key: CityFacetKey, value: string) {
    const current = this.view.filters[key] ?? [];
    this.setFilters({ ...this.view.filters, [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] });
  }

  private label(key: CityFacetKey, value: string, lang: string, t: Messages): string {
    if (key === 'country') return countryName(value, lang);
    if (key === 'role') return t.role[value] ?? value;
    const catalog = this.load.status === 'ready' ? this.load.result.catalog : undefined;
    return localize(catalog?.tracks.find((track) => track.id === value)?.name, lang) || value;
  }

  override render() {
    const lang = resolveLang(this);
    const t = messages(lang);
    const load = this.load;
    if (load.status === 'error') {
      return html`<div class="error" role="alert">
        <h2>${t.errorTitle}</h2>
        <p>${load.error.message}</p>
        <button type="button" part="button" @click=${() => this.reload(true)}>${t.retry}</button>
      </div>`;
    }
    const catalog = load.status === 'ready' ? load.result.catalog : undefined;
    const open = this.view.open && catalog ? cityIndex(catalog, lang).city(this.view.open) : undefined;
    if (catalog && this.view.open) {
      return html`<div class="profile" @t4g-city-select=${this.onCardSelect}>
        <button type="button" part="button" class="link back" @click=${() => this.closeCity()}>← ${t.backToCities}</button>
        <t4g-city-card exportparts="card, badge, button" variant="full" heading-level="2" lang=${lang} .catalog=${catalog}
          city-id=${this.view.open} .city=${open}></t4g-city-card>
      </div>`;
    }
    return html`
      ${searchControls({
        label: t.searchCities,
        placeholder: t.searchCitiesPlaceholder,
        value: this.view.text,
        onInput: (text) => this.search(text),
        sortLabel: t.sortLabel,
        sorts: CITY_SORT_KEYS.filter((key) => key !== 'relevance' || this.view.text.trim()).map((key) => ({ value: key, label: t.citySort[key]! })),
        sort: this.result?.sort ?? 'name',
        onSort: (sort) => this.setSort(sort as CitySortKey),
      })}
      <div class="layout">
        ${catalog && this.result
          ? facetPanel({
              groups: facetGroups(CITY_FACET_KEYS, this.result.facets, (key) => t.cityFacet[key]!, (key, value) => this.label(key, value, lang, t), lang),
              expanded: this.expanded,
              open: this.filtersOpen,
              selectedCount: Object.values(this.view.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0),
              t,
              onToggleValue: (key, value) => this.toggleFilter(key as CityFacetKey, value),
              onToggleExpanded: (key) => (this.expanded = new Set(this.expanded.has(key) ? [...this.expanded].filter((k) => k !== key) : [...this.expanded, key])),
              onToggleOpen: () => (this.filtersOpen = !this.filtersOpen),
            })
          : nothing}
        <section class="results" aria-labelledby="results-heading" aria-busy=${load.status === 'ready' ? 'false' : 'true'}>
          <h2 id="results-heading" tabindex="-1">${t.cityResults}</h2>
          <p class="count" role="status">${this.statusText(t)}</p>
          ${catalog && this.result ? this.renderResults(catalog, this.result, lang, t) : html`<ol class="grid">${load.status === 'loading' ? [1, 2, 3].map(() => html`<li class="skeleton"></li>`) : nothing}</ol>`}
        </section>
      </div>
    `;
  }

  private statusText(t: Messages): string {
    if (this.load.status === 'loading') return t.loadingCities;
    if (this.load.status !== 'ready' || !this.result) return '';
    if (this.result.total) return t.cities(this.result.total);
    return this.load.result.catalog.cities.length ? t.noCityMatch : t.noCities;
  }

  private renderResults(catalog: LoadedCatalog['catalog'], result: CitySearchResult, lang: string, t: Messages) {
    const chips = CITY_FACET_KEYS.flatMap((key) =>
      (this.view.filters[key] ?? []).map((value) => ({ label: this.label(key, value, lang, t), remove: () => this.toggleFilter(key, value) })),
    );
    const pages = Math.max(1, Math.ceil(result.total / this.pageSize));
    const page = Math.min(this.view.page, pages);
    const index = cityIndex(catalog, lang);
    return html`
      ${filterChips(chips, () => this.clearFilters(), t)}
      <ol class="grid" @t4g-city-select=${this.onCardSelect}>
        ${result.ids.slice((page - 1) * this.pageSize, page * this.pageSize).map((id) => html`<li>
          <t4g-city-card exportparts="card, badge" heading-level="3" lang=${lang} city-id=${id} .catalog=${catalog} .city=${index.city(id)}></t4g-city-card>
        </li>`)}
      </ol>
      ${pagination(page, pages, (n) => {
        this.focusAfterRender = 'results';
        this.changeView({ ...this.view, page: n });
      }, t)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    't4g-city-directory': T4gCityDirectory;
  }
}
