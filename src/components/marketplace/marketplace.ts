import { LitElement, type PropertyValues, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CatalogError } from '../../catalog/errors.js';
import { FACET_KEYS, type FacetKey, type Filters, facetValueLabel, normalizeFilters, parseFacetList } from '../../catalog/facets.js';
import { type LoadedCatalog, loadCatalog } from '../../catalog/load.js';
import { localize } from '../../catalog/localized.js';
import { type Problem, describeProblem } from '../../catalog/problems.js';
import { EMPTY_VIEW, type ViewState, sameView, viewFromParams, writeViewParams } from '../../catalog/query-state.js';
import { type SearchResult, type SortKey, SORT_KEYS, solutionIndex } from '../../catalog/search.js';
import { resolveLang } from '../../i18n/lang.js';
import { type Messages, messages } from '../../i18n/messages.js';
import { hostStyles } from '../../styles/host.js';
import { searchUiStyles } from '../../styles/search-ui.js';
import { facetGroups, facetPanel, filterChips, pagination, searchControls } from '../../views/facet-panel.js';
import { type T4gCatalogProblemsDetail, type T4gErrorDetail, type T4gSearchDetail, type T4gSelectDetail, fire } from '../../events.js';
import { marketplaceStyles } from './marketplace.styles.js';

type LoadState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; result: LoadedCatalog }
  | { status: 'error'; error: T4gErrorDetail };

/**
 * The Tech4Good Marketplace: search, filter and browse the catalogue's
 * solutions, and open one to read all about it. Needs no configuration
 * beyond `src`.
 *
 * @summary The searchable solutions catalogue a city embeds.
 * @fires t4g-search - The words, filters or sort changed; `detail: { query, filters, sort, total }`.
 * @fires t4g-select - A solution was opened; `detail: { solutionId }`.
 * @fires t4g-city-select - A city was chosen in a solution's detail (the detail closes); `detail: { cityId }`.
 * @fires t4g-error - The catalogue cannot be shown at all; `detail: { message, kind }`.
 * @fires t4g-catalog-problems - Some entries were left out; `detail: { problems }`.
 * @csspart card - Each solution card.
 * @csspart badge - Each track badge on a card.
 * @csspart input - The search field.
 * @csspart chip - Each active filter's remove button.
 * @csspart button - Buttons (retry, show all, clear all, suggestions).
 * @csspart pagination - The pagination bar.
 * @csspart dialog - The solution detail dialog.
 * @cssprop --t4g-card-min-width - Narrowest a card may be before the grid drops a column (default 16em).
 * @cssprop --t4g-color-brand - Links, buttons, badges.
 * @cssprop --t4g-color-surface - Backgrounds of cards and panels.
 * @cssprop --t4g-color-text - Text.
 * @cssprop --t4g-color-muted - Secondary text.
 * @cssprop --t4g-color-border - Borders.
 * @cssprop --t4g-color-focus - Focus outline.
 */
export class T4gMarketplace extends LitElement {
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

  /** Language of the interface and content; by default the nearest `lang` of the page. */
  @property({ reflect: true }) override lang!: string;

  @state() private load: LoadState = { status: 'idle' };
  @state() private view: ViewState = EMPTY_VIEW;
  @state() private expanded = new Set<FacetKey>();
  /** On narrow containers the facets fold away behind a "Filters" button. */
  @state() private filtersOpen = false;

  private result?: SearchResult;
  /** What `result` was computed for, so a view is searched once however often it is asked. */
  private computedFor?: { view: ViewState; load: LoadState; lang: string };
  private loadNumber = 0;
  private abort?: AbortController;
  /** The card to give focus back to when the detail closes. */
  private opener?: HTMLElement;
  /** A typing burst updates one history entry instead of adding one per key. */
  private lastUrlChange: 'text' | 'other' | undefined;
  private focusResultsAfterRender = false;

  /** Ids of every matching solution, in result order, across all pages. */
  get results(): string[] {
    return this.result?.ids ?? [];
  }

  /** How many solutions match. */
  get total(): number {
    return this.result?.total ?? 0;
  }

  /** Searches for `text`, back on page 1. */
  search(text: string): void {
    this.changeView({ ...this.view, text, page: 1, open: undefined }, 'text');
  }

  /** Replaces every filter, e.g. `{ track: ['tourism'], trl: ['7-9'], sdg: [11] }`. */
  setFilters(filters: Filters): void {
    this.changeView({ ...this.view, filters: normalizeFilters(filters), page: 1 });
  }

  clearFilters(): void {
    this.setFilters({});
  }

  /** `relevance` (with words), `name`, `updated` or `deployed`. */
  setSort(sort: SortKey): void {
    if (SORT_KEYS.includes(sort)) this.changeView({ ...this.view, sort, page: 1 });
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    document.addEventListener('t4g-select', this.onSelectElsewhere);
    if (this.syncUrl) this.view = viewFromParams(new URLSearchParams(location.search), this.urlPrefix);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    document.removeEventListener('t4g-select', this.onSelectElsewhere);
    this.abort?.abort();
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') || changed.has('catalog')) void this.reload();
    if (changed.has('syncUrl') && this.syncUrl && changed.get('syncUrl') !== undefined) {
      this.view = viewFromParams(new URLSearchParams(location.search), this.urlPrefix);
    }
    this.compute();
  }

  override updated() {
    if (this.focusResultsAfterRender) {
      this.focusResultsAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
    }
  }

  /** Loads the catalogue again; `fresh` bypasses the shared cache (the retry button). */
  async reload(fresh = false): Promise<void> {
    const source = this.catalog ?? this.src;
    this.abort?.abort();
    if (source === undefined || source === '') {
      this.load = { status: 'idle' };
      return;
    }
    const number = ++this.loadNumber;
    const abort = (this.abort = new AbortController());
    this.load = { status: 'loading' };
    try {
      const result = await loadCatalog(source, { signal: abort.signal, fresh });
      if (number !== this.loadNumber) return;
      this.load = { status: 'ready', result };
      this.compute();
      if (result.problems.length) this.reportProblems(result.problems);
    } catch (error) {
      if (number !== this.loadNumber) return;
      const detail: T4gErrorDetail =
        error instanceof CatalogError ? { message: error.message, kind: error.kind } : { message: String(error), kind: 'unknown' };
      this.load = { status: 'error', error: detail };
      fire(this, 't4g-error', detail);
    }
  }

  private reportProblems(problems: Problem[]) {
    console.warn(`Tech4Good Marketplace: ${problems.length} problem(s) in the catalogue; the rest is shown.\n${problems.map(describeProblem).join('\n')}`);
    fire<T4gCatalogProblemsDetail>(this, 't4g-catalog-problems', { problems });
  }

  /** Runs the search for the current view, so `results` and `total` are right at once. */
  private compute() {
    if (this.load.status !== 'ready') return;
    const lang = resolveLang(this);
    const last = this.computedFor;
    if (last && last.view === this.view && last.load === this.load && last.lang === lang) return;
    this.computedFor = { view: this.view, load: this.load, lang };
    const index = solutionIndex(this.load.result.catalog, lang);
    this.result = index.search({ text: this.view.text, filters: this.view.filters, ...(this.view.sort && { sort: this.view.sort }) });
  }

  private changeView(view: ViewState, kind: 'text' | 'other' = 'other') {
    if (sameView(view, this.view)) return;
    const searchChanged = view.text !== this.view.text || view.sort !== this.view.sort || !sameView({ ...EMPTY_VIEW, filters: view.filters }, { ...EMPTY_VIEW, filters: this.view.filters });
    this.view = view;
    this.compute();
    if (this.syncUrl) this.writeUrl(kind);
    if (searchChanged) fire<T4gSearchDetail>(this, 't4g-search', { query: view.text, filters: view.filters, sort: this.result?.sort ?? 'name', total: this.total });
  }

  private writeUrl(kind: 'text' | 'other') {
    const url = new URL(location.href);
    writeViewParams(url.searchParams, this.view, this.urlPrefix);
    if (url.href === location.href) return;
    const coalesce = kind === 'text' && this.lastUrlChange === 'text';
    history[coalesce ? 'replaceState' : 'pushState'](history.state, '', url);
    this.lastUrlChange = kind;
  }

  private onPopState = () => {
    if (!this.syncUrl) return;
    const view = viewFromParams(new URLSearchParams(location.search), this.urlPrefix);
    this.lastUrlChange = undefined;
    if (!sameView(view, this.view)) this.view = view;
  };

  private onSelectElsewhere = (event: CustomEvent<T4gSelectDetail>) => {
    if (!this.listen || event.composedPath().includes(this)) return;
    this.openSolutionById(event.detail.solutionId);
  };

  private toggleFilter(key: FacetKey, value: string) {
    const current = this.view.filters[key] ?? [];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    this.setFilters({ ...this.view.filters, [key]: next });
  }

  private goToPage(page: number) {
    this.focusResultsAfterRender = true;
    this.changeView({ ...this.view, page });
  }

  private openSolution(event: CustomEvent<T4gSelectDetail>) {
    event.stopPropagation();
    this.opener = event.target as HTMLElement;
    this.changeView({ ...this.view, open: event.detail.solutionId });
    fire<T4gSelectDetail>(this, 't4g-select', event.detail);
  }

  /** Opens a solution's detail, as if its card had been activated (another widget's `t4g-select`). */
  openSolutionById(solutionId: string): void {
    this.opener = undefined;
    this.changeView({ ...this.view, open: solutionId });
  }

  /** Closes the detail; focus goes back to the card that opened it, unless another widget takes it (a city chosen). */
  private closeDetail(returnFocus = true) {
    this.changeView({ ...this.view, open: undefined });
    const opener = this.opener;
    this.opener = undefined;
    if (returnFocus) void this.updateComplete.then(() => opener?.focus());
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
    return html`
      ${catalog?.title ? html`<h2 class="title">${localize(catalog.title, lang)}</h2>` : nothing}
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
        <section class="results" aria-labelledby="results-heading" aria-busy=${load.status === 'ready' ? 'false' : 'true'}>
          <h3 id="results-heading" tabindex="-1">${t.results}</h3>
          <p class="count" role="status">${this.statusText(t)}</p>
          ${catalog && this.result ? this.renderResults(catalog, this.result, lang, t) : this.renderSkeleton(load.status === 'loading')}
        </section>
      </div>
      ${catalog ? this.renderDetail(catalog) : nothing}
    `;
  }

  private statusText(t: Messages): string {
    if (this.load.status === 'loading') return t.loading;
    if (this.load.status !== 'ready' || !this.result) return '';
    if (this.result.total) return t.solutions(this.result.total);
    return this.load.result.catalog.solutions.length ? t.noMatch : t.noSolutions;
  }

  private renderSkeleton(loading: boolean) {
    return html`<ol class="grid">${loading ? Array.from({ length: 3 }, () => html`<li class="skeleton"></li>`) : nothing}</ol>`;
  }

  private renderFacets(catalog: LoadedCatalog['catalog'], result: SearchResult, lang: string, t: Messages) {
    return facetPanel({
      groups: facetGroups(parseFacetList(this.facets), result.facets, (key) => t.facet[key]!, (key, value) => facetValueLabel(catalog, key, value, lang, t), lang),
      expanded: this.expanded,
      open: this.filtersOpen,
      selectedCount: Object.values(this.view.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0),
      t,
      onToggleValue: (key, value) => this.toggleFilter(key as FacetKey, value),
      onToggleExpanded: (key) => this.toggleExpanded(key as FacetKey),
      onToggleOpen: () => (this.filtersOpen = !this.filtersOpen),
    });
  }

  private toggleExpanded(key: FacetKey) {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(key)) expanded.add(key);
    this.expanded = expanded;
  }

  private activeFilters(catalog: LoadedCatalog['catalog'], lang: string, t: Messages) {
    return FACET_KEYS.flatMap((key) => (this.view.filters[key] ?? []).map((value) => ({ key, value, label: facetValueLabel(catalog, key, value, lang, t) })));
  }

  private renderResults(catalog: LoadedCatalog['catalog'], result: SearchResult, lang: string, t: Messages) {
    const active = this.activeFilters(catalog, lang, t);
    const pages = Math.max(1, Math.ceil(result.total / this.pageSize));
    const page = Math.min(this.view.page, pages);
    const ids = result.ids.slice((page - 1) * this.pageSize, page * this.pageSize);
    const index = solutionIndex(catalog, lang);
    return html`
      ${filterChips(active.map(({ key, value, label }) => ({ label, remove: () => this.toggleFilter(key, value) })), () => this.clearFilters(), t)}
      ${result.total === 0 && catalog.solutions.length ? this.renderEmpty(active, lang, t) : nothing}
      <ol class="grid" @t4g-select=${this.openSolution}>
        ${ids.map((id) => html`<li>
          <t4g-solution-card exportparts="card, badge, mark" heading-level="4" lang=${lang}
            .solution=${index.solution(id)} .tracks=${catalog.tracks} .highlights=${result.highlights.get(id)}></t4g-solution-card>
        </li>`)}
      </ol>
      ${pagination(page, pages, (n) => this.goToPage(n), t)}
    `;
  }

  private renderEmpty(active: { key: FacetKey; value: string; label: string }[], lang: string, t: Messages) {
    const words = this.view.text.trim();
    const catalog = this.load.status === 'ready' ? this.load.result.catalog : undefined;
    const suggestion = words && catalog ? solutionIndex(catalog, lang).suggest({ text: words, filters: this.view.filters }) : undefined;
    return html`<div class="empty">
      ${words ? html`<p>${t.emptyWithWords(words)}</p>` : nothing}
      ${suggestion
        ? html`<p>${t.didYouMean} <button type="button" part="button" class="link" @click=${() => this.search(suggestion)}>${suggestion}</button>?</p>`
        : nothing}
      ${words || active.length
        ? html`<p>${t.emptyTryRemoving}</p>
            <ul>
              ${words ? html`<li><button type="button" part="button" class="link" @click=${() => this.search('')}>${t.removeWords(words)}</button></li>` : nothing}
              ${active.map(({ key, value, label }) => html`<li>
                <button type="button" part="button" class="link" @click=${() => this.toggleFilter(key, value)}>${t.facet[key]}: ${label}</button>
              </li>`)}
            </ul>`
        : nothing}
    </div>`;
  }

  private renderDetail(catalog: LoadedCatalog['catalog']) {
    const open = this.view.open;
    const solution = open ? catalog.solutions.find((s) => s.id === open) : undefined;
    return html`<t4g-solution-detail exportparts="dialog" lang=${resolveLang(this)} .solution=${solution} .catalog=${catalog} ?open=${!!solution}
      @t4g-close=${() => this.closeDetail()} @t4g-city-select=${() => this.closeDetail(false)}></t4g-solution-detail>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    't4g-marketplace': T4gMarketplace;
  }
}
