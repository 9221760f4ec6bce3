/**
 * While a language's file loads: what a German (Spanish) page shows. Its own file:
 * the tables loaded are the page's for good, and each test needs its language not loaded yet. The files are slowed or
 * failed by swapping their loaders (src/i18n/loaders.ts), as a slow connection or a site that copied only t4g.js would.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { T4gCityDirectory } from '../../src/components/city-directory/city-directory.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import { loaders } from '../../src/i18n/loaders.js';
import { type LanguageFile, messagesPending } from '../../src/i18n/messages.js';
import '../../src/t4g.js';
import { $, CITIES, FACETS, cards, until } from './helpers.js';

type Language = keyof typeof loaders;

/** The language's file arrives only when the test says so (`arrive()`), or fails (`fail()`); `asked.count` says how often it was asked for. */
function holdBack(language: Language) {
  const original = loaders[language];
  let arrive!: () => void;
  let fail!: () => void;
  const file = new Promise<LanguageFile>((resolve, reject) => {
    arrive = () => void original().then(resolve, reject);
    fail = () => reject(new TypeError(`Failed to fetch dynamically imported module: ${location.origin}/dist/t4g-${language}.js`));
  });
  const asked = { count: 0 };
  loaders[language] = () => (asked.count++, file);
  return { arrive, fail, asked, restore: () => void (loaders[language] = original) };
}

const searchLabel = (el: Element) => $(el, 'label[for="search"]')?.textContent?.trim();
const seen = (el: Element | null | undefined) => !!el?.checkVisibility({ visibilityProperty: true });

describe('while a language’s file loads', () => {
  beforeEach(() => clearCatalogCache());

  it('a German page whose t4g-de.js is slow shows its own content, then German', async () => {
    const file = holdBack('de');
    try {
      const page = await fixture<HTMLDivElement>(html`<div lang="de">
        <t4g-marketplace src=${FACETS} page-size="2"><p class="own">Lösungen für Städte</p></t4g-marketplace>
        <t4g-city-directory src=${CITIES} page-size="2"></t4g-city-directory>
      </div>`);
      const market = page.querySelector<T4gMarketplace>('t4g-marketplace')!;
      const directory = page.querySelector<T4gCityDirectory>('t4g-city-directory')!;
      // Not their updateComplete, which waits for the table (for a moment at most): their first render.
      await waitUntil(() => !!$(market, '.controls') && !!$(directory, '.controls'), 'nothing rendered');
      expect(messagesPending('de'), 'the German table is still to come').to.equal(true);
      // Rendered (the catalogue is on its way), in English meanwhile.
      expect(searchLabel(market)).to.equal('Search solutions');
      // Out of sight: the page's own content stays in the marketplace, and the empty directory keeps its place, unseen.
      expect(seen(market.querySelector('.own')), 'the page’s own content').to.equal(true);
      expect(seen($(market, '.controls')), 'the marketplace’s English controls').to.equal(false);
      expect(getComputedStyle($(directory, '.controls')!).visibility, 'the directory’s English controls').to.equal('hidden');
      expect($(directory, '.controls')!.getBoundingClientRect().height, 'their place kept').to.be.greaterThan(0);

      file.arrive();
      await until(market, () => searchLabel(market) === 'Lösungen durchsuchen', 'the German texts did not arrive');
      await until(market, () => cards(market).length > 0, 'the solutions did not show');
      await until(directory, () => seen($(directory, '.controls')), 'the directory did not show');
      await until(market, () => seen($(market, '.controls')), 'the marketplace did not show');
      expect(seen(market.querySelector('.own')), 'the page’s own content gives way').to.equal(false);
      expect($(market, '.controls')!.hasAttribute('lang'), 'German, in a German page: no mark').to.equal(false);
      expect($(directory, 'label[for="search"]')!.textContent!.trim()).to.equal('Städte durchsuchen');
      await expect(page).to.be.accessible();
    } finally {
      file.restore();
    }
  });

  it('a stalled t4g-es.js gives way to English after a moment; Spanish when it comes', async () => {
    const file = holdBack('es');
    try {
      // In a <div>: fixture() waits for its element's updateComplete, which waits for the table (as long as the moment lasts).
      const page = await fixture<HTMLDivElement>(html`<div><t4g-marketplace lang="es" src=${FACETS}></t4g-marketplace></div>`);
      const market = page.querySelector('t4g-marketplace')!;
      await waitUntil(() => !!$(market, '.controls'), 'nothing rendered');
      expect(seen($(market, '.controls')), 'out of sight at first').to.equal(false);
      const started = performance.now();
      await market.updateComplete;
      expect(performance.now() - started, 'updateComplete waited for the moment').to.be.greaterThan(500);
      expect(seen($(market, '.controls')), 'English shown after the moment').to.equal(true);
      expect(messagesPending('es')).to.equal(true);
      file.arrive();
      await until(market, () => searchLabel(market) === 'Buscar soluciones', 'the Spanish texts did not arrive');
      await until(market, () => cards(market).length > 0, 'the solutions did not show');
      expect($(market, '.controls')!.hasAttribute('lang')).to.equal(false);
    } finally {
      file.restore();
    }
  });
});
