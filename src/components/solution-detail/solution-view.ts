/**
 * The inside of a solution's detail dialog, and the dialog's own rules: a file of its own beside the script-tag
 * bundles (`t4g-solution-view.js`), fetched once the page is idle (internal/lazy-part.ts), since the first screen of
 * results never needs it. Like a language file it imports nothing from the bundle: what it shares with it (Lit, the
 * names, the links) comes in as `SolutionViewNeeds`, and only types are imported here.
 */
import type { Catalog, LocalizedText, Solution } from '../../catalog/schema.js';
import type { Messages } from '../../i18n/messages.js';
import type { SolutionViewNeeds } from './solution-detail.js';

/** What the view reads from its dialog, and what it calls back. */
export interface SolutionViewHost {
  /** The dialog's element: its links' events are its own, and their addresses those of its page's widgets (common.ts's `entryParam`). */
  element: HTMLElement;
  catalog?: Pick<Catalog, 'tracks' | 'cities' | 'language'>;
  /** The solution's address for "Copy link"; empty: no "Copy link" (a preview). */
  href?: string;
  /** What "Copy link" did, for its status line; `say` sets it. */
  copied?: string;
  say(text: string): void;
  close(): void;
}

/*
 * Two ways of measuring, each where it answers the question asked:
 * - The sheet is a media query on the viewport. A modal dialog lives in the top layer and is sized against the
 *   viewport whatever holds the element, and no container query can resize the box it measures; the nearest
 *   container above the dialog would be the marketplace (container-type on its host), whose width says nothing about
 *   the dialog's. 37.5em is 600px at the reader's default text size (media queries read that size, not the page's).
 * - Labels beside or above values is a container query on `.body`, inside the dialog, so it follows the dialog's own
 *   width: the sheet, a narrow window, or a small --t4g-dialog-width.
 * Words break at syllables (hyphens: auto and each text's lang, from the host) and, when one still does not fit, at
 * the edge (overflow-wrap: break-word, from the host); only an address (the e-mail) breaks anywhere. Boxes that hold
 * the catalogue's words (the title, the value column, list items) may shrink below their longest word: min-width: 0,
 * minmax(0, 1fr).
 */
export function solutionView(needs: SolutionViewNeeds) {
  const { html, css, nothing, ifDefined, localize, fallbackLanguage, cityName, countryName, languageName, trackLang, trackName } = needs;
  const { copyLinkButton, entryHrefFrom, entryLink, externalLink, fire } = needs;
  const styles = css`
      dialog {
        width: min(100% - 2em, var(--_dialog-width));
        max-height: calc(100% - 2em);
        padding: 0;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
        box-shadow: var(--_shadow-dialog);
      }
      /* The title row stays at the top; the rest scrolls under it. [open]: a closed dialog stays display: none. */
      dialog[open] {
        display: flex;
        flex-direction: column;
      }
      /* ::backdrop inherits from the dialog in current browsers; older ones get the light default. */
      dialog::backdrop {
        background: var(--_backdrop, rgb(0 0 0 / 0.5));
      }
      @media (max-width: 37.5em) {
        dialog {
          width: 100%;
          max-width: none;
          height: 100%;
          max-height: none;
          margin: 0;
          border: 0;
          border-radius: 0;
        }
      }
      /* Where the title cannot have 8em beside Close (a phone at 200% text), Close takes a row of its own, above. */
      .header {
        display: flex;
        flex-wrap: wrap-reverse;
        align-items: baseline;
        gap: var(--_space);
        padding: var(--_space) calc(1.5 * var(--_space));
        border-bottom: 1px solid var(--_border);
      }
      h2 {
        flex: 1 1 8em;
        min-width: 0;
        margin: 0;
        font-size: var(--_font-size-x-large);
        line-height: 1.25;
      }
      /* An outline button (parts.ts) with a × that screen readers skip (the alternative text after the slash). */
      .close {
        flex-shrink: 0;
        margin-inline-start: auto;
        white-space: nowrap;
        padding: 0.5em 0.9em;
      }
      .close::before {
        content: '×' / '';
        margin-inline-end: 0.3em;
        font-size: 1.25em;
        line-height: 1;
      }
      .body {
        container-type: inline-size;
        overflow: auto;
        /* Scrolling to its end does not scroll the page behind. */
        overscroll-behavior: contain;
        padding: var(--_space) calc(1.5 * var(--_space)) calc(1.5 * var(--_space));
      }
      .summary {
        margin-top: 0;
        font-size: var(--_font-size-large);
      }
      img {
        max-width: 100%;
        height: auto;
      }
      li {
        min-width: 0;
      }
      /* A summary list: each label bold above its value, or (wide) in a column of its own; a rule under each pair. */
      dl {
        margin: 1.5em 0 0;
      }
      dt {
        padding-top: 0.75em;
        font-weight: bold;
      }
      dd {
        margin: 0;
        padding: 0.25em 0 0.75em;
        border-bottom: 1px solid var(--_border);
      }
      @container (min-width: 35em) {
        dl {
          display: grid;
          grid-template-columns: 12em minmax(0, 1fr);
        }
        dt {
          padding: 0.75em var(--_space) 0.75em 0;
          border-bottom: 1px solid var(--_border);
        }
        dd {
          padding-top: 0.75em;
        }
      }
      dd ul {
        margin: 0;
        padding-inline-start: 1.2em;
      }
      ul.badges {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em;
        padding: 0;
        list-style: none;
      }
      .share {
        margin: 0;
      }
      /* On paper the dialog is the document: at the top, as long as it is (not a window cut off on every page), no
         shadow or backdrop. The page around it is hidden (search-widget.ts). */
      @media print {
        dialog[open] {
          display: block;
          position: absolute;
          inset: 0 0 auto;
          width: auto;
          max-width: none;
          height: auto;
          max-height: none;
          margin: 0;
          border: 0;
          box-shadow: none;
        }
        dialog::backdrop {
          display: none;
        }
        .body {
          overflow: visible;
        }
      }
      a[href^='mailto:'] bdi {
        overflow-wrap: anywhere;
        hyphens: none;
      }
  `;

  function render(host: SolutionViewHost, solution: Solution, lang: string, t: Messages, ui = lang) {
    // Numbers, dates, country and language names in the interface's language, `ui`; catalogue text marked against it.
    const number = new Intl.NumberFormat(ui);
    const marked = (text: LocalizedText | undefined) => ifDefined(fallbackLanguage(text, lang, ui, host.catalog?.language));
    const paragraphs = localize(solution.description, lang).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const provider = solution.provider;
    const providerDetails = [provider.type ? t.providerType[provider.type] : '', provider.country ? countryName(provider.country, ui) : ''].filter(Boolean).join(', ');
    const external = (href: string, label: string) => externalLink(href, label, t);
    const email = solution.contact?.email;
    return html`
      <div class="header">
        <h2 id="title" lang=${marked(solution.name)}>${localize(solution.name, lang)}</h2>
        <button type="button" class="close" part="button" @click=${() => host.close()}>${t.close}</button>
      </div>
      <div class="body">
        <p class="summary" lang=${marked(solution.summary)}>${localize(solution.summary, lang)}</p>
        ${host.href === '' ? nothing : copyLinkButton(host.href ?? entryHrefFrom(host.element, 'solution', solution.id), host.copied, host.say, t)}
        ${solution.image ? html`<img src=${solution.image} alt=${localize(solution.imageAlt, lang)} />` : nothing}
        <div class="description" lang=${marked(solution.description)}>${paragraphs.map((p) => html`<p>${p}</p>`)}</div>
        <ul class="badges" aria-label=${t.tracks}>${solution.tracks.map((id) => html`<li class="badge" part="badge" lang=${ifDefined(trackLang(host.catalog, id, lang, ui, t.trackNames))}>${trackName(host.catalog, id, lang, t.trackNames)}</li>`)}</ul>
        <dl>
          <dt>${t.provider}</dt>
          <dd>
            <bdi>${provider.url ? external(provider.url, provider.name) : provider.name}</bdi>
            ${providerDetails ? ` (${providerDetails})` : ''}
          </dd>
          ${solution.trl ? html`<dt>${t.readiness}</dt><dd>${t.trl(solution.trl)}${t.colon}${t.trlMeaning(solution.trl)}</dd>` : nothing}
          ${solution.technologies?.length ? html`<dt>${t.technologies}</dt><dd>${solution.technologies.map((technology, i) => html`${i ? ', ' : ''}<bdi>${technology}</bdi>`)}</dd>` : nothing}
          ${solution.sdgs?.length ? html`<dt>${t.sdgs}</dt><dd><ul>${solution.sdgs.map((goal) => html`<li>${t.sdg(goal)}</li>`)}</ul></dd>` : nothing}
          ${solution.impact?.length
            ? html`<dt>${t.impact}</dt><dd><ul>${solution.impact.map((item) => html`<li><bdi lang=${marked(item.label)}>${localize(item.label, lang)}</bdi>${t.colon}<strong>${number.format(item.value || 0)}${item.unit ? html` <bdi lang=${marked(item.unit)}>${localize(item.unit, lang)}</bdi>` : ''}</strong></li>`)}</ul></dd>`
            : nothing}
          ${solution.pricing || solution.licence
            ? html`<dt>${t.pricingAndLicence}</dt><dd>${solution.pricing ? t.pricing[solution.pricing] : ''}${solution.pricing && solution.licence ? ', ' : ''}<bdi>${solution.licence ?? ''}</bdi></dd>`
            : nothing}
          ${solution.updated
            ? html`<dt>${t.lastUpdated}</dt><dd><time datetime=${solution.updated}>${new Intl.DateTimeFormat(ui, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${solution.updated}T00:00:00Z`))}</time></dd>`
            : nothing}
          ${solution.languages?.length ? html`<dt>${t.languages}</dt><dd>${solution.languages.map((tag) => languageName(tag, ui)).join(', ')}</dd>` : nothing}
          ${solution.cities?.length
            ? html`<dt>${t.usedBy}</dt><dd><ul class="cities">${solution.cities.map(
                (id) => html`<li>${entryLink(entryHrefFrom(host.element, 'city', id), cityName(host.catalog, id, lang), () => fire(host.element, 't4g-city-select', { cityId: id }))}</li>`,
              )}</ul></dd>`
            : nothing}
          ${solution.website || solution.contact
            ? html`<dt>${t.links}</dt><dd><ul>
                ${solution.website ? html`<li>${external(solution.website, t.website)}</li>` : nothing}
                ${email ? html`<li><a href=${email.startsWith('mailto:') ? email : `mailto:${email}`}>${t.contactByEmail}${t.colon}<bdi>${email.replace(/^mailto:/, '')}</bdi></a></li>` : nothing}
                ${solution.contact?.url ? html`<li>${external(solution.contact.url, t.contactPage)}</li>` : nothing}
              </ul></dd>`
            : nothing}
        </dl>
      </div>
    `;
  }

  // A modal <dialog> makes the page inert, but Tab can still leave for the browser's own UI; wrap it so focus stays in
  // the dialog.
  function trapFocus(event: KeyboardEvent) {
    if (event.key !== 'Tab') return;
    const dialog = event.currentTarget as HTMLDialogElement;
    const focusable = [...dialog.querySelectorAll<HTMLElement>('a[href], button, [tabindex="0"]')];
    const first = focusable[0];
    const last = focusable.at(-1);
    const active = (dialog.getRootNode() as ShadowRoot).activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  // A click on the backdrop targets the dialog itself, but so does one on its padding: only a click outside the
  // dialog's box closes it.
  function backdropClick(event: MouseEvent, host: SolutionViewHost) {
    const dialog = event.currentTarget as HTMLDialogElement;
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) host.close();
  }

  return { styles, render, trapFocus, backdropClick };
}

export type SolutionView = ReturnType<typeof solutionView>;
