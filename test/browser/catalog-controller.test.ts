/**
 * CatalogController, the one way every element gets its catalogue: one run per
 * change of source, size limit or language; stale runs dropped and aborted;
 * the entry a card asks for, or why it is not there.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { CatalogError } from '../../src/catalog/errors.js';
import { clearCatalogCache, loadCatalog } from '../../src/catalog/load.js';
import type { Solution } from '../../src/catalog/schema.js';
import { validateCatalog } from '../../src/catalog/validate.js';
import { type Catalog, CatalogController, errorDetail } from '../../src/controllers/catalog-controller.js';
import { loadFixture, recordFetches, recordWarnings, slow, until } from './helpers.js';

const VALID = loadFixture('valid.json');
const PARTIAL = loadFixture('partial.json');

/**
 * A host that shows nothing but keeps what the controller did: every status it
 * rendered, every event it fired, each language it prepared. The search
 * widgets prepare (an index); the cards ask for an entry instead.
 */
class CatalogHost extends LitElement {
  static override properties = { src: {}, catalog: { attribute: false }, maxBytes: { attribute: false }, solutionId: { attribute: false }, lang: {} };
  src?: string;
  catalog?: object;
  maxBytes?: number;
  solutionId?: string;
  prepared: string[] = [];
  statuses: string[] = [];
  events: { type: string; detail: unknown }[] = [];
  readonly data = new CatalogController<Solution>(this, {
    source: () => this.src ?? this.catalog,
    maxBytes: () => this.maxBytes,
    ...(this.prepares() && { prepare: (_catalog: Catalog, lang: string) => void this.prepared.push(lang) }),
    entry: () => ({ kind: 'solution', id: this.solutionId, list: (catalog) => catalog.solutions }),
  });

  protected prepares() {
    return true;
  }

  constructor() {
    super();
    for (const type of ['t4g-error', 't4g-catalog-problems']) this.addEventListener(type, (event) => this.events.push({ type, detail: (event as CustomEvent).detail }));
  }

  override render() {
    if (this.statuses.at(-1) !== this.data.state.status) this.statuses.push(this.data.state.status);
    return html``;
  }
}
customElements.define('t4g-test-catalog-host', CatalogHost);

class CardHost extends CatalogHost {
  protected override prepares() {
    return false;
  }
}
customElements.define('t4g-test-card-host', CardHost);

/** A catalogue object that counts how often validation reads its `cities`, which it does once, at its end. */
function counted(solutions: number) {
  const reads = { cities: 0 };
  const data = {
    version: 1,
    solutions: Array.from({ length: solutions }, (_, i) => ({ id: `s${i}`, name: `Solution ${i}`, summary: 'x', tracks: ['tourism'], provider: { name: 'P' } })),
    cities: [],
  };
  const proxy = new Proxy(data, { get: (target, key, receiver) => (key === 'cities' && reads.cities++, Reflect.get(target, key, receiver)) });
  return { proxy, reads };
}

const ready = (el: CatalogHost) => until(el, () => el.data.state.status === 'ready' || el.data.state.status === 'error', 'the load did not end');

describe('CatalogController', () => {
  let fetches: ReturnType<typeof recordFetches>;
  beforeEach(() => {
    clearCatalogCache();
    fetches = recordFetches();
  });
  afterEach(() => fetches.restore());

  it('loads once on first connect: one validation of a catalogue object, one preparation', async () => {
    const once = counted(5);
    validateCatalog(once.proxy);
    const { proxy, reads } = counted(5);
    const el = await fixture<CatalogHost>(html`<t4g-test-catalog-host .catalog=${proxy}></t4g-test-catalog-host>`);
    await ready(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.data.catalog!.solutions).to.have.length(5);
    expect(once.reads.cities).to.be.above(0);
    expect(reads.cities).to.equal(once.reads.cities, 'validated once');
    expect(el.prepared).to.deep.equal(['en']);
    expect(el.statuses).to.deep.equal(['loading', 'ready']);
  });

  it('a new catalogue object stops the validation of the old one between slices', async () => {
    const old = counted(30_000);
    const next = counted(3);
    const el = await fixture<CatalogHost>(html`<t4g-test-catalog-host .catalog=${old.proxy}></t4g-test-catalog-host>`);
    expect(el.data.state.status).to.equal('loading', 'the large one is being validated');
    el.catalog = next.proxy;
    await ready(el);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.data.catalog!.solutions).to.have.length(3);
    expect(old.reads.cities).to.equal(0, 'the old validation never reached its end');
  });

  it('a new src drops the old load: its result never shows, and its fetch is aborted when nobody else waits for it', async () => {
    const el = await fixture<CatalogHost>(html`<t4g-test-catalog-host src=${slow(400, VALID)}></t4g-test-catalog-host>`);
    await until(el, () => fetches.calls.length === 1);
    el.src = PARTIAL;
    await ready(el);
    expect(fetches.calls[0]!.signal?.aborted).to.equal(true, 'the first fetch was aborted');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(el.data.catalog!.solutions.map((s) => s.id)).to.deep.equal(['good', 'bad-link'], 'the partial catalogue, not the slow valid one');
    expect(el.events.filter((e) => e.type === 't4g-error')).to.deep.equal([], 'the abort is not an error');
  });

  it('a fetch another widget still waits for goes on when one widget gives it up', async () => {
    const wrapper = await fixture(html`<div>
      <t4g-test-catalog-host id="a" src=${slow(300, VALID)}></t4g-test-catalog-host>
      <t4g-test-catalog-host id="b" src=${slow(300, VALID)}></t4g-test-catalog-host>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll<CatalogHost>('t4g-test-catalog-host')] as [CatalogHost, CatalogHost];
    await until(a, () => fetches.calls.length === 1);
    a.remove();
    await ready(b);
    expect(b.data.catalog!.solutions).to.have.length(2);
    expect(fetches.calls).to.have.length(1, 'one fetch for both');
    expect(fetches.calls[0]!.signal?.aborted).to.equal(false);
  });

  it('an element taken off the page while loading aborts its fetch; put back, it loads again', async () => {
    const el = await fixture<CatalogHost>(html`<t4g-test-catalog-host src=${slow(300, VALID)}></t4g-test-catalog-host>`);
    const parent = el.parentElement!;
    await until(el, () => fetches.calls.length === 1);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetches.calls[0]!.signal?.aborted).to.equal(true);
    expect(el.data.state.status).to.equal('idle');
    parent.append(el);
    await ready(el);
    expect(el.data.catalog!.solutions).to.have.length(2);
    expect(fetches.calls).to.have.length(2);
  });

  it('moved in the page while loading, it goes on with the same fetch', async () => {
    const wrapper = await fixture(html`<div><t4g-test-catalog-host src=${slow(300, VALID)}></t4g-test-catalog-host><section></section></div>`);
    const el = wrapper.querySelector<CatalogHost>('t4g-test-catalog-host')!;
    await until(el, () => fetches.calls.length === 1);
    wrapper.querySelector('section')!.append(el);
    await ready(el);
    expect(el.data.catalog!.solutions).to.have.length(2);
    expect(fetches.calls).to.have.length(1);
    expect(fetches.calls[0]!.signal?.aborted).to.equal(false);
  });

  it('a language change while the catalogue downloads joins the same fetch instead of starting again', async () => {
    const el = await fixture<CatalogHost>(html`<t4g-test-catalog-host src=${slow(300, VALID)}></t4g-test-catalog-host>`);
    await until(el, () => fetches.calls.length === 1);
    el.lang = 'de';
    await ready(el);
    expect(fetches.calls).to.have.length(1);
    expect(fetches.calls[0]!.signal?.aborted).to.equal(false);
    expect(el.prepared).to.deep.equal(['de'], 'prepared once, in the new language');
  });

  it('a max-bytes that is not a number is the default: one run, not one per update', async () => {
    const el = await fixture<CatalogHost>(html`<t4g-test-catalog-host src=${VALID} .maxBytes=${Number.NaN}></t4g-test-catalog-host>`);
    await ready(el);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.prepared).to.deep.equal(['en']);
    expect(el.statuses).to.deep.equal(['loading', 'ready']);
  });

  it('cards given the same catalogue object validate it once; the console hears of its problems once, each card by its event', async () => {
    const { proxy, reads } = counted(3);
    const once = counted(3);
    validateCatalog(once.proxy);
    (proxy as { solutions: unknown[] }).solutions.push({ id: 'bad', name: 'Bad', tracks: ['tourism'], provider: { name: 'P' } });
    const warnings = recordWarnings();
    try {
      const wrapper = await fixture(html`<div>${[1, 2, 3].map(() => html`<t4g-test-card-host .catalog=${proxy} .solutionId=${'s1'}></t4g-test-card-host>`)}</div>`);
      const hosts = [...wrapper.querySelectorAll<CardHost>('t4g-test-card-host')];
      for (const host of hosts) await ready(host);
      expect(hosts.map((host) => host.data.lookup.entry?.id)).to.deep.equal(['s1', 's1', 's1']);
      expect(reads.cities).to.equal(once.reads.cities, 'one validation');
      expect(hosts.map((host) => host.events.filter((e) => e.type === 't4g-catalog-problems').length)).to.deep.equal([1, 1, 1]);
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('a language change with the same data keeps the catalogue shown, prepares that language, fetches and reports nothing again', async () => {
    const el = await fixture<CatalogHost>(html`<t4g-test-catalog-host src=${PARTIAL}></t4g-test-catalog-host>`);
    await ready(el);
    const catalog = el.data.catalog;
    el.lang = 'fr';
    await until(el, () => el.prepared.length === 2);
    await el.updateComplete;
    expect(el.prepared).to.deep.equal(['en', 'fr']);
    expect(el.statuses).to.deep.equal(['loading', 'ready'], 'never back to loading');
    expect(el.data.catalog).to.equal(catalog);
    expect(fetches.calls).to.have.length(1);
    expect(el.events.filter((e) => e.type === 't4g-catalog-problems')).to.have.length(1);
  });

  it('reports a partial catalogue once, by event and console', async () => {
    const warnings = recordWarnings();
    try {
      const el = await fixture<CatalogHost>(html`<t4g-test-catalog-host src=${PARTIAL}></t4g-test-catalog-host>`);
      await ready(el);
      el.requestUpdate();
      await el.updateComplete;
      expect(el.events.map((e) => e.type)).to.deep.equal(['t4g-catalog-problems']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('solution "no-summary" was left out');
    } finally {
      warnings.restore();
    }
  });

  it('a listener that empties or edits its event\'s problems or error changes nothing for other elements or the screen', async () => {
    const edit = (event: Event) => {
      const detail = (event as CustomEvent).detail as { problems?: unknown[]; message?: string };
      if (detail.problems) detail.problems.length = 0;
      else detail.message = 'edited by a listener';
    };
    document.addEventListener('t4g-catalog-problems', edit);
    document.addEventListener('t4g-error', edit);
    const warnings = recordWarnings();
    try {
      const wrapper = await fixture(html`<div><t4g-test-catalog-host src=${PARTIAL}></t4g-test-catalog-host><t4g-test-catalog-host src=${PARTIAL}></t4g-test-catalog-host></div>`);
      const [first, second] = [...wrapper.querySelectorAll<CatalogHost>('t4g-test-catalog-host')] as [CatalogHost, CatalogHost];
      await ready(first);
      await ready(second);
      // The events' own lists were emptied by the listener; each element still has, and fired, the problems.
      expect(first.data.state.status === 'ready' && first.data.state.problems.length, 'the first element keeps its problems').to.be.above(0);
      expect(second.data.state.status === 'ready' && second.data.state.problems.length, 'the second keeps them too').to.be.above(0);
      expect(second.events.filter((e) => e.type === 't4g-catalog-problems')).to.have.length(1);
      const failed = await fixture<CatalogHost>(html`<t4g-test-catalog-host src=${VALID} .maxBytes=${100}></t4g-test-catalog-host>`);
      await ready(failed);
      expect(failed.data.state.status === 'error' && failed.data.state.error.message, 'the error shown is not the edited one').to.match(/the limit is 100 bytes/);
    } finally {
      document.removeEventListener('t4g-catalog-problems', edit);
      document.removeEventListener('t4g-error', edit);
      warnings.restore();
    }
  });

  it('max-bytes is part of the source: a smaller limit refuses, a larger one loads', async () => {
    const el = await fixture<CatalogHost>(html`<t4g-test-catalog-host src=${VALID} .maxBytes=${100}></t4g-test-catalog-host>`);
    await ready(el);
    expect(el.data.state.status).to.equal('error');
    expect(el.events[0]).to.deep.include({ type: 't4g-error' });
    expect((el.events[0]!.detail as { kind: string }).kind).to.equal('too-large');
    el.maxBytes = 1_000_000;
    await until(el, () => el.data.state.status === 'ready');
    expect(el.data.catalog!.solutions).to.have.length(2);
  });

  it('reload() fetches again, bypassing the shared cache', async () => {
    const el = await fixture<CatalogHost>(html`<t4g-test-catalog-host src=${VALID}></t4g-test-catalog-host>`);
    await ready(el);
    await el.data.reload();
    expect(fetches.calls).to.have.length(2);
    expect(el.data.state.status).to.equal('ready');
  });

  it('whenReady resolves with the catalogue, or rejects with the failure', async () => {
    const el = await fixture<CatalogHost>(html`<t4g-test-catalog-host src=${VALID}></t4g-test-catalog-host>`);
    expect((await el.data.whenReady()).solutions).to.have.length(2);
    el.src = '/__status/404/missing.json';
    await el.updateComplete;
    const failure = await el.data.whenReady().then(() => 'resolved', (error: Error) => error.message);
    expect(failure).to.contain('404');
  });

  it('a catalogue this library validated shows at once, with no load', async () => {
    const { catalog } = validateCatalog(await (await fetch(VALID)).json());
    fetches.calls.length = 0;
    const el = await fixture<CardHost>(html`<t4g-test-card-host .catalog=${catalog} .solutionId=${'bike-share'}></t4g-test-card-host>`);
    expect(el.statuses).to.deep.equal(['ready'], 'no loading state');
    expect(fetches.calls).to.deep.equal([]);
    expect(el.data.lookup.entry?.id).to.equal('bike-share');
  });

  describe('the entry a card asks for', () => {
    it('is found once the catalogue is shown', async () => {
      const el = await fixture<CatalogHost>(html`<t4g-test-card-host src=${VALID} .solutionId=${'bike-share'}></t4g-test-card-host>`);
      await ready(el);
      expect(el.data.lookup.entry?.id).to.equal('bike-share');
      expect(el.events).to.deep.equal([]);
    });

    it('not in the catalogue: a not-found failure naming the id and the address, fired once however often it renders', async () => {
      const el = await fixture<CatalogHost>(html`<t4g-test-card-host src=${VALID} .solutionId=${'atlantis'}></t4g-test-card-host>`);
      await ready(el);
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(el.data.lookup.failure).to.deep.equal({ kind: 'not-found', message: `No solution with the id “atlantis” in ${VALID}.` });
      expect(el.events).to.deep.equal([{ type: 't4g-error', detail: el.data.lookup.failure }]);
      el.solutionId = 'nowhere';
      await el.updateComplete;
      expect(el.events).to.have.length(2, 'another id is reported again');
    });

    it('left out for a problem of its own: says so, with the field and the reason', async () => {
      const el = await fixture<CatalogHost>(html`<t4g-test-card-host src=${PARTIAL} .solutionId=${'no-summary'}></t4g-test-card-host>`);
      await ready(el);
      await el.updateComplete;
      expect(el.data.lookup.failure?.kind).to.equal('not-found');
      expect(el.data.lookup.failure?.message).to.equal(
        '“no-summary” was left out of the catalogue: summary is required but missing (at solutions[1].summary)',
      );
    });
  });
});

describe('errorDetail: one mapping from a failure to what an element shows', () => {
  it('keeps a CatalogError’s kind and message; anything else is unknown, in words', () => {
    expect(errorDetail(new CatalogError('http', 'The server answered 500.'))).to.deep.equal({ kind: 'http', message: 'The server answered 500.' });
    for (const error of [new TypeError('boom'), 'text']) {
      const detail = errorDetail(error);
      expect(detail.kind).to.equal('unknown');
      expect(detail.message, 'an exception’s own text stays in the console').to.not.match(/TypeError|boom|text/);
    }
  });

  it('is what the loader’s failures become', async () => {
    const failure = await loadCatalog('/__status/500/x.json').then(() => undefined, errorDetail);
    expect(failure?.kind).to.equal('http');
    expect(failure?.message).to.contain('500');
  });
});
