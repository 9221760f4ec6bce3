import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import type { T4gSolutionCard } from '../../src/components/solution-card/solution-card.js';
import '../../src/t4g.js';
import { paintedMatches } from './helpers.js';

const allMatches = () => [...(CSS.highlights.get('t4g-match') ?? [])];

const url = (name: string) => `/test/fixtures/load/${name}`;

async function ready(el: T4gMarketplace, what: () => boolean) {
  await waitUntil(() => (el.updateComplete, what()), 'the marketplace did not reach the expected state', { timeout: 5000 });
  await el.updateComplete;
}

const cards = (el: T4gMarketplace) => [...el.shadowRoot!.querySelectorAll('t4g-solution-card')];
const status = (el: T4gMarketplace) => el.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim();

describe('<t4g-marketplace> (first rendering)', () => {
  beforeEach(() => clearCatalogCache());

  it('shows a loading state, then one card per solution with the count in a status region', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${`/__slow/150${url('valid.json')}`}></t4g-marketplace>`);
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
    expect(status(el)).to.equal('Loading solutions…');
    await expect(el).to.be.accessible();
    await ready(el, () => cards(el).length === 2);
    expect(status(el)).to.equal('2 solutions');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Test catalogue');
    const first = cards(el)[0]!;
    await first.updateComplete;
    expect(first.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal('Bike sharing');
    expect(first.shadowRoot!.textContent).to.contain('Green economy and local green deals');
    expect(first.shadowRoot!.textContent).to.contain('TRL 8');
    await expect(el).to.be.accessible();
  });

  it('speaks the language of its page: French content when the ancestor says fr', async () => {
    const wrapper = await fixture(html`<div lang="fr-BE"><t4g-marketplace src=${url('valid.json')}></t4g-marketplace></div>`);
    const el = wrapper.querySelector('t4g-marketplace')!;
    await ready(el, () => cards(el).length === 2);
    await cards(el)[0]!.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Catalogue de test');
    const names = cards(el).map((card) => card.shadowRoot!.querySelector('h3')!.textContent!.trim());
    expect(names).to.deep.equal(['Open data portal', 'Vélos en libre-service'], 'French names, sorted in French');
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
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('the server answered 503 Service Unavailable');
      const retry = alert.querySelector('button')!;
      expect(retry.textContent).to.equal('Try again');
      await expect(el).to.be.accessible();
      el.src = url('valid.json');
      await ready(el, () => cards(el).length === 2);
    } finally {
      el.remove();
    }
  });

  it('retry fetches again', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src="/__status/500"></t4g-marketplace>`);
    await ready(el, () => !!el.shadowRoot!.querySelector('[role="alert"]'));
    let fetches = 0;
    const original = window.fetch;
    window.fetch = (...args) => (fetches++, original(...args));
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await ready(el, () => fetches === 1 && !!el.shadowRoot!.querySelector('[role="alert"]'));
    } finally {
      window.fetch = original;
    }
  });

  it('max-bytes refuses a larger catalogue with a message naming both sizes, and raising it loads the catalogue', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace max-bytes="200" src=${url('valid.json')}></t4g-marketplace>`);
    await ready(el, () => !!el.shadowRoot!.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(/valid\.json is (too large|\d+ bytes); the limit is 200 bytes\./);
    el.maxBytes = 1_000_000;
    await ready(el, () => cards(el).length === 2);
  });

  it('works with the rest of a partial catalogue and reports what it left out', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = document.createElement('t4g-marketplace');
      const fired = oneEvent(el, 't4g-catalog-problems');
      el.src = url('partial.json');
      document.body.append(el);
      const event = await fired;
      expect(event.detail.problems).to.have.length(6);
      await ready(el, () => cards(el).length === 1);
      expect(status(el)).to.equal('1 solution');
      expect(warnings[0]).to.contain('solution "no-summary" was left out: summary is required but missing');
      el.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('renders hostile catalogue text as text, never as markup', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${url('hostile.json')}></t4g-marketplace>`);
    await ready(el, () => cards(el).length === 1);
    const card = cards(el)[0]!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect(card.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal('<img src=x onerror="window.__t4gInjected = true">Hostile');
    expect((window as { __t4gInjected?: boolean }).__t4gInjected).to.equal(undefined);
  });

  it('a slow earlier load never overwrites a later one', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${`/__slow/400${url('hostile.json')}`}></t4g-marketplace>`);
    el.src = url('valid.json');
    await ready(el, () => cards(el).length === 2);
    await new Promise((resolve) => setTimeout(resolve, 600));
    await el.updateComplete;
    expect(cards(el)).to.have.length(2);
  });

  it('takes a catalogue object through the catalog property', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace></t4g-marketplace>`);
    el.catalog = { version: 1, solutions: [{ id: 'x', name: 'Given inline', summary: 's', tracks: ['skills'], provider: { name: 'P' } }] };
    await ready(el, () => cards(el).length === 1);
  });
});

describe('<t4g-solution-card> on its own', () => {
  beforeEach(() => clearCatalogCache());

  it('shows a solution from src and solution-id, with its image and alt text or a neutral placeholder', async () => {
    const solution = { id: 'x', name: 'With image', summary: 's', tracks: ['skills'], provider: { name: 'P' }, image: 'https://example.org/x.png', imageAlt: 'A bike station' };
    const withImage = await fixture<T4gSolutionCard>(html`<t4g-solution-card .solution=${solution}></t4g-solution-card>`);
    expect(withImage.shadowRoot!.querySelector('img')!.getAttribute('alt')).to.equal('A bike station');
    const fromSrc = await fixture<T4gSolutionCard>(html`<t4g-solution-card src=${url('valid.json')} solution-id="bike-share"></t4g-solution-card>`);
    await ready(fromSrc as unknown as T4gMarketplace, () => !!fromSrc.shadowRoot!.querySelector('h3'));
    expect(fromSrc.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal('Bike sharing');
    expect(fromSrc.shadowRoot!.querySelector('.placeholder')!.getAttribute('aria-hidden')).to.equal('true');
    expect(fromSrc.shadowRoot!.textContent).to.contain('Used in 1 city');
    await expect(fromSrc).to.be.accessible();
  });

  it('shows a busy placeholder card while its catalogue loads', async () => {
    const el = await fixture<T4gSolutionCard>(html`<t4g-solution-card src=${`/__slow/300${url('valid.json')}`} solution-id="bike-share"></t4g-solution-card>`);
    const placeholder = el.shadowRoot!.querySelector('article[aria-busy="true"]');
    expect(placeholder, 'a placeholder while loading').to.exist;
    expect(placeholder!.textContent).to.contain('Loading');
    await expect(el).to.be.accessible();
    await ready(el as unknown as T4gMarketplace, () => !!el.shadowRoot!.querySelector('h3'));
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
  });

  it('paints its highlights as the document highlight t4g-match, replaces them on change, and takes them away when it leaves the page', async () => {
    const solution = { id: 'x', name: 'Solar roofs', summary: 'Panels on public roofs', tracks: ['skills'], provider: { name: 'P' } };
    const el = await fixture<T4gSolutionCard>(html`<t4g-solution-card .solution=${solution} .highlights=${{ name: [[0, 5]], summary: [[0, 6], [17, 22]] }}></t4g-solution-card>`);
    expect(paintedMatches(el)).to.deep.equal([{ field: 'name', text: 'Solar' }, { field: 'summary', text: 'Panels' }, { field: 'summary', text: 'roofs' }]);
    expect(el.shadowRoot!.querySelector('.summary')!.childElementCount, 'the text itself is untouched').to.equal(0);

    el.highlights = { summary: [[10, 16]] };
    await el.updateComplete;
    expect(paintedMatches(el)).to.deep.equal([{ field: 'summary', text: 'public' }]);
    // Another solution whose text is shorter than a range: that range is left out rather than painted wrong.
    el.solution = { ...solution, summary: 'Short' };
    el.highlights = { summary: [[0, 5], [3, 40]] };
    await el.updateComplete;
    expect(paintedMatches(el)).to.deep.equal([{ field: 'summary', text: 'Short' }]);

    const parent = el.parentElement!;
    el.remove();
    expect(allMatches().filter((range) => el.shadowRoot!.contains(range.startContainer))).to.have.length(0);
    parent.append(el);
    expect(paintedMatches(el)).to.deep.equal([{ field: 'summary', text: 'Short' }]);

    // A page that clears the registry gets the highlight back at the next change.
    CSS.highlights.clear();
    el.highlights = { name: [[6, 11]] };
    await el.updateComplete;
    expect(paintedMatches(el)).to.deep.equal([{ field: 'name', text: 'roofs' }]);

    // Updated while off the page: nothing painted (the ranges would keep the card in memory) until it returns.
    el.remove();
    el.highlights = { name: [[0, 5]] };
    await el.updateComplete;
    expect(allMatches().filter((range) => el.shadowRoot!.contains(range.startContainer))).to.have.length(0);
    parent.append(el);
    expect(paintedMatches(el)).to.deep.equal([{ field: 'name', text: 'Solar' }]);
  });

  it('after the page clears the highlight registry, the next card to paint brings back every card’s matches', async () => {
    const solution = { id: 'x', name: 'Solar roofs', summary: 'Panels on public roofs', tracks: ['skills'], provider: { name: 'P' } };
    const box = await fixture<HTMLDivElement>(html`<div>
      <t4g-solution-card .solution=${solution} .highlights=${{ name: [[0, 5]] }}></t4g-solution-card>
      <t4g-solution-card .solution=${solution} .highlights=${{ summary: [[0, 6]] }}></t4g-solution-card>
    </div>`);
    const [first, second] = [...box.querySelectorAll('t4g-solution-card')];
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    CSS.highlights.clear();
    expect(paintedMatches(second!)).to.deep.equal([]);
    first!.highlights = { name: [[6, 11]] };
    await first!.updateComplete;
    expect(paintedMatches(first!)).to.deep.equal([{ field: 'name', text: 'roofs' }]);
    expect(paintedMatches(second!)).to.deep.equal([{ field: 'summary', text: 'Panels' }]);
  });

  it('says so, naming the id, when the solution is not in the catalogue', async () => {
    const el = await fixture<T4gSolutionCard>(html`<t4g-solution-card src=${url('valid.json')} solution-id="nope"></t4g-solution-card>`);
    await ready(el as unknown as T4gMarketplace, () => !!el.shadowRoot!.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('No solution with the id “nope”');
  });
});
