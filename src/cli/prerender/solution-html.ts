/** A solution as plain HTML: an item of the marketplace's list, and its whole detail for a page of its own. */
import { fallbackLanguage, localize } from '../../catalog/localized.js';
import { countryName, entryById, languageName } from '../../catalog/names.js';
import type { Solution } from '../../catalog/schema.js';
import { type DetailOptions, type RenderContext, entryImage, entryLinks, externalLink, heading, interfaceLangAttribute, labelled, localized, trackList } from './context.js';
import { type Html, element, html } from './html.js';

/** Name (a link to its view), summary, provider and tracks: what a card shows, as text. */
export function solutionItem(solution: Solution, ctx: RenderContext, level: number): Html {
  const { t } = ctx;
  return html`<li class="t4g-fallback-item">${heading(level, localized('a', solution.name, ctx, { href: ctx.links.solution(solution.id) }), 't4g-fallback-name')}
${localized('p', solution.summary, ctx, { class: 't4g-fallback-summary' })}
<p class="t4g-fallback-provider">${labelled(t.providedBy, element('bdi', {}, solution.provider.name), ctx)}</p>
<p class="t4g-fallback-tracks">${labelled(t.tracks, trackList(solution.tracks, ctx), ctx)}</p></li>
`;
}

/** A term and its description, when there is one. */
const fact = (term: string, description: Html | string | number | undefined | false): Html | undefined =>
  description ? html`<dt>${term}</dt><dd>${description}</dd>\n` : undefined;

const list = (items: readonly (Html | string)[]): Html => html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;

const longDate = (date: string, lang: string): Html =>
  html`<time datetime="${date}">${new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`))}</time>`;

/**
 * Everything the widget's detail dialog shows, for a page of its own: the name is the heading of `level`. Numbers,
 * dates, country and language names in the interface's language, `ui`, as its words are.
 */
export function solutionDetail(solution: Solution, ctx: RenderContext, level: number, options: DetailOptions = {}): Html {
  const { t, lang, ui } = ctx;
  const paragraphs = localize(solution.description, lang).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const { provider } = solution;
  const providerDetails = [provider.type ? t.providerType[provider.type] : '', provider.country ? countryName(provider.country, ui) : ''].filter(Boolean).join(', ');
  const email = solution.contact?.email;
  const number = new Intl.NumberFormat(ui);
  const links = [
    solution.website && externalLink(solution.website, t.website),
    email && externalLink(email.startsWith('mailto:') ? email : `mailto:${email}`, html`${t.contactByEmail}${t.colon}<bdi>${email.replace(/^mailto:/, '')}</bdi>`),
    solution.contact?.url && externalLink(solution.contact.url, t.contactPage),
  ].filter((link): link is Html => !!link);
  const facts = [
    fact(t.tracks, trackList(solution.tracks, ctx)),
    fact(t.provider, html`${externalLink(provider.url, element('bdi', {}, provider.name))}${providerDetails ? ` (${providerDetails})` : ''}`),
    fact(t.readiness, solution.trl && `${t.trl(solution.trl)}${t.colon}${t.trlMeaning(solution.trl)}`),
    fact(t.technologies, solution.technologies?.length && html`${solution.technologies.map((each, i) => html`${i ? ', ' : ''}<bdi>${each}</bdi>`)}`),
    fact(t.sdgs, solution.sdgs?.length && list(solution.sdgs.map((goal) => t.sdg(goal)))),
    fact(t.impact, solution.impact?.length && list(solution.impact.map((item) =>
      html`${localized('bdi', item.label, ctx)}${t.colon}<strong>${number.format(item.value || 0)}${item.unit ? html` ${localized('bdi', item.unit, ctx)}` : ''}</strong>`))),
    fact(t.pricingAndLicence, [solution.pricing ? t.pricing[solution.pricing] : '', solution.licence ?? ''].filter(Boolean).join(', ')),
    fact(t.lastUpdated, solution.updated && longDate(solution.updated, ui)),
    fact(t.languages, solution.languages?.map((tag) => languageName(tag, ui)).join(', ')),
    fact(t.usedBy, solution.cities?.length && entryLinks(solution.cities.map((id) => ({ id, name: entryById(ctx.catalog.cities, id)?.name })), 'city', ctx)),
    fact(t.links, links.length > 0 && list(links)),
  ];
  return html`<article class="t4g-fallback-detail"${interfaceLangAttribute(ctx)}>
${heading(level, localized('span', solution.name, ctx), 't4g-fallback-name')}
${entryImage(solution, ctx, options)}${localized('p', solution.summary, ctx, { class: 't4g-fallback-summary' })}
${paragraphs.length ? element('div', { class: 't4g-fallback-description', lang: fallbackLanguage(solution.description, lang, ui, ctx.catalog.language) }, paragraphs.map((p) => html`<p>${p}</p>`)) : undefined}
<dl>
${facts}</dl>
</article>
`;
}
