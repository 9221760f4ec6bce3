/**
 * What the marketplace and the directory share on their page (issue #15,
 * items 5 to 7): the title replaced, hidden or slotted; search and sort
 * aligned; compact pagination on narrow widths; the directory's title and
 * empty state; Escape and Back closing a city's profile with focus on its card.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { T4gCityDirectory } from '../../src/components/city-directory/city-directory.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import '../../src/t4g.js';
import { $, $$, CITIES, FACETS, cards, deepActiveElement, restoreUrlAfterEach, stepHistory, until } from './helpers.js';

const visible = (el: Element | null) => !!el && el.getBoundingClientRect().width > 1 && el.getBoundingClientRect().height > 1;

describe('the title of a marketplace or directory', () => {
  beforeEach(() => clearCatalogCache());

  it('is the catalogue\'s by default; `heading` replaces it; `hide-heading` keeps it for screen readers only', async () => {
    const wrapper = await fixture(html`<div>
      <t4g-marketplace class="plain" src=${FACETS}></t4g-marketplace>
      <t4g-marketplace class="named" src=${FACETS} heading="Tools our city uses"></t4g-marketplace>
      <t4g-marketplace class="hidden" src=${FACETS} hide-heading></t4g-marketplace>
    </div>`);
    const [plain, named, hidden] = ['.plain', '.named', '.hidden'].map((s) => wrapper.querySelector<T4gMarketplace>(s)!) as [T4gMarketplace, T4gMarketplace, T4gMarketplace];
    await until(plain, () => [plain, named, hidden].every((el) => cards(el).length > 0));
    const title = (el: T4gMarketplace) => $(el, '[part="title"]')!;
    expect(title(plain).textContent).to.equal('Facet fixture');
    expect(title(named).textContent).to.equal('Tools our city uses');
    expect(visible(title(hidden)), 'not shown').to.be.false;
    expect(title(hidden).textContent, 'but still there for screen readers').to.equal('Facet fixture');
    expect(title(hidden).getAttribute('aria-hidden')).to.equal('false');
    await expect(hidden).to.be.accessible();
  });

  it('a child with slot="heading" replaces it with the page\'s own markup', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS}><span slot="heading">Our <em>smart</em> tools</span></t4g-marketplace>`);
    await until(el, () => cards(el).length > 0);
    const slot = $<HTMLSlotElement>(el, '[part="title"] slot')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Our smart tools']);
    expect(visible(el.querySelector('span')), 'the slotted heading shows').to.be.true;
  });

  it('the directory has a title as the marketplace does, and the count heads its results', async () => {
    const el = await fixture<T4gCityDirectory>(html`<t4g-city-directory src=${CITIES}></t4g-city-directory>`);
    await until(el, () => $$(el, 't4g-city-card').length > 0);
    expect($(el, '[part="title"]')!.textContent!.trim()).to.not.equal('');
    expect($(el, '#results-heading')!.textContent!.trim()).to.match(/^\d+ cities$/);
  });
});

describe('search and sort, pages', () => {
  beforeEach(() => clearCatalogCache());

  it('the Search and Sort labels are level, and so are their fields', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS} style="width: 900px"></t4g-marketplace>`);
    await until(el, () => cards(el).length > 0);
    const [search, sort] = $$(el, 'label[for]').map((label) => label.getBoundingClientRect());
    expect(Math.abs(search!.top - sort!.top)).to.be.below(1);
    const [field, menu] = [$(el, '#search')!, $(el, '#sort')!].map((node) => node.getBoundingClientRect());
    expect(Math.abs(field!.top - menu!.top)).to.be.below(1);
    expect(Math.abs(field!.height - menu!.height)).to.be.below(1);
  });

  it('a page-size that is not a whole number from 1 gives the default: no result lost, no "Page NaN of NaN"', async () => {
    for (const size of ['-1', '0', 'abc', '0.5', '2.5']) {
      const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS} page-size=${size}></t4g-marketplace>`);
      await until(el, () => cards(el).length > 0, `page-size="${size}" shows no card`);
      expect(cards(el).length, `page-size="${size}": the 8 solutions on the default page of 12`).to.equal(8);
      expect($(el, '.pagination'), `page-size="${size}": one page`).to.equal(null);
    }
  });

  it('narrow: Previous, "Page 2 of 3" and Next on one line, centred; wide: the page numbers', async () => {
    const wrapper = await fixture(html`<div>
      <div style="width: 320px"><t4g-marketplace class="narrow" src=${FACETS} page-size="3"></t4g-marketplace></div>
      <div style="width: 900px"><t4g-marketplace class="wide" src=${FACETS} page-size="3"></t4g-marketplace></div>
    </div>`);
    const [narrow, wide] = ['.narrow', '.wide'].map((s) => wrapper.querySelector<T4gMarketplace>(s)!) as [T4gMarketplace, T4gMarketplace];
    await until(narrow, () => cards(narrow).length === 3 && cards(wide).length === 3);
    for (const el of [narrow, wide]) {
      $<HTMLButtonElement>(el, '.pagination button[aria-label="Page 2"]')!.click();
      await el.updateComplete;
    }
    const items = (el: T4gMarketplace) => $$(el, '.pagination li').filter(visible);
    const narrowItems = items(narrow);
    expect(narrowItems.map((li) => li.textContent!.trim())).to.deep.equal(['Previous', 'Page 2 of 3', 'Next']);
    // Where the numbers are hidden, a screen reader hears which page it is on: nothing shown is hidden from it.
    expect(narrowItems.filter((li) => li.closest('[aria-hidden="true"]')), 'shown but hidden from screen readers').to.deep.equal([]);
    // One line: every item's middle at the same height (the text between the buttons is centred on them).
    const middles = new Set(narrowItems.map((li) => Math.round((li.getBoundingClientRect().top + li.getBoundingClientRect().bottom) / 2)));
    expect(middles.size, 'one line').to.equal(1);
    const nav = $(narrow, '.pagination ul')!.getBoundingClientRect();
    const [first, last] = [narrowItems[0]!.getBoundingClientRect(), narrowItems.at(-1)!.getBoundingClientRect()];
    expect(Math.abs(first.left - nav.left - (nav.right - last.right)), 'centred').to.be.below(2);
    expect(items(wide).map((li) => li.textContent!.trim())).to.deep.equal(['Previous', '1', '2', '3', 'Next']);
  });
});

describe('the city directory: nothing matches; a city closed by Escape or Back', () => {
  beforeEach(() => clearCatalogCache());
  restoreUrlAfterEach();

  it('an empty result says so once and offers the way out, with the filters in view', async () => {
    const el = await fixture<T4gCityDirectory>(html`<t4g-city-directory src=${CITIES} style="width: 900px"></t4g-city-directory>`);
    await until(el, () => $$(el, 't4g-city-card').length > 0);
    el.search('qqqzzz');
    el.setFilters({ country: ['FI'] });
    await el.updateComplete;
    const empty = $(el, '.empty')!;
    expect(empty.querySelector('p')!.textContent!.trim()).to.equal('No cities match your search.');
    expect([...empty.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Clear search', 'Clear filters']);
    expect($(el, '#results-heading')!.textContent!.trim()).to.equal('0 cities');
    [...empty.querySelectorAll('button')][0]!.click();
    await el.updateComplete;
    expect($$(el, 't4g-city-card').length, 'the Finnish cities again').to.be.above(0);
    await expect(el).to.be.accessible();
  });

  it('Escape in an open city goes back to the cities, focus on its card', async () => {
    const el = await fixture<T4gCityDirectory>(html`<t4g-city-directory src=${CITIES}></t4g-city-directory>`);
    await until(el, () => $$(el, 't4g-city-card').length > 0);
    el.showCity('porto');
    await until(el, () => deepActiveElement()?.tagName === 'H3', 'the profile took focus');
    await sendKeys({ press: 'Escape' });
    await until(el, () => deepActiveElement()?.textContent === 'Porto', 'focus went back to the Porto card');
    expect($(el, '.profile')).to.equal(null);
  });

  it('Back (with sync-url) closes it and puts focus on its card', async () => {
    const el = await fixture<T4gCityDirectory>(html`<t4g-city-directory src=${CITIES} sync-url></t4g-city-directory>`);
    await until(el, () => $$(el, 't4g-city-card').length > 0);
    el.showCity('porto');
    await until(el, () => deepActiveElement()?.tagName === 'H3', 'the profile took focus');
    await stepHistory(el);
    await until(el, () => deepActiveElement()?.textContent === 'Porto', 'focus went back to the Porto card');
  });
});

describe('document.title names the open solution or city', () => {
  let before = '';
  beforeEach(() => {
    clearCatalogCache();
    before = document.title;
    document.title = 'Smart city solutions';
  });
  afterEach(() => (document.title = before));

  it('while a solution is open, its name leads the page title; closed, the page title is back', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS}></t4g-marketplace>`);
    await until(el, () => cards(el).length > 0);
    const id = el.results[0]!;
    el.openSolutionById(id);
    await el.updateComplete;
    const name = cards(el)[0]!.shadowRoot!.querySelector('h3')!.textContent!.trim();
    expect(document.title).to.equal(`${name} – Smart city solutions`);
    $<HTMLElement & { close(): void }>(el, 't4g-solution-detail')!.close();
    await el.updateComplete;
    expect(document.title).to.equal('Smart city solutions');
  });

  it('no-title-sync leaves the title alone; removing an element with an entry open puts the title back', async () => {
    const wrapper = await fixture(html`<div>
      <t4g-marketplace class="quiet" src=${FACETS} no-title-sync></t4g-marketplace>
      <t4g-city-directory src=${CITIES}></t4g-city-directory>
    </div>`);
    const quiet = wrapper.querySelector<T4gMarketplace>('.quiet')!;
    const directory = wrapper.querySelector<T4gCityDirectory>('t4g-city-directory')!;
    await until(quiet, () => cards(quiet).length > 0 && $$(directory, 't4g-city-card').length > 0);
    quiet.openSolutionById(quiet.results[0]!);
    await quiet.updateComplete;
    expect(document.title).to.equal('Smart city solutions');
    directory.showCity('porto');
    await directory.updateComplete;
    expect(document.title).to.equal('Porto – Smart city solutions');
    directory.remove();
    expect(document.title).to.equal('Smart city solutions');
  });

  it('direction controls in a name do not reach the page title', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS}></t4g-marketplace>`);
    await until(el, () => cards(el).length > 0);
    const catalog = { version: 1, solutions: [{ id: 'rtl', name: 'Evil\u202eNAME', summary: 's', tracks: ['tourism'], provider: { name: 'P' } }] };
    el.catalog = catalog;
    await until(el, () => el.results.length === 1);
    el.openSolutionById('rtl');
    await el.updateComplete;
    expect(document.title).to.equal('EvilNAME – Smart city solutions');
  });
});
