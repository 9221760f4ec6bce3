/**
 * What a city's full profile adds to its card (`variant="full"`, the directory's open city), and its rules: a file
 * of its own beside the script-tag bundles (`t4g-city-profile.js`), fetched once the page is idle
 * (internal/lazy-part.ts), since a grid of compact cards never needs it. Like a language file it imports nothing
 * from the bundle: what it shares with it comes in as `CityProfileNeeds`, and only types are imported here, besides
 * the cities' relations (city-relations.ts), which only the profile uses: this file carries them, the bundle does not.
 */
import { cityRelations } from '../../catalog/city-relations.js';
import type { Catalog, City, LocalizedText } from '../../catalog/schema.js';
import type { Messages } from '../../i18n/messages.js';
import type { CityProfileNeeds } from './city-card.js';

export function cityProfile(needs: CityProfileNeeds) {
  const { html, css, nothing, ifDefined, localize, fallbackLanguage, solutionName, entryLink, entryHrefFrom, externalLink, fire } = needs;
  const styles = css`
    .image {
      width: 100%;
      max-height: 16em;
      object-fit: cover;
      border-radius: var(--_radius);
    }
    h4 {
      margin: 0.75em 0 0.25em;
      font-size: 1em;
    }
    .practices {
      display: grid;
      gap: 0.75em;
      padding: 0;
      list-style: none;
    }
    .practices li {
      display: grid;
      gap: 0.25em;
      padding-inline-start: 0.75em;
      border-inline-start: 3px solid var(--_border);
    }
  `;

  /** The city's picture, above its name. */
  const image = (city: City, lang: string) => (city.image ? html`<img class="image" src=${city.image} alt=${localize(city.imageAlt, lang)} />` : nothing);

  /**
   * Below the compact card's lines: summary, ambitions, best practices, solutions, mentors, mentees, website. Its links
   * are the `card`'s: their addresses are those of the card's page (common.ts's `entryParam`), their events its own.
   */
  function render(card: HTMLElement, city: City, catalog: Catalog | undefined, lang: string, t: Messages, level: number, ui = lang) {
    // Catalogue text is marked where its language is not the interface's, `ui` (English on a page whose language has no table).
    const marked = (text: LocalizedText | undefined) => ifDefined(fallbackLanguage(text, lang, ui, catalog?.language));
    const heading = (text: string) => html`<h4 role="heading" aria-level=${level}>${text}</h4>`;
    const solutionLink = (id: string) => entryLink(entryHrefFrom(card, 'solution', id), solutionName(catalog, id, lang), () => fire(card, 't4g-select', { solutionId: id }));
    const cityLink = (other: City) => entryLink(entryHrefFrom(card, 'city', other.id), localize(other.name, lang), () => fire(card, 't4g-city-select', { cityId: other.id }));
    const index = catalog && cityRelations(catalog);
    const solutions = index?.solutions(city.id) ?? [];
    const mentors = index?.mentors(city.id) ?? [];
    const mentees = index?.mentees(city.id) ?? [];
    return html`
      ${city.summary ? html`<p class="summary" lang=${marked(city.summary)}>${localize(city.summary, lang)}</p>` : nothing}
      ${city.ambitions?.length ? html`${heading(t.ambitions)}<ul>${city.ambitions.map((ambition) => html`<li lang=${marked(ambition)}>${localize(ambition, lang)}</li>`)}</ul>` : nothing}
      ${city.bestPractices?.length
        ? html`${heading(t.bestPractices)}<ul class="practices">${city.bestPractices.map((practice) => html`<li>
            <p class="practice-title" lang=${marked(practice.title)}><strong>${localize(practice.title, lang)}</strong></p>
            <p lang=${marked(practice.summary)}>${localize(practice.summary, lang)}</p>
            ${practice.url ? html`<p>${externalLink(practice.url, t.readMore, t)}</p>` : nothing}
            ${practice.solutions?.length ? html`<p class="uses">${t.practiceUses} ${practice.solutions.map((id, i) => html`${i ? ', ' : ''}${solutionLink(id)}`)}</p>` : nothing}
          </li>`)}</ul>`
        : nothing}
      ${solutions.length ? html`${heading(t.solutionsInUse)}<ul class="links">${solutions.map((solution) => html`<li>${solutionLink(solution.id)}</li>`)}</ul>` : nothing}
      ${mentors.length ? html`${heading(t.mentorCities)}<ul class="links">${mentors.map((other) => html`<li>${cityLink(other)}</li>`)}</ul>` : nothing}
      ${mentees.length ? html`${heading(t.mentees)}<ul class="links">${mentees.map((other) => html`<li>${cityLink(other)}</li>`)}</ul>` : nothing}
      ${city.website ? html`<p>${externalLink(city.website, t.cityWebsite, t)}</p>` : nothing}
    `;
  }

  return { styles, image, render };
}
