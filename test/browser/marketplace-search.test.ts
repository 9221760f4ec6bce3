import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import type { T4gSolutionDetail } from '../../src/components/solution-detail/solution-detail.js';
import '../../src/t4g.js';
import { $, $$, cardNames, cards, deepActiveElement, expectFocusOn, facetBox, facetCounts, paintedMatches, statusText, until } from './helpers.js';

const FACETS = '/test/fixtures/marketplace/facets.json';
const TRACK = 'Track or service';
const GREEN = 'Green economy and local green deals';

async function mount(pageSize = 12) {
  const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS} page-size=${pageSize}></t4g-marketplace>`);
  await until(el, () => cards(el).length > 0, 'the catalogue did not load');
  return el;
}

async function click(el: T4gMarketplace, target: HTMLElement | null) {
  expect(target, 'the element to click exists').to.exist;
  target!.click();
  await el.updateComplete;
}

describe('<t4g-marketplace> search, facets, sort and pages', () => {
  beforeEach(() => clearCatalogCache());

  it('typing filters the results and updates the count in the status region', async () => {
    const el = await mount();
    expect(statusText(el)).to.equal('8 solutions');
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({ type: 'bike' });
    await until(el, () => cardNames(el)[0] === 'Bike sharing');
    expect(el.total).to.be.within(1, 7);
    expect(statusText(el)).to.equal(el.total === 1 ? '1 solution' : `${el.total} solutions`);
    expect(el.results[0]).to.equal('b');
    await expect(el).to.be.accessible();
  });

  it('a typo finds the right solution', async () => {
    const el = await mount();
    el.search('enrgy');
    await el.updateComplete;
    expect(cardNames(el)[0]).to.equal('Energy dashboard');
  });

  it('facets narrow: OR within a facet, AND across, counts disjunctive (computed by hand)', async () => {
    const el = await mount();
    await click(el, facetBox(el, TRACK, GREEN));
    expect(el.results).to.deep.equal(['a', 'b', 'e']);
    expect(statusText(el)).to.equal('3 solutions');
    expect(facetCounts(el, TRACK)).to.deep.include.members([[GREEN, 3], ['Green and digital transition in tourism', 2]]);
    expect(facetCounts(el, 'Technology')).to.deep.equal([['IoT', 2], ['AI', 1], ['LoRaWAN', 1], ['mobile app', 1]]);

    await click(el, facetBox(el, 'Provider country', 'Finland'));
    expect(el.results).to.deep.equal(['a']);
    expect(facetCounts(el, TRACK)).to.deep.equal([['Access to finance', 1], [GREEN, 1], ['Resilience of local supply chains', 1]]);
    expect(facetCounts(el, 'Provider country')).to.deep.equal([['Finland', 1], ['Germany', 1], ['Portugal', 1]]);

    await click(el, facetBox(el, 'Provider country', 'Germany'));
    expect(el.results).to.deep.equal(['a', 'e']);
    await expect(el).to.be.accessible();
  });

  it('every facet narrows the results to the count its value showed', async () => {
    const el = await mount();
    const legends = $$(el, 'legend').map((legend) => legend.textContent!);
    expect(legends).to.deep.equal(['Track or service', 'Technology', 'Readiness (TRL)', 'Sustainable Development Goal', 'Pricing', 'Provider type', 'Provider country', 'Used in city']);
    for (const legend of legends) {
      const [label, count] = facetCounts(el, legend)[0]!;
      await click(el, facetBox(el, legend, label));
      expect(el.total, `${legend}: ${label}`).to.equal(count);
      expect(count).to.be.below(8);
      expect(statusText(el)).to.equal(count === 1 ? '1 solution' : `${count} solutions`);
      el.clearFilters();
      await el.updateComplete;
    }
  });

  it('active filters show as chips; a chip removes its filter; clear all removes every filter', async () => {
    const el = await mount();
    el.setFilters({ track: ['green-economy'], providerCountry: ['FI'], sdg: [11] });
    await el.updateComplete;
    const chips = () => $$(el, '[part="chip"]').map((chip) => chip.getAttribute('aria-label'));
    expect(chips()).to.deep.equal([`Remove filter: ${GREEN}`, 'Remove filter: SDG 11: Sustainable cities and communities', 'Remove filter: Finland']);
    await click(el, $$(el, '[part="chip"]')[2]!);
    expect(chips()).to.have.length(2);
    expect(el.results).to.deep.equal(['a', 'b']);
    await click(el, $$<HTMLButtonElement>(el, '.chips button').find((b) => b.textContent === 'Clear all')!);
    expect(chips()).to.deep.equal([]);
    expect(el.total).to.equal(8);
  });

  it('sorts by name, recently updated and most deployed; relevance is offered with words', async () => {
    const el = await mount();
    const select = $<HTMLSelectElement>(el, 'select')!;
    const options = () => [...$<HTMLSelectElement>(el, 'select')!.options].map((o) => o.value);
    expect(options()).to.deep.equal(['name', 'updated', 'deployed']);
    expect(el.results).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    select.value = 'updated';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.results).to.deep.equal(['d', 'g', 'a', 'b', 'c', 'e', 'h', 'f']);
    el.setSort('deployed');
    await el.updateComplete;
    expect(el.results).to.deep.equal(['c', 'a', 'b', 'd', 'f', 'h', 'e', 'g']);
    expect(cardNames(el)[0]).to.equal('Citizen budget');
    el.search('city');
    el.setSort('relevance');
    await el.updateComplete;
    expect(options()).to.deep.equal(['relevance', 'name', 'updated', 'deployed']);
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('relevance');
  });

  it('pages: numbered buttons, aria-current on the current page, focus moves to the results heading', async () => {
    const el = await mount(3);
    expect(cardNames(el)).to.deep.equal(['Air quality sensors', 'Bike sharing', 'Citizen budget']);
    const pageButtons = () => $$<HTMLButtonElement>(el, 'nav[part="pagination"] button[aria-label^="Page"]');
    expect(pageButtons().map((b) => b.textContent)).to.deep.equal(['1', '2', '3']);
    expect(pageButtons()[0]!.getAttribute('aria-current')).to.equal('page');
    await click(el, pageButtons()[1]!);
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Data portal', 'Energy dashboard', 'Food hub']);
    expect(pageButtons()[1]!.getAttribute('aria-current')).to.equal('page');
    expect(pageButtons()[0]!.getAttribute('aria-current')).to.equal('false');
    expect(deepActiveElement()?.id).to.equal('results-heading');
    await click(el, $$<HTMLButtonElement>(el, 'nav button').find((b) => b.textContent === 'Next')!);
    expect(cardNames(el)).to.deep.equal(['Green bonds', 'Heritage tours']);
    expect($$<HTMLButtonElement>(el, 'nav button').find((b) => b.textContent === 'Next')!.disabled).to.equal(true);
    el.search('a');
    await el.updateComplete;
    expect(pageButtons().find((b) => b.getAttribute('aria-current') === 'page')!.textContent).to.equal('1', 'a new search starts on page 1');
    await expect(el).to.be.accessible();
  });

  it('an empty result says which words and filters to remove, each in one click', async () => {
    const el = await mount();
    el.search('bike');
    el.setFilters({ providerCountry: ['DE'] });
    await el.updateComplete;
    expect(statusText(el)).to.equal('No solutions match your search.');
    const empty = $(el, '.empty')!;
    expect(empty.textContent).to.contain('No solutions match “bike”.');
    const buttons = [...empty.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(buttons).to.deep.equal(['the words “bike”', 'Provider country: Germany']);
    await expect(el).to.be.accessible();
    await click(el, [...empty.querySelectorAll('button')][1] as HTMLButtonElement);
    expect(el.results[0]).to.equal('b');
  });

  it('an empty result suggests the closest term for a likely typo', async () => {
    const el = await mount();
    el.search('air quaty');
    await el.updateComplete;
    const suggestion = [...$(el, '.empty')!.querySelectorAll('button')].find((b) => b.textContent === 'air quality');
    expect($(el, '.empty')!.textContent).to.contain('Did you mean');
    await click(el, suggestion!);
    expect(el.results[0]).to.equal('a');
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('air quality');
  });

  it('highlights matches (a CSS highlight over the text, no element added), keeping catalogue text as text', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src="/test/fixtures/load/hostile.json"></t4g-marketplace>`);
    await until(el, () => cards(el).length === 1);
    el.search('hostile');
    await el.updateComplete;
    const card = cards(el)[0]!;
    await card.updateComplete;
    const name = card.shadowRoot!.querySelector('h3')!;
    expect(paintedMatches(card).filter((match) => match.field === 'name').map((match) => match.text.toLowerCase())).to.deep.equal(['hostile']);
    expect(name.textContent!.trim()).to.equal('<img src=x onerror="window.__t4gInjected = true">Hostile');
    expect(name.querySelector('.name')!.children.length, 'the name is text only').to.equal(0);
    expect(card.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect((window as { __t4gInjected?: boolean }).__t4gInjected).to.equal(undefined);
  });

  it('fires t4g-search after each change, with query, filters, sort and total', async () => {
    const el = await mount();
    setTimeout(() => el.setFilters({ track: ['tourism'] }));
    const event = await oneEvent(el, 't4g-search');
    expect(event.detail).to.deep.equal({ query: '', filters: { track: ['tourism'] }, sort: 'name', total: 2 });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('the facets attribute chooses which facets show, in order', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS} facets="pricing trl"></t4g-marketplace>`);
    await until(el, () => cards(el).length > 0);
    expect($$(el, 'legend').map((l) => l.textContent)).to.deep.equal(['Pricing', 'Readiness (TRL)']);
  });

  it('long facet lists show the top values and "show all"', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src="/catalog/icc-sample.json" facets="technology"></t4g-marketplace>`);
    await until(el, () => cards(el).length > 0);
    const values = () => $$(el, 'fieldset label').length;
    expect(values()).to.equal(6);
    const toggle = $<HTMLButtonElement>(el, 'fieldset button')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await click(el, toggle);
    expect(values()).to.be.greaterThan(6);
    expect($<HTMLButtonElement>(el, 'fieldset button')!.getAttribute('aria-expanded')).to.equal('true');
  });
});

describe('<t4g-solution-detail> from the marketplace', () => {
  beforeEach(() => clearCatalogCache());

  it('opens on a card, shows every field, traps focus, closes on Escape and gives focus back to the card', async () => {
    const el = await mount();
    const card = cards(el).find((c) => c.solution?.id === 'd')!;
    const selected = oneEvent(el, 't4g-select');
    await click(el, card.shadowRoot!.querySelector<HTMLButtonElement>('button.name'));
    expect((await selected).detail).to.deep.equal({ solutionId: 'd' });
    const detail = $<T4gSolutionDetail>(el, 't4g-solution-detail')!;
    await detail.updateComplete;
    const dialog = detail.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Data portal');
    const text = dialog.textContent!.replace(/\s+/g, ' ');
    expect([...dialog.querySelectorAll('p')].map((p) => p.textContent)).to.include.members(['The portal runs on CKAN.', 'Every data set has an open licence and an API.']);
    expect(text).to.contain('Provider D (City, Spain)');
    expect(text).to.contain('TRL 7: system prototype demonstration in operational environment');
    expect(text).to.contain('Data sets published: 1,250');
    expect(text).to.contain('Downloads a month: 48,000.5 downloads');
    expect(text).to.contain('Open source, EUPL-1.2');
    expect(text).to.contain('English, Spanish, Catalan');
    expect(text).to.contain('SDG 9: Industry, innovation and infrastructure');
    for (const link of dialog.querySelectorAll('a[target="_blank"]')) expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(dialog.querySelector('a[href="https://example.org/data-portal"]')!.textContent).to.contain('external link');
    expect(dialog.querySelector('a[href="mailto:data@example.org"]')).to.exist;
    expect(detail.shadowRoot!.activeElement?.textContent).to.equal('Close');
    await expect(el).to.be.accessible();

    // Tab past the last control comes back to the first, Shift+Tab the other way.
    const focusable = [...dialog.querySelectorAll<HTMLElement>('a[href], button')];
    focusable.at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(detail.shadowRoot!.activeElement === focusable[0]).to.equal(true);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(detail.shadowRoot!.activeElement === focusable.at(-1)).to.equal(true);

    await sendKeys({ press: 'Escape' });
    await until(el, () => !dialog.open, 'Escape did not close the dialog');
    await el.updateComplete;
    expectFocusOn(card.shadowRoot!.querySelector('button.name'), 'focus back on the card');

    // Choosing a city fires t4g-city-select and closes the detail, so the city's card can show.
    el.openSolutionById('d');
    await until(el, () => dialog.open);
    const cityChosen = oneEvent(el, 't4g-city-select');
    (dialog.querySelector('ul.cities button') as HTMLButtonElement).click();
    expect((await cityChosen).detail).to.deep.equal({ cityId: 'barcelona' });
    await until(el, () => !dialog.open, 'choosing a city did not close the dialog');
  });
});

describe('<t4g-marketplace> URL state', () => {
  let start: string;
  beforeEach(() => {
    clearCatalogCache();
    start = location.href;
  });
  afterEach(() => history.replaceState(null, '', start));

  async function back(el: T4gMarketplace, direction: 'back' | 'forward' = 'back') {
    const popped = oneEvent(window, 'popstate');
    history[direction]();
    await popped;
    await el.updateComplete;
  }

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

  it('Back and Forward step through views one click each; typing makes one step', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS} sync-url></t4g-marketplace>`);
    await until(el, () => cards(el).length > 0);
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({ type: 'bike' });
    await until(el, () => el.results[0] === 'b');
    el.setFilters({ track: ['tourism'] });
    await el.updateComplete;
    await click(el, cards(el)[0]!.shadowRoot!.querySelector<HTMLButtonElement>('button.name'));
    expect(new URL(location.href).searchParams.get('t4g-open')).to.equal(el.results[0]);

    await back(el);
    expect($<T4gSolutionDetail>(el, 't4g-solution-detail')!.open).to.equal(false, 'Back closes the detail');
    expect(new URL(location.href).searchParams.getAll('t4g-track')).to.deep.equal(['tourism']);
    await back(el);
    expect(facetBox(el, TRACK, 'Green and digital transition in tourism').checked).to.equal(false, 'Back removes the filter');
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('bike');
    await back(el);
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('', 'the whole typed word was one step');
    expect(el.total).to.equal(8);
    await back(el, 'forward');
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('bike');
  });

  it('two widgets with their own prefixes keep apart', async () => {
    const wrapper = await fixture(html`<div>
      <t4g-marketplace src=${FACETS} sync-url url-prefix="one-"></t4g-marketplace>
      <t4g-marketplace src="/test/fixtures/load/valid.json" sync-url url-prefix="two-"></t4g-marketplace>
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

describe('<t4g-marketplace> layout follows its container, not the viewport', () => {
  beforeEach(() => clearCatalogCache());

  const columns = (el: T4gMarketplace) => new Set(cards(el).map((card) => Math.round(card.getBoundingClientRect().left))).size;

  it('one column and folded filters in a 320 px column; a grid with the filters beside it on a wide page', async () => {
    const wrapper = await fixture(html`<div>
      <div style="width: 320px"><t4g-marketplace src=${FACETS}></t4g-marketplace></div>
      <div style="width: 1100px"><t4g-marketplace src=${FACETS}></t4g-marketplace></div>
    </div>`);
    const [narrow, wide] = [...wrapper.querySelectorAll('t4g-marketplace')] as [T4gMarketplace, T4gMarketplace];
    await until(narrow, () => cards(narrow).length === 8 && cards(wide).length === 8);
    expect(columns(narrow)).to.equal(1);
    expect(columns(wide)).to.be.greaterThan(1);
    const toggle = $<HTMLButtonElement>(narrow, '.filters-toggle')!;
    expect(toggle.offsetParent, 'the Filters button shows when narrow').to.not.equal(null);
    expect($(narrow, '#facets')!.offsetParent, 'facets are folded when narrow').to.equal(null);
    expect($(wide, '.filters-toggle')!.offsetParent, 'no Filters button when wide').to.equal(null);
    expect($(wide, '#facets')!.offsetParent).to.not.equal(null);
    await click(narrow, toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($(narrow, '#facets')!.offsetParent).to.not.equal(null);
    await expect(narrow).to.be.accessible();
  });
});

describe('<t4g-marketplace> data sharing and keyboard', () => {
  beforeEach(() => clearCatalogCache());

  it('three widgets with the same src fetch it once', async () => {
    const original = window.fetch;
    const urls: string[] = [];
    window.fetch = (input, init) => (urls.push(String(input)), original(input, init));
    try {
      const wrapper = await fixture(html`<div>
        <t4g-marketplace src=${FACETS}></t4g-marketplace><t4g-marketplace src=${FACETS}></t4g-marketplace>
        <t4g-solution-card src=${FACETS} solution-id="c"></t4g-solution-card>
      </div>`);
      const widgets = [...wrapper.querySelectorAll('t4g-marketplace')] as T4gMarketplace[];
      await until(widgets[1]!, () => widgets.every((w) => cards(w).length === 8));
      const card = wrapper.querySelector('t4g-solution-card')!;
      await until(card, () => card.shadowRoot!.textContent!.includes('Citizen budget'));
      expect(urls.filter((url) => url.includes('facets.json'))).to.have.length(1);
    } finally {
      window.fetch = original;
    }
  });

  it('works from the keyboard alone: search, a facet, a card, the dialog', async () => {
    const el = await mount();
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.focus();
    await sendKeys({ type: 'e' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.tagName).to.equal('SELECT');
    await sendKeys({ press: 'Tab' });
    expectFocusOn(facetBox(el, TRACK, GREEN), 'the first facet value comes next');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.results).to.deep.equal(['a', 'b', 'e']);
    // Tab on until a card's name has focus.
    for (let i = 0; i < 80 && !deepActiveElement()?.classList.contains('name'); i++) await sendKeys({ press: 'Tab' });
    const name = deepActiveElement() as HTMLElement;
    expect(name.classList.contains('name'), 'a card is reachable with Tab').to.equal(true);
    await sendKeys({ press: 'Enter' });
    const detail = $<T4gSolutionDetail>(el, 't4g-solution-detail')!;
    await until(el, () => detail.open);
    expect(detail.shadowRoot!.activeElement?.textContent).to.equal('Close');
    await sendKeys({ press: 'Escape' });
    await until(el, () => !detail.open);
    expectFocusOn(name);
  });
});

describe('<t4g-marketplace> language', () => {
  beforeEach(() => clearCatalogCache());

  it('switching lang at run time re-renders content and search in that language without reloading', async () => {
    const el = await mount();
    const original = window.fetch;
    let fetches = 0;
    window.fetch = (...args) => (fetches++, original(...args));
    try {
      el.lang = 'fr';
      await el.updateComplete;
      await Promise.all(cards(el).map((card) => card.updateComplete));
      expect(cardNames(el)).to.include('Vélos partagés');
      el.search('vélos');
      await el.updateComplete;
      expect(el.results[0]).to.equal('b');
      expect(fetches).to.equal(0);
    } finally {
      window.fetch = original;
    }
  });
});
