import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { T4gCityDirectory } from '../../src/components/city-directory/city-directory.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import '../../src/t4g.js';
import { $, $$, CITIES, FACETS, cardNames, cards, chooseSort, click, detailOf, facetBox, loadFixture, mountMarketplace, nameLink, restoreUrlAfterEach, stepHistory, until } from './helpers.js';

const TRACK = 'Track or service';

describe('<t4g-marketplace> URL state (sync-url)', () => {
  beforeEach(() => clearCatalogCache());
  restoreUrlAfterEach();

  it('an edited address cannot put its own words on the page: values the catalogue lacks filter nothing and show nowhere', async () => {
    const spoof = 'This marketplace has moved: call +00 123 456';
    const url = new URL(location.href);
    url.searchParams.append('t4g-track', spoof);
    for (let i = 0; i < 50; i++) url.searchParams.append('t4g-technology', `fake-${i}`);
    url.searchParams.append('t4g-technology', 'IoT');
    history.replaceState(null, '', url);
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS} sync-url></t4g-marketplace>`);
    await until(el, () => cards(el).length > 0);
    expect(el.shadowRoot!.textContent, 'the spoofed words are nowhere').not.to.contain(spoof);
    expect(el.shadowRoot!.textContent).not.to.contain('fake-1');
    // The one known value filters, as its chip says; the unknown ones are as if absent.
    expect($$(el, '[part="chip"]').map((chip) => chip.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Remove filter: IoT ×']);
    const iot = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS}></t4g-marketplace>`);
    iot.setFilters({ technology: ['IoT'] });
    await until(iot, () => cards(iot).length > 0);
    expect(el.total).to.equal(iot.total);
  });

  it('a link to a solution the catalogue no longer has says so above the results, and Close clears it', async () => {
    const url = new URL(location.href);
    url.searchParams.set('t4g-open', 'gone-since');
    history.replaceState(null, '', url);
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS} sync-url></t4g-marketplace>`);
    await until(el, () => cards(el).length > 0);
    const notice = $(el, '.missing')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal('No solution with the id “gone-since” in the catalogue. Close');
    expect(cards(el).length, 'the results are there below it').to.equal(8);
    await click(el, notice.querySelector('button'));
    expect($(el, '.missing')).to.equal(null);
    expect(new URL(location.href).searchParams.has('t4g-open')).to.equal(false);
  });

  it('a very long query from the address is repeated cut short in "nothing matches"', async () => {
    const url = new URL(location.href);
    url.searchParams.set('t4g-q', 'qz'.repeat(50_000));
    history.replaceState(null, '', url);
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS} sync-url></t4g-marketplace>`);
    await until(el, () => !!$(el, '.empty'), 'nothing matches');
    expect($(el, '.empty p')!.textContent!.length).to.be.below(200);
    expect($(el, '.empty p')!.textContent).to.contain(`${'qz'.repeat(50)}…`);
  });

  it('writes words, filters, sort, page and open solution to the URL, and a new widget reproduces the view', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS} sync-url page-size="2"></t4g-marketplace>`);
    await until(el, () => cards(el).length > 0);
    el.setFilters({ track: ['green-economy', 'tourism'] });
    el.setSort('updated');
    await el.updateComplete;
    await click(el, $$<HTMLButtonElement>(el, 'nav button').find((b) => b.textContent === '2')!);
    const params = new URL(location.href).searchParams;
    expect(params.getAll('t4g-track')).to.deep.equal(['green-economy', 'tourism']);
    expect(params.get('t4g-sort')).to.equal('updated');
    expect(params.get('t4g-page')).to.equal('2');
    expect(params.has('wtr-session-id') || params.size > 3).to.equal(true, 'the page’s own parameters stay');
    el.remove();

    const copy = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS} sync-url page-size="2"></t4g-marketplace>`);
    await until(copy, () => cards(copy).length > 0);
    expect(copy.results).to.deep.equal(['a', 'b', 'e', 'h'], 'tracks green-economy or tourism, most recently updated first');
    expect(cardNames(copy)).to.deep.equal(['Energy dashboard', 'Heritage tours'], 'page 2 of 2');
  });

  it('sync-url set as a property just after the element is in the page (as frameworks do) reads the URL', async () => {
    const url = new URL(location.href);
    url.searchParams.set('t4g-q', 'energy');
    history.replaceState(null, '', url);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = Object.assign(document.createElement('t4g-marketplace'), { src: FACETS });
    wrapper.append(el);
    el.syncUrl = true;
    await until(el, () => cards(el).length > 0);
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('energy');
  });

  it('links keep the page’s hash (a hash router’s route)', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#/solutions`);
    const el = await mountMarketplace();
    const href = new URL(nameLink($$(el, 't4g-solution-card')[0]!).href);
    expect(href.hash).to.equal('#/solutions');
    expect(href.searchParams.get('t4g-open')).to.equal(el.results[0]);
  });

  it('printed with a solution open inside another component’s shadow root, that component’s host is kept on paper', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const outer = wrapper.appendChild(document.createElement('div'));
    const el = Object.assign(document.createElement('t4g-marketplace'), { src: FACETS });
    outer.attachShadow({ mode: 'open' }).append(el);
    await until(el, () => cards(el).length > 0);
    el.openSolutionById('a');
    await el.updateComplete;
    expect([el.hasAttribute('data-t4g-open'), outer.hasAttribute('data-t4g-holds-open')]).to.deep.equal([true, true]);
    detailOf(el).close();
    await until(el, () => !el.hasAttribute('data-t4g-open'));
    expect(outer.hasAttribute('data-t4g-holds-open')).to.equal(false);
  });

  it('printed after its detail has closed, the page prints whole again (the one-entry rule is for an open entry only)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><p>Page text</p><t4g-marketplace src=${FACETS}></t4g-marketplace></div>`);
    const el = wrapper.querySelector<T4gMarketplace>('t4g-marketplace')!;
    await until(el, () => cards(el).length > 0);
    el.openSolutionById('a');
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(wrapper.querySelector('p')!).display, 'with the entry open, the page around it is not printed').to.equal('none');
      detailOf(el).close();
      await until(el, () => !el.hasAttribute('data-t4g-open'));
      expect([getComputedStyle(wrapper.querySelector('p')!).display, getComputedStyle(el).display], 'closed: the page and the widget').to.deep.equal(['block', 'block']);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('Back and Forward step through views one click each; typing makes one step', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS} sync-url></t4g-marketplace>`);
    await until(el, () => cards(el).length > 0);
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({ type: 'bike' });
    await until(el, () => el.results[0] === 'b');
    el.setFilters({ track: ['tourism'] });
    await el.updateComplete;
    await click(el, nameLink(cards(el)[0]!));
    expect(new URL(location.href).searchParams.get('t4g-open')).to.equal(el.results[0]);

    await stepHistory(el);
    expect(detailOf(el).open).to.equal(false, 'Back closes the detail');
    expect(new URL(location.href).searchParams.getAll('t4g-track')).to.deep.equal(['tourism']);
    await stepHistory(el);
    expect((await facetBox(el, TRACK, 'Green and digital transition in tourism')).checked).to.equal(false, 'Back removes the filter');
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('bike');
    await stepHistory(el);
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('', 'the whole typed word was one step');
    expect(el.total).to.equal(8);
    await stepHistory(el, 'forward');
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('bike');
  });

  it('Back after closing the detail does not reopen it', async () => {
    const el = await mountMarketplace({ syncUrl: true });
    el.setFilters({ track: ['tourism'] });
    await el.updateComplete;
    const detail = detailOf(el);
    nameLink(cards(el)[0]!).click();
    await until(el, () => detail.open);
    const closed = oneEvent(window, 'popstate');
    await sendKeys({ press: 'Escape' });
    await closed;
    await el.updateComplete;
    expect(detail.open).to.equal(false);
    expect(new URL(location.href).searchParams.has('t4g-open')).to.equal(false);
    expect(new URL(location.href).searchParams.get('t4g-track')).to.equal('tourism', 'closing went back to the filtered view');
    await stepHistory(el);
    expect(detail.open).to.equal(false, 'Back did not reopen the detail');
    expect(el.total).to.equal(8, 'Back went to the view before the filter');
  });

  it('the sort menu follows Back and Forward', async () => {
    const el = await mountMarketplace({ syncUrl: true });
    await chooseSort(el, 'updated');
    await chooseSort(el, 'deployed');
    await stepHistory(el);
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('updated');
  });

  it('links from one widget to the other\'s entries use that widget\'s prefix, and name one entry', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1&m-open=bikes&d=espoo&t4g-open=x`);
    const wrapper = await fixture(html`<div>
      <t4g-marketplace src=${CITIES} url-prefix="m-"></t4g-marketplace>
      <t4g-city-directory src=${CITIES} url-prefix="d-"></t4g-city-directory>
    </div>`);
    const market = wrapper.querySelector('t4g-marketplace') as T4gMarketplace;
    const directory = wrapper.querySelector('t4g-city-directory') as T4gCityDirectory;
    expect([market.entryParam, directory.entryParam]).to.deep.equal(['m-open', 'd']);
    const params = (href: string | null) => [...new URL(href!).searchParams].map(([key, value]) => `${key}=${value}`).join('&');

    // A solution's cities open in the page's directory; the link names that city alone (no solution stays open).
    await until(market, () => cards(market).length > 0);
    market.openSolutionById('heat');
    const detail = detailOf(market);
    await until(detail, () => $$(detail, 'a.entry').length === 2, 'the detail lists its two cities as links');
    expect($$(detail, 'a.entry').map((a) => params(a.getAttribute('href')))).to.deep.equal(['keep=1&d=espoo', 'keep=1&d=jyvaskyla']);
    expect(params($(detail, '.share')!.getAttribute('data-href')), 'its own link: this marketplace').to.equal('keep=1&m-open=heat');

    // A city's solutions open in the page's marketplace; its mentors in its own directory.
    directory.showCity('jyvaskyla');
    const profile = () => $(directory, '.profile t4g-city-card');
    await until(directory, () => !!profile() && $$(profile()!, 'a.entry').length > 0, 'the profile shows its links');
    const links = $$(profile()!, 'a.entry').map((a) => [a.textContent!.trim(), params(a.getAttribute('href'))]);
    expect(links).to.deep.include.members([['Heat planner', 'keep=1&m-open=heat'], ['Espoo', 'keep=1&d=espoo']]);
    expect(links.every(([, href]) => !/t4g-/.test(href!)), 'no default parameter').to.equal(true);
  });

  it('a marketplace inside an app\'s own shadow root is found too: the directory\'s links open its solutions', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1&s-open=bikes`);
    const wrapper = await fixture<HTMLDivElement>(html`<div><div class="app"></div><t4g-city-directory src=${CITIES}></t4g-city-directory></div>`);
    const root = wrapper.querySelector('.app')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<t4g-marketplace src="${CITIES}" url-prefix="s-"></t4g-marketplace>`;
    const directory = wrapper.querySelector('t4g-city-directory') as T4gCityDirectory;
    directory.showCity('jyvaskyla');
    const profile = () => $(directory, '.profile t4g-city-card');
    await until(directory, () => !!profile() && $$(profile()!, 'a.entry').length > 0, 'the profile shows its links');
    const heat = $$<HTMLAnchorElement>(profile()!, 'a.entry').find((a) => a.textContent!.trim() === 'Heat planner')!;
    expect(new URL(heat.href).search).to.equal('?keep=1&s-open=heat');
    root.innerHTML = '';
  });

  it('two widgets with their own prefixes keep apart', async () => {
    const wrapper = await fixture(html`<div>
      <t4g-marketplace src=${FACETS} sync-url url-prefix="one-"></t4g-marketplace>
      <t4g-marketplace src=${loadFixture('valid.json')} sync-url url-prefix="two-"></t4g-marketplace>
    </div>`);
    const [one, two] = [...wrapper.querySelectorAll('t4g-marketplace')] as [T4gMarketplace, T4gMarketplace];
    await until(one, () => cards(one).length > 0 && cards(two).length > 0);
    one.search('bike');
    two.setFilters({ track: ['access-to-data'] });
    await Promise.all([one.updateComplete, two.updateComplete]);
    const params = new URL(location.href).searchParams;
    expect(params.get('one-q')).to.equal('bike');
    expect(params.get('two-q')).to.equal(null);
    expect(params.getAll('two-track')).to.deep.equal(['access-to-data']);
    expect(one.results[0]).to.equal('b');
    expect(two.results).to.deep.equal(['open-data-portal']);
  });
});
