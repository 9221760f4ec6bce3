/**
 * The marketplace's view state (words, filters, sort, page, open solution) and
 * its form in a page URL, under a prefix so two widgets on one page, and the
 * page's own parameters, keep apart: `?t4g-q=energy&t4g-track=tourism&t4g-page=2`.
 */
import { FACET_KEYS, type FacetKey, normalizeFilters } from './facets.js';
import { SORT_KEYS, type SortKey } from './search.js';

export interface ViewState {
  text: string;
  filters: Partial<Record<FacetKey, string[]>>;
  /** Undefined: the default for the text (relevance with words, else name). */
  sort?: SortKey;
  /** 1-based. */
  page: number;
  /** Id of the solution whose detail is open. */
  open?: string;
}

export const EMPTY_VIEW: ViewState = { text: '', filters: {}, page: 1 };

const param = (prefix: string, name: string) => `${prefix}${name === 'text' ? 'q' : name}`;

/** Reads the state under `prefix` from URL search parameters; unknown or malformed values are ignored. */
export function viewFromParams(params: URLSearchParams, prefix: string): ViewState {
  const filters: Partial<Record<FacetKey, string[]>> = {};
  for (const key of FACET_KEYS) {
    const values = params.getAll(param(prefix, key)).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  const sort = params.get(param(prefix, 'sort')) as SortKey | null;
  const page = Number.parseInt(params.get(param(prefix, 'page')) ?? '', 10);
  const view: ViewState = {
    text: params.get(param(prefix, 'text')) ?? '',
    filters: normalizeFilters(filters),
    page: page > 0 ? page : 1,
  };
  if (sort && SORT_KEYS.includes(sort)) view.sort = sort;
  const open = params.get(param(prefix, 'open'));
  if (open) view.open = open;
  return view;
}

/** Writes `view` into `params` under `prefix`, leaving every other parameter as it was. Defaults are left out. */
export function writeViewParams(params: URLSearchParams, view: ViewState, prefix: string): void {
  for (const name of ['text', 'sort', 'page', 'open', ...FACET_KEYS]) params.delete(param(prefix, name));
  if (view.text) params.set(param(prefix, 'text'), view.text);
  for (const key of FACET_KEYS) for (const value of view.filters[key] ?? []) params.append(param(prefix, key), value);
  if (view.sort) params.set(param(prefix, 'sort'), view.sort);
  if (view.page > 1) params.set(param(prefix, 'page'), String(view.page));
  if (view.open) params.set(param(prefix, 'open'), view.open);
}

export function sameView(a: ViewState, b: ViewState): boolean {
  const params = (view: ViewState) => {
    const p = new URLSearchParams();
    writeViewParams(p, view, '');
    return p.toString();
  };
  return params(a) === params(b);
}
