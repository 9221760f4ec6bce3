import type { ReactiveController, ReactiveControllerHost } from 'lit';

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/**
 * Re-renders its host when the document's language changes
 * (`document.documentElement.lang`), the usual way a page switches language.
 * One observer serves every widget. A `lang` on the element itself is a
 * property and re-renders on its own; other ancestors are not watched.
 */
export class LangController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected() {
    hosts.add(this.host);
    observer ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
    if (hosts.size === 1) observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected() {
    hosts.delete(this.host);
    if (hosts.size === 0) observer?.disconnect();
  }
}
