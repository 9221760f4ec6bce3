import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LazyPart, once } from '../../src/internal/lazy-part.js';
import { recordWarnings } from './helpers.js';

/** A load the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

/** Renders what its part says, or "waiting" until the part is there. */
class LazyHost extends LitElement {
  loads: ReturnType<typeof deferred<string>>[] = [];
  readonly lazy = new LazyPart(this, () => this.loads[this.loads.push(deferred<string>()) - 1]!.promise, 't4g-test-part.js');
  override render() {
    return html`${this.lazy.get() ?? 'waiting'}`;
  }
}
customElements.define('t4g-test-lazy-host', LazyHost);

const text = (el: LazyHost) => el.shadowRoot!.textContent!.trim();

describe('LazyPart', () => {
  it('renders without the part, loads it once, and renders again when it arrives', async () => {
    const el = await fixture<LazyHost>(html`<t4g-test-lazy-host></t4g-test-lazy-host>`);
    expect(text(el)).to.equal('waiting');
    expect(el.loads, 'one load, however often it is asked for').to.have.length(1);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.loads).to.have.length(1);
    el.loads[0]!.resolve('the part');
    await el.lazy.whenLoaded();
    await el.updateComplete;
    expect(text(el)).to.equal('the part');
  });

  it('warns, naming the file, when it cannot be loaded, and tries again the next time it is asked for', async () => {
    const warnings = recordWarnings();
    try {
      const el = await fixture<LazyHost>(html`<t4g-test-lazy-host></t4g-test-lazy-host>`);
      el.loads[0]!.reject(new Error('offline'));
      await el.lazy.whenLoaded();
      expect(warnings.messages.join(' ')).to.contain('t4g-test-part.js');
      expect(text(el)).to.equal('waiting');
      el.requestUpdate();
      await el.updateComplete;
      expect(el.loads, 'a second load').to.have.length(2);
      el.loads[1]!.resolve('the part');
      await el.lazy.whenLoaded();
      await el.updateComplete;
      expect(text(el)).to.equal('the part');
    } finally {
      warnings.restore();
    }
  });
});

describe('once', () => {
  it('shares one load between callers, and forgets a failed one', async () => {
    let calls = 0;
    let fail = true;
    const load = once(async () => {
      calls++;
      if (fail) throw new Error('offline');
      return calls;
    });
    const [a, b] = await Promise.allSettled([load(), load()]);
    expect([a.status, b.status, calls]).to.deep.equal(['rejected', 'rejected', 1]);
    fail = false;
    expect(await Promise.all([load(), load()])).to.deep.equal([2, 2]);
    expect(await load()).to.equal(2);
  });
});
