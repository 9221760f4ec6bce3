import { expect, fixture, html } from '@open-wc/testing';
import { solutionIndex } from '../../src/catalog/search.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import '../../src/t4g.js';
import { $, cardNames, cards, statusText, until } from './helpers.js';

/** A catalogue well above the size where the text index builds in slices. */
function largeCatalog(count: number) {
  const words = ['solar', 'mobility', 'tourism', 'water', 'skills', 'heat', 'data', 'waste'];
  return {
    version: 1,
    solutions: Array.from({ length: count }, (_, i) => ({
      id: `s-${i}`,
      name: `Solution ${String(i).padStart(5, '0')} ${words[i % words.length]}`,
      summary: `A ${words[(i * 3) % words.length]} tool number ${i} for cities.`,
      tracks: [i % 2 ? 'green-economy' : 'tourism'],
      provider: { name: i === 1234 ? 'Kvarnholmen Analytics' : 'Provider' },
    })),
  };
}

describe('<t4g-marketplace> with a large catalogue', () => {
  it('shows the first page before its text is indexed; words wait for the index, then find, once', async () => {
    const catalog = largeCatalog(10_000);
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace .catalog=${catalog}></t4g-marketplace>`);
    // The first render with cards, seen in the microtask after it (a mutation record), before the next slice of indexing
    // (a task) can run. Waiting for frames instead would depend on frames coming: in a busy or background tab the
    // indexing could finish first.
    if (!cards(el).length) {
      await new Promise<void>((resolve) => {
        const seen = new MutationObserver(() => cards(el).length && (seen.disconnect(), resolve()));
        seen.observe(el.shadowRoot!, { childList: true, subtree: true });
      });
    }
    const loaded = (el as unknown as { data: { catalog: object } }).data.catalog;
    const index = solutionIndex(loaded as never, 'en');
    expect(index.textReady, 'the text index is still building when the first page shows').to.equal(false);
    expect(cards(el).length).to.equal(12);
    expect(statusText(el)).to.equal('10,000 solutions');

    const searches: number[] = [];
    el.addEventListener('t4g-search', (event) => searches.push(event.detail.total));
    // Lit renders in a microtask, before the next slice of indexing (a task) can run.
    el.search('kvarnholmen');
    await el.updateComplete;
    expect(index.textReady).to.equal(false);
    expect(statusText(el)).to.equal('Loading solutions…');
    expect($(el, '.results')!.getAttribute('aria-busy')).to.equal('true');
    await el.searchReady;
    expect(index.textReady).to.equal(true);
    await until(el, () => cards(el).length === 1);
    expect(cardNames(el)).to.deep.equal(['Solution 01234 tourism']);
    expect(statusText(el)).to.equal('1 solution');
    expect(searches).to.deep.equal([1], 'one t4g-search, with the result');
  });

  it('on paper: the words searched for, every result up to 200, and a sentence saying how many more there were', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace .catalog=${largeCatalog(1_000)}></t4g-marketplace>`);
    await el.searchReady;
    await until(el, () => cards(el).length === 12);
    const printed = () => $(el, '.printed-first')?.textContent?.trim();
    try {
      dispatchEvent(new Event('beforeprint'));
      await until(el, () => cards(el).length === 200);
      expect(printed()).to.equal('Printed: the first 200 of 1,000 results. Narrow the search to print the others.');
      expect($(el, 'nav.pagination'), 'no pages on paper').to.equal(null);
      el.search('solar');
      await until(el, () => cards(el).length === 125);
      expect(printed(), 'a search of 125 prints whole').to.equal(undefined);
      expect($(el, '.printed-search')?.textContent, 'the words searched for, since the field is not printed').to.equal('Searched for “\u2068solar\u2069”');
    } finally {
      dispatchEvent(new Event('afterprint'));
    }
    await until(el, () => cards(el).length === 12);
    expect(printed()).to.equal(undefined);
    expect($(el, '.printed-search'), 'on screen, the search field says it').to.equal(null);
    expect($(el, 'nav.pagination')).not.to.equal(null);
  });

  it('searchReady rejects when the catalogue cannot be loaded', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src="/__status/404"></t4g-marketplace>`);
    let error: unknown;
    await el.searchReady.catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('the server answered 404');
  });
});
