import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import '../../src/t4g.js';
import { $, $$, FACETS, cardNames, cards, chooseSort, click, deepActiveElement, expectFocusOn, facetBox, facetCounts, loadFixture, mountMarketplace, paintedMatches, restoreUrlAfterEach, statusText, until, nameFromContent } from './helpers.js';

const TRACK = 'Track or service';
const GREEN = 'Green economy and local green deals';

describe('<t4g-marketplace> search, facets, sort and pages', () => {
  beforeEach(() => clearCatalogCache());
  restoreUrlAfterEach();

  it('typing filters the results and updates the count in the status region', async () => {
    const el = await mountMarketplace();
    expect(statusText(el)).to.equal('8 solutions');
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({ type: 'bike' });
    await until(el, () => cardNames(el)[0] === 'Bike sharing');
    expect(el.total).to.be.within(1, 7);
    expect(statusText(el)).to.equal(el.total === 1 ? '1 solution' : `${el.total} solutions`);
    expect(el.results[0]).to.equal('b');
    await expect(el).to.be.accessible();
  });

  it('a result keeps its card when the results change around it: the same element, moved, its focus kept (issue #18)', async () => {
    const el = await mountMarketplace();
    const byId = () => new Map(cards(el).map((card) => [card.solution!.id, card]));
    const before = byId();
    el.setSort('updated');
    await el.updateComplete;
    const after = byId();
    const moved = [...after.keys()].filter((id) => cards(el).indexOf(after.get(id)!) !== [...before.keys()].indexOf(id));
    expect(moved.length, 'the new sort moves some results').to.be.greaterThan(1);
    // Identity compared as a boolean: chai's diff of two DOM nodes can take forever.
    for (const id of after.keys()) if (before.has(id)) expect(after.get(id) === before.get(id), `the card of ${id} is the same element`).to.equal(true);
    // A keyboard reader on a card whose entry moves stays on that entry, not on whatever takes its place.
    const id = moved[0]!;
    $<HTMLAnchorElement>(after.get(id)!, 'a.name')!.focus();
    el.setSort('name');
    await el.updateComplete;
    expect(deepActiveElement()?.getRootNode() === after.get(id)!.shadowRoot, `focus stays in the card of ${id}`).to.equal(true);
  });

  it('a typo finds the right solution', async () => {
    const el = await mountMarketplace();
    el.search('enrgy');
    await el.updateComplete;
    expect(cardNames(el)[0]).to.equal('Energy dashboard');
  });

  it('facets narrow: OR within a facet, AND across, counts disjunctive (computed by hand)', async () => {
    const el = await mountMarketplace();
    await click(el, await facetBox(el, TRACK, GREEN));
    expect(el.results).to.deep.equal(['a', 'b', 'e']);
    expect(statusText(el)).to.equal('3 solutions');
    expect(await facetCounts(el, TRACK)).to.deep.include.members([[GREEN, 3], ['Green and digital transition in tourism', 2]]);
    expect(await facetCounts(el, 'Technology')).to.deep.equal([['IoT', 2], ['AI', 1], ['LoRaWAN', 1], ['mobile app', 1]]);

    await click(el, await facetBox(el, 'Provider country', 'Finland'));
    expect(el.results).to.deep.equal(['a']);
    // The ticked value stays on top; the others by count, then name.
    expect(await facetCounts(el, TRACK)).to.deep.equal([[GREEN, 1], ['Access to finance', 1], ['Resilience of local supply chains', 1]]);
    expect(await facetCounts(el, 'Provider country')).to.deep.equal([['Finland', 1], ['Germany', 1], ['Portugal', 1]]);

    await click(el, await facetBox(el, 'Provider country', 'Germany'));
    expect(el.results).to.deep.equal(['a', 'e']);
    await expect(el).to.be.accessible();
  });

  it('ticked values are pinned at the top of their group, in name order, whatever their counts', async () => {
    const el = await mountMarketplace();
    const before = await facetCounts(el, 'Technology');
    const last = before.at(-1)![0];
    await click(el, await facetBox(el, 'Technology', last));
    await click(el, await facetBox(el, 'Technology', before[1]![0]));
    const after = (await facetCounts(el, 'Technology')).map(([label]) => label);
    expect(after.slice(0, 2), 'both ticked values first, by name').to.deep.equal([before[1]![0], last].sort((a, b) => a.localeCompare(b)));
    expect(new Set(after)).to.deep.equal(new Set(before.map(([label]) => label)), 'no value lost');
  });

  it('every facet narrows the results to the count its value showed', async () => {
    const el = await mountMarketplace();
    const legends = $$(el, 'legend').map((legend) => legend.textContent!);
    expect(legends).to.deep.equal(['Track or service', 'Technology', 'Readiness (TRL)', 'Sustainable Development Goal', 'Pricing', 'Provider type', 'Provider country', 'Used in city']);
    for (const legend of legends) {
      const [label, count] = (await facetCounts(el, legend))[0]!;
      await click(el, await facetBox(el, legend, label));
      expect(el.total, `${legend}: ${label}`).to.equal(count);
      expect(count).to.be.below(8);
      expect(statusText(el)).to.equal(count === 1 ? '1 solution' : `${count} solutions`);
      el.clearFilters();
      await el.updateComplete;
    }
  });

  it('active filters show as chips; a chip removes its filter; clear all removes every filter', async () => {
    const el = await mountMarketplace();
    el.setFilters({ track: ['green-economy'], providerCountry: ['FI'], sdg: [11] });
    await el.updateComplete;
    const chips = () => $$(el, '[part="chip"]').map((chip) => nameFromContent(chip));
    expect(chips()).to.deep.equal([`Remove filter: ${GREEN}`, 'Remove filter: SDG 11: Sustainable cities and communities', 'Remove filter: Finland']);
    await click(el, $$(el, '[part="chip"]')[2]!);
    expect(chips()).to.have.length(2);
    expect(el.results).to.deep.equal(['a', 'b']);
    await click(el, $$<HTMLButtonElement>(el, '.chips button').find((b) => b.textContent === 'Clear all')!);
    expect(chips()).to.deep.equal([]);
    expect(el.total).to.equal(8);
  });

  it('sorts by name, recently updated and most deployed; relevance is offered with words', async () => {
    const el = await mountMarketplace();
    const options = () => [...$<HTMLSelectElement>(el, 'select')!.options].map((o) => o.value);
    expect(options()).to.deep.equal(['name', 'updated', 'deployed']);
    expect(el.results).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    await chooseSort(el, 'updated');
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
    const el = await mountMarketplace({ pageSize: 3 });
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

  it('an empty result says so once, offers "Clear search" and "Clear filters", and keeps the filters in view', async () => {
    const el = await mountMarketplace();
    el.search('bike');
    el.setFilters({ providerCountry: ['DE'] });
    await el.updateComplete;
    const empty = $(el, '.empty')!;
    // One message: the count heads the results, the box says why, and nothing else repeats it.
    expect($(el, '#results-heading')!.textContent!.trim()).to.equal('0 solutions');
    // The words searched are isolated (U+2068 … U+2069) inside the sentence, so right-to-left words cannot turn it.
    expect(empty.querySelector('p')!.textContent!.trim()).to.equal('No solutions match “\u2068bike\u2069”.');
    expect(empty.querySelectorAll('p')).to.have.length(2);
    const status = $(el, '[role="status"]')!;
    expect(status.getBoundingClientRect().width, 'the status line is for screen readers only').to.be.at.most(1);
    const results = el.shadowRoot!.querySelector('.results')!.cloneNode(true) as HTMLElement;
    results.querySelector('[role="status"]')!.remove();
    const visibleText = results.textContent!;
    expect(visibleText.match(/No solutions match/g), `said once on screen: ${visibleText}`).to.have.length(1);
    expect(statusText(el), 'and once for screen readers').to.equal('No solutions match “\u2068bike\u2069”.');
    const buttons = () => [...$(el, '.empty')!.querySelectorAll('button')];
    expect(buttons().map((b) => b.textContent!.trim())).to.deep.equal(['Clear search', 'Clear filters']);
    expect((await facetBox(el, 'Provider country', 'Germany')).checked, 'the ticked filter is still there to untick').to.be.true;
    expect((await facetBox(el, 'Provider country', 'Germany')).getBoundingClientRect().height, 'and in view').to.be.above(0);
    await expect(el).to.be.accessible();
    await click(el, buttons()[1]!);
    expect(el.results[0], 'Clear filters keeps the words').to.equal('b');
    expectFocusOn($(el, '#results-heading'));

    el.setFilters({ providerCountry: ['DE'] });
    await el.updateComplete;
    await click(el, buttons()[0]!);
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value, 'Clear search empties the field').to.equal('');
    expect((await facetBox(el, 'Provider country', 'Germany')).checked, 'and keeps the filters').to.be.true;
    expectFocusOn($(el, 'input[type="search"]'));
  });

  it('with filters only, the empty result offers "Clear filters" alone', async () => {
    const el = await mountMarketplace();
    el.setFilters({ providerCountry: ['DE'], pricing: ['free'], trl: ['1-3'] });
    await el.updateComplete;
    if (el.total > 0) return expect.fail(`the fixture has ${el.total} results for these filters; pick others`);
    expect([...$(el, '.empty')!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Clear filters']);
    expect($(el, '.empty p')!.textContent!.trim()).to.equal('No solutions match your search.');
  });

  it('an empty result suggests the closest term for a likely typo', async () => {
    const el = await mountMarketplace();
    el.search('air quaty');
    await el.updateComplete;
    const suggestion = [...$(el, '.empty')!.querySelectorAll('button')].find((b) => b.textContent === 'air quality');
    expect($(el, '.empty')!.textContent).to.contain('Did you mean');
    await click(el, suggestion!);
    expect(el.results[0]).to.equal('a');
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('air quality');
  });

  it('highlights matches (a CSS highlight over the text, no element added), keeping catalogue text as text', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${loadFixture('hostile.json')}></t4g-marketplace>`);
    await until(el, () => cards(el).length === 1);
    el.search('hostile');
    await el.updateComplete;
    const card = cards(el)[0]!;
    await card.updateComplete;
    const name = $(card, 'h3')!;
    expect(paintedMatches(card).filter((match) => match.field === 'name').map((match) => match.text.toLowerCase())).to.deep.equal(['hostile']);
    expect(name.textContent!.trim()).to.equal('<img src=x onerror="window.__t4gInjected = true">Hostile');
    expect(name.querySelector('.name')!.children.length, 'the name is text only').to.equal(0);
    expect($(card, 'img, script, b')).to.equal(null);
    expect((window as { __t4gInjected?: boolean }).__t4gInjected).to.equal(undefined);
  });

  it('fires t4g-search after each change, with query, filters, sort and total', async () => {
    const el = await mountMarketplace();
    setTimeout(() => el.setFilters({ track: ['tourism'] }));
    const event = await oneEvent(el, 't4g-search');
    expect(event.detail).to.deep.equal({ query: '', filters: { track: ['tourism'] }, sort: 'name', total: 2 });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('t4g-search gives a copy of the filters, and fires for Back and Forward too', async () => {
    const el = await mountMarketplace({ syncUrl: true });
    setTimeout(() => el.setFilters({ track: ['tourism'] }));
    const event = await oneEvent(el, 't4g-search');
    event.detail.filters.track!.push('skills');
    el.requestUpdate();
    await el.updateComplete;
    expect($$(el, '.chip').length, 'editing the event detail does not change the widget’s filters').to.equal(1);
    expect(el.total).to.equal(2);
    setTimeout(() => history.back());
    const back = await oneEvent(el, 't4g-search');
    expect(back.detail.total).to.equal(8);
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
