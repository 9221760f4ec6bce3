/**
 * A search view's state (words, filters, sort, page, open entry) and its form
 * in a page URL, under a prefix so two widgets on one page, and the page's own
 * parameters, keep apart: `?t4g-q=energy&t4g-track=tourism&t4g-page=2`.
 * The marketplace and the city directory each pass their facet and sort keys.
 * An open entry's parameter is its address: `?t4g-open=bike-share` for a
 * solution, `?t4g-city=porto` for a city (the directory's prefix `t4g-city-`
 * without its final hyphen), so the marketplace's city filter is `t4g-cities`.
 */
import { FACET_KEYS, type FacetKey } from './facets.js';
import { SORT_KEYS, type SortKey } from './search.js';

export interface ViewState<K extends string = FacetKey, S extends string = SortKey> {
  text: string;
  filters: Partial<Record<K, string[]>>;
  /** Undefined: the default for the text (relevance with words, else name). */
  sort?: S;
  /** 1-based. */
  page: number;
  /** Id of the entry whose detail is open. */
  open?: string;
}

export const EMPTY_VIEW: ViewState<never, never> = { text: '', filters: {}, page: 1 };

export interface ViewKeys<K extends string, S extends string> {
  facets: readonly K[];
  sorts: readonly S[];
  /** The open entry's parameter is the prefix itself, without its final hyphen (a city: `t4g-city`), not `${prefix}open`. */
  openIsPrefix?: boolean;
}

const SOLUTION_KEYS: ViewKeys<FacetKey, SortKey> = { facets: FACET_KEYS, sorts: SORT_KEYS };

const PARAM_NAMES: Record<string, string> = { text: 'q', city: 'cities' };
const param = (prefix: string, name: string) => `${prefix}${PARAM_NAMES[name] ?? name}`;

/** The URL parameter that names the open entry: a link to an entry is this page with it (`?t4g-open=ID`). */
export const openParam = (prefix: string, keys: { openIsPrefix?: boolean } = {}) => (keys.openIsPrefix ? prefix.replace(/-$/, '') : param(prefix, 'open'));

/** Reads the state under `prefix` from URL search parameters; unknown or malformed values are ignored. */
export function viewFromParams<K extends string = FacetKey, S extends string = SortKey>(
  params: URLSearchParams,
  prefix: string,
  keys: ViewKeys<K, S> = SOLUTION_KEYS as unknown as ViewKeys<K, S>,
): ViewState<K, S> {
  const filters: Partial<Record<K, string[]>> = {};
  for (const key of keys.facets) {
    const values = [...new Set(params.getAll(param(prefix, key)).filter(Boolean))];
    if (values.length) filters[key] = values;
  }
  const sort = params.get(param(prefix, 'sort')) as S | null;
  const page = Number.parseInt(params.get(param(prefix, 'page')) ?? '', 10);
  const view: ViewState<K, S> = { text: params.get(param(prefix, 'text')) ?? '', filters, page: page > 0 ? page : 1 };
  if (sort && keys.sorts.includes(sort)) view.sort = sort;
  const open = params.get(openParam(prefix, keys));
  if (open) view.open = open;
  return view;
}

/** Writes `view` into `params` under `prefix`, leaving every other parameter as it was. Defaults are left out. */
export function writeViewParams<K extends string, S extends string>(
  params: URLSearchParams,
  view: ViewState<K, S>,
  prefix: string,
  keys: ViewKeys<K, S> = SOLUTION_KEYS as unknown as ViewKeys<K, S>,
): void {
  for (const name of ['text', 'sort', 'page', ...keys.facets]) params.delete(param(prefix, name));
  params.delete(openParam(prefix, keys));
  if (view.text) params.set(param(prefix, 'text'), view.text);
  for (const key of keys.facets) for (const value of view.filters[key] ?? []) params.append(param(prefix, key), value);
  if (view.sort) params.set(param(prefix, 'sort'), view.sort);
  if (view.page > 1) params.set(param(prefix, 'page'), String(view.page));
  if (view.open) params.set(openParam(prefix, keys), view.open);
}

/** Same words, filters, sort, page and open entry. */
export function sameView(a: ViewState<string, string>, b: ViewState<string, string>): boolean {
  const serialise = (view: ViewState<string, string>) =>
    JSON.stringify([view.text, view.sort ?? '', view.page, view.open ?? '', Object.entries(view.filters).filter(([, v]) => v?.length).sort()]);
  return serialise(a) === serialise(b);
}
