import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import '../../src/t4g.js';
import { $, $$, FACETS, cardNames, cards, click, expectFocusOn, facetBox, loadFixture, mountMarketplace, recordFetches, recordWarnings, slow, statusText, until } from './helpers.js';

describe('<t4g-marketplace> loading', () => {
  beforeEach(() => clearCatalogCache());

  it('shows a loading state, then one card per solution with the count in a status region', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${slow(150, loadFixture('valid.json'))}></t4g-marketplace>`);
    expect($(el, '[aria-busy="true"]')).to.exist;
    expect(statusText(el)).to.equal('Loading solutions…');
    await expect(el).to.be.accessible();
    await until(el, () => cards(el).length === 2);
    expect(statusText(el)).to.equal('2 solutions');
    expect($(el, 'h2')!.textContent).to.equal('Test catalogue');
    const first = cards(el)[0]!;
    await first.updateComplete;
    expect($(first, 'h3')!.textContent!.trim()).to.equal('Bike sharing');
    expect(first.shadowRoot!.textContent).to.contain('Green economy and local green deals');
    expect(first.shadowRoot!.textContent).to.contain('TRL 8');
    await expect(el).to.be.accessible();
  });

  it('shows a fatal error in plain words with a retry button, and fires t4g-error', async () => {
    const el = document.createElement('t4g-marketplace');
    const fired = oneEvent(document, 't4g-error');
    el.src = '/__status/503';
    document.body.append(el);
    try {
      const event = await fired;
      expect(event.detail.kind).to.equal('http');
      await el.updateComplete;
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent).to.contain('the server answered 503 Service Unavailable');
      const retry = alert.querySelector('button')!;
      expect(retry.textContent).to.equal('Try again');
      await expect(el).to.be.accessible();
      el.src = loadFixture('valid.json');
      await until(el, () => cards(el).length === 2);
    } finally {
      el.remove();
    }
  });

  it('retry fetches again', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src="/__status/500"></t4g-marketplace>`);
    await until(el, () => !!$(el, '[role="alert"]'));
    const fetches = recordFetches();
    try {
      $<HTMLButtonElement>(el, '[role="alert"] button')!.click();
      await until(el, () => fetches.urls.length === 1 && !!$(el, '[role="alert"]'));
    } finally {
      fetches.restore();
    }
  });

  it('max-bytes refuses a larger catalogue with a message naming both sizes, and raising it loads the catalogue', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace max-bytes="200" src=${loadFixture('valid.json')}></t4g-marketplace>`);
    await until(el, () => !!$(el, '[role="alert"]'));
    expect($(el, '[role="alert"]')!.textContent).to.match(/valid\.json is (too large|\d+ bytes); the limit is 200 bytes\./);
    el.maxBytes = 1_000_000;
    await until(el, () => cards(el).length === 2);
  });

  it('works with the rest of a partial catalogue and reports what it left out', async () => {
    const warnings = recordWarnings();
    try {
      const el = document.createElement('t4g-marketplace');
      const fired = oneEvent(el, 't4g-catalog-problems');
      el.src = loadFixture('partial.json');
      document.body.append(el);
      const event = await fired;
      expect(event.detail.problems).to.have.length(6);
      await until(el, () => cards(el).length === 2);
      expect(statusText(el)).to.equal('2 solutions');
      expect(warnings.messages[0]).to.contain('solution "no-summary" was left out: summary is required but missing');
      el.remove();
    } finally {
      warnings.restore();
    }
  });

  it('a slow earlier load never overwrites a later one', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${slow(400, loadFixture('hostile.json'))}></t4g-marketplace>`);
    el.src = loadFixture('valid.json');
    await until(el, () => cards(el).length === 2);
    await new Promise((resolve) => setTimeout(resolve, 600));
    await el.updateComplete;
    expect(cards(el)).to.have.length(2);
  });

  it('a new src forgets the old results at once', async () => {
    const el = await mountMarketplace();
    expect(el.total).to.equal(8);
    el.src = slow(300, loadFixture('valid.json'));
    await el.updateComplete;
    expect(el.total).to.equal(0);
    expect(el.results).to.deep.equal([]);
    await until(el, () => el.total === 2);
  });

  it('moving the element while it loads does not show the abort as an error, and it loads where it lands', async () => {
    const first = document.createElement('div');
    const second = document.createElement('div');
    document.body.append(first, second);
    try {
      const el = document.createElement('t4g-marketplace');
      let errors = 0;
      el.addEventListener('t4g-error', () => errors++);
      el.src = slow(200, FACETS);
      first.append(el);
      await el.updateComplete;
      second.append(el);
      await until(el, () => cards(el).length === 8, 'it did not load after the move');
      expect(errors).to.equal(0);
      expect($(el, '[role="alert"]')).to.equal(null);
    } finally {
      first.remove();
      second.remove();
    }
  });

  it('takes a catalogue object through the catalog property', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace></t4g-marketplace>`);
    el.catalog = { version: 1, solutions: [{ id: 'x', name: 'Given inline', summary: 's', tracks: ['skills'], provider: { name: 'P' } }] };
    await until(el, () => cards(el).length === 1);
  });

  it('a server that never answers: after `timeout` seconds the error box and t4g-error (timeout); Try again asks again', async () => {
    const fetches = recordFetches();
    try {
      const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src="/__stall/headers" timeout="1"></t4g-marketplace>`);
      const failed = await oneEvent(el, 't4g-error');
      expect(failed.detail.kind).to.equal('timeout');
      await el.updateComplete;
      const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!;
      expect(retry.textContent).to.equal('Try again');
      retry.click();
      await until(el, () => fetches.calls.length === 2, 'Try again did not load again');
    } finally {
      fetches.restore();
    }
  });

  it('every element that loads waits 15 seconds of silence by default', async () => {
    for (const tag of ['t4g-marketplace', 't4g-city-directory', 't4g-solution-card', 't4g-city-card'] as const) {
      expect(document.createElement(tag).timeout, tag).to.equal(15);
    }
  });

  it('a catalogue object wins over src: setting src afterwards keeps its results', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace></t4g-marketplace>`);
    el.catalog = { version: 1, solutions: [{ id: 'x', name: 'Given inline', summary: 's', tracks: ['skills'], provider: { name: 'P' } }] };
    await until(el, () => cards(el).length === 1);
    el.src = FACETS;
    await el.updateComplete;
    expect(el.results).to.deep.equal(['x']);
    expect(cardNames(el)).to.deep.equal(['Given inline']);
  });

  it('a max-bytes that is not a number means the default: the catalogue loads once', async () => {
    const fetches = recordFetches();
    try {
      const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS} max-bytes="20MB"></t4g-marketplace>`);
      await until(el, () => cards(el).length > 0, 'the catalogue did not load');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(el.total).to.equal(8);
      expect(fetches.urls).to.have.length(1);
    } finally {
      fetches.restore();
    }
  });

  it('three widgets with the same src fetch it once', async () => {
    const fetches = recordFetches();
    try {
      const wrapper = await fixture(html`<div>
        <t4g-marketplace src=${FACETS}></t4g-marketplace><t4g-marketplace src=${FACETS}></t4g-marketplace>
        <t4g-solution-card src=${FACETS} solution-id="c"></t4g-solution-card>
      </div>`);
      const widgets = [...wrapper.querySelectorAll('t4g-marketplace')] as T4gMarketplace[];
      await until(widgets[1]!, () => widgets.every((w) => cards(w).length === 8));
      const card = wrapper.querySelector('t4g-solution-card')!;
      await until(card, () => card.shadowRoot!.textContent!.includes('Citizen budget'));
      expect(fetches.urls.filter((url) => url.includes('facets.json'))).to.have.length(1);
    } finally {
      fetches.restore();
    }
  });
});

describe('<t4g-marketplace> rendering', () => {
  beforeEach(() => clearCatalogCache());

  it('speaks the language of its page: French content when the ancestor says fr', async () => {
    const el = await mountMarketplace({ src: loadFixture('valid.json'), lang: 'fr-BE' });
    await until(el, () => cards(el).length === 2);
    await cards(el)[0]!.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal('Catalogue de test');
    expect(cardNames(el)).to.deep.equal(['Open data portal', 'Vélos en libre-service'], 'French names, sorted in French');
  });

  it('renders hostile catalogue text as text, never as markup', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${loadFixture('hostile.json')}></t4g-marketplace>`);
    await until(el, () => cards(el).length === 1);
    const card = cards(el)[0]!;
    await card.updateComplete;
    expect($(card, 'img, script, b')).to.equal(null);
    expect($(card, 'h3')!.textContent!.trim()).to.equal('<img src=x onerror="window.__t4gInjected = true">Hostile');
    expect((window as { __t4gInjected?: boolean }).__t4gInjected).to.equal(undefined);
  });

  it('heading-level fits the widget into the page’s outline', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS} heading-level="3"></t4g-marketplace>`);
    await until(el, () => cards(el).length > 0);
    expect($(el, '.title')!.getAttribute('aria-level')).to.equal('3');
    expect($(el, '#results-heading')!.getAttribute('aria-level')).to.equal('4');
    await cards(el)[0]!.updateComplete;
    expect($(cards(el)[0]!, 'h3')!.getAttribute('aria-level')).to.equal('5');
  });
});

describe('<t4g-marketplace> layout follows its container, not the viewport', () => {
  beforeEach(() => clearCatalogCache());

  const columns = (el: T4gMarketplace) => new Set(cards(el).map((card) => Math.round(card.getBoundingClientRect().left))).size;

  it('one column and a Filters button in a 320 px column; the filters beside two columns of results in a 750 px CMS column', async () => {
    const wrapper = await fixture(html`<div>
      <div style="width: 320px"><t4g-marketplace src=${FACETS}></t4g-marketplace></div>
      <div style="width: 750px"><t4g-marketplace src=${FACETS}></t4g-marketplace></div>
    </div>`);
    const [narrow, wide] = [...wrapper.querySelectorAll('t4g-marketplace')] as [T4gMarketplace, T4gMarketplace];
    await until(narrow, () => cards(narrow).length === 8 && cards(wide).length === 8 && !!$(wide, '.facets') && !!$(narrow, '.filters-toggle'));
    expect(columns(narrow)).to.equal(1);
    expect(columns(wide), 'two columns of cards in a 750 px column').to.equal(2);
    expect($(narrow, '.filters'), 'no filters above the results when narrow').to.equal(null);
    expect($(wide, '.filters-toggle'), 'no Filters button when wide').to.equal(null);
    const facets = $(wide, '.facets')!.getBoundingClientRect();
    expect(facets.right, 'the filters beside the results').to.be.at.most(cards(wide)[0]!.getBoundingClientRect().left);
    await expect(wide).to.be.accessible();
  });

  it('narrow: the Filters button opens a panel over the page; "Show N solutions" closes it, focus back on the button', async () => {
    const wrapper = await fixture(html`<div style="width: 320px"><t4g-marketplace src=${FACETS}></t4g-marketplace></div>`);
    const el = wrapper.querySelector('t4g-marketplace')!;
    await until(el, () => cards(el).length === 8 && !!$(el, '.filters-toggle:not([disabled])'));
    const toggle = $<HTMLButtonElement>(el, '.filters-toggle')!;
    const panel = $<HTMLDialogElement>(el, 'dialog.panel')!;
    expect(panel.open).to.be.false;
    toggle.focus();
    toggle.click();
    expect(panel.matches(':modal'), 'a modal panel: the page behind is inert').to.be.true;
    const box = panel.getBoundingClientRect();
    expect(box.width, 'the whole width of the screen').to.equal(innerWidth);
    await click(el, await facetBox(el, 'Track or service', 'Green economy and local green deals'));
    const show = $<HTMLButtonElement>(el, '.panel-foot .primary')!;
    expect(show.textContent!.trim()).to.equal('Show 3 solutions');
    expect(toggle.textContent!.trim(), 'the button counts the ticked filters').to.equal('Filters (1)');
    await expect(el).to.be.accessible();
    show.click();
    await el.updateComplete;
    expect(panel.open).to.be.false;
    expectFocusOn(toggle, 'focus back on the Filters button');
    expect(el.total).to.equal(3);
    toggle.click();
    await click(el, [...$(el, '.panel-foot')!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Clear filters')!);
    expect(el.total).to.equal(8);
    panel.close();
  });

  it('filter groups fold and unfold; the open ones are remembered for the session', async () => {
    sessionStorage.removeItem('t4g-filter-groups');
    let el = await mountMarketplace();
    const group = (legend: string) => $$<HTMLDetailsElement>(el, 'details').find((d) => d.querySelector('summary')!.textContent!.includes(legend))!;
    expect(group('Track or service').open, 'the first group starts open').to.be.true;
    expect(group('Technology').open, 'the others folded').to.be.false;
    group('Technology').querySelector('summary')!.click();
    group('Track or service').querySelector('summary')!.click();
    // The toggle events come a task later: wait until they are kept.
    await until(el, () => JSON.stringify(JSON.parse(sessionStorage.getItem('t4g-filter-groups') ?? '[]').sort()) === '["technology"]');
    el.remove();
    el = await mountMarketplace();
    expect(group('Technology').open, 'still open in a new widget (a reload)').to.be.true;
    expect(group('Track or service').open, 'still folded').to.be.false;
    sessionStorage.removeItem('t4g-filter-groups');
  });

  it('a folded group draws no values; opening it draws them in the same update, however it is opened', async () => {
    sessionStorage.removeItem('t4g-filter-groups');
    const el = await mountMarketplace();
    const group = (legend: string) => $$<HTMLDetailsElement>(el, 'details').find((d) => d.querySelector('summary')!.textContent!.includes(legend))!;
    const values = (legend: string) => group(legend).querySelectorAll('input[type="checkbox"]').length;
    expect(values('Track or service'), 'the open group').to.be.above(0);
    expect(values('Technology'), 'a folded one: nothing to count, label or sort on each keystroke').to.equal(0);
    el.search('energy');
    await el.updateComplete;
    expect(values('Technology')).to.equal(0);
    // A click (or Enter, which clicks) on the title: open with its values at once, never open and empty.
    const technology = group('Technology');
    technology.querySelector('summary')!.click();
    expect(technology.open, 'not opened natively before the update').to.be.false;
    await el.updateComplete;
    expect([technology.open, values('Technology') > 0]).to.deep.equal([true, true]);
    // Opened otherwise (find in page opens a folded details): the toggle event draws the values.
    const pricing = group('Pricing');
    pricing.open = true;
    await until(el, () => values('Pricing') > 0, 'the values of a group opened from outside');
    // Folding it again by its title.
    technology.querySelector('summary')!.click();
    await el.updateComplete;
    expect([technology.open, values('Technology')]).to.deep.equal([false, 0]);
    // Two clicks before a render turn it over twice, as a details does: folded again.
    technology.querySelector('summary')!.click();
    technology.querySelector('summary')!.click();
    await el.updateComplete;
    expect(technology.open, 'two clicks: folded').to.be.false;
    sessionStorage.removeItem('t4g-filter-groups');
  });

  it('a folded group says how many of its values are ticked; a long list has a search box once shown whole', async () => {
    sessionStorage.removeItem('t4g-filter-groups');
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src="/catalog/icc-sample.json" style="width: 1000px"></t4g-marketplace>`);
    await until(el, () => cards(el).length > 0 && $$(el, 'details').length > 0);
    const technology = $$<HTMLDetailsElement>(el, 'details').find((d) => d.querySelector('summary')!.textContent!.includes('Technology'))!;
    el.setFilters({ technology: ['IoT', 'AI'] });
    await el.updateComplete;
    expect(technology.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Technology (2)');
    // A long title beside its count: the title wraps, "(2)" stays on one line.
    const goals = $$<HTMLDetailsElement>(el, 'details').find((d) => d.querySelector('summary')!.textContent!.includes('Sustainable'))!;
    el.setFilters({ technology: ['IoT', 'AI'], sdg: ['11', '13'] });
    await el.updateComplete;
    const ticked = goals.querySelector<HTMLElement>('.ticked')!;
    expect(ticked.textContent!.trim()).to.equal('(2)');
    const text = document.createRange();
    text.selectNodeContents(ticked);
    const lines = new Set([...text.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    expect(lines.size, '"(2)" on one line').to.equal(1);
    // The + and − are drawn, not read: the group's name is its title (and count).
    expect(getComputedStyle(goals.querySelector('summary')!, '::after').content).to.match(/\/ ""$/);
    const showAll = [...technology.querySelectorAll('button')].find((b) => /^Show all \d+$/.test(b.textContent!.trim()))!;
    expect(technology.querySelector('input[type="search"]'), 'no search box while the list is short').to.equal(null);
    await click(el, showAll);
    const within = technology.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(within.getAttribute('aria-label')).to.equal('Search in Technology');
    within.value = 'open d';
    within.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    const labels = [...technology.querySelectorAll('.value')].map((v) => v.textContent!.trim());
    expect(labels, 'the ticked values stay; the others are those that match').to.deep.equal(['AI', 'IoT', 'open data']);
  });
});
