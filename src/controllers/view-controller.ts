import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EMPTY_VIEW, type ViewKeys, type ViewState, openParam, sameView, viewFromParams, writeViewParams } from '../catalog/query-state.js';

export interface ViewOptions<K extends string, S extends string> {
  keys: ViewKeys<K, S>;
  /** Read when needed, so the host's attributes can change. */
  syncUrl(): boolean;
  prefix(): string;
  /** Called after every change of the view, from the widget, its API or the URL. */
  changed(previous: ViewState<K, S>, source: 'user' | 'history'): void;
}

/**
 * A search widget's view (words, filters, sort, page, open entry). The open
 * entry is always in the page URL (`?t4g-open=ID`: a link to it, and Back
 * closes it); with `syncUrl`, so is the rest, under the widget's prefix:
 * - each change is one history entry, except that a burst of typing is one;
 * - closing the entry that the current history entry opened goes back instead
 *   of adding another, so Back after closing never reopens it. The entry is
 *   known by a mark in its state (`history.state.t4g`), not by a flag: an
 *   entry the page pushed since (its router, another widget) is never undone;
 * - an entry closed for another widget's (a city chosen in a solution's
 *   detail) pushes an entry marked as left, which the widget that opens next
 *   replaces: Back returns to the solution, never past the page's first entry;
 *   closing what opened there adds an entry (Back from it would reopen the
 *   solution, not close the city);
 * - Back and Forward restore the view, and the reader's place even when the
 *   address has a fragment (`keepPlace`).
 */
export class ViewController<K extends string, S extends string> implements ReactiveController {
  view: ViewState<K, S> = EMPTY_VIEW;
  private lastChange: ChangeKind | undefined;
  /** The view was read from the URL with `syncUrl` on (on connecting, or since it was switched on). */
  synced = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ViewOptions<K, S>,
  ) {
    host.addController(this);
  }

  hostConnected() {
    window.addEventListener('popstate', this.onPopState);
    this.view = this.fromUrl();
  }

  hostDisconnected() {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Reads the view from the URL again (when `sync-url` is switched on). */
  readUrl() {
    this.set(this.fromUrl(), 'history');
  }

  /**
   * Changes the view; `text` marks a keystroke, which joins the previous keystroke's history entry;
   * `leave` closes the open entry for another widget's (an entry pushed, not the opening one undone: the other widget
   * replaces it with its own, and Back returns to this one's); `amend` rewrites the current entry (no other took it).
   */
  change(view: ViewState<K, S>, kind: ChangeKind = 'other'): boolean {
    if (sameView(view, this.view)) return false;
    const closing = !!this.view.open && !view.open;
    const opening = !this.view.open && !!view.open;
    if (closing && kind !== 'leave' && mark(history.state) === this.mark() && sameView({ ...view, open: this.view.open }, this.view)) {
      // Undo the entry that opened it; the popstate that follows finds the view already closed.
      this.set(view, 'user');
      history.back();
      return true;
    }
    const openChanged = view.open !== this.view.open;
    this.set(view, 'user');
    if (this.options.syncUrl() || openChanged) this.writeUrl(kind, opening);
    return true;
  }

  private set(view: ViewState<K, S>, source: 'user' | 'history') {
    if (sameView(view, this.view)) return;
    const previous = this.view;
    this.view = view;
    this.options.changed(previous, source);
    this.host.requestUpdate();
  }

  /** The view in the URL; without `syncUrl`, only its open entry (the rest as it is). */
  private fromUrl(): ViewState<K, S> {
    const { prefix, keys, syncUrl } = this.options;
    const params = new URLSearchParams(location.search);
    if ((this.synced = syncUrl())) return viewFromParams(params, prefix(), keys);
    const { open: _, ...rest } = this.view;
    const open = params.get(openParam(prefix(), keys));
    return open ? { ...rest, open } : rest;
  }

  private writeUrl(kind: ChangeKind, opening: boolean) {
    const { prefix, keys } = this.options;
    const url = new URL(location.href);
    if (this.options.syncUrl()) writeViewParams(url.searchParams, this.view, prefix(), keys);
    else if (this.view.open) url.searchParams.set(openParam(prefix(), keys), this.view.open);
    else url.searchParams.delete(openParam(prefix(), keys));
    if (url.href === location.href && kind !== 'amend') return;
    const overLeft = opening && mark(history.state) === LEFT;
    const replace = kind === 'amend' || (kind === 'text' && this.lastChange === 'text') || overLeft;
    const value = kind === 'leave' ? LEFT : overLeft ? `${OVER}${this.mark()}` : opening ? this.mark() : undefined;
    history[replace ? 'replaceState' : 'pushState'](marked(history.state, value), '', url);
    this.lastChange = kind;
  }

  /** What marks the history entry that opened the current entry: its parameter and id. */
  private mark(): string {
    return `${openParam(this.options.prefix(), this.options.keys)}=${this.view.open}`;
  }

  private onPopState = () => {
    this.lastChange = undefined;
    if (location.hash) keepPlace(scrollX, scrollY);
    this.set(this.fromUrl(), 'history');
  };
}

/**
 * Going back or forward to an address with a fragment (a skip link's `#main`), Chromium scrolls to that fragment and
 * takes focus from where the widgets put it (the card a closed detail gives it back to), just after popstate: the
 * reader would lose their place. When that happens within the next frames, the scroll position and that focus are
 * put back.
 */
function keepPlace(x: number, y: number, frames = 3) {
  let lost: HTMLElement | undefined;
  const onFocusOut = (event: FocusEvent) => {
    if (!event.relatedTarget) lost = event.composedPath()[0] as HTMLElement;
  };
  document.addEventListener('focusout', onFocusOut, true);
  const check = () => {
    const dropped = !document.activeElement || document.activeElement === document.body;
    if (dropped && lost?.isConnected && (scrollX !== x || scrollY !== y)) {
      scrollTo(x, y);
      lost.focus({ preventScroll: true });
    } else if (--frames > 0) return void requestAnimationFrame(check);
    document.removeEventListener('focusout', onFocusOut, true);
  };
  requestAnimationFrame(check);
}

/** What a change is, for the history: a keystroke, another change, closing for another widget, or rewriting the last change. */
export type ChangeKind = 'text' | 'other' | 'leave' | 'amend';

/** An entry closed for another widget's: the next to open replaces it. */
const LEFT = 'left';
/** Before the mark of an entry opened over one left: closing it adds an entry instead of going back. */
const OVER = 'over:';
const mark = (state: unknown): unknown => (state as { t4g?: unknown } | null)?.t4g;

/** The page's own history state (its router's), with our mark set, or taken off; a state that is no object stays as it is. */
function marked(state: unknown, value: string | undefined): unknown {
  if (state !== null && typeof state !== 'object') return state;
  const { t4g: _, ...own } = (state ?? {}) as Record<string, unknown>;
  return value ? { ...own, t4g: value } : own;
}
