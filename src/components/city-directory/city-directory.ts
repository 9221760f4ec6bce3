import { type PropertyDeclarations, type PropertyValues, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { CITY_FACET_KEYS, CITY_SORT_KEYS, type CityFacetKey, type CitySearchResult, type CitySortKey } from '../../catalog/cities.js';
import { countryName, trackName } from '../../catalog/names.js';
import type { ViewState } from '../../catalog/query-state.js';
import { searchEngine } from '../../catalog/search-engine.js';
import { listenController } from '../../controllers/listen-controller.js';
import { type T4gCitySelectDetail, fire } from '../../events.js';
import { resolveLang } from '../../i18n/lang.js';
import { type Messages, interfaceLang, interfaceMark, messages } from '../../i18n/messages.js';
import { type Catalog, type ListWords, T4gSearchWidget } from '../../internal/search-widget.js';
import { hostStyles } from '../../styles/host.js';
import { searchUiStyles } from '../../styles/search-ui.js';
import { copyLinkButton, headingLevel } from '../../views/common.js';
import { T4gCityCard, cityProfile } from '../city-card/city-card.js';
import { cityDirectoryStyles } from './city-directory.styles.js';

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
 * @slot heading - Replaces the title with markup of the page's own.
 * @csspart title - The catalogue's title (or the `heading`).
 * @csspart filter-group - Each group of filters (a disclosure).
 * @csspart card - Each city card.
 * @csspart card-title - Each city card's title.
 * @csspart badge - Role and track badges.
 * @csspart input - The search field.
 * @csspart chip - Each active filter's remove button.
 * @csspart button - Buttons.
 * @csspart pagination - The pagination bar.
 * @csspart select - The sort menu.
 */
export class T4gCityDirectory extends T4gSearchWidget<CityFacetKey, CitySortKey, CitySearchResult> {
  static override styles = [hostStyles, searchUiStyles, cityDirectoryStyles];
  static override tag = 't4g-city-directory';
  static override properties: PropertyDeclarations = { listen: { type: Boolean }, pageSize: { type: Number, attribute: 'page-size' }, urlPrefix: { attribute: 'url-prefix' } };
  static override dependencies = [T4gCityCard];

  /** Show the city chosen anywhere on the page (`t4g-city-select`), e.g. in a solution's detail. */
  listen = false;

  static override defaultPageSize = 24;

  /** Cities per page (a whole number from 1; anything else gives 24). */
  override pageSize = 24;

  /** Prefix of this widget's URL parameters; give each widget on a page its own. */
  override urlPrefix = 't4g-city-';

  // A city chosen elsewhere (a solution's detail, a card outside) opens here.
  private readonly follow = listenController(this, 't4g-city-select', ({ cityId }) => {
    this.showCity(cityId);
    void this.updateComplete.then(() => this.scrollIntoView?.({ block: 'start' }));
  });

  protected override readonly loadEntryView = cityProfile;

  /** Its entries are cities. */
  readonly entryKind = 'city' as const;

  constructor() {
    super({ facets: CITY_FACET_KEYS, sorts: CITY_SORT_KEYS, openIsPrefix: true });
  }

  /** e.g. `{ country: ['FI'], role: ['mentor'], track: ['tourism'] }`. */
  override setFilters(filters: Partial<Record<CityFacetKey, readonly string[]>>): void {
    super.setFilters(filters);
  }

  /** `relevance` (with words), `name`, `population` or `solutions`. */
  override setSort(sort: CitySortKey): void {
    super.setSort(sort);
  }

  /** Shows a city's full profile, as if its card had been activated. */
  showCity(cityId: string): void {
    this.views.change({ ...this.view, open: cityId });
    this.afterRender.then(() => void this.renderRoot.querySelector<T4gCityCard>('.profile t4g-city-card')?.focusHeading());
  }

  /** Back to the grid from a full profile (also Escape in it), focus on that city's card. */
  closeCity(): void {
    this.views.change({ ...this.view, open: undefined });
  }

  /** The address opened a city as the page loaded (a shared link): its profile gets focus, in view, once shown. */
  private revealOpen = false;

  override connectedCallback() {
    super.connectedCallback();
    if (!this.hasUpdated) this.revealOpen = !!this.view.open;
  }

  override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    const card = this.revealOpen ? this.renderRoot.querySelector<T4gCityCard>('.profile t4g-city-card') : null;
    if (card) {
      this.revealOpen = false;
      void card.focusHeading();
    }
  }

  // However the profile closed (the button, Escape, the browser's Back), focus goes to its city's card.
  protected override viewChanged(previous: ViewState<CityFacetKey, CitySortKey>) {
    super.viewChanged(previous);
    this.revealOpen = false;
    const open = previous.open;
    if (open && !this.view.open) this.afterRender.then(() => {
      // The grid was just rendered again: its cards render in their own update, after this one.
      const card = this.renderRoot.querySelector<T4gCityCard>(`.grid t4g-city-card[city-id="${CSS.escape(open)}"]`);
      if (card) void card.updateComplete.then(() => card.focus());
      else this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
    });
  }

  protected override entry(catalog: Catalog, lang: string, id: string) {
    return searchEngine().cityIndex(catalog, lang).city(id);
  }

  protected override runSearch(catalog: Catalog, lang: string, view: ViewState<CityFacetKey, CitySortKey>): CitySearchResult {
    // The view is the query: its words, filters and sort (the search reads nothing else of it).
    return searchEngine().cityIndex(catalog, lang).search(view);
  }

  protected override facetLabel(catalog: Catalog, key: CityFacetKey, value: string, lang: string, t: Messages): string {
    if (key === 'country') return countryName(value, interfaceLang(lang));
    if (key === 'role') return t.role[value] ?? value;
    return trackName(catalog, value, lang, t.trackNames);
  }

  private onCardSelect(event: CustomEvent<T4gCitySelectDetail>) {
    // Handled here, then announced from the directory itself, so that its own
    // document listener does not take it for a choice made elsewhere.
    event.stopPropagation();
    this.showCity(event.detail.cityId);
    fire(this, 't4g-city-select', event.detail);
  }

  override render() {
    const lang = resolveLang(this);
    const catalog = this.data.catalog;
    return catalog && this.view.open ? this.renderProfile(catalog, this.view.open, lang) : this.renderPage(lang);
  }

  /** An open city's full profile, in place of the list. */
  private renderProfile(catalog: Catalog, open: string, lang: string) {
    const t = messages(lang);
    return html`<div class="profile" lang=${ifDefined(interfaceMark(lang))} @t4g-city-select=${this.onCardSelect} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.closeCity()}>
        <div class="bar">
          <button type="button" part="button" class="link back" @click=${() => this.closeCity()}>← ${t.backToCities}</button>
          ${copyLinkButton(this.href(open), this.copied, (text) => (this.copied = text), t)}
        </div>
        <t4g-city-card exportparts="card, badge, button, card-title" variant="full" heading-level=${headingLevel(this.headingLevel, 4)} lang=${lang} .catalog=${catalog}
          city-id=${open} .city=${this.entry(catalog, lang, open)}></t4g-city-card>
      </div>`;
  }

  protected override words(t: Messages): ListWords {
    return { errorTitle: t.cityErrorTitle, search: t.searchCities, placeholder: t.searchCitiesPlaceholder, sorts: t.citySort, legends: t.cityFacet, loading: t.loadingCities, count: t.cities };
  }

  protected override noMatchText(catalog: Catalog, t: Messages): string {
    return catalog.cities.length ? t.noCityMatch : t.noCities;
  }

  /** Nothing matches: said, with the ways out; a catalogue without cities says so in the results' heading alone. */
  protected override renderNoMatch(catalog: Catalog, filtered: boolean, t: Messages) {
    return catalog.cities.length ? this.renderEmpty(t.noCityMatch, filtered, t) : nothing;
  }

  protected override renderGrid(catalog: Catalog, lang: string, ids: string[], href: (id: string) => string, cardLevel: number) {
    const index = searchEngine().cityIndex(catalog, lang);
    return html`<ol class="grid" @t4g-city-select=${this.onCardSelect}>
        ${repeat(ids, (id) => id, (id) => html`<li>
          <t4g-city-card exportparts="card, badge, card-title" heading-level=${cardLevel} lang=${lang} city-id=${id} .catalog=${catalog} .city=${index.city(id)} .href=${href(id)}></t4g-city-card>
        </li>`)}
      </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    't4g-city-directory': T4gCityDirectory;
  }
}
