import { LitElement, type PropertyDeclarations, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fallbackLanguage, localize } from '../../catalog/localized.js';
import { trackLang, trackName } from '../../catalog/names.js';
import type { Solution, Track } from '../../catalog/schema.js';
import type { Range } from '../../catalog/search.js';
import { ICC_TRACKS } from '../../catalog/tracks.js';
import { CatalogController } from '../../controllers/catalog-controller.js';
import { MatchHighlight } from '../../controllers/match-highlight.js';
import { fire } from '../../events.js';
import { resolveLang } from '../../i18n/lang.js';
import { interfaceLang, interfaceMark, messages } from '../../i18n/messages.js';
import { T4gElement } from '../../internal/t4g-element.js';
import { hostStyles } from '../../styles/host.js';
import { cardStandIn, entryHrefFrom, headingLevel, inPlace } from '../../views/common.js';
import { solutionCardStyles } from './solution-card.styles.js';

/**
 * One solution as a card: its image (when it has one) across the top, name,
 * provider, summary, tracks, readiness level in words, and how many cities
 * use it. The name is the card's one link, to the solution's address on this
 * page (`?t4g-open=ID`); a plain click on it, or anywhere on the card except
 * one that ends selecting the card's text, fires `t4g-select` instead of
 * loading the page (a marketplace opens the detail). A middle or Ctrl click
 * on the name opens the address in a new tab.
 *
 * @summary A solution of the Tech4Good Marketplace as a card.
 * @tagname t4g-solution-card
 * @fires t4g-select - The name, or the card, was activated (a plain click, or Enter on the name); `detail: { solutionId }`.
 * @fires t4g-error - With `src` or `catalog`: the catalogue failed to load, or has no solution `solution-id`; `detail: { message, kind }`.
 * @fires t4g-catalog-problems - With `src` or `catalog`: some entries were left out; `detail: { problems }`.
 * @csspart card - The card's outer box.
 * @csspart card-title - The card's heading (the solution's name).
 * @csspart badge - Each track or service (a line with its marker).
 * @csspart button - The "Try again" button of a catalogue that could not be loaded.
 */
export class T4gSolutionCard extends T4gElement {
  static override styles = [hostStyles, solutionCardStyles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override tag = 't4g-solution-card';
  static override properties: PropertyDeclarations = { solution: { attribute: false }, tracks: { attribute: false }, textLang: { attribute: 'text-lang' }, highlights: { attribute: false }, src: {}, catalog: { attribute: false }, solutionId: { attribute: 'solution-id' }, maxBytes: { type: Number, attribute: 'max-bytes' }, timeout: { type: Number }, headingLevel: { type: Number, attribute: 'heading-level' }, href: {} };

  /** The solution to show, as in the catalogue. */
  solution?: Solution;

  /** The catalogue's tracks, to name the badges (default: the ICC tracks). */
  tracks: readonly Track[] = ICC_TRACKS;

  /**
   * The language of the solution's text given as plain strings: the catalogue's `language` (a marketplace passes it;
   * a card that loads its catalogue reads it there). Default: the page's.
   */
  textLang?: string;

  /** Search matches to highlight in the name and summary: `[start, end)` character ranges of each, as displayed. */
  highlights?: { name?: readonly Range[]; summary?: readonly Range[] };

  /** Catalogue address, with `solution-id`, to use the card on its own. */
  src?: string;

  /** A catalogue object instead of `src`, with `solution-id`. */
  catalog?: object;

  /** Id of the solution to show from `src` or `catalog`. */
  solutionId?: string;

  /** With `src`: refuse a catalogue larger than this many bytes (default 20 MB, as the widgets). */
  maxBytes?: number;

  /** With `src`: seconds without anything from the server before loading gives up and offers "Try again". */
  timeout = 15;

  /** Heading level of the solution's name in the page's outline (2 to 6). */
  headingLevel = 3;

  /** The name's link (default: this page with `?t4g-open=ID`; a marketplace gives its own prefix's). */
  href?: string;

  private readonly data = new CatalogController(this, {
    source: () => this.catalog ?? this.src,
    maxBytes: () => this.maxBytes,
    timeout: () => this.timeout,
    // A solution given as a property needs no lookup, so no "not found" either.
    entry: () => ({ kind: 'solution', id: this.solution ? undefined : this.solutionId, list: (catalog) => catalog.solutions }),
  });

  /** Paints the search matches in the name and summary. */
  private readonly matchHighlight = new MatchHighlight(this, () => [
    [this.renderRoot.querySelector('.name'), this.highlights?.name],
    [this.renderRoot.querySelector('.summary'), this.highlights?.summary],
  ]);

  /** The solution shown: the one given, else the one `solution-id` names in the catalogue. */
  private get shown(): Solution | undefined {
    return this.solution ?? this.data.lookup.entry;
  }

  /** The name's plain click (a key, or the mouse), or one anywhere on the card that does not end selecting its text. */
  private select(event: MouseEvent) {
    const solution = this.shown;
    if (!solution || ((event.target as Element).closest('a') ? !inPlace(event) : String(getSelection()))) return;
    event.preventDefault();
    fire(this, 't4g-select', { solutionId: solution.id });
  }

  override render() {
    const lang = resolveLang(this);
    // The interface's language (English where no table speaks the page's), which catalogue text is marked against.
    const ui = interfaceLang(lang);
    const mark = interfaceMark(lang);
    const t = messages(lang);
    const level = headingLevel(this.headingLevel, 6);
    const solution = this.shown;
    if (!solution) return cardStandIn(this.data, t.errorTitle, t.loading, level, t, mark);
    const tracks = this.data.catalog?.tracks ?? this.tracks;
    const plain = this.textLang ?? this.data.catalog?.language;
    const facts = [solution.trl ? t.trlStage(solution.trl) : '', solution.cities?.length ? t.deployedIn(solution.cities.length) : ''].filter(Boolean);
    return html`
      <article part="card" lang=${ifDefined(mark)} @click=${this.select}>
        ${solution.image ? html`<img class="image" src=${solution.image} alt=${localize(solution.imageAlt, lang)} loading="lazy" />` : nothing}
        <h3 role="heading" aria-level=${level} part="card-title">
          <a class="name" href=${this.href ?? entryHrefFrom(this, 'solution', solution.id)} lang=${ifDefined(fallbackLanguage(solution.name, lang, ui, plain))}>${localize(solution.name, lang)}</a>
        </h3>
        <p class="provider">${t.providedBy} <bdi>${solution.provider.name}</bdi></p>
        <p class="summary" lang=${ifDefined(fallbackLanguage(solution.summary, lang, ui, plain))}>${localize(solution.summary, lang)}</p>
        <ul class="tracks" aria-label=${t.tracks}>
          ${solution.tracks.map((id) => html`<li class="badge" part="badge" data-track=${id} lang=${ifDefined(trackLang({ tracks, language: plain }, id, lang, ui, t.trackNames))}>${trackName({ tracks }, id, lang, t.trackNames)}</li>`)}
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
