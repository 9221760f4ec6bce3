import { type PropertyValues, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CITY_FACET_KEYS, CITY_SORT_KEYS, type CityFacetKey, type CitySearchResult, type CitySortKey, cityIndex } from '../../catalog/cities.js';
import type { LoadedCatalog } from '../../catalog/load.js';
import { countryName, trackName } from '../../catalog/names.js';
import type { ViewState } from '../../catalog/query-state.js';
import { CatalogController } from '../../controllers/catalog-controller.js';
import { AfterRender } from '../../controllers/after-render.js';
import { ViewController } from '../../controllers/view-controller.js';
import { type T4gCitySelectDetail, fire } from '../../events.js';
import { resolveLang } from '../../i18n/lang.js';
import { T4gElement } from '../../internal/t4g-element.js';
import { type Messages, messages } from '../../i18n/messages.js';
import { hostStyles } from '../../styles/host.js';
import { searchUiStyles } from '../../styles/search-ui.js';
import { errorBox, facetGroups, facetPanel, filterChips, pagination, searchControls, skeleton } from '../../views/search-ui.js';
import type { T4gCityCard } from '../city-card/city-card.js';
import { cityDirectoryStyles } from './city-directory.styles.js';

type Catalog = LoadedCatalog['catalog'];
type CityView = ViewState<CityFacetKey, CitySortKey>;

/**
 * Every city of the catalogue as a searchable, filterable grid of cards.
 * Activating a city shows its full profile in place.
 *
 * @summary A directory of the cities of the Intelligent Cities Challenge.
 * @tagname t4g-city-directory
 * @fires t4g-error - The catalogue cannot be shown at all; `detail: { message, kind }`.
 * @fires t4g-catalog-problems - Some entries were left out; `detail: { problems }`.
 * @fires t4g-city-select - A city's profile was opened; `detail: { cityId }`.
 * @fires t4g-select - A solution was chosen in a city's profile; `detail: { solutionId }`.
 * @csspart card - Each city card.
 * @csspart badge - Role and track badges.
 * @csspart input - The search field.
 * @csspart chip - Each active filter's remove button.
 * @csspart button - Buttons.
 * @csspart pagination - The pagination bar.
 * @csspart select - The sort menu.
 */
export class T4gCityDirectory extends T4gElement {
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

  /** Level of the results heading in the page's outline (2 to 5); cards go one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;


  @state() private expanded = new Set<string>();
  @state() private filtersOpen = false;

  private readonly data = new CatalogController(this, () => this.catalog ?? this.src);
  private readonly views = new ViewController<CityFacetKey, CitySortKey>(this, {
    keys: { facets: CITY_FACET_KEYS, sorts: CITY_SORT_KEYS },
    syncUrl: () => this.syncUrl,
    prefix: () => this.urlPrefix,
    changed: () => this.compute(),
  });

  private result?: CitySearchResult;
  private computedFor?: { view: CityView; catalog: Catalog; lang: string };
  /** Moves focus after a render, when the control that had it goes away. */
  private readonly afterRender = new AfterRender(this);

  /** Ids of the matching cities in order, across all pages. */
  get results(): string[] {
    return this.result?.ids ?? [];
  }

  get total(): number {
    return this.result?.total ?? 0;
  }

  private get view() {
    return this.views.view;
  }

  search(text: string): void {
    this.views.change({ ...this.view, text, page: 1 }, 'text');
  }

  /** e.g. `{ country: ['FI'], role: ['mentor'], track: ['tourism'] }`. */
  setFilters(filters: Partial<Record<CityFacetKey, readonly string[]>>): void {
    const next: CityView['filters'] = {};
    for (const key of CITY_FACET_KEYS) if (filters[key]?.length) next[key] = [...new Set(filters[key]!.map(String))];
    this.views.change({ ...this.view, filters: next, page: 1 });
  }

  clearFilters(): void {
    this.setFilters({});
  }

  setSort(sort: CitySortKey): void {
    if (CITY_SORT_KEYS.includes(sort)) this.views.change({ ...this.view, sort, page: 1 });
  }

  /** Shows a city's full profile, as if its card had been activated. */
  showCity(cityId: string): void {
    this.views.change({ ...this.view, open: cityId });
    this.afterRender.then(() => void this.renderRoot.querySelector<T4gCityCard>('.profile t4g-city-card')?.focusHeading());
  }

  /** Back to the grid from a full profile, focus on that city's card. */
  closeCity(): void {
    const open = this.view.open;
    this.views.change({ ...this.view, open: undefined });
    this.afterRender.then(() => {
      // The grid was just rendered again: its cards render in their own update, after this one.
      const card = open ? this.renderRoot.querySelector<T4gCityCard>(`.grid t4g-city-card[city-id="${CSS.escape(open)}"]`) : null;
      if (card) void card.updateComplete.then(() => card.focus());
      else this.focusAfterRender('#results-heading');
    });
  }

  /** After the next render, focuses the first of `selectors` that matches. */
  private focusAfterRender(...selectors: string[]) {
    this.afterRender.then(() => {
      for (const selector of selectors) {
        const target = this.renderRoot.querySelector<HTMLElement>(selector);
        if (target) return target.focus();
      }
    });
  }

  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('t4g-city-select', this.onCitySelectElsewhere);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('t4g-city-select', this.onCitySelectElsewhere);
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') || changed.has('catalog')) {
      this.result = undefined;
      void this.data.load();
    }
    if (changed.has('syncUrl') && this.syncUrl && changed.get('syncUrl') !== undefined) this.views.readUrl();
    this.compute();
  }

  private compute() {
    const catalog = this.data.catalog;
    if (!catalog) return;
    const lang = resolveLang(this);
    const last = this.computedFor;
    if (last && last.view === this.view && last.catalog === catalog && last.lang === lang) return;
    this.computedFor = { view: this.view, catalog, lang };
    this.result = cityIndex(catalog, lang).search({ text: this.view.text, filters: this.view.filters, ...(this.view.sort && { sort: this.view.sort }) });
  }

  // A city chosen elsewhere (a solution's detail, a card outside) opens here.
  private onCitySelectElsewhere = (event: CustomEvent<T4gCitySelectDetail>) => {
    if (!this.listen || event.composedPath().includes(this)) return;
    this.showCity(event.detail.cityId);
    void this.updateComplete.then(() => this.scrollIntoView?.({ block: 'start' }));
  };

  private onCardSelect(event: CustomEvent<T4gCitySelectDetail>) {
    // Handled here, then announced from the directory itself, so that its own
    // document listener does not take it for a choice made elsewhere.
    event.stopPropagation();
    this.showCity(event.detail.cityId);
    fire<T4gCitySelectDetail>(this, 't4g-city-select', event.detail);
  }

  private toggleFilter(key: CityFacetKey, value: string) {
    const current = this.view.filters[key] ?? [];
    this.setFilters({ ...this.view.filters, [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] });
  }

  private label(catalog: Catalog, key: CityFacetKey, value: string, lang: string, t: Messages): string {
    if (key === 'country') return countryName(value, lang);
    if (key === 'role') return t.role[value] ?? value;
    return trackName(catalog, value, lang);
  }

  override render() {
    const lang = resolveLang(this);
    const t = messages(lang);
    const state = this.data.state;
    const level = Math.min(5, Math.max(2, this.headingLevel));
    if (state.status === 'error') return errorBox(state.error.message, () => this.data.load(true), t, level);
    const catalog = this.data.catalog;
    if (catalog && this.view.open) {
      const open = cityIndex(catalog, lang).city(this.view.open);
      return html`<div class="profile" @t4g-city-select=${this.onCardSelect}>
        <button type="button" part="button" class="link back" @click=${() => this.closeCity()}>← ${t.backToCities}</button>
        <t4g-city-card exportparts="card, badge, button" variant="full" heading-level=${level} lang=${lang} .catalog=${catalog}
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
              groups: facetGroups(CITY_FACET_KEYS, this.result.facets, (key) => t.cityFacet[key]!, (key, value) => this.label(catalog, key, value, lang, t), lang),
              expanded: this.expanded,
              open: this.filtersOpen,
              selectedCount: Object.values(this.view.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0),
              t,
              onToggleValue: (key, value) => this.toggleFilter(key as CityFacetKey, value),
              onToggleExpanded: (key) => (this.expanded = new Set(this.expanded.has(key) ? [...this.expanded].filter((k) => k !== key) : [...this.expanded, key])),
              onToggleOpen: () => (this.filtersOpen = !this.filtersOpen),
            })
          : nothing}
        <section class="results" aria-labelledby="results-heading" aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
          <h2 id="results-heading" aria-level=${level} tabindex="-1">${t.cityResults}</h2>
          <p class="count" role="status">${this.statusText(t)}</p>
          ${catalog && this.result ? this.renderResults(catalog, this.result, lang, t, level + 1) : skeleton(state.status === 'loading')}
        </section>
      </div>
    `;
  }

  private statusText(t: Messages): string {
    const state = this.data.state;
    if (state.status === 'loading') return t.loadingCities;
    if (state.status !== 'ready' || !this.result) return '';
    if (this.result.total) return t.cities(this.result.total);
    return state.result.catalog.cities.length ? t.noCityMatch : t.noCities;
  }

  private renderResults(catalog: Catalog, result: CitySearchResult, lang: string, t: Messages, cardLevel: number) {
    const chips = CITY_FACET_KEYS.flatMap((key) =>
      (this.view.filters[key] ?? []).map((value) => ({
        label: this.label(catalog, key, value, lang, t),
        remove: () => {
          this.toggleFilter(key, value);
          this.focusAfterRender('[part="chip"]', '#results-heading');
        },
      })),
    );
    const pages = Math.max(1, Math.ceil(result.total / this.pageSize));
    const page = Math.min(this.view.page, pages);
    const index = cityIndex(catalog, lang);
    return html`
      ${filterChips(chips, () => {
        this.clearFilters();
        this.focusAfterRender('#results-heading');
      }, t)}
      <ol class="grid" @t4g-city-select=${this.onCardSelect}>
        ${result.ids.slice((page - 1) * this.pageSize, page * this.pageSize).map((id) => html`<li>
          <t4g-city-card exportparts="card, badge" heading-level=${cardLevel} lang=${lang} city-id=${id} .catalog=${catalog} .city=${index.city(id)}></t4g-city-card>
        </li>`)}
      </ol>
      ${pagination(page, pages, (n) => {
        if (this.views.change({ ...this.view, page: n })) this.focusAfterRender('#results-heading');
      }, t)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    't4g-city-directory': T4gCityDirectory;
  }
}
