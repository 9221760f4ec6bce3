import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { localize } from '../../catalog/localized.js';
import type { Solution, Track } from '../../catalog/schema.js';
import { resolveLang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { hostStyles } from '../../styles/host.js';
import { solutionCardStyles } from './solution-card.styles.js';

/**
 * One solution of the catalogue as a card: name, provider, summary, tracks,
 * readiness level and how many cities use it. Catalogue text is always
 * rendered as text, never as markup.
 *
 * @summary A solution of the Tech4Good Marketplace as a card.
 * @csspart card - The card's outer box.
 * @csspart badge - Each track or service badge.
 * @cssprop --t4g-color-brand - Badge colour.
 * @cssprop --t4g-color-surface - Card background.
 * @cssprop --t4g-color-border - Card border.
 */
export class T4gSolutionCard extends LitElement {
  static override styles = [hostStyles, solutionCardStyles];

  /** The solution to show, as in the catalogue. */
  @property({ attribute: false }) solution?: Solution;

  /** The catalogue's tracks, to name the badges (ids are shown otherwise). */
  @property({ attribute: false }) tracks: readonly Track[] = [];

  /** Heading level of the solution's name inside the page's outline (2 to 6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  override render() {
    const solution = this.solution;
    if (!solution) return nothing;
    const lang = resolveLang(this);
    const t = messages(lang);
    const trackName = (id: string) => localize(this.tracks.find((track) => track.id === id)?.name, lang) || id;
    const facts = [solution.trl ? t.trl(solution.trl) : '', solution.cities?.length ? t.deployedIn(solution.cities.length) : ''].filter(Boolean);
    return html`
      <article part="card">
        <h3 role="heading" aria-level=${Math.min(6, Math.max(2, this.headingLevel))}>${localize(solution.name, lang)}</h3>
        <p class="provider">${t.providedBy} ${solution.provider.name}</p>
        <p class="summary">${localize(solution.summary, lang)}</p>
        <ul aria-label=${t.tracks}>
          ${solution.tracks.map((id) => html`<li class="badge" part="badge">${trackName(id)}</li>`)}
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
