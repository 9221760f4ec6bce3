/**
 * Every event the library fires: all bubble and cross shadow roots
 * (`composed`), so a page can listen on `document`.
 */
import type { CatalogErrorKind } from './catalog/errors.js';
import type { FacetKey } from './catalog/facets.js';
import type { Problem } from './catalog/problems.js';
import type { SortKey } from './catalog/search.js';

export interface T4gErrorDetail {
  /** What went wrong, in plain words (names the URL or id and the reason). */
  message: string;
  /** `not-found`: the catalogue has no entry with the id asked for. */
  kind: CatalogErrorKind | 'not-found' | 'unknown';
}

export interface T4gCatalogProblemsDetail {
  /** Entries left out or references dropped; the widget works with the rest. */
  problems: Problem[];
}

export interface T4gSearchDetail {
  query: string;
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SortKey;
  total: number;
}

export interface T4gSelectDetail {
  solutionId: string;
}

export interface T4gCitySelectDetail {
  cityId: string;
}

/** A problem of a catalogue entry, as the submission page reports it. */
export interface SubmissionProblem {
  line: number;
  column: number;
  /** Where in the JSON: `solutions[0].provider.name`. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface T4gValidateDetail {
  problems: SubmissionProblem[];
  /** No errors (warnings allowed), as `t4g validate`'s exit status 0. */
  valid: boolean;
}

/** The library's events by name, as declared in `GlobalEventHandlersEventMap` below. */
export type T4gEventMap = { [K in keyof GlobalEventHandlersEventMap as K extends `t4g-${string}` ? K : never]: GlobalEventHandlersEventMap[K] };
export type T4gEventName = keyof T4gEventMap;
/** The `detail` an event of that name carries. */
export type T4gEventDetail<K extends T4gEventName> = T4gEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a `t4g-*` event the library's way: bubbling and composed, its detail typed by its name. A choice
 * (`t4g-select`, `t4g-city-select`) is cancelable: whoever shows the chosen entry calls `preventDefault()`, so the
 * widget it came from knows it was taken.
 */
export function fire<K extends T4gEventName>(target: EventTarget, type: K, detail: T4gEventDetail<K>): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: type.endsWith('select') }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    't4g-error': CustomEvent<T4gErrorDetail>;
    't4g-catalog-problems': CustomEvent<T4gCatalogProblemsDetail>;
    't4g-search': CustomEvent<T4gSearchDetail>;
    't4g-select': CustomEvent<T4gSelectDetail>;
    't4g-city-select': CustomEvent<T4gCitySelectDetail>;
    't4g-close': CustomEvent<void>;
    't4g-validate': CustomEvent<T4gValidateDetail>;
  }
}
