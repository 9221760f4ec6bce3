import { type PropertyValues, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FACET_KEYS, type FacetKey, type Filters, facetValueLabel, normalizeFilters, parseFacetList } from '../../catalog/facets.js';
import type { LoadedCatalog } from '../../catalog/load.js';
import { localize } from '../../catalog/localized.js';
import type { ViewState } from '../../catalog/query-state.js';
import { type SearchResult, type SortKey, SORT_KEYS, solutionIndex } from '../../catalog/search.js';
import { CatalogController } from '../../controllers/catalog-controller.js';
import { AfterRender } from '../../controllers/after-render.js';
import { ViewController } from '../../controllers/view-controller.js';
import { type T4gSearchDetail, type T4gSelectDetail, fire } from '../../events.js';
import { resolveLang } from '../../i18n/lang.js';
import { T4gElement } from '../../internal/t4g-element.js';
import { type Messages, messages } from '../../i18n/messages.js';
import { hostStyles } from '../../styles/host.js';
import { searchUiStyles } from '../../styles/search-ui.js';
import { type Chip, errorBox, facetGroups, facetPanel, filterChips, pagination, searchControls, skeleton } from '../../views/search-ui.js';
import { marketplaceStyles } from './marketplace.styles.js';

type Catalog = LoadedCatalog['catalog'];

/**
 * The Tech4Good Marketplace: search, filter and browse the catalogue's
 * solutions, and open one to read all about it. Needs no configuration
 * beyond `src`.
 *
 * @summary The searchable solutions catalogue a city embeds.
 * @tagname t4g-marketplace
 * @fires t4g-search - The words, filters or sort changed (by the person, the API, or Back/Forward); `detail: { query, filters, sort, total }`.
 * @fires t4g-select - A solution was opened; `detail: { solutionId }`.
 * @fires t4g-city-select - A city was chosen in a solution's detail (the detail closes); `detail: { cityId }`.
 * @fires t4g-error - The catalogue cannot be shown at all; `detail: { message, kind }`.
 * @fires t4g-catalog-problems - Some entries were left out; `detail: { problems }`.
 * @csspart card - Each solution card.
 * @csspart badge - Each track badge on a card.
 * @csspart mark - A search match in a card's name or summary.
 * @csspart input - The search field.
 * @csspart chip - Each active filter's remove button.
 * @csspart button - Buttons (retry, show all, clear all, suggestions).
 * @csspart pagination - The pagination bar.
 * @csspart dialog - The solution detail dialog.
 * @csspart dialog-button - The dialog's close and city buttons.
 * @csspart dialog-badge - The dialog's track badges.
 * @csspart select - The sort menu.
 */
export class T4gMarketplace extends T4gElement {
  static override styles = [hostStyles, searchUiStyles, marketplaceStyles];

  /** Address of the catalogue JSON. */
  @property() src?: string;

  /** A catalogue object, instead of `src`. */
  @property({ attribute: false }) catalog?: object;

  /** Which facets show, in order: any of track, technology, trl, sdg, pricing, providerType, providerCountry, city. */
  @property() facets?: string;

  /** Solutions per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;

  /** Keep the words, filters, sort, page and open solution in the page URL. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Prefix of this widget's URL parameters; give each widget on a page its own. */
  @property({ attribute: 'url-prefix' }) urlPrefix = 't4g-';

  /** Open the solution chosen anywhere on the page (`t4g-select` from a city card, say). */
  @property({ type: Boolean }) listen = false;

  /** Level of the catalogue's title in the page's outline (2 to 4); results and cards go one and two below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;


  @state() private expanded = new Set<string>();
  /** On narrow containers the facets fold away behind a "Filters" button. */
  @state() private filtersOpen = false;

  private readonly data = new CatalogController(this, () => this.catalog ?? this.src);
  private readonly views = new ViewController<FacetKey, SortKey>(this, {
    keys: { facets: FACET_KEYS, sorts: SORT_KEYS },
    syncUrl: () => this.syncUrl,
    prefix: () => this.urlPrefix,
    changed: (previous) => this.viewChanged(previous),
  });

  private result?: SearchResult;
  /** A corrected query, when nothing matches and a word looks like a typo. */
  private suggestion?: string;
  /** What `result` was computed for, so a view is searched once however often it is asked. */
  private computedFor?: { view: ViewState; catalog: Catalog; lang: string };
  /** The card to give focus back to when the detail closes. */
  private opener?: HTMLElement;
  /** Moves focus after a render, when the control that had it goes away. */
  private readonly afterRender = new AfterRender(this);

  /** Ids of every matching solution, in result order, across all pages. */
  get results(): string[] {
    return this.result?.ids ?? [];
  }

  /** How many solutions match. */
  get total(): number {
    return this.result?.total ?? 0;
  }

  private get view() {
    return this.views.view;
  }

  /** Searches for `text`, back on page 1. */
  search(text: string): void {
    this.views.change({ ...this.view, text, page: 1, open: undefined }, 'text');
  }

  /** Replaces every filter, e.g. `{ track: ['tourism'], trl: ['7-9'], sdg: [11] }`. */
  setFilters(filters: Filters): void {
    this.views.change({ ...this.view, filters: normalizeFilters(filters), page: 1 });
  }

  clearFilters(): void {
    this.setFilters({});
  }

  /** `relevance` (with words), `name`, `updated` or `deployed`. */
  setSort(sort: SortKey): void {
    if (SORT_KEYS.includes(sort)) this.views.change({ ...this.view, sort, page: 1 });
  }

  /** Opens a solution's detail, as if its card had been activated (another widget's `t4g-select`). */
  openSolutionById(solutionId: string): void {
    this.opener = undefined;
    this.views.change({ ...this.view, open: solutionId });
  }

  /** Loads the catalogue again, bypassing the shared cache (the retry button). */
  reload(): Promise<void> {
    return this.data.load(true);
  }

  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('t4g-select', this.onSelectElsewhere);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('t4g-select', this.onSelectElsewhere);
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') || changed.has('catalog')) {
      this.result = undefined;
      void this.data.load();
    }
    if (changed.has('syncUrl') && this.syncUrl && changed.get('syncUrl') !== undefined) this.views.readUrl();
    this.compute();
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

  /** Runs the search for the current view, so `results` and `total` are right at once. */
  private compute() {
    const catalog = this.data.catalog;
    if (!catalog) return;
    const lang = resolveLang(this);
    const last = this.computedFor;
    if (last && last.view === this.view && last.catalog === catalog && last.lang === lang) return;
    this.computedFor = { view: this.view, catalog, lang };
    const index = solutionIndex(catalog, lang);
    const query = { text: this.view.text, filters: this.view.filters, ...(this.view.sort && { sort: this.view.sort }) };
    this.result = index.search(query);
    this.suggestion = this.result.total === 0 && query.text.trim() ? index.suggest(query) : undefined;
  }

  // The issue asks for t4g-search after each change, so API calls and Back/Forward fire it too.
  private viewChanged(previous: ViewState) {
    this.compute();
    const view = this.view;
    const searchChanged = view.text !== previous.text || view.sort !== previous.sort || JSON.stringify(view.filters) !== JSON.stringify(previous.filters);
    if (searchChanged && this.result) {
      fire<T4gSearchDetail>(this, 't4g-search', { query: view.text, filters: structuredClone(view.filters), sort: this.result.sort, total: this.result.total });
    }
  }

  private onSelectElsewhere = (event: CustomEvent<T4gSelectDetail>) => {
    if (!this.listen || event.composedPath().includes(this)) return;
    this.openSolutionById(event.detail.solutionId);
  };

  private toggleFilter(key: FacetKey, value: string) {
    const current = this.view.filters[key] ?? [];
    this.setFilters({ ...this.view.filters, [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] });
  }

  private goToPage(page: number) {
    if (this.views.change({ ...this.view, page })) this.focusAfterRender('#results-heading');
  }

  private openSolution(event: CustomEvent<T4gSelectDetail>) {
    event.stopPropagation();
    this.opener = event.target as HTMLElement;
    this.views.change({ ...this.view, open: event.detail.solutionId });
    fire<T4gSelectDetail>(this, 't4g-select', event.detail);
  }

  /** Closes the detail; focus goes back to the card that opened it, unless another widget takes it (a city chosen). */
  private closeDetail(returnFocus = true) {
    this.views.change({ ...this.view, open: undefined });
    const opener = this.opener;
    this.opener = undefined;
    if (returnFocus) void this.updateComplete.then(() => opener?.focus());
  }

  override render() {
    const lang = resolveLang(this);
    const t = messages(lang);
    const state = this.data.state;
    if (state.status === 'error') return errorBox(state.error.message, () => this.data.load(true), t, this.headingLevel);
    const catalog = this.data.catalog;
    const level = Math.min(4, Math.max(2, this.headingLevel));
    return html`
      ${catalog?.title ? html`<h2 class="title" aria-level=${level}>${localize(catalog.title, lang)}</h2>` : nothing}
      ${searchControls({
        label: t.searchLabel,
        placeholder: t.searchPlaceholder,
        value: this.view.text,
        onInput: (text) => this.search(text),
        sortLabel: t.sortLabel,
        sorts: SORT_KEYS.filter((key) => key !== 'relevance' || this.view.text.trim()).map((key) => ({ value: key, label: t.sort[key]! })),
        sort: this.result?.sort ?? 'name',
        onSort: (sort) => this.setSort(sort as SortKey),
      })}
      <div class="layout">
        ${catalog && this.result ? this.renderFacets(catalog, this.result, lang, t) : nothing}
        <section class="results" aria-labelledby="results-heading" aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
          <h3 id="results-heading" aria-level=${level + 1} tabindex="-1">${t.results}</h3>
          <p class="count" role="status">${this.statusText(t)}</p>
          ${catalog && this.result ? this.renderResults(catalog, this.result, lang, t, level + 2) : skeleton(state.status === 'loading')}
        </section>
      </div>
      ${catalog ? this.renderDetail(catalog, lang) : nothing}
    `;
  }

  private statusText(t: Messages): string {
    const state = this.data.state;
    if (state.status === 'loading') return t.loading;
    if (state.status !== 'ready' || !this.result) return '';
    if (this.result.total) return t.solutions(this.result.total);
    if (!state.result.catalog.solutions.length) return t.noSolutions;
    // Say what can be done about it, since the buttons below are not announced.
    return [t.noMatch, this.suggestion ? `${t.didYouMean} ${this.suggestion}${t.questionMark}` : ''].filter(Boolean).join(' ');
  }

  private renderFacets(catalog: Catalog, result: SearchResult, lang: string, t: Messages) {
    return facetPanel({
      groups: facetGroups(parseFacetList(this.facets), result.facets, (key) => t.facet[key]!, (key, value) => facetValueLabel(catalog, key, value, lang, t), lang),
      expanded: this.expanded,
      open: this.filtersOpen,
      selectedCount: Object.values(this.view.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0),
      t,
      onToggleValue: (key, value) => this.toggleFilter(key as FacetKey, value),
      onToggleExpanded: (key) => (this.expanded = new Set(this.expanded.has(key) ? [...this.expanded].filter((k) => k !== key) : [...this.expanded, key])),
      onToggleOpen: () => (this.filtersOpen = !this.filtersOpen),
    });
  }

  private activeFilters(catalog: Catalog, lang: string, t: Messages): (Chip & { key: FacetKey })[] {
    return FACET_KEYS.flatMap((key) =>
      (this.view.filters[key] ?? []).map((value) => ({
        key,
        label: facetValueLabel(catalog, key, value, lang, t),
        remove: () => {
          this.toggleFilter(key, value);
          this.focusAfterRender('[part="chip"]', '#results-heading');
        },
      })),
    );
  }

  private renderResults(catalog: Catalog, result: SearchResult, lang: string, t: Messages, cardLevel: number) {
    const active = this.activeFilters(catalog, lang, t);
    const pages = Math.max(1, Math.ceil(result.total / this.pageSize));
    const page = Math.min(this.view.page, pages);
    const index = solutionIndex(catalog, lang);
    return html`
      ${filterChips(active, () => {
        this.clearFilters();
        this.focusAfterRender('#results-heading');
      }, t)}
      ${result.total === 0 && catalog.solutions.length ? this.renderEmpty(active, t) : nothing}
      <ol class="grid" @t4g-select=${this.openSolution}>
        ${result.ids.slice((page - 1) * this.pageSize, page * this.pageSize).map((id) => html`<li>
          <t4g-solution-card exportparts="card, badge, mark" heading-level=${cardLevel} lang=${lang}
            .solution=${index.solution(id)} .tracks=${catalog.tracks} .highlights=${result.highlights.get(id)}></t4g-solution-card>
        </li>`)}
      </ol>
      ${pagination(page, pages, (n) => this.goToPage(n), t)}
    `;
  }

  private renderEmpty(active: (Chip & { key: FacetKey })[], t: Messages) {
    const words = this.view.text.trim();
    const suggestion = this.suggestion;
    const searchFor = (text: string) => {
      this.search(text);
      this.focusAfterRender('#search');
    };
    return html`<div class="empty">
      ${words ? html`<p>${t.emptyWithWords(words)}</p>` : nothing}
      ${suggestion ? html`<p>${t.didYouMean} <button type="button" part="button" class="link" @click=${() => searchFor(suggestion)}>${suggestion}</button>${t.questionMark}</p>` : nothing}
      ${words || active.length
        ? html`<p>${t.emptyTryRemoving}</p>
            <ul>
              ${words ? html`<li><button type="button" part="button" class="link" @click=${() => searchFor('')}>${t.removeWords(words)}</button></li>` : nothing}
              ${active.map((chip) => html`<li>
                <button type="button" part="button" class="link" @click=${() => {
                  chip.remove();
                  this.focusAfterRender('#results-heading');
                }}>${t.facet[chip.key]}${t.colon}${chip.label}</button>
              </li>`)}
            </ul>`
        : nothing}
    </div>`;
  }

  private renderDetail(catalog: Catalog, lang: string) {
    const open = this.view.open;
    const solution = open ? solutionIndex(catalog, lang).solution(open) : undefined;
    return html`<t4g-solution-detail exportparts="dialog, button: dialog-button, badge: dialog-badge" lang=${lang} .solution=${solution} .catalog=${catalog} ?open=${!!solution}
      @t4g-close=${() => this.closeDetail()} @t4g-city-select=${() => this.closeDetail(false)}></t4g-solution-detail>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    't4g-marketplace': T4gMarketplace;
  }
}
