import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang } from '../i18n/lang.js';
import { loadMessages, messagesInTime, messagesPending, onMessagesLoaded } from '../i18n/messages.js';
import { sheet } from '../styles/sheet.js';

type Host = ReactiveControllerHost & Element;

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;
let unsubscribe: (() => void) | undefined;
const updateAll = () => hosts.forEach((host) => host.requestUpdate());

/** While waiting, a widget with content of its own (a page's prerendered list, `t4g site`'s) shows that content. */
const SHOW_OWN = sheet(':host>:not(slot.t4g-wait){display:none!important}');
/** While waiting, an empty widget keeps the place of what it rendered, unseen, so that nothing below it moves. */
const KEEP_PLACE = sheet(':host>*{visibility:hidden!important}');

/**
 * Keeps a widget in its language: starts loading its text table as soon as it
 * is on the page, and re-renders it when a table arrives or the document's
 * language changes (`document.documentElement.lang`, the usual way a page
 * switches). One observer serves every widget. A `lang` on the element itself
 * is a property and re-renders on its own; other ancestors are not watched.
 *
 * Until the table first arrives (at most `LANGUAGE_WAIT_MS`), what the widget renders is
 * out of sight: a German page shows its own German content (or a blank of the
 * right size), not English controls that turn German a moment later and move
 * the layout as they do. What English is shown after that is marked as English
 * (`interfaceMark`).
 */
export class LangController implements ReactiveController {
  private waited = false;
  /**
   * Settles once the first render's table is here (or failed, or `LANGUAGE_WAIT_MS` passed) and the widget is to render again
   * in it: `updateComplete` waits for it too (t4g-element.ts), so that what it promises is the widget in its language.
   */
  ready: Promise<unknown> = Promise.resolve();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected() {
    const lang = resolveLang(this.host);
    void loadMessages(lang);
    if (!this.waited) {
      this.waited = true;
      if (messagesPending(lang)) this.ready = this.wait(lang);
    }
    hosts.add(this.host);
    if (hosts.size > 1) return;
    observer ??= new MutationObserver(() => {
      hosts.forEach((host) => void loadMessages(resolveLang(host)));
      updateAll();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    unsubscribe = onMessagesLoaded(updateAll);
  }

  /**
   * Hides what the widget renders until `lang`'s table is here (or failed, or `LANGUAGE_WAIT_MS` passed), then shows it once it
   * has rendered again. Called before the first render: the render still runs (the catalogue's download starts with
   * it), only out of sight. Constructed sheets, not a `<style>`: a strict Content-Security-Policy allows them. Returns
   * (settling `ready`) before the render it asks for, which shows it (`hostUpdated`) and which `updateComplete` waits for.
   */
  private async wait(lang: string) {
    const root = this.host.shadowRoot;
    if (!root) return;
    const host = this.host;
    const own = [...host.childNodes].some((node) => (node instanceof Element ? !node.slot : node.nodeType === Node.TEXT_NODE && node.textContent!.trim()));
    const slot = own ? root.appendChild(document.createElement('slot')) : undefined;
    slot?.classList.add('t4g-wait');
    const style = own ? SHOW_OWN : KEEP_PLACE;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, style];
    await messagesInTime(lang);
    this.show = () => {
      slot?.remove();
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== style);
    };
    host.requestUpdate();
  }

  /** What ends the wait, once the widget has rendered in its language: before `updateComplete` resolves. */
  private show?: () => void;

  hostUpdated() {
    this.show?.();
    this.show = undefined;
  }

  hostUpdate() {
    // The element's own lang may have changed since it connected.
    void loadMessages(resolveLang(this.host));
  }

  hostDisconnected() {
    hosts.delete(this.host);
    if (hosts.size) return;
    observer?.disconnect();
    unsubscribe?.();
  }
}
