import { type PropertyDeclarations, type PropertyValues, css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cityName, countryName, languageName, trackLang, trackName } from '../../catalog/names.js';
import { fallbackLanguage, localize } from '../../catalog/localized.js';
import type { Catalog, Solution } from '../../catalog/schema.js';
import { fire } from '../../events.js';
import { resolveLang } from '../../i18n/lang.js';
import { LazyPart, once } from '../../internal/lazy-part.js';
import { T4gElement } from '../../internal/t4g-element.js';
import { interfaceLang, messages } from '../../i18n/messages.js';
import { hostStyles } from '../../styles/host.js';
import { copyLinkButton, entryHrefFrom, entryLink, externalLink } from '../../views/common.js';
import { solutionDetailStyles } from './solution-detail.styles.js';
import { loadSolutionView } from './solution-view-loader.js';

/** What the view (solution-view.ts, a file that imports nothing) uses of the bundle, handed to it when it loads. */
const needs = { html, css, nothing, ifDefined, localize, fallbackLanguage, cityName, countryName, languageName, trackLang, trackName, copyLinkButton, entryHrefFrom, entryLink, externalLink, fire };
export type SolutionViewNeeds = typeof needs;

/** The view, loaded once per page; the marketplace starts it early for a solution opened from the address. */
export const solutionView = once(() => loadSolutionView().then((module) => module.solutionView(needs)));


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

  /** The catalogue it comes from, to name its tracks and cities (and the language of its plain strings). */
  catalog?: Pick<Catalog, 'tracks' | 'cities' | 'language'>;

  /** Whether the dialog is open. */
  open = false;

  /** The solution's address, for "Copy link" (default: this page with `?t4g-open=ID`; empty: no "Copy link", as in a preview). */
  href?: string;

  /** What "Copy link" did, for the status line. */
  private copied?: string;

  /** What the dialog shows of a solution, and its rules: loaded while the page is idle (`t4g-solution-view.js`). */
  private readonly view = new LazyPart(this, solutionView, 't4g-solution-view.js');
  /** Opened before the view had loaded: shown once it has. */
  private showPending = false;

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('solution')) this.copied = undefined;
  }

  override updated(changed: PropertyValues<this>) {
    if (changed.has('open') || this.showPending) this.showOrHide();
  }

  /** Also waits, when the dialog is open, for its view to load and show. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.showPending) return done;
    await this.view.whenLoaded();
    return super.getUpdateComplete();
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
    // An empty dialog never shows: until the view is here, it waits (updated() comes back when it arrives).
    this.showPending = this.open && !this.view.isHere();
    if (this.showPending) return;
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

  private onCancel(event: Event) {
    event.preventDefault();
    this.close();
  }

  override render() {
    const lang = resolveLang(this);
    const t = messages(lang);
    const solution = this.solution;
    const view = solution && this.view.get();
    const host = { element: this, catalog: this.catalog, href: this.href, copied: this.copied, say: (text: string) => (this.copied = text), close: () => this.close() };
    // The interface's language (English where no table speaks the page's), which catalogue text is marked against.
    const ui = interfaceLang(lang);
    return html`<dialog part="dialog" lang=${ui} aria-labelledby="title" @cancel=${this.onCancel}
      @keydown=${view?.trapFocus} @click=${view && ((event: MouseEvent) => view.backdropClick(event, host))}>
      ${view ? view.render(host, solution, lang, t, ui) : nothing}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    't4g-solution-detail': T4gSolutionDetail;
  }
}
