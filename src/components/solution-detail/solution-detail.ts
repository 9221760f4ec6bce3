import { type PropertyDeclarations, type PropertyValues, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cityName, countryName, languageName, trackName } from '../../catalog/names.js';
import { fallbackLanguage, localize } from '../../catalog/localized.js';
import type { Catalog, Solution } from '../../catalog/schema.js';
import { fire } from '../../events.js';
import { resolveLang } from '../../i18n/lang.js';
import { T4gElement } from '../../internal/t4g-element.js';
import { messages } from '../../i18n/messages.js';
import { hostStyles } from '../../styles/host.js';
import { copyLinkButton, entryHref, entryLink, externalLink } from '../../views/common.js';
import { solutionDetailStyles } from './solution-detail.styles.js';


/**
 * Everything about one solution, in a modal dialog: description, provider,
 * readiness, goals, impact, pricing, languages, the cities that use it and
 * its links, and "Copy link" for its address. Focus stays inside while it is
 * open; Escape closes it.
 *
 * @summary The detail of a solution, as a dialog.
 * @tagname t4g-solution-detail
 * @fires t4g-close - The dialog was closed (Escape, the close button or the backdrop).
 * @fires t4g-city-select - A city that uses the solution was chosen (a plain click on its link, `?t4g-city=ID`); `detail: { cityId }`.
 * @csspart dialog - The dialog box.
 * @csspart badge - Each track badge.
 * @csspart button - The close and "Copy link" buttons.
 */
export class T4gSolutionDetail extends T4gElement {
  static override styles = [hostStyles, solutionDetailStyles];
  static override tag = 't4g-solution-detail';
  static override properties: PropertyDeclarations = { solution: { attribute: false }, catalog: { attribute: false }, open: { type: Boolean, reflect: true }, href: {}, copied: { state: true } };

  /** The solution to show. */
  solution?: Solution;

  /** The catalogue it comes from, to name its tracks and cities. */
  catalog?: Pick<Catalog, 'tracks' | 'cities'>;

  /** Whether the dialog is open. */
  open = false;

  /** The solution's address, for "Copy link" (default: this page with `?t4g-open=ID`; empty: no "Copy link", as in a preview). */
  href?: string;

  /** What "Copy link" did, for the status line. */
  private copied?: string;

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('solution')) this.copied = undefined;
  }

  override updated(changed: PropertyValues<this>) {
    if (changed.has('open')) this.showOrHide();
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.hasUpdated) return;
    // Moved while open, the dialog left the top layer: modal again. Opened while off the page: open now.
    if (this.dialog.open && !this.dialog.matches(':modal')) this.dialog.close();
    this.showOrHide();
  }

  private showOrHide() {
    const dialog = this.dialog;
    if (this.open && !dialog.open && this.isConnected) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('.close')?.focus();
    } else if (!this.open && dialog.open) {
      dialog.close();
    }
  }

  /** Closes the dialog and fires `t4g-close`. */
  close() {
    if (!this.open) return;
    this.open = false;
    fire(this, 't4g-close', undefined);
  }

  // A modal <dialog> makes the page inert, but Tab can still leave for the
  // browser's own UI; wrap it so focus stays in the dialog.
  private trapFocus(event: KeyboardEvent) {
    if (event.key !== 'Tab') return;
    const focusable = [...this.dialog.querySelectorAll<HTMLElement>('a[href], button, [tabindex="0"]')];
    const first = focusable[0];
    const last = focusable.at(-1);
    const active = this.shadowRoot!.activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  private onCancel(event: Event) {
    event.preventDefault();
    this.close();
  }

  // A click on the backdrop targets the dialog itself, but so does one on its
  // padding: only a click outside the dialog's box closes it.
  private onBackdropClick(event: MouseEvent) {
    if (event.target !== this.dialog) return;
    const box = this.dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) this.close();
  }

  private selectCity(cityId: string) {
    fire(this, 't4g-city-select', { cityId });
  }

  override render() {
    const lang = resolveLang(this);
    const t = messages(lang);
    const solution = this.solution;
    return html`<dialog part="dialog" lang=${lang} aria-labelledby="title" @cancel=${this.onCancel} @keydown=${this.trapFocus} @click=${this.onBackdropClick}>
      ${solution ? this.renderSolution(solution, lang, t) : nothing}
    </dialog>`;
  }

  private renderSolution(solution: Solution, lang: string, t: ReturnType<typeof messages>) {
    const number = new Intl.NumberFormat(lang);
    const paragraphs = localize(solution.description, lang).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const provider = solution.provider;
    const providerDetails = [provider.type ? t.providerType[provider.type] : '', provider.country ? countryName(provider.country, lang) : ''].filter(Boolean).join(', ');
    const external = (href: string, label: string) => externalLink(href, label, t);
    const email = solution.contact?.email;
    return html`
      <div class="header">
        <h2 id="title" lang=${ifDefined(fallbackLanguage(solution.name, lang))}>${localize(solution.name, lang)}</h2>
        <button type="button" class="close" part="button" @click=${this.close}>${t.close}</button>
      </div>
      <div class="body">
        <p class="summary" lang=${ifDefined(fallbackLanguage(solution.summary, lang))}>${localize(solution.summary, lang)}</p>
        ${this.href === '' ? nothing : copyLinkButton(this.href ?? entryHref('t4g-open', solution.id), this.copied, (text) => (this.copied = text), t)}
        ${solution.image ? html`<img src=${solution.image} alt=${localize(solution.imageAlt, lang)} />` : nothing}
        <div class="description" lang=${ifDefined(fallbackLanguage(solution.description, lang))}>${paragraphs.map((p) => html`<p>${p}</p>`)}</div>
        <ul class="badges" aria-label=${t.tracks}>${solution.tracks.map((id) => html`<li class="badge" part="badge">${trackName(this.catalog, id, lang, t.trackNames)}</li>`)}</ul>
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
            ? html`<dt>${t.impact}</dt><dd><ul>${solution.impact.map((item) => html`<li><bdi lang=${ifDefined(fallbackLanguage(item.label, lang))}>${localize(item.label, lang)}</bdi>${t.colon}<strong>${number.format(item.value || 0)}${item.unit ? html` <bdi>${item.unit}</bdi>` : ''}</strong></li>`)}</ul></dd>`
            : nothing}
          ${solution.pricing || solution.licence
            ? html`<dt>${t.pricingAndLicence}</dt><dd>${solution.pricing ? t.pricing[solution.pricing] : ''}${solution.pricing && solution.licence ? ', ' : ''}<bdi>${solution.licence ?? ''}</bdi></dd>`
            : nothing}
          ${solution.updated
            ? html`<dt>${t.lastUpdated}</dt><dd><time datetime=${solution.updated}>${new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${solution.updated}T00:00:00Z`))}</time></dd>`
            : nothing}
          ${solution.languages?.length ? html`<dt>${t.languages}</dt><dd>${solution.languages.map((tag) => languageName(tag, lang)).join(', ')}</dd>` : nothing}
          ${solution.cities?.length
            ? html`<dt>${t.usedBy}</dt><dd><ul class="cities">${solution.cities.map(
                (id) => html`<li>${entryLink(entryHref('t4g-city', id), cityName(this.catalog, id, lang), () => this.selectCity(id))}</li>`,
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
}

declare global {
  interface HTMLElementTagNameMap {
    't4g-solution-detail': T4gSolutionDetail;
  }
}
