/** A city as plain HTML: an item of the directory's list, and its whole profile (the full city card). */
import { cityIndex } from '../../catalog/cities.js';
import { countryName, entryById } from '../../catalog/names.js';
import type { City } from '../../catalog/schema.js';
import { type DetailOptions, type RenderContext, entryImage, entryLinks, externalLink, heading, interfaceLangAttribute, labelled, localized, trackList } from './context.js';
import { type Html, html } from './html.js';

/** Country, role, tagline, population and tracks: what a compact card shows besides the name (numbers and country in `ui`, as its words). */
function cityFacts(city: City, ctx: RenderContext): Html {
  const { t, ui } = ctx;
  return html`<p class="t4g-fallback-meta">${countryName(city.country, ui)} · ${t.role[city.role]}</p>
${city.tagline ? localized('p', city.tagline, ctx, { class: 't4g-fallback-summary' }) : undefined}
${city.population ? html`<p class="t4g-fallback-population">${t.population(new Intl.NumberFormat(ui).format(city.population), city.populationYear)}</p>` : undefined}
${city.tracks?.length ? html`<p class="t4g-fallback-tracks">${labelled(t.tracks, trackList(city.tracks, ctx), ctx)}</p>` : undefined}
`;
}

export function cityItem(city: City, ctx: RenderContext, level: number): Html {
  return html`<li class="t4g-fallback-item">${heading(level, localized('a', city.name, ctx, { href: ctx.links.city(city.id) }, true), 't4g-fallback-name')}
${cityFacts(city, ctx)}</li>
`;
}

/** The full profile, as the full city card shows it; the name is the heading of `level`, its sections one below. */
export function cityDetail(city: City, ctx: RenderContext, level: number, options: DetailOptions = {}): Html {
  const { t, lang, catalog } = ctx;
  const index = cityIndex(catalog, lang);
  const section = (title: string, content: Html | undefined | false) => (content ? html`${heading(level + 1, title)}\n${content}\n` : undefined);
  const solutionLinks = (ids: readonly string[]) => entryLinks(ids.map((id) => ({ id, name: entryById(catalog.solutions, id)?.name })), 'solution', ctx);
  const cityLinks = (cities: readonly City[]) => entryLinks(cities, 'city', ctx);
  const practices = (city.bestPractices ?? []).map((practice) => html`<li>${localized('p', practice.title, ctx, { class: 't4g-fallback-practice' })}
${localized('p', practice.summary, ctx)}
${practice.url ? html`<p>${externalLink(practice.url, t.readMore)}</p>` : undefined}
${practice.solutions?.length ? html`<p>${t.practiceUses}</p>${solutionLinks(practice.solutions)}` : undefined}</li>`);
  const mentors = index.mentors(city.id);
  const mentees = index.mentees(city.id);
  const solutions = index.solutions(city.id).map((solution) => solution.id);
  return html`<article class="t4g-fallback-detail"${interfaceLangAttribute(ctx)}>
${heading(level, localized('span', city.name, ctx, {}, true), 't4g-fallback-name')}
${entryImage(city, ctx, options)}${cityFacts(city, ctx)}${city.summary ? localized('p', city.summary, ctx, { class: 't4g-fallback-description' }) : undefined}
${section(t.ambitions, !!city.ambitions?.length && html`<ul>${city.ambitions.map((ambition) => localized('li', ambition, ctx))}</ul>`)}${section(t.bestPractices, practices.length > 0 && html`<ul>${practices}</ul>`)}${section(t.solutionsInUse, solutions.length > 0 && solutionLinks(solutions))}${section(t.mentorCities, mentors.length > 0 && cityLinks(mentors))}${section(t.mentees, mentees.length > 0 && cityLinks(mentees))}${city.website ? html`<p>${externalLink(city.website, t.cityWebsite)}</p>\n` : undefined}</article>
`;
}
