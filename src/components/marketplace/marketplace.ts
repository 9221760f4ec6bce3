import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CatalogError } from '../../catalog/errors.js';
import { type LoadedCatalog, loadCatalog } from '../../catalog/load.js';
import { localize } from '../../catalog/localized.js';
import { type Problem, describeProblem } from '../../catalog/problems.js';
import { resolveLang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { hostStyles } from '../../styles/host.js';
import { marketplaceStyles } from './marketplace.styles.js';

export interface T4gErrorDetail {
  /** What went wrong, in plain words (names the URL and the reason). */
  message: string;
  kind: CatalogError['kind'] | 'unknown';
}

export interface T4gCatalogProblemsDetail {
  /** Entries left out or references dropped; the widget works with the rest. */
  problems: Problem[];
}

type LoadState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; result: LoadedCatalog }
  | { status: 'error'; error: T4gErrorDetail };

/**
 * The Tech4Good Marketplace: the catalogue's solutions, loaded from `src` or
 * given as `catalog`.
 *
 * @summary The searchable solutions catalogue a city embeds.
 * @fires t4g-error - The catalogue cannot be shown at all; `detail: { message, kind }`.
 * @fires t4g-catalog-problems - Some entries were left out; `detail: { problems }`.
 * @csspart card - Each solution card.
 * @csspart button - The retry button.
 * @cssprop --t4g-card-min-width - Narrowest a card may be before the grid drops a column (default 16em).
 */
export class T4gMarketplace extends LitElement {
  static override styles = [hostStyles, marketplaceStyles];

  /** Address of the catalogue JSON. */
  @property() src?: string;

  /** A catalogue object, instead of `src`. */
  @property({ attribute: false }) catalog?: object;

  @state() private load: LoadState = { status: 'idle' };

  // Each load gets a number; a slower earlier load never overwrites a later one.
  private loadNumber = 0;
  private abort?: AbortController;

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') || changed.has('catalog')) void this.reload();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  /** Loads the catalogue again, bypassing the shared cache (the retry button). */
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
      if (result.problems.length) this.reportProblems(result.problems);
    } catch (error) {
      if (number !== this.loadNumber) return;
      const detail: T4gErrorDetail =
        error instanceof CatalogError ? { message: error.message, kind: error.kind } : { message: String(error), kind: 'unknown' };
      this.load = { status: 'error', error: detail };
      this.dispatchEvent(new CustomEvent('t4g-error', { detail, bubbles: true, composed: true }));
    }
  }

  private reportProblems(problems: Problem[]) {
    console.warn(`Tech4Good Marketplace: ${problems.length} problem(s) in the catalogue; the rest is shown.\n${problems.map(describeProblem).join('\n')}`);
    this.dispatchEvent(new CustomEvent<T4gCatalogProblemsDetail>('t4g-catalog-problems', { detail: { problems }, bubbles: true, composed: true }));
  }

  override render() {
    const lang = resolveLang(this);
    const t = messages(lang);
    const load = this.load;
    if (load.status === 'error') {
      return html`<div class="error" role="alert">
        <h2>${t.errorTitle}</h2>
        <p>${load.error.message}</p>
        <button part="button" @click=${() => this.reload(true)}>${t.retry}</button>
      </div>`;
    }
    if (load.status !== 'ready') {
      return html`<div aria-busy="true">
        <p class="count" role="status">${load.status === 'loading' ? t.loading : ''}</p>
        <ol>${load.status === 'loading' ? [1, 2, 3].map(() => html`<li class="skeleton"></li>`) : nothing}</ol>
      </div>`;
    }
    const { catalog } = load.result;
    return html`
      ${catalog.title ? html`<h2>${localize(catalog.title, lang)}</h2>` : nothing}
      <p class="count" role="status">${catalog.solutions.length ? t.solutions(catalog.solutions.length) : t.noSolutions}</p>
      <ol>
        ${catalog.solutions.map(
          (solution) => html`<li><t4g-solution-card exportparts="card, badge" .solution=${solution} .tracks=${catalog.tracks}></t4g-solution-card></li>`,
        )}
      </ol>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    't4g-marketplace': T4gMarketplace;
  }
  interface GlobalEventHandlersEventMap {
    't4g-error': CustomEvent<T4gErrorDetail>;
    't4g-catalog-problems': CustomEvent<T4gCatalogProblemsDetail>;
  }
}
