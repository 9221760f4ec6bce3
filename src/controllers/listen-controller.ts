import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { T4gEventDetail } from '../events.js';

type Host = ReactiveControllerHost & HTMLElement & { listen: boolean };

/**
 * The `listen` attribute: while it is on, an element follows a choice made
 * anywhere on the page (a `t4g-select` or `t4g-city-select` that reached
 * `document`), except its own.
 */
export class ListenController<K extends 't4g-select' | 't4g-city-select'> implements ReactiveController {
  constructor(
    private readonly host: Host,
    private readonly type: K,
    private readonly follow: (detail: T4gEventDetail<K>) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    document.addEventListener(this.type, this.onEvent as EventListener);
  }

  hostDisconnected() {
    document.removeEventListener(this.type, this.onEvent as EventListener);
  }

  private onEvent = (event: CustomEvent<T4gEventDetail<K>>) => {
    if (this.host.listen && !event.composedPath().includes(this.host)) this.follow(event.detail);
  };
}
