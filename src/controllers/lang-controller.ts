import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang } from '../i18n/lang.js';
import { loadMessages, onMessagesLoaded } from '../i18n/messages.js';

type Host = ReactiveControllerHost & Element;

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;
let unsubscribe: (() => void) | undefined;
const updateAll = () => hosts.forEach((host) => host.requestUpdate());

/**
 * Keeps a widget in its language: starts loading its text table as soon as it
 * is on the page, and re-renders it when a table arrives or the document's
 * language changes (`document.documentElement.lang`, the usual way a page
 * switches). One observer serves every widget. A `lang` on the element itself
 * is a property and re-renders on its own; other ancestors are not watched.
 */
export class LangController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected() {
    void loadMessages(resolveLang(this.host));
    hosts.add(this.host);
    if (hosts.size > 1) return;
    observer ??= new MutationObserver(() => {
      hosts.forEach((host) => void loadMessages(resolveLang(host)));
      updateAll();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    unsubscribe = onMessagesLoaded(updateAll);
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
