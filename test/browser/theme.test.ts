import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { T4gCityCard } from '../../src/components/city-card/city-card.js';
import type { T4gCityDirectory } from '../../src/components/city-directory/city-directory.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import type { T4gSolutionCard } from '../../src/components/solution-card/solution-card.js';
import { TOKEN_USES, documentedTokens } from '../../src/styles/token-docs.js';
import { TOKENS } from '../../src/styles/tokens.js';
import '../../src/t4g.js';
import { contrast, over, parseColor } from './contrast.js';
import { assertContrast, expectScheme, measureAll, mount } from './contrast-pairs.js';
import { $, $$, FACETS, cards, deep, detailOf, facetBox, mountMarketplace, paintedMatches, until } from './helpers.js';

const css = (el: Element) => getComputedStyle(el);

/** A page stylesheet, removed after the test (`style[data-test]`). */
function pageStyle(text: string): HTMLStyleElement {
  const style = Object.assign(document.createElement('style'), { textContent: text });
  style.dataset.test = '';
  document.head.append(style);
  return style;
}

// ---------------------------------------------------------------------------

describe('theme: contrast of the default tokens (WCAG 2.1 AA)', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('the contrast function: black on white is 21, white on white is 1, reads rgba() and color(srgb)', () => {
    expect(contrast(parseColor('rgb(0, 0, 0)'), parseColor('rgb(255, 255, 255)'))).to.be.closeTo(21, 1e-9);
    expect(contrast(parseColor('rgb(255 255 255)'), parseColor('rgba(255, 255, 255, 1)'))).to.equal(1);
    expect(contrast(parseColor('rgb(119, 119, 119)'), parseColor('rgb(255, 255, 255)'))).to.be.closeTo(4.48, 0.01);
    expect(over(parseColor('rgba(0, 0, 0, 0.5)'), [255, 255, 255, 1])).to.deep.equal([127.5, 127.5, 127.5, 1]);
    expect(parseColor('color(srgb 1 0.5 0)')).to.deep.equal([255, 127.5, 0, 1]);
    expect(parseColor('color(srgb 0 0 0 / 0.25)')[3]).to.equal(0.25);
  });

  it('light (no theme, light preference)', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const w = await mount();
    expectScheme(w, 'light');
    assertContrast('light, by default', await measureAll(w));
  });

  it('dark, with theme="dark"', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const w = await mount('dark');
    expectScheme(w, 'dark');
    expect(parseFloat(css(w.market).paddingTop), 'padding inside the dark slab').to.be.above(8);
    // axe's colour-contrast rule agrees.
    await expect(w.market).to.be.accessible();
    await expect(w.city).to.be.accessible();
    assertContrast('dark, theme="dark"', await measureAll(w));
  });

  it('light without a theme, also when the reader prefers dark: no dark slab on a light site', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const w = await mount();
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.be.true;
    expectScheme(w, 'light');
    expect(css(w.market).backgroundColor, 'the light page shows through').to.equal('rgba(0, 0, 0, 0)');
    expect(css(w.market).paddingTop, 'and needs no room of its own').to.equal('0px');
  });

  it('dark, with theme="auto" and prefers-color-scheme: dark; a dark widget keeps its text off its edges', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const w = await mount('auto');
    expectScheme(w, 'dark');
    expect(parseFloat(css(w.market).paddingTop), 'padding inside the dark slab').to.be.above(8);
    // axe's colour-contrast rule agrees.
    await expect(w.market).to.be.accessible();
    await expect(w.city).to.be.accessible();
    assertContrast('dark, theme="auto" in a dark preference', await measureAll(w));
  });

  it('theme="auto" is light for a reader who prefers light', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const w = await mount('auto');
    expectScheme(w, 'light');
  });

  it("theme=\"auto\" follows the page's own color-scheme when it declares one, over the reader's", async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.documentElement.style.colorScheme = 'light';
    try {
      const w = await mount('auto');
      expectScheme(w, 'light');
    } finally {
      document.documentElement.style.colorScheme = '';
    }
    await emulateMedia({ colorScheme: 'light' });
    document.documentElement.style.colorScheme = 'dark';
    try {
      const w = await mount('auto');
      expectScheme(w, 'dark');
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });

  it('the theme follows the attribute when it changes, and native controls follow it (color-scheme)', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const w = await mount();
    expect(css(w.market).colorScheme).to.equal('light');
    for (const el of [w.market, w.narrow, w.broken, w.city, w.directory]) el.setAttribute('theme', 'dark');
    expectScheme(w, 'dark');
    expect(css(w.market).colorScheme).to.equal('dark');
    expect(css(cards(w.market)[0]!).colorScheme, 'a nested card too').to.equal('dark');
  });

  it("--t4g-color-scheme: a page's own dark mode switches every widget without a theme, nested ones too; a theme attribute wins", async () => {
    await emulateMedia({ colorScheme: 'light' });
    const root = document.documentElement.style;
    root.setProperty('--t4g-color-scheme', 'dark');
    try {
      const w = await mount();
      expectScheme(w, 'dark');
      expect(css(cards(w.market)[0]!).colorScheme, 'a card inside the marketplace').to.equal('dark');
      w.market.setAttribute('theme', 'light');
      expect(css(cards(w.market)[0]!).colorScheme, "the marketplace's theme wins, for its cards too").to.equal('light');
      root.setProperty('--t4g-color-scheme', 'light');
      expect(css(w.city).colorScheme, 'and back to light').to.equal('light');
    } finally {
      root.removeProperty('--t4g-color-scheme');
    }
  });
});

describe('theme: tokens', () => {
  const root = document.documentElement.style;
  afterEach(() => {
    for (const token of ['--t4g-color-brand', '--t4g-color-surface', '--t4g-font-size', '--t4g-font-family']) root.removeProperty(token);
    document.body.style.removeProperty('font-family');
    document.querySelectorAll('style[data-test]').forEach((style) => style.remove());
    return emulateMedia({ colorScheme: 'light' });
  });

  async function market() {
    clearCatalogCache();
    const el = await mountMarketplace();
    await Promise.all(cards(el).map((card) => card.updateComplete));
    return el;
  }

  it('every token has its default on :host, and docs/theming.md documents every one', async () => {
    const el = await market();
    const host = css(el);
    for (const { alias } of TOKENS) if (alias) expect(host.getPropertyValue(alias).trim(), alias).to.not.equal('');
    const docs = await (await fetch('/docs/theming.md')).text();
    for (const token of TOKENS) {
      const row = docs.split('\n').find((line) => line.startsWith(`| \`${token.name}\``));
      expect(row, `docs/theming.md has a row for ${token.name}`).to.be.a('string');
      // Literal defaults are written as in tokens.ts (derived ones, like `var(--_surface)`, in words).
      for (const value of [token.light, token.dark]) {
        if (value && !value.startsWith('var(') && value !== 'inherit') expect(row, `${token.name}: default ${value}`).to.contain(`\`${value}\``);
      }
    }
    // What each token styles (for custom-elements.json and the docs) is written for every one, and for no other.
    expect(Object.keys(TOKEN_USES).sort()).to.deep.equal(TOKENS.map((token) => token.name).sort());
    for (const token of documentedTokens()) expect(token.use.trim(), token.name).to.not.equal('');
  });

  it('a token on :root reaches into every shadow root; one on the element wins over it; both win over the theme', async () => {
    const el = await market();
    const name = deep(cards(el)[0]!, '.name')!;
    const article = deep(cards(el)[0]!, 'article')!;
    const defaultBrand = css(name).color;

    root.setProperty('--t4g-color-brand', 'rgb(200, 0, 0)');
    root.setProperty('--t4g-color-surface', 'rgb(250, 250, 240)');
    expect(css(name).color, ':root brand').to.equal('rgb(200, 0, 0)');
    expect(css(article).backgroundColor, ':root surface').to.equal('rgb(250, 250, 240)');
    expect(css(el).getPropertyValue('--_brand').trim(), 'the private alias follows').to.equal('rgb(200, 0, 0)');

    el.style.setProperty('--t4g-color-brand', 'rgb(0, 100, 0)');
    expect(css(name).color, 'the element wins over :root').to.equal('rgb(0, 100, 0)');

    el.setAttribute('theme', 'dark');
    expect(css(name).color, 'a token wins over the dark default').to.equal('rgb(0, 100, 0)');
    el.style.removeProperty('--t4g-color-brand');
    expect(css(name).color, ':root wins over the dark default').to.equal('rgb(200, 0, 0)');

    root.removeProperty('--t4g-color-brand');
    el.removeAttribute('theme');
    expect(css(name).color, 'back to the default').to.equal(defaultBrand);
  });

  it('a stylesheet rule on the element wins over one on :root', async () => {
    const el = await market();
    pageStyle(':root { --t4g-color-brand: rgb(1, 2, 3); } t4g-marketplace { --t4g-color-brand: rgb(4, 5, 6); }');
    expect(css(deep(cards(el)[0]!, '.name')!).color).to.equal('rgb(4, 5, 6)');
  });

  it("inherits the page's font; --t4g-font-family replaces it", async () => {
    document.body.style.fontFamily = 'Georgia, serif';
    const el = await market();
    const title = deep(cards(el)[0]!, 'h3')!;
    expect(css(title).fontFamily).to.equal('Georgia, serif');
    root.setProperty('--t4g-font-family', 'monospace');
    expect(css(title).fontFamily).to.equal('monospace');
  });

  it('html { font-size: 62.5% } does not shrink the widget, whether or not the page brings its body text back', async () => {
    const el = await market();
    const title = () => parseFloat(css(deep(cards(el)[0]!, 'h3')!).fontSize);
    const before = title();
    expect(before).to.be.above(16);

    // The root at 10px and nothing else: the body, and so the widget's parent, is at 10px too.
    const style = pageStyle('html { font-size: 62.5%; }');
    expect(parseFloat(css(document.body).fontSize), 'the page rule applies').to.equal(10);
    expect(title(), 'a card title is as large as without the rule').to.be.closeTo(before, 0.01);

    // The usual 62.5% page: body text brought back to 16px with rem.
    style.textContent = 'html { font-size: 62.5%; } body { font-size: 1.6rem; }';
    expect(title(), 'and with the body reset').to.be.closeTo(before, 0.01);
  });

  it('--t4g-font-size: 1em follows the text around the widget; a size in em applies once, nested cards included', async () => {
    const el = await market();
    const title = () => parseFloat(css(deep(cards(el)[0]!, 'h3')!).fontSize);
    const before = title();
    pageStyle('body { font-size: 20px; }');
    expect(title(), 'by default, the reader\'s size, not the page\'s').to.be.closeTo(before, 0.01);
    root.setProperty('--t4g-font-size', '1em');
    expect(title(), 'follows the page').to.be.closeTo((before * 20) / 16, 0.05);
    root.setProperty('--t4g-font-size', '1.25em');
    expect(title(), 'scaled by 1.25 once, not 1.25²').to.be.closeTo((before * 1.25 * 20) / 16, 0.05);
  });

  it('a hostile page (examples/hostile/municipal.css) changes nothing inside the widget', async () => {
    const el = await market();
    el.style.width = '1000px';
    el.style.margin = '0';
    await el.updateComplete;
    const measure = () => {
      const card = cards(el)[0]!;
      const of = (node: Element | null) => css(node!);
      const box = (node: Element | null) => node!.getBoundingClientRect();
      return {
        'host font-size': of(el).fontSize,
        'host line-height': of(el).lineHeight,
        'host letter-spacing': of(el).letterSpacing,
        'host text-align': of(el).textAlign,
        'box-sizing inside': of($(el, '.layout')).boxSizing,
        'input height': box($(el, '#search')).height,
        'input width': box($(el, '#search')).width,
        'title font-size': of($(el, '.title')).fontSize,
        'title color': of($(el, '.title')).color,
        'card width': box(card).width,
        'card padding': of(deep(card, 'article')).padding,
        'card name font-size': of(deep(card, '.name')).fontSize,
        'card name text-transform': of(deep(card, '.name')).textTransform,
        'card summary line-height': of(deep(card, '.summary')).lineHeight,
        'badge list padding': of(deep(card, 'ul')).paddingLeft,
        'fieldset width': box($(el, 'fieldset')).width,
      };
    };
    const plain = measure();
    pageStyle(await (await fetch('/examples/hostile/municipal.css')).text());
    expect(css(document.body).lineHeight, 'municipal.css applies to the page').to.not.equal(plain['host line-height']);
    expect(measure()).to.deep.equal(plain);
  });
});

describe('theme: ::part() from the page', () => {
  afterEach(() => document.querySelectorAll('style[data-test]').forEach((style) => style.remove()));
  const PAINT = 'rgb(1, 2, 3)';

  it('every part of <t4g-marketplace> can be styled (card, badge, input, chip, button, pagination, dialog), and its search matches by --t4g-color-highlight', async () => {
    clearCatalogCache();
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS} page-size="3"></t4g-marketplace>`);
    await until(el, () => cards(el).length === 3);
    await Promise.all(cards(el).map((card) => card.updateComplete));
    const parts = ['card', 'badge', 'input', 'chip', 'button', 'pagination', 'dialog'];
    pageStyle(parts.map((part) => `t4g-marketplace::part(${part}) { background-color: ${PAINT}; }`).join('\n'));

    const card = cards(el)[0]!;
    expect(css(deep(card, '[part="card"]')!).backgroundColor, 'card').to.equal(PAINT);
    expect(css(deep(card, '[part="badge"]')!).backgroundColor, 'badge').to.equal(PAINT);
    expect(css($(el, '[part="input"]')!).backgroundColor, 'input').to.equal(PAINT);
    expect(css($(el, '[part="pagination"]')!).backgroundColor, 'pagination').to.equal(PAINT);
    expect(css($(el, '.pagination [part="button"]')!).backgroundColor, 'button').to.equal(PAINT);

    (await facetBox(el, 'Track or service', 'Green economy and local green deals')).click();
    await el.updateComplete;
    expect(css($(el, '[part="chip"]')!).backgroundColor, 'chip').to.equal(PAINT);

    el.clearFilters();
    el.search('bike');
    el.style.setProperty('--t4g-color-highlight', PAINT);
    await until(el, () => cards(el).some((c) => paintedMatches(c).length > 0));
    const matched = cards(el).find((c) => paintedMatches(c).length)!;
    expect(getComputedStyle(deep(matched, '.summary')!, '::highlight(t4g-match)').backgroundColor, 'highlight').to.equal(PAINT);

    el.openSolutionById('d');
    await el.updateComplete;
    const detail = detailOf(el);
    await detail.updateComplete;
    expect(css(deep(detail, '[part="dialog"]')!).backgroundColor, 'dialog').to.equal(PAINT);
    detail.close();
  });

  it('the cards, the directory and the dialog on their own', async () => {
    clearCatalogCache();
    const wrapper = await fixture(html`<div>
      <t4g-solution-card src=${FACETS} solution-id="a"></t4g-solution-card>
      <t4g-city-card src=${FACETS} city-id="porto" variant="full"></t4g-city-card>
      <t4g-city-directory src=${FACETS}></t4g-city-directory>
    </div>`);
    const solution = wrapper.querySelector<T4gSolutionCard>('t4g-solution-card')!;
    const city = wrapper.querySelector<T4gCityCard>('t4g-city-card')!;
    const directory = wrapper.querySelector<T4gCityDirectory>('t4g-city-directory')!;
    await until(solution, () => !!$(solution, 'article'));
    await until(city, () => !!$(city, 'article ul.links a'));
    await until(directory, () => $$(directory, 't4g-city-card').length > 0);
    await Promise.all($$<T4gCityCard>(directory, 't4g-city-card').map((card) => card.updateComplete));
    pageStyle(`
      t4g-solution-card::part(card), t4g-city-card::part(card), t4g-city-directory::part(card) { border-top-color: ${PAINT}; }
      t4g-solution-card::part(badge), t4g-city-card::part(badge), t4g-city-directory::part(badge),
      t4g-city-directory::part(input) { background-color: ${PAINT}; }
    `);
    expect(css($(solution, '[part="card"]')!).borderTopColor, 'solution card').to.equal(PAINT);
    expect(css($(solution, '[part="badge"]')!).backgroundColor, 'solution card badge').to.equal(PAINT);
    expect(css($(city, '[part="card"]')!).borderTopColor, 'city card').to.equal(PAINT);
    expect(css($(city, '[part="badge"]')!).backgroundColor, 'city card badge').to.equal(PAINT);
    const inDirectory = $(directory, 't4g-city-card')!;
    expect(css(deep(inDirectory, '[part="card"]')!).borderTopColor, 'directory card').to.equal(PAINT);
    expect(css(deep(inDirectory, '[part="badge"]')!).backgroundColor, 'directory badge').to.equal(PAINT);
    expect(css($(directory, '[part="input"]')!).backgroundColor, 'directory input').to.equal(PAINT);
  });
});
