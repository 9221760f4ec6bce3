import { LitElement, type PropertyDeclarations, css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fallbackLanguage, localize } from '../../catalog/localized.js';
import { countryName, solutionName, trackLang, trackName } from '../../catalog/names.js';
import type { City } from '../../catalog/schema.js';
import { CatalogController } from '../../controllers/catalog-controller.js';
import { listenController } from '../../controllers/listen-controller.js';
import { fire } from '../../events.js';
import { resolveLang } from '../../i18n/lang.js';
import { formatNumber } from '../../i18n/format.js';
import { interfaceLang, interfaceMark, messages } from '../../i18n/messages.js';
import { LazyPart, once } from '../../internal/lazy-part.js';
import { T4gElement } from '../../internal/t4g-element.js';
import { hostStyles } from '../../styles/host.js';
import { cardStandIn, entryHrefFrom, entryLink, externalLink, headingLevel } from '../../views/common.js';
import { cityCardStyles } from './city-card.styles.js';
import { loadCityProfile } from './city-profile-loader.js';

/** What the full profile (city-profile.ts, a file that imports nothing) uses of the bundle, handed to it when it loads. */
const needs = { html, css, nothing, ifDefined, localize, fallbackLanguage, solutionName, entryLink, entryHrefFrom, externalLink, fire };
export type CityProfileNeeds = typeof needs;

/** The full profile, loaded once per page; the directory starts it early for a city opened from the address. */
export const cityProfile = once(() => loadCityProfile().then((module) => module.cityProfile(needs)));

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
 *   Each is a link to the city's address on this page (`?t4g-city=ID`): a plain click fires the event, a middle or Ctrl click opens a new tab.
 * @fires t4g-select - A solution the city uses was activated (a link to `?t4g-open=ID`, as above); `detail: { solutionId }`.
 * @fires t4g-error - With `src` or `catalog`: the catalogue failed to load, or has no city `city-id`; `detail: { message, kind }`.
 * @fires t4g-catalog-problems - With `src` or `catalog`: some entries were left out; `detail: { problems }`.
 * @csspart card - The card's outer box.
 * @csspart card-title - The city's name, the card's heading.
 * @csspart badge - The role badge, and each track (a line with its marker).
 * @csspart button - The "Try again" button of a catalogue that could not be loaded.
 */
export class T4gCityCard extends T4gElement {
  static override styles = [hostStyles, cityCardStyles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override tag = 't4g-city-card';
  static override properties: PropertyDeclarations = { city: { attribute: false }, catalog: { attribute: false }, src: {}, cityId: { attribute: 'city-id', reflect: true }, variant: { reflect: true }, listen: { type: Boolean }, maxBytes: { type: Number, attribute: 'max-bytes' }, timeout: { type: Number }, headingLevel: { type: Number, attribute: 'heading-level' }, href: {} };

  /** The city to show. */
  city?: City;

  /** A catalogue object instead of `src`: the city `city-id` names comes from it, and it names the city's tracks, solutions and related cities. */
  catalog?: object;

  /** Catalogue address, with `city-id`, to use the card on its own. */
  src?: string;

  /** Id of the city to show from `src` (or `catalog`). */
  cityId?: string;

  /** `compact` for lists, `full` for the whole profile. */
  variant: 'compact' | 'full' = 'compact';

  /** Show the city chosen anywhere on the page (`t4g-city-select`), e.g. in a solution's detail. */
  listen = false;

  /** With `src`: refuse a catalogue larger than this many bytes (default 20 MB, as the widgets). */
  maxBytes?: number;

  /** With `src`: seconds without anything from the server before loading gives up and offers "Try again". */
  timeout = 15;

  /** Heading level of the city's name in the page's outline (2 to 5; its sections go one below). */
  headingLevel = 3;

  /** The compact card's link (default: this page with `?t4g-city=ID`; a directory gives its own prefix's). */
  href?: string;

  private readonly data = new CatalogController(this, {
    source: () => this.catalog ?? this.src,
    maxBytes: () => this.maxBytes,
    timeout: () => this.timeout,
    // A city given as a property needs no lookup, so no "not found" either.
    entry: () => ({ kind: 'city', id: this.city ? undefined : this.cityId, list: (catalog) => catalog.cities }),
  });

  private readonly follow = listenController(this, 't4g-city-select', ({ cityId }) => {
    this.city = undefined;
    this.cityId = cityId;
    void this.updateComplete.then(() => this.scrollIntoView?.({ block: 'nearest' }));
  });

  /** What `full` adds, and its rules: loaded while the page is idle (`t4g-city-profile.js`). */
  private readonly profile = new LazyPart(this, cityProfile, 't4g-city-profile.js');

  /** Also waits, for a full card, until its profile has loaded and shows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.variant !== 'full' || !this.shown || this.profile.isHere()) return done;
    await this.profile.whenLoaded();
    return super.getUpdateComplete();
  }

  /** Moves focus to the city's name (the directory does this when it opens a profile). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  /** The city shown: the one given, else the one `city-id` names in the catalogue. */
  private get shown(): City | undefined {
    return this.city ?? this.data.lookup.entry;
  }

  override render() {
    const lang = resolveLang(this);
    // The interface's language (English where no table speaks the page's): its numbers and country names, and what
    // catalogue text is marked against.
    const ui = interfaceLang(lang);
    const mark = interfaceMark(lang);
    const t = messages(lang);
    const level = headingLevel(this.headingLevel, 5);
    const city = this.shown;
    if (!city) return cardStandIn(this.data, t.cityErrorTitle, t.loadingCities, level, t, mark);
    const catalog = this.data.catalog;
    const full = this.variant === 'full';
    const profile = full ? this.profile.get() : undefined;
    // A full card waits for its profile as it waits for its catalogue: busy, the card's size, nothing moving after.
    if (full && !profile) return html`<article part="card" class="loading" aria-busy="true" lang=${ifDefined(mark)}><p class="visually-hidden">${t.loadingCities}</p></article>`;
    const name = localize(city.name, lang);
    return html`<article part="card" lang=${ifDefined(mark)}>
      ${profile ? profile.image(city, lang) : nothing}
      <h3 role="heading" aria-level=${level} part="card-title" tabindex=${full ? '-1' : nothing} lang=${ifDefined(fallbackLanguage(city.name, lang, ui))}>
        ${full ? name : entryLink(this.href ?? entryHrefFrom(this, 'city', city.id), name, () => fire(this, 't4g-city-select', { cityId: city.id }), 'name')}
      </h3>
      <p class="meta">
        <span class="country"><span aria-hidden="true">${flag(city.country)} </span>${countryName(city.country, ui)}<span class="visually-hidden"> (${city.country})</span></span>
        <span class="badge role" part="badge">${t.role[city.role]}</span>
      </p>
      ${city.tagline ? html`<p class="tagline" lang=${ifDefined(fallbackLanguage(city.tagline, lang, ui, catalog?.language))}>${localize(city.tagline, lang)}</p>` : nothing}
      ${city.population ? html`<p class="population">${t.population(formatNumber(ui, city.population), city.populationYear)}</p>` : nothing}
      ${city.tracks?.length
        ? html`<ul class="tracks" aria-label=${t.tracks}>${city.tracks.map((id) => html`<li class="badge" part="badge" data-track=${id} lang=${ifDefined(trackLang(catalog, id, lang, ui, t.trackNames))}>${trackName(catalog, id, lang, t.trackNames)}</li>`)}</ul>`
        : nothing}
      ${profile ? profile.render(this, city, catalog, lang, t, level + 1, ui) : nothing}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    't4g-city-card': T4gCityCard;
  }
}
