import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CatalogError } from '../catalog/errors.js';
import { type LoadedCatalog, loadCatalog } from '../catalog/load.js';
import { countryName } from '../catalog/names.js';
import { describeProblem } from '../catalog/problems.js';
import { type T4gCatalogProblemsDetail, type T4gErrorDetail, fire } from '../events.js';
import { formatNumber } from '../i18n/format.js';
import { resolveLang } from '../i18n/lang.js';
import { loadMessages } from '../i18n/messages.js';

export type CatalogState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; result: LoadedCatalog }
  | { status: 'error'; error: T4gErrorDetail };

/**
 * Loads a widget's catalogue (from its `src` or `catalog`) through the shared
 * cache: a later load always wins over a slower earlier one, an element moved
 * in the page reloads rather than showing the abort as an error, and the
 * problems of a partial catalogue are reported once, by event and console.
 */
export class CatalogController implements ReactiveController {
  state: CatalogState = { status: 'idle' };
  private number = 0;
  private abort?: AbortController;
  private waiters: { resolve: (catalog: LoadedCatalog['catalog']) => void; reject: (error: Error) => void }[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => string | object | undefined,
    private readonly maxBytes: () => number | undefined = () => undefined,
    /** Work done before the catalogue is shown (a large one's index, in slices); the widget shows it as loading meanwhile. */
    private readonly prepare: (catalog: LoadedCatalog['catalog']) => Promise<void> | void = () => {},
  ) {
    host.addController(this);
  }

  get catalog(): LoadedCatalog['catalog'] | undefined {
    return this.state.status === 'ready' ? this.state.result.catalog : undefined;
  }

  hostConnected() {
    if (this.state.status === 'idle' || this.state.status === 'loading') void this.load();
  }

  hostDisconnected() {
    // Forget the load in flight; reconnecting starts it again.
    this.number++;
    this.abort?.abort();
    if (this.state.status === 'loading') this.state = { status: 'idle' };
  }

  /** Loads the current source; `fresh` bypasses the shared cache (a retry). */
  async load(fresh = false): Promise<void> {
    const number = ++this.number;
    this.abort?.abort();
    const source = this.source();
    if (source === undefined || source === '') return this.set({ status: 'idle' });
    const abort = (this.abort = new AbortController());
    this.set({ status: 'loading' });
    const lang = resolveLang(this.host);
    // Intl's first country name and first number format take milliseconds (locale data): paid now, while the data downloads, not in the first render.
    countryName('FI', lang);
    formatNumber(lang, 0);
    try {
      // The page's language table (a file of its own) arrives with the data, so results never show in English first.
      const [result] = await Promise.all([loadCatalog(source, { signal: abort.signal, fresh, maxBytes: this.maxBytes() }), loadMessages(lang)]);
      if (number !== this.number) return;
      await this.prepare(result.catalog);
      if (number !== this.number) return;
      this.set({ status: 'ready', result });
      if (result.problems.length) {
        console.warn(`Tech4Good Marketplace: ${result.problems.length} problem(s) in the catalogue; the rest is shown.\n${result.problems.map(describeProblem).join('\n')}`);
        fire<T4gCatalogProblemsDetail>(this.host, 't4g-catalog-problems', { problems: result.problems });
      }
    } catch (error) {
      if (number !== this.number) return;
      const detail: T4gErrorDetail = error instanceof CatalogError ? { message: error.message, kind: error.kind } : { message: String(error), kind: 'unknown' };
      this.set({ status: 'error', error: detail });
      fire(this.host, 't4g-error', detail);
    }
  }

  /** Resolves with the catalogue once it is shown; rejects if it cannot be (an error state). */
  whenReady(): Promise<LoadedCatalog['catalog']> {
    return new Promise((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      this.settle();
    });
  }

  private set(state: CatalogState) {
    this.state = state;
    this.host.requestUpdate();
    this.settle();
  }

  private settle() {
    const state = this.state;
    if (state.status !== 'ready' && state.status !== 'error') return;
    for (const waiter of this.waiters.splice(0)) {
      if (state.status === 'ready') waiter.resolve(state.result.catalog);
      else waiter.reject(new Error(state.error.message));
    }
  }
}
