/**
 * While a language's file loads, and when it cannot be loaded: what a German (Dutch, Spanish) page shows. Its own file:
 * the tables loaded are the page's for good, and each test needs its language not loaded yet. The files are slowed or
 * failed by swapping their loaders (src/i18n/loaders.ts), as a slow connection or a site that copied only t4g.js would.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { T4gCityDirectory } from '../../src/components/city-directory/city-directory.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import { en } from '../../src/i18n/en.js';
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

/** Every English text of the interface: the table's strings, its label tables, and its sentences for a few numbers. */
const ENGLISH = (() => {
  const texts = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string') texts.add(value.trim());
    else if (typeof value === 'function') for (const n of [0, 1, 2, 3, 5, 8]) add((value as (...args: unknown[]) => unknown)(n, 4));
    else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  add(en);
  // Words, not a colon or a question mark; and not "TRL 3", which every language writes so.
  return new Set([...texts].filter((text) => /\p{L}{3}/u.test(text) && !/^TRL \d+$/.test(text)));
})();

/** The `lang` that applies to `node`: its own or its nearest ancestor's, across shadow roots. */
function langOf(node: Node): string {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) {
    if (at instanceof Element && at.hasAttribute('lang')) return at.getAttribute('lang')!;
  }
  return document.documentElement.lang;
}

/** The text of every shadow root under `root` (the widgets', their cards' …), and the names and placeholders, each with its `lang`. */
function shownTexts(root: Element): { text: string; lang: string }[] {
  const found: { text: string; lang: string }[] = [];
  const visit = (shadow: ShadowRoot) => {
    const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text) {
        const text = node.data.replace(/\s+/g, ' ').trim();
        if (text) found.push({ text, lang: langOf(node) });
      } else if (node instanceof Element) {
        for (const name of ['aria-label', 'placeholder']) {
          const text = node.getAttribute(name)?.trim();
          if (text) found.push({ text, lang: langOf(node) });
        }
        if (node.shadowRoot) visit(node.shadowRoot);
      }
    }
  };
  for (const el of [root, ...root.querySelectorAll('*')]) if (el.shadowRoot) visit(el.shadowRoot);
  return found;
}

/** English words of the interface that say they are in another language: what WCAG 3.1.2 forbids. */
const englishNotMarked = (root: Element) => shownTexts(root).filter(({ text, lang }) => ENGLISH.has(text) && !/^en\b/i.test(lang));

const searchLabel = (el: Element) => $(el, 'label[for="search"]')?.textContent?.trim();
const seen = (el: Element | null | undefined) => !!el?.checkVisibility({ visibilityProperty: true });

describe('while a language’s file loads, and when it fails', () => {
  beforeEach(() => clearCatalogCache());

  it('a German page whose t4g-de.js is slow shows its own content, then German; never English marked German', async () => {
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
      // Rendered (the catalogue is on its way), in English meanwhile, and marked so.
      expect(searchLabel(market)).to.equal('Search solutions');
      expect(englishNotMarked(page), 'English text marked German').to.deep.equal([]);
      expect(shownTexts(page).filter(({ text }) => ENGLISH.has(text)).length, 'the check saw the interface').to.be.greaterThan(5);
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

  it('a Dutch page whose t4g-nl.js fails shows English marked lang="en", and says so once in the console', async () => {
    const file = holdBack('nl');
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      file.fail();
      const page = await fixture<HTMLDivElement>(html`<div lang="nl">
        <t4g-marketplace src=${FACETS} page-size="2"></t4g-marketplace>
        <t4g-city-directory src=${CITIES} page-size="2"></t4g-city-directory>
      </div>`);
      const market = page.querySelector<T4gMarketplace>('t4g-marketplace')!;
      const directory = page.querySelector<T4gCityDirectory>('t4g-city-directory')!;
      await until(market, () => cards(market).length > 0, 'the solutions did not show');
      await until(directory, () => !!$(directory, 't4g-city-card'), 'the cities did not show');
      await Promise.all([...cards(market), ...directory.shadowRoot!.querySelectorAll('t4g-city-card')].map((card) => card.updateComplete));
      expect(searchLabel(market)).to.equal('Search solutions');
      expect($(market, '.controls')!.getAttribute('lang')).to.equal('en');
      expect($(market, '.layout')!.getAttribute('lang')).to.equal('en');
      expect($(cards(market)[0]!, 'article')!.getAttribute('lang')).to.equal('en');
      expect(englishNotMarked(page), 'English text marked Dutch').to.deep.equal([]);
      expect(seen($(market, '.controls')) && seen($(directory, '.controls')), 'shown, not hidden for good').to.equal(true);
      // More renders ask for the table again: the file is not fetched again, nor the failure said again.
      market.lang = 'nl-BE';
      await market.updateComplete;
      const said = warnings.filter((args) => String(args[0]).startsWith('Tech4Good Marketplace: the nl texts'));
      expect(said.length, 'one warning').to.equal(1);
      expect(String(said[0]![0])).to.contain('t4g-nl.js');
      expect(file.asked.count, 'asked for once').to.equal(1);
      await expect(page).to.be.accessible();
    } finally {
      console.warn = warn;
      file.restore();
    }
  });

  it('a stalled t4g-es.js gives way to English, marked, after a moment; Spanish when it comes', async () => {
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
      expect($(market, '.controls')!.getAttribute('lang')).to.equal('en');
      expect(englishNotMarked(market)).to.deep.equal([]);
      await until(market, () => cards(market).length > 0, 'the solutions waited for the stalled file');
      expect(englishNotMarked(market), 'the results too').to.deep.equal([]);
      file.arrive();
      await until(market, () => searchLabel(market) === 'Buscar soluciones', 'the Spanish texts did not arrive');
      await until(market, () => cards(market).length > 0, 'the solutions did not show');
      expect($(market, '.controls')!.hasAttribute('lang')).to.equal(false);
    } finally {
      file.restore();
    }
  });
});
