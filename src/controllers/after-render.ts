import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs an action after the host's next render: moving focus to what replaced
 * the control that had it (a removed chip, a page that changed), which only
 * exists once rendered.
 */
export class AfterRender implements ReactiveController {
  private action?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Runs `action` after the next render (the last one asked for wins). */
  then(action: () => void) {
    this.action = action;
    this.host.requestUpdate();
  }

  hostUpdated() {
    const action = this.action;
    this.action = undefined;
    action?.();
  }
}
