/**
 * The widgets' outer box on pages that lay them out in ways of their own (issue #19): side by side in a flex row or a
 * grid of content-sized columns (as Utrecht's grid does), and under text settings a page gives its body.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { clearCatalogCache } from '../../src/catalog/load.js';
import '../../src/t4g.js';
import { $, CITIES, FACETS, cards, until } from './helpers.js';

const EM = 16;

/** Mounts `inner` in `container` (a style for a div 760 px wide, in the test runner's 800 px window), with a 200 px sibling before it; waits for cards. */
async function sideBySide(container: string, tag: 't4g-marketplace' | 't4g-city-directory' | 't4g-solution-card') {
  const root = await fixture<HTMLDivElement>(html`<div style="width: 760px; ${container}">
    <aside style="inline-size: 200px; flex: none">Menu</aside>
    ${tag === 't4g-marketplace'
      ? html`<t4g-marketplace src=${FACETS}></t4g-marketplace>`
      : tag === 't4g-city-directory'
        ? html`<t4g-city-directory src=${CITIES}></t4g-city-directory>`
        : html`<t4g-solution-card src=${FACETS} solution-id="a"></t4g-solution-card>`}
  </div>`);
  const el = root.querySelector(tag)! as HTMLElement & { updateComplete: Promise<unknown> };
  if (tag === 't4g-solution-card') await until(el, () => !!$(el, '.name'), 'the card did not load');
  else await until(el, () => !!el.shadowRoot?.querySelector("t4g-solution-card, t4g-city-card"), "the catalogue did not load");
  return { root, el };
}

const width = (el: Element) => el.getBoundingClientRect().width;

describe('the outer box', () => {
  beforeEach(() => clearCatalogCache());
  afterEach(() => document.documentElement.removeAttribute('style'));

  for (const tag of ['t4g-marketplace', 't4g-city-directory'] as const) {
    it(`<${tag}> in a flex row beside a menu takes the rest of the row, and nothing overflows`, async () => {
      const { root, el } = await sideBySide('display: flex; gap: 0', tag);
      expect(width(el), 'the 560 px beside the menu').to.be.closeTo(560, 1);
      expect(root.scrollWidth).to.be.at.most(760);
      expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
    });

    it(`<${tag}> in a grid of content-sized columns keeps a usable width (20em), not 0`, async () => {
      const { el } = await sideBySide('display: grid; grid-template-columns: auto auto; justify-content: start', tag);
      expect(width(el)).to.be.at.least(20 * EM - 1);
    });

    it(`<${tag}> in a shrink-to-fit box (inline-block) keeps a usable width`, async () => {
      const { el } = await sideBySide('', tag);
      el.style.display = 'inline-block';
      expect(width(el)).to.be.at.least(20 * EM - 1);
      el.style.display = '';
      expect(width(el), 'a block again: the container’s width').to.be.closeTo(760, 1);
    });
  }

  it('a card alone in a flex row keeps at least 15em, and a page rule on the element still wins', async () => {
    const { el } = await sideBySide('display: flex; justify-content: start', 't4g-solution-card');
    expect(width(el)).to.be.at.least(15 * EM - 1);
    el.style.flex = 'none';
    el.style.minInlineSize = '0';
    el.style.inlineSize = '100px';
    expect(width(el)).to.be.closeTo(100, 1);
  });

  it('text settings a page puts on its body do not reach the labels or names', async () => {
    const root = await fixture<HTMLDivElement>(html`<div style="word-break: break-all; font-style: italic; font-weight: 300; line-break: anywhere; width: 760px">
      <t4g-marketplace src=${FACETS}></t4g-marketplace>
    </div>`);
    const el = root.querySelector('t4g-marketplace')!;
    await until(el, () => cards(el).length > 0, 'the catalogue did not load');
    const name = $(cards(el)[0]!, '.name')!;
    const style = getComputedStyle(name);
    expect([style.wordBreak, style.lineBreak, style.fontStyle]).to.deep.equal(['normal', 'auto', 'normal']);
    const label = $(el, 'label[for="search"]')!;
    expect(getComputedStyle(label).fontWeight).to.not.equal('300');
  });
});
