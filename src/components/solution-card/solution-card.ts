import { LitElement, type PropertyValues, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CatalogError } from '../../catalog/errors.js';
import { loadCatalog } from '../../catalog/load.js';
import { fallbackLanguage, localize } from '../../catalog/localized.js';
import { trackName } from '../../catalog/names.js';
import type { Solution, Track } from '../../catalog/schema.js';
import type { Range } from '../../catalog/search.js';
import { ICC_TRACKS } from '../../catalog/tracks.js';
import { type T4gErrorDetail, type T4gSelectDetail, fire } from '../../events.js';
import { resolveLang } from '../../i18n/lang.js';
import { T4gElement } from '../../internal/t4g-element.js';
import { MatchHighlight } from '../../controllers/match-highlight.js';
import { loadMessages, messages } from '../../i18n/messages.js';
import { hostStyles } from '../../styles/host.js';
import { solutionCardStyles } from './solution-card.styles.js';

/**
 * One solution as a card: name, provider, summary, tracks, readiness level,
 * how many cities use it, and its image (or a neutral placeholder).
 * Activating the name fires `t4g-select`; a marketplace opens the detail.
 *
 * @summary A solution of the Tech4Good Marketplace as a card.
 * @tagname t4g-solution-card
 * @fires t4g-select - The name was activated; `detail: { solutionId }`.
 * @fires t4g-error - With `src`: the catalogue failed to load, or has no solution `solution-id`; `detail: { message, kind }`.
 * @csspart card - The card's outer box.
 * @csspart badge - Each track or service badge.
 */
export class T4gSolutionCard extends T4gElement {
  static override styles = [hostStyles, solutionCardStyles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };


  /** The solution to show, as in the catalogue. */
  @property({ attribute: false }) solution?: Solution;

  /** The catalogue's tracks, to name the badges (default: the ICC tracks). */
  @property({ attribute: false }) tracks: readonly Track[] = ICC_TRACKS;

  /** Search matches to highlight in the name and summary: `[start, end)` character ranges of each, as displayed. */
  @property({ attribute: false }) highlights?: { name?: readonly Range[]; summary?: readonly Range[] };

  /** Catalogue address, with `solution-id`, to use the card on its own. */
  @property() src?: string;

  /** Id of the solution to show from `src`. */
  @property({ attribute: 'solution-id' }) solutionId?: string;

  /** Heading level of the solution's name in the page's outline (2 to 6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private problem?: string;
  /** Loading from `src`: a placeholder card, busy, with "Loading…" for screen readers. */
  @state() private loading = false;

  /** Paints the search matches in the name and summary. */
  private readonly matchHighlight = new MatchHighlight(this, () => [
    [this.renderRoot.querySelector('.name'), this.highlights?.name],
    [this.renderRoot.querySelector('.summary'), this.highlights?.summary],
  ]);

  override willUpdate(changed: PropertyValues<this>) {
    if ((changed.has('src') || changed.has('solutionId')) && this.src && this.solutionId) void this.loadFromSrc(this.src, this.solutionId);
  }

  private async loadFromSrc(src: string, id: string) {
    this.problem = undefined;
    this.loading = true;
    try {
      // With the page's language table, so the card never shows in English first.
      const [{ catalog }] = await Promise.all([loadCatalog(src), loadMessages(resolveLang(this))]);
      if (src !== this.src || id !== this.solutionId) return;
      this.loading = false;
      this.tracks = catalog.tracks;
      this.solution = catalog.solutions.find((solution) => solution.id === id);
      if (!this.solution) this.fail({ message: messages(resolveLang(this)).unknownSolution(id, src), kind: 'not-found' });
    } catch (error) {
      this.loading = false;
      this.fail(error instanceof CatalogError ? { message: error.message, kind: error.kind } : { message: String(error), kind: 'unknown' });
    }
  }

  private fail(detail: T4gErrorDetail) {
    this.problem = detail.message;
    fire(this, 't4g-error', detail);
  }

  private select() {
    if (!this.solution) return;
    fire<T4gSelectDetail>(this, 't4g-select', { solutionId: this.solution.id });
  }

  override render() {
    if (this.problem) return html`<p class="problem" role="alert" part="card">${this.problem}</p>`;
    if (this.loading && !this.solution) return html`<article part="card" class="loading" aria-busy="true"><p class="visually-hidden">${messages(resolveLang(this)).loading}</p></article>`;
    const solution = this.solution;
    if (!solution) return nothing;
    const lang = resolveLang(this);
    const t = messages(lang);
    const facts = [solution.trl ? t.trl(solution.trl) : '', solution.cities?.length ? t.deployedIn(solution.cities.length) : ''].filter(Boolean);
    return html`
      <article part="card">
        ${solution.image
          ? html`<img class="image" src=${solution.image} alt=${localize(solution.imageAlt, lang)} loading="lazy" />`
          : html`<div class="image placeholder" aria-hidden="true"></div>`}
        <h3 role="heading" aria-level=${Math.min(6, Math.max(2, this.headingLevel))}>
          <button type="button" class="name" lang=${ifDefined(fallbackLanguage(solution.name, lang))} @click=${this.select}>${localize(solution.name, lang)}</button>
        </h3>
        <p class="provider">${t.providedBy} ${solution.provider.name}</p>
        <p class="summary" lang=${ifDefined(fallbackLanguage(solution.summary, lang))}>${localize(solution.summary, lang)}</p>
        <ul aria-label=${t.tracks}>
          ${solution.tracks.map((id) => html`<li class="badge" part="badge">${trackName(this, id, lang)}</li>`)}
        </ul>
        ${facts.length ? html`<p class="facts">${facts.join(' · ')}</p>` : nothing}
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    't4g-solution-card': T4gSolutionCard;
  }
}
