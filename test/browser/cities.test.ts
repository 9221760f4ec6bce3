import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { T4gCityCard } from '../../src/components/city-card/city-card.js';
import type { T4gCityDirectory } from '../../src/components/city-directory/city-directory.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import '../../src/t4g.js';
import { $, $$, CITIES, cards, catalogOf, chooseSort, deepActiveElement, detailOf, facetBox, facetCounts, ownParams, recordFetches, restoreUrlAfterEach, slow, stepHistory, textOf, until, nameFromContent } from './helpers.js';

const headings = (el: Element) => $$(el, 'h4').map((h) => h.textContent);
/** The name of the city a card shows. */
const shownCity = (card: Element) => $(card, 'h3')?.textContent?.trim();

describe('<t4g-city-card>', () => {
  beforeEach(() => clearCatalogCache());

  it('compact: name, country (name and code), role, population with its year, tracks, tagline', async () => {
    const data = await catalogOf(CITIES);
    const el = await fixture<T4gCityCard>(html`<t4g-city-card .catalog=${data} city-id="espoo"></t4g-city-card>`);
    const content = textOf(el);
    expect($(el, 'h3 a')!.textContent).to.equal('Espoo');
    expect(new URL($<HTMLAnchorElement>(el, 'h3 a')!.href).searchParams.get('t4g-city'), 'a link to the city on this page').to.equal('espoo');
    expect(content).to.contain('Finland (FI)');
    expect($(el, '.country [aria-hidden="true"]')!.textContent!.trim()).to.equal('🇫🇮');
    expect(content).to.contain('Mentor city');
    expect(content).to.contain('Population 305,274 (2023)');
    expect($$(el, '.tracks li').map((li) => li.textContent)).to.deep.equal(['Green economy and local green deals', 'Up- and reskilling of the workforce']);
    expect(content).to.contain('Learning city by the sea');
    expect(content, 'compact leaves out the full profile').to.not.contain('A fixture city with every field');
    expect(el.getAttribute('variant')).to.equal('compact');
    await expect(el).to.be.accessible();
  });

  it('full: every field of the fixture city, with relations derived both ways', async () => {
    const data = await catalogOf(CITIES);
    const el = await fixture<T4gCityCard>(html`<t4g-city-card .catalog=${data} city-id="espoo" variant="full"></t4g-city-card>`);
    const content = textOf(el);
    expect($(el, 'img')!.getAttribute('alt')).to.equal("Espoo's shoreline");
    expect(content).to.contain('A fixture city with every field filled in.');
    expect(headings(el)).to.deep.equal(['Ambitions', 'Best practices', 'Solutions in use', 'Cities it mentors']);
    expect(content).to.contain('Carbon neutral by 2030');
    expect(content).to.contain('Heat pump rollout');
    expect($(el, '.practices a')!.getAttribute('href')).to.equal('https://example.org/heat');
    expect($(el, '.practices a')!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect($$(el, '.practices .uses a').map((a) => a.textContent)).to.deep.equal(['Heat planner']);
    const lists = $$(el, 'ul.links');
    const links = (list: Element) => [...list.querySelectorAll('a')].map((a) => [a.textContent, ownParams(a.href)]);
    expect(links(lists[0]!)).to.deep.equal([['Heat planner', 't4g-open=heat'], ['Data portal', 't4g-open=data']]);
    expect(links(lists[1]!)).to.deep.equal([['Jyväskylä', 't4g-city=jyvaskyla'], ['Pori', 't4g-city=pori']]);
    expect($(el, 'a[href="https://example.org/espoo"]')!.textContent).to.contain('City website');
    await expect(el).to.be.accessible();
  });

  it('full: a core city lists its mentors; absent fields leave no empty headings or boxes', async () => {
    const data = await catalogOf(CITIES);
    const el = await fixture<T4gCityCard>(html`<t4g-city-card .catalog=${data} city-id="pori" variant="full"></t4g-city-card>`);
    expect(headings(el)).to.deep.equal(['Mentor cities']);
    expect($$(el, 'ul.links a').map((b) => b.textContent)).to.deep.equal(['Espoo', 'Porto']);
    expect($(el, '.tagline, .summary, .tracks, img, a:not(ul.links a)')).to.equal(null);
    expect(textOf(el)).to.contain('Population 83,000');
    expect(textOf(el)).to.not.contain('(undefined)');
    const porto = await fixture<T4gCityCard>(html`<t4g-city-card .catalog=${data} city-id="porto" variant="full"></t4g-city-card>`);
    expect($(porto, '.population')).to.equal(null);
    expect(headings(porto)).to.deep.equal(['Solutions in use', 'Cities it mentors']);
  });

  for (const [lang, population, country] of [
    ['en', '305,274', 'Finland'],
    ['fr', '305\u202f274', 'Finlande'],
    ['de', '305.274', 'Finnland'],
  ] as const) {
    it(`formats population and country in ${lang}`, async () => {
      const data = await catalogOf(CITIES);
      const el = await fixture<T4gCityCard>(html`<t4g-city-card lang=${lang} .catalog=${data} city-id="espoo"></t4g-city-card>`);
      expect($(el, '.population')!.textContent).to.contain(population);
      expect($(el, '.country')!.textContent).to.contain(country);
    });
  }

  it('max-bytes refuses a larger catalogue, with Try again', async () => {
    const el = await fixture<T4gCityCard>(html`<t4g-city-card src=${CITIES} city-id="porto" max-bytes="100"></t4g-city-card>`);
    await until(el, () => !!$(el, '[role="alert"]'));
    expect($(el, '[role="alert"] h2')!.textContent).to.equal('The cities could not be shown');
    expect($(el, '[role="alert"] > p')!.textContent).to.equal('Please try again later.');
    expect($(el, '[role="alert"] details p')!.textContent).to.match(/the limit is 100 bytes/);
    expect($(el, '[role="alert"] button')!.textContent).to.equal('Try again');
  });

  it('shows a busy placeholder card while its catalogue loads', async () => {
    const el = await fixture<T4gCityCard>(html`<t4g-city-card src=${slow(300, CITIES)} city-id="porto"></t4g-city-card>`);
    expect($(el, 'article[aria-busy="true"]')!.textContent).to.contain('Loading cities');
    await until(el, () => !!$(el, 'h3'));
    expect($(el, '[aria-busy="true"]')).to.equal(null);
  });

  it('loads from src and city-id; an unknown id gives an inline message naming it and a t4g-error event', async () => {
    const el = document.createElement('t4g-city-card');
    const failed = oneEvent(el, 't4g-error');
    el.src = CITIES;
    el.cityId = 'atlantis';
    document.body.append(el);
    try {
      expect((await failed).detail.kind).to.equal('not-found');
      await el.updateComplete;
      expect($(el, '[role="alert"] h2')!.textContent).to.equal('The cities could not be shown');
      expect($(el, '[role="alert"] p')!.textContent).to.equal(`No city with the id “atlantis” in ${CITIES}.`);
      expect($(el, '[role="alert"] button'), 'no "Try again": the catalogue loaded').to.equal(null);
      await expect(el).to.be.accessible();
      el.cityId = 'porto';
      await until(el, () => !!$(el, 'h3'));
      expect($(el, 'h3')!.textContent!.trim()).to.equal('Porto');
    } finally {
      el.remove();
    }
  });

  it('activating a solution fires t4g-select; a related city fires t4g-city-select', async () => {
    const data = await catalogOf(CITIES);
    const el = await fixture<T4gCityCard>(html`<t4g-city-card .catalog=${data} city-id="espoo" variant="full"></t4g-city-card>`);
    setTimeout(() => $$<HTMLAnchorElement>(el, 'ul.links a')[1]!.click());
    expect((await oneEvent(el, 't4g-select')).detail).to.deep.equal({ solutionId: 'data' });
    setTimeout(() => $$<HTMLAnchorElement>(el, 'ul.links a')[2]!.click());
    expect((await oneEvent(el, 't4g-city-select')).detail).to.deep.equal({ cityId: 'jyvaskyla' });
  });
});

describe('<t4g-city-directory>', () => {
  beforeEach(() => clearCatalogCache());
  restoreUrlAfterEach();

  async function mount() {
    const el = await fixture<T4gCityDirectory>(html`<t4g-city-directory src=${CITIES}></t4g-city-directory>`);
    await until(el, () => $$(el, 't4g-city-card').length === 5, 'the directory did not load');
    return el;
  }
  const names = (el: T4gCityDirectory) => $$<T4gCityCard>(el, '.grid t4g-city-card').map((card) => card.city?.id);

  it('lists every city with facets and counts; searching and filtering narrow it', async () => {
    const el = await mount();
    expect(names(el)).to.deep.equal(['espoo', 'jyvaskyla', 'pori', 'porto', 'thessaloniki']);
    expect($(el, '[role="status"]')!.textContent).to.equal('5 cities');
    expect(await facetCounts(el, 'Country')).to.deep.equal([['Finland', 3], ['Greece', 1], ['Portugal', 1]]);
    expect(await facetCounts(el, 'Role')).to.deep.equal([['Core city', 3], ['Mentor city', 2]]);
    (await facetBox(el, 'Role', 'Core city')).click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['jyvaskyla', 'pori', 'thessaloniki']);
    expect(await facetCounts(el, 'Country')).to.deep.equal([['Finland', 2], ['Greece', 1]]);
    expect($$(el, '[part="chip"]').map((chip) => nameFromContent(chip))).to.deep.equal(['Remove filter: Core city']);
    el.search('finland');
    await el.updateComplete;
    expect(names(el)).to.have.members(['jyvaskyla', 'pori']);
    await expect(el).to.be.accessible();
  });

  it('sorts by name, population and number of solutions; each city keeps its card, moved', async () => {
    const el = await mount();
    const before = new Map($$<T4gCityCard>(el, '.grid t4g-city-card').map((card) => [card.cityId, card]));
    el.setSort('population');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['thessaloniki', 'espoo', 'jyvaskyla', 'pori', 'porto']);
    // Identity as a boolean: chai's diff of two DOM nodes can take forever.
    expect($$<T4gCityCard>(el, '.grid t4g-city-card').every((card) => before.get(card.cityId) === card), 'the same card elements').to.equal(true);
    await chooseSort(el, 'solutions');
    expect(names(el)).to.deep.equal(['espoo', 'jyvaskyla', 'porto', 'pori', 'thessaloniki']);
  });

  it('activating a city shows its full card in place, focus on its name; Back to all cities returns focus to its card', async () => {
    const el = await mount();
    const card = $$<T4gCityCard>(el, '.grid t4g-city-card')[2]!;
    $<HTMLAnchorElement>(card, 'h3 a')!.click();
    await until(el, () => !!$(el, '.profile t4g-city-card'));
    const profile = $<T4gCityCard>(el, '.profile t4g-city-card')!;
    await profile.updateComplete;
    expect(profile.variant).to.equal('full');
    expect(profile.city?.id).to.equal('pori');
    await until(el, () => deepActiveElement()?.tagName === 'H3');
    expect(deepActiveElement()!.textContent!.trim()).to.equal('Pori');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.profile .back')!.click();
    await until(el, () => $$(el, '.grid t4g-city-card').length === 5);
    await until(el, () => deepActiveElement()?.textContent === 'Pori', 'focus went back to the card');
  });

  it('with sync-url the open city is in the URL, and Back closes it', async () => {
    const el = await fixture<T4gCityDirectory>(html`<t4g-city-directory src=${CITIES} sync-url></t4g-city-directory>`);
    await until(el, () => $$(el, 't4g-city-card').length === 5);
    el.showCity('porto');
    await el.updateComplete;
    expect(new URL(location.href).searchParams.get('t4g-city')).to.equal('porto');
    await stepHistory(el);
    await until(el, () => $$(el, '.grid t4g-city-card').length === 5, 'Back did not close the profile');
  });

  it('works from the keyboard: search, open a city, go back', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({ type: 'thessal' });
    await until(el, () => names(el)[0] === 'thessaloniki');
    for (let i = 0; i < 40 && !deepActiveElement()?.classList.contains('name'); i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.textContent).to.equal('Thessaloniki');
    await sendKeys({ press: 'Enter' });
    await until(el, () => deepActiveElement()?.tagName === 'H3');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.textContent).to.contain('Copy link');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()!.textContent).to.contain('Back to all cities');
    await sendKeys({ press: 'Enter' });
    await until(el, () => deepActiveElement()?.textContent === 'Thessaloniki');
  });
});

describe('widgets working together on one page', () => {
  beforeEach(() => clearCatalogCache());
  restoreUrlAfterEach();

  async function page() {
    const wrapper = await fixture(html`<div>
      <t4g-city-card src=${CITIES} city-id="porto" variant="full" listen></t4g-city-card>
      <t4g-city-directory src=${CITIES} listen></t4g-city-directory>
      <t4g-marketplace src=${CITIES} listen></t4g-marketplace>
    </div>`);
    const card = wrapper.querySelector('t4g-city-card')!;
    const directory = wrapper.querySelector('t4g-city-directory')!;
    const market = wrapper.querySelector('t4g-marketplace')!;
    await until(market, () => cards(market).length === 3 && $$(directory, 't4g-city-card').length === 5 && shownCity(card) === 'Porto');
    return { card, directory, market };
  }

  it('fetches the catalogue once for the three of them', async () => {
    const fetches = recordFetches();
    try {
      await page();
      expect(fetches.urls.filter((url) => url.includes('cities.json'))).to.have.length(1);
    } finally {
      fetches.restore();
    }
  });

  it('a solution chosen in a city card opens in the marketplace', async () => {
    const { card, market } = await page();
    const bikes = $$<HTMLAnchorElement>(card, 'ul.links a').find((b) => b.textContent === 'Bike sharing')!;
    bikes.click();
    const detail = detailOf(market);
    await until(market, () => detail.open);
    await detail.updateComplete;
    expect($(detail, 'h2')!.textContent).to.equal('Bike sharing');
  });

  it('a city chosen in a solution’s detail shows in the directory and the card, and the detail closes', async () => {
    const { card, directory, market } = await page();
    market.openSolutionById('heat');
    const detail = detailOf(market);
    await until(market, () => detail.open);
    await detail.updateComplete;
    const espoo = $$<HTMLAnchorElement>(detail, 'ul.cities a').find((b) => b.textContent === 'Espoo')!;
    espoo.click();
    await until(directory, () => $<T4gCityCard>(directory, '.profile t4g-city-card')?.cityId === 'espoo', 'the directory did not show Espoo');
    await until(card, () => shownCity(card) === 'Espoo', 'the card did not show Espoo');
    await until(market, () => !detail.open, 'the detail stayed open');
    expect(ownParams(location.href), 'no filter: the directory took it').to.equal('t4g-city=espoo');
  });

  it('closing a solution opened from a city’s profile gives focus back to its link there', async () => {
    const { directory, market } = await page();
    directory.showCity('porto');
    const profile = () => $<T4gCityCard>(directory, '.profile t4g-city-card')!;
    await until(directory, () => !!profile() && $$(profile(), 'ul.links a').length > 0);
    const bikes = $$<HTMLAnchorElement>(profile(), 'ul.links a').find((b) => b.textContent === 'Bike sharing')!;
    bikes.focus();
    bikes.click();
    const detail = detailOf(market);
    await until(market, () => detail.open);
    await detail.updateComplete;
    $<HTMLButtonElement>(detail, '.close')!.click();
    await until(market, () => !detail.open);
    await until(market, () => deepActiveElement() === bikes, 'focus did not go back to the link in the profile');
  });
});

describe('a marketplace alone: a city chosen in a solution’s detail', () => {
  beforeEach(() => clearCatalogCache());
  restoreUrlAfterEach();

  /** A marketplace alone, its detail of "heat" open, Espoo chosen there: once the detail has closed. */
  async function chooseEspooInDetail(): Promise<T4gMarketplace> {
    const market = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${CITIES}></t4g-marketplace>`);
    await until(market, () => cards(market).length === 3);
    market.openSolutionById('heat');
    const detail = detailOf(market);
    await until(market, () => detail.open);
    await detail.updateComplete;
    $$<HTMLAnchorElement>(detail, 'ul.cities a').find((b) => b.textContent === 'Espoo')!.click();
    await until(market, () => !detail.open, 'the detail stayed open');
    return market;
  }

  it('with nothing on the page to show the city, the detail closes on the solutions used in that city', async () => {
    const market = await chooseEspooInDetail();
    await until(market, () => $$(market, '[part="chip"]').length === 1, 'no filter chip');
    expect(nameFromContent($$(market, '[part="chip"]')[0]!)).to.contain('Espoo');
    expect(market.results, 'the two used in Espoo').to.have.members(['heat', 'data']);
    await until(market, () => deepActiveElement()?.id === 'results-heading', `focus on the results’ heading, not ${deepActiveElement()?.outerHTML.slice(0, 80)}`);
  });

  it('a listener of the page that takes the choice (preventDefault) leaves the results as they were', async () => {
    const take = (event: Event) => event.preventDefault();
    document.addEventListener('t4g-city-select', take);
    try {
      const market = await chooseEspooInDetail();
      expect($$(market, '[part="chip"]')).to.have.length(0);
      expect(market.total).to.equal(3);
    } finally {
      document.removeEventListener('t4g-city-select', take);
    }
  });
});

describe('a city directory opened by the address as the page loads', () => {
  beforeEach(() => clearCatalogCache());
  restoreUrlAfterEach();

  it('gives the city’s heading focus, in view, far down the page', async () => {
    history.replaceState(null, '', `${location.pathname}?t4g-city=porto`);
    const wrapper = await fixture(html`<div><div style="height: 4000px"></div><t4g-city-directory src=${CITIES}></t4g-city-directory></div>`);
    const directory = wrapper.querySelector('t4g-city-directory')!;
    await until(directory, () => deepActiveElement()?.tagName === 'H3', 'the profile’s heading did not get focus');
    expect(deepActiveElement()!.textContent).to.contain('Porto');
    const box = deepActiveElement()!.getBoundingClientRect();
    expect(box.top >= 0 && box.bottom <= innerHeight, `in view: ${box.top}–${box.bottom} of ${innerHeight}`).to.equal(true);
  });
});
