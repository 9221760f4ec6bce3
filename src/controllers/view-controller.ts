import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EMPTY_VIEW, type ViewKeys, type ViewState, sameView, viewFromParams, writeViewParams } from '../catalog/query-state.js';

export interface ViewOptions<K extends string, S extends string> {
  keys: ViewKeys<K, S>;
  /** Read when needed, so the host's attributes can change. */
  syncUrl(): boolean;
  prefix(): string;
  /** Called after every change of the view, from the widget, its API or the URL. */
  changed(previous: ViewState<K, S>, source: 'user' | 'history'): void;
}

/**
 * A search widget's view (words, filters, sort, page, open entry), optionally
 * kept in the page URL under the widget's prefix:
 * - each change is one history entry, except that a burst of typing is one;
 * - closing the entry that was opened by the last entry goes back instead of
 *   adding another, so Back after closing never reopens it;
 * - Back and Forward restore the view.
 */
export class ViewController<K extends string, S extends string> implements ReactiveController {
  view: ViewState<K, S> = EMPTY_VIEW;
  private lastChange: 'text' | 'other' | undefined;
  /** The history entry that opened the current entry was pushed by this widget. */
  private openPushed = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ViewOptions<K, S>,
  ) {
    host.addController(this);
  }

  hostConnected() {
    window.addEventListener('popstate', this.onPopState);
    if (this.options.syncUrl()) this.view = this.fromUrl();
  }

  hostDisconnected() {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Reads the view from the URL again (when `sync-url` is switched on). */
  readUrl() {
    this.set(this.fromUrl(), 'history');
  }

  /** Changes the view; `text` marks a keystroke, which joins the previous keystroke's history entry. */
  change(view: ViewState<K, S>, kind: 'text' | 'other' = 'other'): boolean {
    if (sameView(view, this.view)) return false;
    const closing = !!this.view.open && !view.open;
    const opening = !this.view.open && !!view.open;
    if (this.options.syncUrl() && closing && this.openPushed && sameView({ ...view, open: this.view.open }, this.view)) {
      // Undo the entry that opened it; the popstate that follows finds the view already closed.
      this.openPushed = false;
      this.set(view, 'user');
      history.back();
      return true;
    }
    this.set(view, 'user');
    if (this.options.syncUrl()) this.writeUrl(kind, opening);
    return true;
  }

  private set(view: ViewState<K, S>, source: 'user' | 'history') {
    if (sameView(view, this.view)) return;
    const previous = this.view;
    this.view = view;
    this.options.changed(previous, source);
    this.host.requestUpdate();
  }

  private fromUrl() {
    return viewFromParams(new URLSearchParams(location.search), this.options.prefix(), this.options.keys);
  }

  private writeUrl(kind: 'text' | 'other', opening: boolean) {
    const url = new URL(location.href);
    writeViewParams(url.searchParams, this.view, this.options.prefix(), this.options.keys);
    if (url.href === location.href) return;
    history[kind === 'text' && this.lastChange === 'text' ? 'replaceState' : 'pushState'](history.state, '', url);
    this.lastChange = kind;
    this.openPushed = opening;
  }

  private onPopState = () => {
    if (!this.options.syncUrl()) return;
    this.lastChange = undefined;
    this.openPushed = false;
    this.set(this.fromUrl(), 'history');
  };
}
