import { LitElement, type PropertyValues, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type CityIndex, cityIndex } from '../../catalog/cities.js';
import { CatalogError } from '../../catalog/errors.js';
import { countryName, solutionName, trackName } from '../../catalog/names.js';
import { loadCatalog } from '../../catalog/load.js';
import { fallbackLanguage, localize } from '../../catalog/localized.js';
import type { Catalog, City } from '../../catalog/schema.js';
import { type T4gCitySelectDetail, type T4gErrorDetail, type T4gSelectDetail, fire } from '../../events.js';
import { resolveLang } from '../../i18n/lang.js';
import { T4gElement } from '../../internal/t4g-element.js';
import { type Messages, loadMessages, messages } from '../../i18n/messages.js';
import { hostStyles } from '../../styles/host.js';
import { cityCardStyles } from './city-card.styles.js';

/** The flag emoji of an ISO 3166-1 code, built from regional indicator letters. */
function flag(code: string): string {
  return String.fromCodePoint(...[...code.toUpperCase()].map((letter) => 0x1f1e6 + letter.charCodeAt(0) - 65));
}

/**
 * A city's profile. `compact`: name, country, role, population, tracks and
 * tagline. `full` adds the summary, ambitions, best practices, the solutions
 * it runs, its mentors and the cities it mentors, its website and image.
 *
 * @summary A city of the Intelligent Cities Challenge as a card.
 * @tagname t4g-city-card
 * @fires t4g-city-select - The compact card's name, or a mentor or mentee city, was activated; `detail: { cityId }`.
 * @fires t4g-select - A solution the city uses was activated; `detail: { solutionId }`.
 * @fires t4g-error - With `src`: the catalogue failed to load or has no city `city-id`; `detail: { message, kind }`.
 * @csspart card - The card's outer box.
 * @csspart badge - The role and track badges.
 * @csspart button - Buttons to solutions and other cities.
 */
export class T4gCityCard extends T4gElement {
  static override styles = [hostStyles, cityCardStyles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };


  /** The city to show. */
  @property({ attribute: false }) city?: City;

  /** The catalogue the city comes from: names its tracks, solutions and related cities. */
  @property({ attribute: false }) catalog?: Catalog;

  /** Catalogue address, with `city-id`, to use the card on its own. */
  @property() src?: string;

  /** Id of the city to show from `src` (or `catalog`). */
  @property({ attribute: 'city-id', reflect: true }) cityId?: string;

  /** `compact` for lists, `full` for the whole profile. */
  @property({ reflect: true }) variant: 'compact' | 'full' = 'compact';

  /** Show the city chosen anywhere on the page (`t4g-city-select`), e.g. in a solution's detail. */
  @property({ type: Boolean }) listen = false;

  /** Heading level of the city's name in the page's outline (2 to 5; its sections go one below). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private problem?: string;
  /** Loading from `src`: a placeholder card, busy, with "Loading…" for screen readers. */
  @state() private loading = false;

  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('t4g-city-select', this.onCitySelect);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('t4g-city-select', this.onCitySelect);
  }

  /** Moves focus to the city's name (the directory does this when it opens a profile). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  private onCitySelect = (event: CustomEvent<T4gCitySelectDetail>) => {
    if (!this.listen || event.composedPath().includes(this)) return;
    this.cityId = event.detail.cityId;
    if (this.catalog && !this.src) this.pickFromCatalog(this.catalog);
    void this.updateComplete.then(() => this.scrollIntoView?.({ block: 'nearest' }));
  };

  override willUpdate(changed: PropertyValues<this>) {
    if ((changed.has('src') || changed.has('cityId')) && this.src && this.cityId) void this.loadFromSrc(this.src, this.cityId);
    else if ((changed.has('catalog') || changed.has('cityId')) && this.catalog && this.cityId && !this.src && !changed.has('city')) this.pickFromCatalog(this.catalog);
  }

  private pickFromCatalog(catalog: Catalog, where?: string) {
    this.problem = undefined;
    this.city = catalog.cities?.find((city) => city.id === this.cityId);
    const t = messages(resolveLang(this));
    if (!this.city && this.cityId) this.fail({ message: t.unknownCity(this.cityId, where ?? t.theCatalogue), kind: 'not-found' });
  }

  private async loadFromSrc(src: string, id: string) {
    this.loading = true;
    try {
      // With the page's language table, so the card never shows in English first.
      const [{ catalog }] = await Promise.all([loadCatalog(src), loadMessages(resolveLang(this))]);
      if (src !== this.src || id !== this.cityId) return;
      this.loading = false;
      this.catalog = catalog;
      this.pickFromCatalog(catalog, src);
    } catch (error) {
      this.loading = false;
      this.fail(error instanceof CatalogError ? { message: error.message, kind: error.kind } : { message: String(error), kind: 'unknown' });
    }
  }

  private fail(detail: T4gErrorDetail) {
    this.problem = detail.message;
    fire(this, 't4g-error', detail);
  }

  override render() {
    if (this.problem) return html`<p class="problem" role="alert" part="card">${this.problem}</p>`;
    if (this.loading && !this.city) return html`<article part="card" class="loading" aria-busy="true"><p class="visually-hidden">${messages(resolveLang(this)).loadingCities}</p></article>`;
    const city = this.city;
    if (!city) return nothing;
    const lang = resolveLang(this);
    const t = messages(lang);
    const index = this.catalog ? cityIndex(this.catalog, lang) : undefined;
    const full = this.variant === 'full';
    const name = localize(city.name, lang);
    const level = Math.min(5, Math.max(2, this.headingLevel));
    return html`<article part="card">
      ${full && city.image ? html`<img class="image" src=${city.image} alt=${localize(city.imageAlt, lang)} />` : nothing}
      <h3 role="heading" aria-level=${level} tabindex=${full ? '-1' : nothing} lang=${ifDefined(fallbackLanguage(city.name, lang))}>
        ${full ? name : html`<button type="button" class="name" @click=${() => fire<T4gCitySelectDetail>(this, 't4g-city-select', { cityId: city.id })}>${name}</button>`}
      </h3>
      <p class="meta">
        <span class="country"><span aria-hidden="true">${flag(city.country)} </span>${countryName(city.country, lang)}<span class="visually-hidden"> (${city.country})</span></span>
        <span class="badge role" part="badge">${t.role[city.role]}</span>
      </p>
      ${city.tagline ? html`<p class="tagline" lang=${ifDefined(fallbackLanguage(city.tagline, lang))}>${localize(city.tagline, lang)}</p>` : nothing}
      ${city.population ? html`<p class="population">${t.population(new Intl.NumberFormat(lang).format(city.population), city.populationYear)}</p>` : nothing}
      ${city.tracks?.length
        ? html`<ul class="tracks" aria-label=${t.tracks}>${city.tracks.map((id) => html`<li class="badge" part="badge">${trackName(this.catalog, id, lang)}</li>`)}</ul>`
        : nothing}
      ${full ? this.renderFull(city, index, lang, t, level + 1) : nothing}
    </article>`;
  }

  private renderFull(city: City, index: CityIndex | undefined, lang: string, t: Messages, level: number) {
    const heading = (text: string) => html`<h4 role="heading" aria-level=${level}>${text}</h4>`;
    const solutionButton = (id: string) =>
      html`<button type="button" part="button" @click=${() => fire<T4gSelectDetail>(this, 't4g-select', { solutionId: id })}>${solutionName(this.catalog, id, lang)}</button>`;
    const cityButton = (other: City) =>
      html`<button type="button" part="button" @click=${() => fire<T4gCitySelectDetail>(this, 't4g-city-select', { cityId: other.id })}>${localize(other.name, lang)}</button>`;
    const solutions = index?.solutions(city.id) ?? [];
    const mentors = index?.mentors(city.id) ?? [];
    const mentees = index?.mentees(city.id) ?? [];
    return html`
      ${city.summary ? html`<p class="summary" lang=${ifDefined(fallbackLanguage(city.summary, lang))}>${localize(city.summary, lang)}</p>` : nothing}
      ${city.ambitions?.length ? html`${heading(t.ambitions)}<ul>${city.ambitions.map((ambition) => html`<li>${localize(ambition, lang)}</li>`)}</ul>` : nothing}
      ${city.bestPractices?.length
        ? html`${heading(t.bestPractices)}<ul class="practices">${city.bestPractices.map((practice) => html`<li>
            <p class="practice-title"><strong>${localize(practice.title, lang)}</strong></p>
            <p>${localize(practice.summary, lang)}</p>
            ${practice.url ? html`<p><a href=${practice.url} target="_blank" rel="noopener noreferrer">${t.readMore}<span aria-hidden="true"> ↗</span><span class="visually-hidden"> ${t.external}</span></a></p>` : nothing}
            ${practice.solutions?.length ? html`<p class="uses">${t.practiceUses} ${practice.solutions.map((id) => solutionButton(id))}</p>` : nothing}
          </li>`)}</ul>`
        : nothing}
      ${solutions.length ? html`${heading(t.solutionsInUse)}<ul class="buttons">${solutions.map((solution) => html`<li>${solutionButton(solution.id)}</li>`)}</ul>` : nothing}
      ${mentors.length ? html`${heading(t.mentorCities)}<ul class="buttons">${mentors.map((other) => html`<li>${cityButton(other)}</li>`)}</ul>` : nothing}
      ${mentees.length ? html`${heading(t.mentees)}<ul class="buttons">${mentees.map((other) => html`<li>${cityButton(other)}</li>`)}</ul>` : nothing}
      ${city.website
        ? html`<p><a href=${city.website} target="_blank" rel="noopener noreferrer">${t.cityWebsite}<span aria-hidden="true"> ↗</span><span class="visually-hidden"> ${t.external}</span></a></p>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    't4g-city-card': T4gCityCard;
  }
}
