/**
 * The search UI that the marketplace and the city directory share, as
 * template functions over plain data: facet checkboxes with counts, filter
 * chips, pagination, and the search and sort controls. Styles: search-ui.ts.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FacetCount } from '../catalog/facet-filter.js';
import type { SearchOutcome } from '../catalog/query.js';
import type { Messages } from '../i18n/messages.js';

export interface FacetValueView extends FacetCount {
  label: string;
  /** The label's language, where it is not the interface's (a track the catalogue names in Swedish). */
  lang?: string;
}

export interface FacetGroup {
  key: string;
  legend: string;
  /** How many of its values are ticked (its title says so, open or folded). */
  ticked: number;
  open: boolean;
  /** Its values, in display order; none while it is folded (nobody sees them, and a keystroke need not label and sort them). */
  values: FacetValueView[];
}

/** Values shown before "show all"; a list only two longer is shown whole. */
const TOP_VALUES = 6;

/** Making a collator costs more than sorting a facet's values with it; one per language, for every render. */
const collators = new Map<string, Intl.Collator>();

export interface FacetGroupsInput<K extends string> {
  keys: readonly K[];
  /** A search's result, as to its facets: each one's counts (counted when read), whether it has values, its ticked values. */
  result: Pick<SearchOutcome<K, string>, 'facets' | 'hasValues' | 'applied'>;
  legend(key: K): string;
  label(key: K, value: string): string;
  lang: string;
  /** The label's language where it is not the interface's. */
  labelLang?(key: K, value: string): string | undefined;
  /** Whether the group is open, given its place among the groups shown and how many of its values are ticked. Default: all. */
  isOpen?(key: K, place: number, ticked: number): boolean;
}

/**
 * Facet groups for display, empty facets left out. Only an open group's values
 * are counted, labelled and sorted: ticked values first, in name order, so they
 * stay put while the counts under them re-sort; then the others by count, then
 * name.
 */
export function facetGroups<K extends string>({ keys, result, legend, label, lang, labelLang = () => undefined, isOpen = () => true }: FacetGroupsInput<K>): FacetGroup[] {
  const collator = collators.get(lang) ?? collators.set(lang, new Intl.Collator(lang)).get(lang)!;
  return keys
    .filter((key) => result.hasValues(key))
    .map((key, place) => {
      const ticked = result.applied(key).length;
      const open = isOpen(key, place, ticked);
      const values = open
        ? result.facets[key]
            .map((count) => ({ ...count, label: label(key, count.value), lang: labelLang(key, count.value) }))
            .sort((a, b) => +b.selected - +a.selected || (a.selected ? 0 : b.count - a.count) || collator.compare(a.label, b.label))
        : [];
      return { key, legend: legend(key), ticked, open, values };
    });
}

export interface FacetGroupsOptions {
  groups: FacetGroup[];
  /** Groups whose whole list shows ("Show all 71"), with a search box over it. */
  expanded: ReadonlySet<string>;
  /** The words typed in each long list's search box. */
  within: ReadonlyMap<string, string>;
  lang: string;
  t: Messages;
  onToggleValue(key: string, value: string): void;
  onToggleExpanded(key: string): void;
  /** Opens or folds a group (`open`), or turns it over from how it is now (a click on its title). */
  onToggleOpen(key: string, open?: boolean): void;
  onWithin(key: string, words: string): void;
}

/** The facet groups: each a disclosure whose title says how many of its values are ticked. */
export function facetGroupList(o: FacetGroupsOptions) {
  const { t } = o;
  return o.groups.map(({ key, legend, ticked, open, values }) => {
    const expanded = open && o.expanded.has(key);
    const collapsible = values.length > TOP_VALUES + 2;
    const words = (expanded && o.within.get(key)?.toLocaleLowerCase(o.lang)) || '';
    const shown = values.filter((value, i) => value.selected || (words ? value.label.toLocaleLowerCase(o.lang).includes(words) : expanded || !collapsible || i < TOP_VALUES));
    // A click on the title opens the group and draws its values in one update (natively it would open first, empty,
    // until the toggle event came); toggle still follows what opens it otherwise (find in page).
    const toggleOnClick = (e: Event) => {
      e.preventDefault();
      o.onToggleOpen(key);
    };
    return html`<details part="filter-group" ?open=${open} @toggle=${(e: Event) => o.onToggleOpen(key, (e.target as HTMLDetailsElement).open)}>
      <summary @click=${toggleOnClick}>${legend}${ticked ? html` <span class="ticked">(${ticked})</span>` : nothing}</summary>
      ${expanded ? html`<input type="search" class="within" autocomplete="off" aria-label=${t.searchWithin(legend)} .value=${o.within.get(key) ?? ''}
          @input=${(e: InputEvent) => o.onWithin(key, (e.target as HTMLInputElement).value)} />` : nothing}
      <fieldset>
        <legend class="visually-hidden">${legend}</legend>
        <ul>
          ${shown.map((value) => html`<li>
            <label>
              <input type="checkbox" .checked=${value.selected} @change=${() => o.onToggleValue(key, value.value)} />
              <bdi class="value" lang=${ifDefined(value.lang)}>${value.label}</bdi>
              <span class="facet-count">(${value.count})</span>
            </label>
          </li>`)}
        </ul>
        ${collapsible
          ? html`<button type="button" part="button" class="link" aria-expanded=${expanded ? 'true' : 'false'} @click=${() => o.onToggleExpanded(key)}>
              ${expanded ? t.showFewer : t.showAll(values.length)}
            </button>`
          : nothing}
      </fieldset>
    </details>`;
  });
}

export interface Chip {
  label: string;
  /** As FacetValueView's. */
  lang?: string;
  remove(): void;
}

export function filterChips(chips: readonly Chip[], onClearAll: () => void, t: Messages) {
  if (!chips.length) return nothing;
  // The name comes from the content, not an aria-label, so that a value in another language keeps its lang in it
  // (an aria-label is one string, read in one voice): the sentence's words around the value, for screen readers only.
  const [before = '', after = ''] = t.removeFilter('\u0000').split('\u0000');
  return html`<div class="chips">
    <ul aria-label=${t.activeFilters}>
      ${chips.map((chip) => html`<li>
        <button type="button" part="chip" class="chip" @click=${chip.remove}>
          ${before ? html`<span class="visually-hidden">${before}</span>` : nothing}<bdi lang=${ifDefined(chip.lang)}>${chip.label}</bdi>${after ? html`<span class="visually-hidden">${after}</span>` : nothing}<span aria-hidden="true"> ×</span>
        </button>
      </li>`)}
    </ul>
    <button type="button" part="button" class="link" @click=${onClearAll}>${t.clearAll}</button>
  </div>`;
}

/**
 * Previous, first, last, two either side of the current page, next; gaps as an ellipsis. `label` names the `<nav>`
 * (`t.pagination.solution`, `t.pagination.city`): a page with a marketplace and a directory has two, and two landmarks
 * of one name cannot be told apart.
 */
export function pagination(page: number, pages: number, onPage: (page: number) => void, t: Messages, label: string) {
  if (pages <= 1) return nothing;
  const numbers = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  // On a narrow container the numbers give way to "Page 3 of 6" (search-ui.ts styles), so Next never wraps alone;
  // each is hidden by display, so a screen reader hears the one shown (the numbers name the current page themselves).
  // Named with the widget's title (#title) too: two widgets of one kind on a page have pages that can be told apart.
  return html`<nav part="pagination" class="pagination" aria-labelledby="pages-name title">
    <span id="pages-name" hidden>${label}</span>
    <ul>
      <li><button type="button" part="button" ?disabled=${page === 1} @click=${() => onPage(page - 1)}>${t.previous}</button></li>
      ${numbers.map((n, i) => html`
        ${i > 0 && n - numbers[i - 1]! > 1 ? html`<li class="n" aria-hidden="true">…</li>` : nothing}
        <li class="n"><button type="button" part="button" aria-label=${t.page(n)} aria-current=${n === page ? 'page' : 'false'} @click=${() => onPage(n)}>${n}</button></li>
      `)}
      <li class="of">${t.pageOf(page, pages)}</li>
      <li><button type="button" part="button" ?disabled=${page === pages} @click=${() => onPage(page + 1)}>${t.next}</button></li>
    </ul>
  </nav>`;
}

export interface SearchControlsOptions {
  /** The controls' `lang`, when it is not the page's (English where no table speaks it). */
  lang?: string;
  label: string;
  placeholder: string;
  value: string;
  onInput(value: string): void;
  sortLabel: string;
  sorts: readonly { value: string; label: string }[];
  sort: string;
  onSort(value: string): void;
}

export function searchControls(o: SearchControlsOptions) {
  return html`<div class="controls" lang=${ifDefined(o.lang)}>
    <div class="search">
      <label for="search">${o.label}</label>
      <input id="search" part="input" type="search" autocomplete="off" placeholder=${o.placeholder}
        .value=${o.value} @input=${(e: InputEvent) => o.onInput((e.target as HTMLInputElement).value)} />
    </div>
    <div class="sort">
      <label for="sort">${o.sortLabel}</label>
      <select id="sort" part="select" .value=${o.sort} @change=${(e: Event) => o.onSort((e.target as HTMLSelectElement).value)}>
        ${o.sorts.map((sort) => html`<option value=${sort.value} ?selected=${sort.value === o.sort}>${sort.label}</option>`)}
      </select>
    </div>
  </div>`;
}

/** Placeholder cards while loading, of a card's size; hidden from screen readers, which hear the status line instead. */
export function skeleton(loading: boolean) {
  return html`<ol class="grid" aria-hidden="true">${loading ? [1, 2, 3, 4, 5, 6].map(() => html`<li class="skeleton"></li>`) : nothing}</ol>`;
}
