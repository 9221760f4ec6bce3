/**
 * The workshop's client of its checks: requests to the worker, answered in
 * order, or on the page where the worker cannot start.
 */
import type { CheckAnswer, CheckRequest, CheckState, answer } from './check-answer.js';

/** Answers requests on the page: the worker's own code, loaded only when needed. */
export type LocalChecks = () => Promise<typeof answer>;

/**
 * Sends requests to a worker at `url` (none: answers them on the page). Each request is kept until answered, and the
 * last catalogue to check against is remembered, so that if the worker cannot start, or breaks, the page answers
 * what it had not, with the same catalogue.
 */
export class Checks {
  private worker?: Worker;
  private next = 0;
  private readonly state: CheckState = {};
  private lastAgainst?: CheckRequest;
  private waiting = new Map<number, { request: CheckRequest; done: (answer: CheckAnswer) => void }>();

  constructor(url: URL | undefined, private readonly local: LocalChecks) {
    if (!url) return;
    try {
      this.worker = new Worker(url, { type: 'module' });
      this.worker.onmessage = ({ data }: MessageEvent<CheckAnswer>) => this.settle(data);
      this.worker.onerror = () => this.stop();
    } catch {
      this.worker = undefined;
    }
  }

  /** Answers `request` (without its id), in the worker or here. */
  ask<R extends CheckRequest>(request: R extends unknown ? Omit<R, 'id'> : never): Promise<CheckAnswer> {
    const full = { ...request, id: this.next++ } as CheckRequest;
    if (full.kind === 'against') this.lastAgainst = full;
    if (!this.worker) return this.local().then((answer) => answer(this.state, full));
    return new Promise((done) => {
      this.waiting.set(full.id, { request: full, done });
      this.worker!.postMessage(full);
    });
  }

  close() {
    this.worker?.terminate();
  }

  private settle(data: CheckAnswer) {
    this.waiting.get(data.id)?.done(data);
    this.waiting.delete(data.id);
  }

  /** The worker failed (did not start, or broke): everything it had not answered is answered here, in order. */
  private async stop() {
    this.worker?.terminate();
    this.worker = undefined;
    const answer = await this.local();
    if (this.lastAgainst) answer(this.state, this.lastAgainst);
    for (const { request } of [...this.waiting.values()]) this.settle(answer(this.state, request));
  }
}
