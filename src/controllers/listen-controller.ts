import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { T4gEventDetail } from '../events.js';

type Host = ReactiveControllerHost & HTMLElement & { listen: boolean };

/**
 * The `listen` attribute: while it is on, `host` follows a choice made
 * anywhere on the page (a `t4g-select` or `t4g-city-select` that reached
 * `document`), except its own, and says it took it (`preventDefault()`).
 */
export function listenController<K extends 't4g-select' | 't4g-city-select'>(host: Host, type: K, follow: (detail: T4gEventDetail<K>, event: Event) => void): ReactiveController {
  const onEvent = (event: Event) => {
    if (!host.listen || event.composedPath().includes(host)) return;
    follow((event as CustomEvent<T4gEventDetail<K>>).detail, event);
    event.preventDefault();
  };
  const controller = {
    hostConnected: () => document.addEventListener(type, onEvent),
    hostDisconnected: () => document.removeEventListener(type, onEvent),
  };
  host.addController(controller);
  return controller;
}
