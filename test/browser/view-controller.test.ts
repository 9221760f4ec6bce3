/**
 * ViewController: a search widget's view (words, filters, sort, page, open
 * entry), kept in the page URL under the widget's prefix when `syncUrl` says so.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { ViewState } from '../../src/catalog/query-state.js';
import { ViewController } from '../../src/controllers/view-controller.js';
import { restoreUrlAfterEach, stepHistory } from './helpers.js';

type View = ViewState<'track', 'name' | 'updated'>;

/** A host that renders nothing: the controller, and each change it reported. */
class ViewHost extends LitElement {
  syncUrl = true;
  urlPrefix = 't4g-';
  changes: { previous: View; view: View; source: 'user' | 'history' }[] = [];
  readonly views = new ViewController<'track', 'name' | 'updated'>(this, {
    keys: { facets: ['track'], sorts: ['name', 'updated'] },
    syncUrl: () => this.syncUrl,
    prefix: () => this.urlPrefix,
    changed: (previous, source) => this.changes.push({ previous, view: this.views.view, source }),
  });
}
customElements.define('t4g-test-view-host', ViewHost);

/** A host on the page, with `syncUrl` and `urlPrefix` set before it connects (when it reads the URL). */
async function mount(options: { syncUrl?: boolean; urlPrefix?: string } = {}): Promise<ViewHost> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = Object.assign(document.createElement('t4g-test-view-host') as ViewHost, options);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const view = (changes: Partial<View> = {}): View => ({ text: '', filters: {}, page: 1, ...changes });
const params = () => new URL(location.href).searchParams;

/** Counts the history entries the page adds and replaces, and its steps back, until `restore()`. */
function watchHistory() {
  const { pushState, replaceState, back } = history;
  const counts = { push: 0, replace: 0, back: 0 };
  history.pushState = function (...args: Parameters<History['pushState']>) {
    counts.push++;
    return pushState.apply(this, args);
  };
  history.replaceState = function (...args: Parameters<History['replaceState']>) {
    counts.replace++;
    return replaceState.apply(this, args);
  };
  history.back = function () {
    counts.back++;
    return back.apply(this);
  };
  return { counts, restore: () => Object.assign(history, { pushState, replaceState, back }) };
}

describe('ViewController', () => {
  restoreUrlAfterEach();
  let watched: ReturnType<typeof watchHistory>;
  beforeEach(() => (watched = watchHistory()));
  afterEach(() => watched.restore());

  it('each change is one history entry, written under the prefix', async () => {
    const el = await mount();
    expect(el.views.change(view({ filters: { track: ['tourism'] } }))).to.equal(true);
    expect(el.views.change(view({ filters: { track: ['tourism'] }, sort: 'updated' }))).to.equal(true);
    expect(el.views.change(view({ filters: { track: ['tourism'] }, sort: 'updated', page: 2 }))).to.equal(true);
    expect(watched.counts).to.deep.equal({ push: 3, replace: 0, back: 0 });
    expect(params().getAll('t4g-track')).to.deep.equal(['tourism']);
    expect(params().get('t4g-sort')).to.equal('updated');
    expect(params().get('t4g-page')).to.equal('2');
    expect(el.changes.map((change) => change.source)).to.deep.equal(['user', 'user', 'user']);
  });

  it('the same view again is no change: no entry, no report', async () => {
    const el = await mount();
    el.views.change(view({ text: 'bike' }));
    expect(el.views.change(view({ text: 'bike' }))).to.equal(false);
    expect(watched.counts.push).to.equal(1);
    expect(el.changes).to.have.length(1);
  });

  it('a burst of typing is one history entry; the next change starts another', async () => {
    const el = await mount();
    for (const text of ['b', 'bi', 'bik', 'bike']) el.views.change(view({ text }), 'text');
    expect(watched.counts).to.deep.equal({ push: 1, replace: 3, back: 0 });
    expect(params().get('t4g-q')).to.equal('bike');
    el.views.change(view({ text: 'bike', filters: { track: ['tourism'] } }));
    el.views.change(view({ text: 'bikes', filters: { track: ['tourism'] } }), 'text');
    expect(watched.counts).to.deep.equal({ push: 3, replace: 3, back: 0 });

    await stepHistory(el);
    expect(el.views.view.text).to.equal('bike');
    await stepHistory(el);
    expect(el.views.view.text).to.equal('bike');
    expect(el.views.view.filters).to.deep.equal({});
    await stepHistory(el);
    expect(el.views.view).to.deep.equal(view(), 'the whole word was one step');
  });

  it('typing after Back starts a new entry rather than rewriting the one Back went to', async () => {
    const el = await mount();
    el.views.change(view({ text: 'bus' }));
    el.views.change(view({ text: 'bi' }), 'text');
    el.views.change(view({ text: 'bike' }), 'text');
    await stepHistory(el);
    expect(el.views.view.text).to.equal('bus');
    el.views.change(view({ text: 'tram' }), 'text');
    expect([watched.counts.push, watched.counts.replace]).to.deep.equal([3, 1], 'pushes, replaces');
    await stepHistory(el);
    expect(el.views.view.text).to.equal('bus', 'the entry Back went to is still there');
  });

  it('closing the entry the last change opened goes back instead of adding an entry; Back after closing never reopens it', async () => {
    const el = await mount();
    el.views.change(view({ filters: { track: ['tourism'] } }));
    el.views.change(view({ filters: { track: ['tourism'] }, open: 'x' }));
    expect(params().get('t4g-open')).to.equal('x');
    expect(watched.counts.push).to.equal(2);

    const wentBack = oneEvent(window, 'popstate');
    el.views.change(view({ filters: { track: ['tourism'] } }));
    expect(watched.counts).to.deep.equal({ push: 2, replace: 0, back: 1 });
    expect(el.views.view.open, 'closed at once, before the popstate').to.equal(undefined);
    await wentBack;
    await el.updateComplete;
    expect(params().has('t4g-open')).to.equal(false);
    expect(params().getAll('t4g-track')).to.deep.equal(['tourism'], 'back on the filtered view');
    expect(el.views.view).to.deep.equal(view({ filters: { track: ['tourism'] } }));

    await stepHistory(el);
    expect(el.views.view).to.deep.equal(view(), 'Back goes to the view before the filter, not to the open entry');
  });

  it('closing an entry the URL opened adds an entry, so Back reopens it rather than leaving the page', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}t4g-open=x`);
    const el = await mount();
    expect(el.views.view.open).to.equal('x');
    el.views.change(view());
    expect(watched.counts).to.deep.equal({ push: 1, replace: 1, back: 0 }, 'one push; the replace is the test setting the URL');
    expect(params().has('t4g-open')).to.equal(false);
    await stepHistory(el);
    expect(el.views.view.open).to.equal('x');
  });

  it('closing together with another change is an ordinary change: one entry', async () => {
    const el = await mount();
    el.views.change(view({ open: 'x' }));
    el.views.change(view({ text: 'bike' }));
    expect(watched.counts).to.deep.equal({ push: 2, replace: 0, back: 0 });
    expect(params().get('t4g-q')).to.equal('bike');
    expect(params().has('t4g-open')).to.equal(false);
  });

  it('Back and Forward restore each view, reported as coming from history', async () => {
    const el = await mount();
    const views = [view({ text: 'solar' }), view({ text: 'solar', filters: { track: ['tourism', 'skills'] } }), view({ text: 'solar', filters: { track: ['tourism', 'skills'] }, sort: 'updated', page: 3 })];
    for (const next of views) el.views.change(next);
    await stepHistory(el);
    expect(el.views.view).to.deep.equal(views[1]);
    await stepHistory(el);
    expect(el.views.view).to.deep.equal(views[0]);
    await stepHistory(el, 'forward');
    expect(el.views.view).to.deep.equal(views[1]);
    await stepHistory(el, 'forward');
    expect(el.views.view).to.deep.equal(views[2]);
    expect(el.changes.map((change) => change.source)).to.deep.equal(['user', 'user', 'user', 'history', 'history', 'history', 'history']);
    expect(el.changes.at(-1)!.previous).to.deep.equal(views[1]);
  });

  it('a view in the URL is read on connecting', async () => {
    const url = new URL(location.href);
    url.searchParams.set('t4g-q', 'heat');
    url.searchParams.append('t4g-track', 'skills');
    url.searchParams.set('t4g-page', '2');
    history.replaceState(null, '', url);
    const el = await mount();
    expect(el.views.view).to.deep.equal(view({ text: 'heat', filters: { track: ['skills'] }, page: 2 }));
  });

  it('without syncUrl, only the open entry is in the URL: one entry to open it, Back closes it, the rest untouched', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}t4g-q=ignored`);
    const before = location.href;
    const el = await mount({ syncUrl: false });
    expect(el.views.view).to.deep.equal(view(), 'the words in the URL are not read');
    el.views.change(view({ text: 'bike' }), 'text');
    el.views.change(view({ text: 'bike', sort: 'updated', page: 2 }));
    expect(location.href, 'words, sort and page stay out').to.equal(before);
    el.views.change(view({ text: 'bike', sort: 'updated', page: 2, open: 'x' }));
    expect(params().get('t4g-open')).to.equal('x');
    expect(params().get('t4g-q')).to.equal('ignored', 'the rest of the URL as it was');
    expect(watched.counts).to.deep.equal({ push: 1, replace: 1, back: 0 }, 'one push; the replace is the test’s');

    // The phone's Back: closes the entry, keeps the search.
    await stepHistory(el);
    expect(el.views.view).to.deep.equal(view({ text: 'bike', sort: 'updated', page: 2 }));
    expect(location.href).to.equal(before);
    await stepHistory(el, 'forward');
    expect(el.views.view.open, 'Forward opens it again').to.equal('x');
    await stepHistory(el);
    expect(el.views.view.open).to.equal(undefined);

    // Closing it by hand goes back too: no entry left that would reopen it.
    el.views.change(view({ text: 'bike', sort: 'updated', page: 2, open: 'y' }));
    const wentBack = oneEvent(window, 'popstate');
    el.views.change(view({ text: 'bike', sort: 'updated', page: 2 }));
    await wentBack;
    expect(location.href).to.equal(before);
    expect(watched.counts).to.deep.equal({ push: 2, replace: 1, back: 3 }, 'the test’s two Backs, and the close');
  });

  it('without syncUrl, an entry in the URL opens on connecting; closing it removes it from the URL', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}t4g-open=x&t4g-q=ignored`);
    const el = await mount({ syncUrl: false });
    expect(el.views.view).to.deep.equal(view({ open: 'x' }));
    el.views.change(view());
    expect(params().has('t4g-open')).to.equal(false);
    expect(params().get('t4g-q')).to.equal('ignored');
    expect(watched.counts.push, 'an entry, so Back reopens it rather than leaving the page').to.equal(1);
  });

  it('closing to leave for another widget pushes an entry that the widget opening next replaces: Back returns to the first', async () => {
    for (const syncUrl of [false, true]) {
      history.replaceState(null, '', location.pathname + location.search.replace(/[?&](t4g|c)-open=[^&]*/g, ''));
      const market = await mount({ syncUrl });
      const cities = await mount({ syncUrl, urlPrefix: 'c-' });
      const before = { ...watched.counts };
      const since = () => [watched.counts.push - before.push, watched.counts.replace - before.replace, watched.counts.back - before.back];
      market.views.change(view({ open: 'x' }));
      market.views.change(view(), 'leave');
      expect(params().has('t4g-open'), `syncUrl ${syncUrl}`).to.equal(false);
      cities.views.change(view({ open: 'porto' }));
      expect(params().get('c-open')).to.equal('porto');
      expect(since(), 'pushes (the solution, the leaving), replaces (the city over it), backs').to.deep.equal([2, 1, 0]);
      // Going back from the city would reopen the solution: closing it adds an entry.
      cities.views.change(view());
      expect(since()).to.deep.equal([3, 1, 0]);
      await stepHistory(cities);
      expect([market.views.view.open, cities.views.view.open], 'Back: the city').to.deep.equal([undefined, 'porto']);
      await stepHistory(cities);
      expect([market.views.view.open, cities.views.view.open], 'Back again: the solution').to.deep.equal(['x', undefined]);
      market.remove();
      cities.remove();
    }
  });

  it('a shared link’s solution left for a city: closing the city never goes back past the page’s first entry', async () => {
    // The page was loaded with ?t4g-open=x: the entry is the browser's, unmarked.
    history.replaceState(null, '', `${location.pathname}?t4g-open=x`);
    const market = await mount({ syncUrl: false });
    const cities = await mount({ syncUrl: false, urlPrefix: 'c-' });
    expect(market.views.view.open).to.equal('x');
    const back = watched.counts.back;
    market.views.change(view(), 'leave');
    cities.views.change(view({ open: 'porto' }));
    cities.views.change(view());
    expect(watched.counts.back - back, 'no history.back()').to.equal(0);
    await stepHistory(cities);
    await stepHistory(cities);
    expect([market.views.view.open, cities.views.view.open], 'Back twice: the shared solution, on this page').to.deep.equal(['x', undefined]);
    market.remove();
    cities.remove();
  });

  it('an entry the page pushed since (its own router) is never undone: closing adds an entry instead of going back', async () => {
    const el = await mount({ syncUrl: false });
    el.views.change(view({ open: 'x' }));
    history.pushState({ route: '/about' }, '', `${location.pathname}${location.search}&route=about`);
    el.views.change(view());
    expect(watched.counts).to.deep.equal({ push: 3, replace: 0, back: 0 }, 'ours, the page’s, and the close');
    expect(params().get('route'), 'the page’s entry is still there').to.equal('about');
    expect(params().has('t4g-open')).to.equal(false);
    expect(history.state.route, 'the page’s state is kept, without our mark').to.equal('/about');
    expect(history.state.t4g).to.equal(undefined);
  });

  it('opening marks its entry in the page’s history state, keeping the page’s own fields', async () => {
    history.replaceState({ route: '/solutions' }, '', location.href);
    const el = await mount({ syncUrl: false });
    el.views.change(view({ open: 'x' }));
    expect(history.state).to.deep.equal({ route: '/solutions', t4g: 't4g-open=x' });
  });

  it('a city directory’s open city is the prefix without its hyphen: ?t4g-city=ID', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    class CityHost extends LitElement {
      readonly views = new ViewController<'country', 'name'>(this, { keys: { facets: ['country'], sorts: ['name'], openIsPrefix: true }, syncUrl: () => true, prefix: () => 't4g-city-', changed: () => {} });
    }
    if (!customElements.get('t4g-test-city-host')) customElements.define('t4g-test-city-host', CityHost);
    history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}t4g-city=porto`);
    const el = document.createElement('t4g-test-city-host') as CityHost;
    wrapper.append(el);
    expect(el.views.view.open).to.equal('porto');
    el.views.change({ text: 'x', filters: { country: ['PT'] }, page: 1, open: 'espoo' });
    expect([params().get('t4g-city'), params().get('t4g-city-q'), params().get('t4g-city-country')]).to.deep.equal(['espoo', 'x', 'PT']);
  });

  it('parameters outside the prefix are left alone, written or read', async () => {
    const url = new URL(location.href);
    url.searchParams.set('page', 'about');
    url.searchParams.set('t4g-q', 'another widget');
    url.searchParams.set('mine-sortx', 'kept');
    history.replaceState(null, '', url);
    const el = await mount({ urlPrefix: 'mine-' });
    expect(el.views.view).to.deep.equal(view(), 'nothing of its own in the URL');
    el.views.change(view({ text: 'bike', filters: { track: ['tourism'] }, sort: 'updated', page: 2, open: 'x' }));
    expect(params().get('page')).to.equal('about');
    expect(params().get('t4g-q')).to.equal('another widget');
    expect(params().get('mine-sortx')).to.equal('kept');
    expect(params().get('mine-q')).to.equal('bike');
    expect(params().get('mine-sort')).to.equal('updated');
    el.views.change(view());
    expect(params().has('mine-q')).to.equal(false);
    expect(['page', 't4g-q', 'mine-sortx'].map((name) => params().get(name))).to.deep.equal(['about', 'another widget', 'kept']);
  });
});
