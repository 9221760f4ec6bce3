/** Keys named like Object's own members, in a catalogue or a URL, never take a widget down. */
import { expect, fixture, html } from '@open-wc/testing';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { T4gCityDirectory } from '../../src/components/city-directory/city-directory.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import '../../src/t4g.js';
import { $$, FACETS, cardNames, cards, recordEvents, restoreUrlAfterEach, textOf, until } from './helpers.js';

const solution = (id: string, extra = '') => `{ "id": "${id}", "name": "Name ${id}", "summary": "Summary", "tracks": ["tourism"], "provider": { "name": "P" }${extra} }`;
const city = (id: string, extra = '') => `{ "id": "${id}", "name": "City ${id}", "country": "PT", "role": "core"${extra} }`;

/** A catalogue served from a blob URL, parsed by the loader as any fetched file (so `__proto__` is an own key). */
const served = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

describe('built-in object names as keys', () => {
  beforeEach(() => clearCatalogCache());
  restoreUrlAfterEach();

  it('a solution name {"constructor": …} leaves its entry out; a description {"toString": …} is dropped from its entry; the rest shows and opens', async () => {
    const errors = recordEvents(document, 't4g-error');
    try {
      const src = served(`{ "version": 1, "solutions": [${solution('fine')}, ${solution('ctor', ', "name": { "constructor": { "x": 1 } }')}, ${solution('str', ', "description": { "toString": ["x"] }')}, ${solution('also-fine')}] }`);
      const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${src}></t4g-marketplace>`);
      await until(el, () => cards(el).length > 0);
      expect(cardNames(el)).to.deep.equal(['Name also-fine', 'Name fine', 'Name str']);
      el.openSolutionById('str');
      await el.updateComplete;
      const detail = el.shadowRoot!.querySelector('t4g-solution-detail')!;
      await detail.updateComplete;
      expect(detail.open).to.equal(true);
      expect(errors.events).to.deep.equal([]);
    } finally {
      errors.stop();
    }
  });

  it('a city name {"__proto__": 42} leaves its city out, a tagline {"isPrototypeOf": 7} is dropped: the directory shows the rest', async () => {
    const src = served(`{ "version": 1, "cities": [${city('porto')}, ${city('proto', ', "name": { "__proto__": 42 }')}, ${city('tag', ', "tagline": { "isPrototypeOf": 7 }')}] }`);
    const el = await fixture<T4gCityDirectory>(html`<t4g-city-directory src=${src}></t4g-city-directory>`);
    await until(el, () => $$(el, 't4g-city-card').length > 0, 'the directory stayed on loading');
    expect(el.results).to.deep.equal(['porto', 'tag']);
  });

  it('URL filters ?t4g-pricing=constructor, toString, valueOf: values the catalogue lacks, so ignored, never a function’s source', async () => {
    history.replaceState(null, '', '?t4g-pricing=constructor&t4g-providerType=toString&t4g-trl=valueOf&t4g-track=green-economy');
    const market = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS} sync-url></t4g-marketplace>`);
    await until(market, () => $$(market, '[part="chip"]').length > 0, 'the known filter\'s chip');
    // Only the track the catalogue has filters; the built-in names are as if absent.
    expect($$(market, '[part="chip"]').map((chip) => chip.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Remove filter: Green economy and local green deals ×']);
    expect(market.total).to.equal(3);
    expect(textOf(market)).to.not.match(/function|native code|\[object|constructor|toString|valueOf/);
  });
});
