/** The city card's layout: equal heights in a grid, the tracks' markers, badges that never turn into pills, words that hyphenate. */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { City } from '../../src/catalog/schema.js';
import type { T4gCityCard } from '../../src/components/city-card/city-card.js';
import '../../src/t4g.js';
import { $, $$, CITIES, catalogOf } from './helpers.js';

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const box = (card: Element, selector = 'article') => $(card, selector)!.getBoundingClientRect();

const LONG = 'Oberdonaudampfschifffahrtshafenstadtverwaltungsgemeinschaft';
const longCity: City = {
  id: 'lang',
  name: LONG,
  country: 'DE',
  role: 'ambassador',
  tagline: `Die ${LONG} mit Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung`,
  population: 1234567,
  tracks: ['citizen-participation', 'green-economy', 'tourism', 'supply-chains', 'skills', 'access-to-data', 'access-to-finance'],
};

describe('<t4g-city-card> layout', () => {
  it('compact cards in a row of a grid end at the same height; their tracks line up at the foot', async () => {
    const catalog = await catalogOf(CITIES);
    const list = await fixture<HTMLOListElement>(html`<ol style="display: grid; grid-template-columns: repeat(3, 1fr); gap: 1em; width: 60em; margin: 0; padding: 0; list-style: none">
      ${['espoo', 'jyvaskyla', 'porto'].map((id) => html`<li style="content-visibility: auto; contain-intrinsic-size: auto 16em"><t4g-city-card .catalog=${catalog} city-id=${id}></t4g-city-card></li>`)}
    </ol>`);
    const all = [...list.querySelectorAll<T4gCityCard>('t4g-city-card')];
    await Promise.all(all.map((card) => card.updateComplete));
    await frames();
    const heights = all.map((card) => Math.round(box(card).height));
    expect(new Set(heights).size, `heights ${heights.join(', ')}`).to.equal(1);
    const foot = all.map((card) => Math.round(box(card).bottom - box(card, '.tracks').bottom));
    expect(new Set(foot).size, `tracks end ${foot.join(', ')} px above the foot`).to.equal(1);
  });

  it('tracks: a line each with a marker of the track’s colour; the role badge keeps square corners whatever --t4g-radius', async () => {
    const el = await fixture<T4gCityCard>(html`<t4g-city-card style="--t4g-radius: 2em" .city=${longCity}></t4g-city-card>`);
    const colours = $$(el, '.tracks li').map((li) => getComputedStyle(li, '::before').backgroundColor);
    expect(new Set(colours).size, colours.join(' ')).to.equal(7);
    for (const li of $$(el, '.tracks li')) expect(getComputedStyle(li).borderTopStyle, 'a line, not a tag').to.equal('none');
    const role = $(el, '.role')!;
    expect(role.textContent).to.equal('Ambassador city');
    expect(parseFloat(getComputedStyle(role).borderTopLeftRadius), 'capped at 0.25em').to.be.at.most(0.25 * parseFloat(getComputedStyle(role).fontSize) + 0.01);
    expect(parseFloat(getComputedStyle($(el, 'article')!).borderTopLeftRadius), 'the card follows the token').to.be.above(20);
  });

  it('at 320 px nothing overflows: long words hyphenate or break at the edge, never anywhere by rule; no track over two lines', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de" style="width: 320px"><t4g-city-card .city=${longCity}></t4g-city-card></div>`);
    const el = wrapper.querySelector('t4g-city-card')!;
    await el.updateComplete;
    for (const selector of ['h3', '.tagline', '.population']) {
      const style = getComputedStyle($(el, selector)!);
      expect(style.overflowWrap, selector).to.equal('break-word');
      expect(style.hyphens, selector).to.equal('auto');
    }
    expect(getComputedStyle($(el, '.name')!).hyphens, 'the name button too').to.equal('auto');
    const article = $(el, 'article')!;
    const edge = article.getBoundingClientRect();
    expect(article.scrollWidth).to.be.at.most(article.clientWidth);
    for (const node of $$(el, 'article *')) expect(node.getBoundingClientRect().right, `${node.localName}.${node.className}`).to.be.at.most(edge.right + 0.5);
    for (const li of $$(el, '.tracks li')) {
      expect(li.getBoundingClientRect().height / parseFloat(getComputedStyle(li).lineHeight), li.textContent!).to.be.at.most(2.05);
    }
  });

  it('its heading is the part card-title, compact and full', async () => {
    const catalog = await catalogOf(CITIES);
    for (const variant of ['compact', 'full']) {
      const el = await fixture<T4gCityCard>(html`<t4g-city-card .catalog=${catalog} city-id="espoo" variant=${variant}></t4g-city-card>`);
      expect($$(el, '[part~="card-title"]').map((node) => node.localName), variant).to.deep.equal(['h3']);
    }
  });

  it('on paper a compact card is never cut in two; a full profile, which can be longer than a sheet, starts where it is', async () => {
    const catalog = await catalogOf(CITIES);
    await emulateMedia({ media: 'print' });
    try {
      const breakInside = async (variant: string) => {
        const el = await fixture<T4gCityCard>(html`<t4g-city-card .catalog=${catalog} city-id="espoo" variant=${variant}></t4g-city-card>`);
        return getComputedStyle($(el, 'article')!).breakInside;
      };
      expect(await breakInside('compact')).to.equal('avoid');
      expect(await breakInside('full')).to.equal('auto');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`${theme}: compact and full are accessible`, async () => {
      const catalog = await catalogOf(CITIES);
      for (const variant of ['compact', 'full']) {
        const el = await fixture<T4gCityCard>(html`<t4g-city-card theme=${theme} .catalog=${catalog} city-id="espoo" variant=${variant}></t4g-city-card>`);
        await expect(el).to.be.accessible();
      }
    });
  }
});
