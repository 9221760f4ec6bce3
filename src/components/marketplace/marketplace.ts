import { type PropertyDeclarations, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { FACET_KEYS, type FacetKey, facetValueLabel, parseFacetList } from '../../catalog/facets.js';
import type { ViewState } from '../../catalog/query-state.js';
import { searchEngine } from '../../catalog/search-engine.js';
import { type SearchResult, type SolutionIndex, type SortKey, SORT_KEYS } from '../../catalog/search.js';
import { listenController } from '../../controllers/listen-controller.js';
import { type T4gCitySelectDetail, type T4gSelectDetail, fire } from '../../events.js';
import { resolveLang } from '../../i18n/lang.js';
import { type Messages, interfaceLang } from '../../i18n/messages.js';
import { type Catalog, type ListWords, T4gSearchWidget } from '../../internal/search-widget.js';
import { hostStyles } from '../../styles/host.js';
import { searchUiStyles } from '../../styles/search-ui.js';
import { isolate, shortened } from '../../views/common.js';
import { T4gSolutionCard } from '../solution-card/solution-card.js';
import { T4gSolutionDetail, solutionView } from '../solution-detail/solution-detail.js';

/**
 * The Tech4Good Marketplace: search, filter and browse the catalogue's
 * solutions, and open one to read all about it. Needs no configuration
 * beyond `src`.
 *
 * @summary The searchable solutions catalogue a city embeds.
 * @tagname t4g-marketplace
 * @fires t4g-search - The words, filters or sort changed (by the person, the API, or Back/Forward); `detail: { query, filters, sort, total }`.
 * @fires t4g-select - A solution was opened; `detail: { solutionId }`.
 * @fires t4g-city-select - A city was chosen in a solution's detail; `detail: { cityId }`. The detail closes; when no
 *   listener takes the choice (`preventDefault()`, as a directory or city card with `listen` does), the results show the
 *   solutions used in that city.
 * @fires t4g-error - The catalogue cannot be shown at all; `detail: { message, kind }`.
 * @fires t4g-catalog-problems - Some entries were left out; `detail: { problems }`.
 * @slot heading - Replaces the title with markup of the page's own.
 * @csspart title - The catalogue's title (or the `heading`).
 * @csspart filter-group - Each group of filters (a disclosure).
 * @csspart card - Each solution card.
 * @csspart card-title - Each solution card's title.
 * @csspart badge - Each track badge on a card.
 * @csspart input - The search field.
 * @csspart chip - Each active filter's remove button.
 * @csspart button - Buttons (retry, show all, clear all, suggestions).
 * @csspart pagination - The pagination bar.
 * @csspart dialog - The solution detail dialog.
 * @csspart dialog-button - The dialog's close and city buttons.
 * @csspart dialog-badge - The dialog's track badges.
 * @csspart select - The sort menu.
 */
export class T4gMarketplace extends T4gSearchWidget<FacetKey, SortKey, SearchResult> {
  static override styles = [hostStyles, searchUiStyles];
  static override tag = 't4g-marketplace';
  static override properties: PropertyDeclarations = { facets: {}, listen: { type: Boolean } };
  static override dependencies = [T4gSolutionCard, T4gSolutionDetail];

  /** Which facets show, in order: any of track, technology, trl, sdg, pricing, providerType, providerCountry, city. */
  facets?: string;

  /** Open the solution chosen anywhere on the page (`t4g-select` from a city card, say). */
  listen = false;

  /** A corrected query, when nothing matches and a word looks like a typo. */
  private suggestion?: string;
  /** The index whose text the current words wait for. */
  private waitingFor?: SolutionIndex;
  /** The card to give focus back to when the detail closes. */
  private opener?: HTMLElement;

  private readonly follow = listenController(this, 't4g-select', ({ solutionId }, event) => {
    this.openSolutionById(solutionId);
    // Closing gives focus back to where the choice was made (a link in a city's profile), when it is still there.
    this.opener = focused() ?? (event.composedPath()[0] as HTMLElement);
  });

  protected override readonly loadEntryView = solutionView;

  /** Its entries are solutions. */
  readonly entryKind = 'solution' as const;

  constructor() {
    super({ facets: FACET_KEYS, sorts: SORT_KEYS });
  }

  /** Replaces every filter, e.g. `{ track: ['tourism'], trl: ['7-9'], sdg: [11], pricing: ['free'] }`. */
  override setFilters(filters: Partial<Record<FacetKey, readonly (string | number)[]>>): void {
    super.setFilters(filters);
  }

  /** `relevance` (with words), `name`, `updated` or `deployed`. */
  override setSort(sort: SortKey): void {
    super.setSort(sort);
  }

  /** Opens a solution's detail, as if its card had been activated (another widget's `t4g-select`). */
  openSolutionById(solutionId: string): void {
    this.opener = undefined;
    this.views.change({ ...this.view, open: solutionId });
  }

  /**
   * Resolves once the catalogue is loaded and its words can be searched: a
   * large catalogue shows its first page at once and indexes its text just
   * after. Rejects when the catalogue cannot be loaded.
   */
  get searchReady(): Promise<void> {
    return this.data.whenReady().then((catalog) => searchEngine().solutionIndex(catalog, resolveLang(this)).ready);
  }

  protected override prepare(catalog: Catalog, lang: string): Promise<void> {
    return searchEngine().prepareSolutionIndex(catalog, lang);
  }

  protected override runSearch(catalog: Catalog, lang: string, view: ViewState<FacetKey, SortKey>): SearchResult | undefined {
    const index = searchEngine().solutionIndex(catalog, lang);
    // The view is the query: its words, filters and sort (the search reads nothing else of it).
    if (view.text.trim() && !index.textReady) {
      // Words wait for the index rather than freeze the page building it; the results show as loading meanwhile.
      if (this.waitingFor !== index) {
        this.waitingFor = index;
        void index.ready.then(() => {
          this.waitingFor = undefined;
          if (this.data.catalog !== catalog) return;
          this.recompute();
          this.announceSearch();
        });
      }
      return undefined;
    }
    const result = index.search(view);
    this.suggestion = result.total === 0 && view.text.trim() ? index.suggest(view) : undefined;
    return result;
  }

  protected override facetLabel(catalog: Catalog, key: FacetKey, value: string, lang: string, t: Messages): string {
    return facetValueLabel(catalog, key, value, lang, t, interfaceLang(lang));
  }

  // t4g-search follows every change of the words, filters or sort: the person's, the API's and Back/Forward's.
  protected override viewChanged(previous: ViewState<FacetKey, SortKey>) {
    super.viewChanged(previous);
    const view = this.view;
    const searchChanged = view.text !== previous.text || view.sort !== previous.sort || JSON.stringify(view.filters) !== JSON.stringify(previous.filters);
    if (searchChanged) this.announceSearch();
  }

  /** `t4g-search` for the current view, once its result is known. */
  private announceSearch() {
    const view = this.view;
    if (this.result) fire(this, 't4g-search', { query: view.text, filters: copyFilters(view.filters), sort: this.result.sort, total: this.result.total });
  }

  private openSolution(event: CustomEvent<T4gSelectDetail>) {
    event.stopPropagation();
    this.opener = event.target as HTMLElement;
    this.views.change({ ...this.view, open: event.detail.solutionId });
    fire(this, 't4g-select', event.detail);
  }

  /**
   * Closes the detail; focus goes back to the card that opened it, unless another widget takes it (a city chosen).
   * A detail opened from a link or by another widget had no card: focus goes to its solution's card if it is on this
   * page, else to the results' heading, never to the page's top (the next Tab would skip the widget).
   */
  private closeDetail(returnFocus = true) {
    const closed = this.view.open;
    // A city chosen: its widget takes the address, which should not go Back to this solution.
    this.views.change({ ...this.view, open: undefined }, returnFocus ? 'other' : 'leave');
    const opener = this.opener;
    this.opener = undefined;
    if (returnFocus) void this.updateComplete.then(() => {
      const card = opener?.isConnected ? opener : cards(this).find((card) => card.solution?.id === closed);
      (card ?? this.renderRoot.querySelector<HTMLElement>('#results-heading'))?.focus();
    });
  }

  override render() {
    const lang = resolveLang(this);
    const catalog = this.data.catalog;
    return html`
      ${this.renderPage(lang)}
      ${catalog ? this.renderDetail(catalog, lang) : nothing}
    `;
  }

  protected override words(t: Messages): ListWords {
    return { errorTitle: t.errorTitle, search: t.searchLabel, placeholder: t.searchPlaceholder, sorts: t.sort, legends: t.facet, loading: t.loading, count: t.solutions };
  }

  /** The facets the `facets` attribute lists. */
  protected override facetKeys(): FacetKey[] {
    return parseFacetList(this.facets);
  }

  protected override entry(catalog: Catalog, lang: string, id: string) {
    return searchEngine().solutionIndex(catalog, lang).solution(id);
  }

  protected override noMatchText(catalog: Catalog, t: Messages): string {
    if (!catalog.solutions.length) return t.noSolutions;
    return [this.emptyMessage(t), this.suggestion ? `${t.didYouMean} ${this.suggestion}${t.questionMark}` : ''].join(' ');
  }

  private emptyMessage(t: Messages): string {
    const words = this.view.text.trim();
    return words ? t.emptyWithWords(isolate(shortened(words))) : t.noMatch;
  }

  /** Above the results, a linked solution the catalogue does not have. */
  protected override renderResults(catalog: Catalog, result: SearchResult, lang: string, t: Messages, cardLevel: number) {
    return html`${this.renderMissing(catalog, lang, t)}${super.renderResults(catalog, result, lang, t, cardLevel)}`;
  }

  protected override renderGrid(catalog: Catalog, lang: string, ids: string[], href: (id: string) => string, cardLevel: number, result: SearchResult) {
    const index = searchEngine().solutionIndex(catalog, lang);
    return html`<ol class="grid" @t4g-select=${this.openSolution}>
        ${repeat(ids, (id) => id, (id) => html`<li>
          <t4g-solution-card exportparts="card, badge, card-title" heading-level=${cardLevel} lang=${lang}
            .solution=${index.solution(id)} .tracks=${catalog.tracks} .textLang=${catalog.language} .highlights=${result.highlights(id)} .href=${href(id)}></t4g-solution-card>
        </li>`)}
      </ol>`;
  }

  /** Nothing matches: one sentence with a suggested spelling, and the ways out. */
  protected override renderNoMatch(catalog: Catalog, filtered: boolean, t: Messages) {
    if (!catalog.solutions.length) return html`<p class="empty">${t.noSolutions}</p>`;
    const suggestion = this.suggestion;
    const searchFor = () => {
      this.search(suggestion!);
      this.focusAfterRender('#search');
    };
    return this.renderEmpty(
      html`${this.emptyMessage(t)}${suggestion
        ? html` ${t.didYouMean} <button type="button" part="button" class="link" @click=${searchFor}><bdi>${suggestion}</bdi></button>${t.questionMark}`
        : nothing}`,
      filtered,
      t,
    );
  }

  /** A link's solution the catalogue does not have (gone since the link was shared): said above the results, not ignored. */
  private renderMissing(catalog: Catalog, lang: string, t: Messages) {
    const open = this.view.open;
    if (!open || this.entry(catalog, lang, open)) return nothing;
    return html`<p class="empty missing" role="status">${t.unknownSolution(shortened(open), t.theCatalogue)}
      <button type="button" part="button" class="link" @click=${() => this.closeDetail()}>${t.close}</button></p>`;
  }

  private renderDetail(catalog: Catalog, lang: string) {
    const open = this.view.open;
    const solution = open ? this.entry(catalog, lang, open) : undefined;
    return html`<t4g-solution-detail exportparts="dialog, button: dialog-button, badge: dialog-badge" lang=${lang} .solution=${solution} .catalog=${catalog} .href=${open && this.href(open)} ?open=${!!solution}
      @t4g-close=${() => this.closeDetail()} @t4g-city-select=${this.cityChosen}></t4g-solution-detail>`;
  }

  /**
   * A city chosen in the detail: a widget that shows cities takes it (`preventDefault()`, as `listen` does) and the
   * detail closes for it; on a page with none, the detail closes on the solutions used in that city.
   */
  private cityChosen(event: CustomEvent<T4gCitySelectDetail>) {
    // Closed now, before the event reaches the document, so that the widget taking the city replaces the entry left.
    this.closeDetail(false);
    // Taken or not is known once the event has reached the document, where the page's listeners are.
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      this.views.change({ ...this.view, filters: { ...this.view.filters, city: [event.detail.cityId] }, page: 1 }, 'amend');
      // After the detail's own update, where its dialog closes and gives focus back to where it was before.
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus());
    });
  }
}

/** Where focus is, inside shadow roots: the control a choice was made with. */
function focused(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

/** A copy the listener may change, made by hand: structuredClone is far slower, at every keystroke. */
const copyFilters = <K extends string>(filters: Partial<Record<K, string[]>>) =>
  Object.fromEntries(Object.entries<string[] | undefined>(filters).map(([key, values]) => [key, values && [...values]])) as Partial<Record<K, string[]>>;

declare global {
  interface HTMLElementTagNameMap {
    't4g-marketplace': T4gMarketplace;
  }
}

/** The result cards on the page. */
const cards = (market: T4gMarketplace) => [...market.renderRoot.querySelectorAll<T4gSolutionCard>('.grid t4g-solution-card')];
