import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import '../../src/t4g.js';
import { $, cards, until } from './helpers.js';

const SAMPLE = '/catalog/icc-sample.json';

describe('the first result in the first screen', () => {
  beforeEach(() => clearCatalogCache());
  after(() => setViewport({ width: 800, height: 600 }));

  it('750 × 900, a CMS content column: the first result is in the first screen, beside the filters', async () => {
    await setViewport({ width: 750, height: 900 });
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${SAMPLE}></t4g-marketplace>`);
    await until(el, () => cards(el).length > 0 && $(el, '.facets') !== null, 'the catalogue did not load');
    const first = cards(el)[0]!;
    await first.updateComplete;
    const title = first.shadowRoot!.querySelector('h3')!.getBoundingClientRect();
    expect(title.bottom, 'the first solution\'s name is on the first screen').to.be.below(900);
    expect($(el, '.facets')!.getBoundingClientRect().right, 'the filters beside it').to.be.at.most(first.getBoundingClientRect().left);
  });
});
