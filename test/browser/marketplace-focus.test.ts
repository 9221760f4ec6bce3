import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearCatalogCache } from '../../src/catalog/load.js';
import '../../src/t4g.js';
import { $, $$, FACETS, cards, deepActiveElement, detailOf, expectFocusOn, facetBox, mountMarketplace, nameLink, statusText, until } from './helpers.js';

describe('<t4g-marketplace> keyboard and focus', () => {
  beforeEach(() => clearCatalogCache());

  it('works from the keyboard alone: search, a facet, a card, the dialog', async () => {
    const el = await mountMarketplace();
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.focus();
    await sendKeys({ type: 'e' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.tagName).to.equal('SELECT');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent?.trim(), 'a skip link comes before the filters').to.equal('Skip to results');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.tagName, 'then the first filter group\'s title').to.equal('SUMMARY');
    await sendKeys({ press: 'Tab' });
    expectFocusOn(await facetBox(el, 'Track or service', 'Green economy and local green deals'), 'the first facet value comes next');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.results).to.deep.equal(['a', 'b', 'e']);
    // Tab on until a card's name has focus.
    for (let i = 0; i < 80 && !deepActiveElement()?.classList.contains('name'); i++) await sendKeys({ press: 'Tab' });
    const name = deepActiveElement() as HTMLElement;
    expect(name.classList.contains('name'), 'a card is reachable with Tab').to.equal(true);
    await sendKeys({ press: 'Enter' });
    const detail = detailOf(el);
    await until(el, () => detail.open);
    expect(detail.shadowRoot!.activeElement?.textContent).to.equal('Close');
    await sendKeys({ press: 'Escape' });
    await until(el, () => !detail.open);
    expectFocusOn(name);
  });

  it('a detail opened without a card (a link, another widget) gives focus to its card on closing, else to the results', async () => {
    const el = await mountMarketplace({ pageSize: 3 });
    const detail = detailOf(el);
    const closeWithEscape = async () => {
      await until(el, () => detail.open);
      await sendKeys({ press: 'Escape' });
      await until(el, () => !detail.open);
      await el.updateComplete;
    };
    const shown = el.results.slice(0, 3);
    el.openSolutionById(shown[1]!);
    await closeWithEscape();
    expectFocusOn(nameLink(cards(el).find((card) => card.solution?.id === shown[1])!), 'focus on its card\'s name');
    // A solution on another page of results: the results' heading, inside the widget, not the page's top.
    el.openSolutionById(el.results.at(-1)!);
    await closeWithEscape();
    expectFocusOn($(el, '#results-heading'), 'focus on the results');
  });

  it('narrow, from the keyboard: Filters opens the panel, a filter is ticked with Space, Escape closes it, focus back', async () => {
    const wrapper = await fixture(html`<div style="width: 320px"><t4g-marketplace src=${FACETS}></t4g-marketplace></div>`);
    const el = wrapper.querySelector('t4g-marketplace')!;
    await until(el, () => !!$(el, '.filters-toggle:not([disabled])'), 'the Filters button did not come');
    const toggle = $<HTMLButtonElement>(el, '.filters-toggle')!;
    $<HTMLSelectElement>(el, 'select')!.focus();
    await sendKeys({ press: 'Tab' });
    expectFocusOn(toggle, 'Filters comes after the sort menu');
    await sendKeys({ press: 'Enter' });
    const panel = $<HTMLDialogElement>(el, 'dialog.panel')!;
    await until(el, () => panel.open);
    expect(deepActiveElement()?.textContent?.trim(), 'focus in the panel, on Close').to.equal('Close');
    for (let i = 0; i < 5 && deepActiveElement()?.getAttribute('type') !== 'checkbox'; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.total, 'a value ticked from the keyboard').to.be.below(8);
    // The results' status is behind the modal panel (inert): the panel has its own, with the new count.
    const status = panel.querySelector('[role="status"]');
    expect(status?.textContent, 'a status in the panel').to.contain(String(el.total));
    expect(status!.textContent).to.equal($(el, '.results > [role="status"]')!.textContent);
    await sendKeys({ press: 'Escape' });
    await until(el, () => !panel.open);
    expectFocusOn(toggle, 'focus back on Filters');
  });

  it('the skip link takes keyboard users past the filters to the results', async () => {
    const el = await mountMarketplace();
    $<HTMLInputElement>(el, 'select')!.focus();
    await sendKeys({ press: 'Tab' });
    const skip = deepActiveElement() as HTMLElement;
    expect(skip.textContent?.trim()).to.equal('Skip to results');
    expect(skip.getBoundingClientRect().width, 'visible while it has focus').to.be.above(20);
    await sendKeys({ press: 'Enter' });
    expectFocusOn($(el, '#results-heading'), 'Enter moves focus to the results');
    expect(getComputedStyle($(el, '#results-heading')!).outlineStyle, 'a heading focused by the widget shows no box').to.equal('none');
    expect(skip.getBoundingClientRect().width, 'hidden again').to.be.at.most(1);
  });

  it('clicking the current page leaves focus where the person goes next', async () => {
    const el = await mountMarketplace({ pageSize: 3 });
    $$<HTMLButtonElement>(el, 'nav button[aria-label="Page 1"]')[0]!.click();
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.focus();
    await sendKeys({ type: 'air' });
    await until(el, () => input.value === 'air');
    expectFocusOn(input, 'typing keeps focus in the search field');
  });

  it('focus stays in the widget when the control that had it goes away', async () => {
    const el = await mountMarketplace();
    el.setFilters({ track: ['tourism'], pricing: ['free'] });
    await el.updateComplete;
    $$<HTMLButtonElement>(el, '[part="chip"]')[0]!.click();
    await el.updateComplete;
    expectFocusOn($$(el, '[part="chip"]')[0], 'removing a chip moves focus to the next chip');
    $$<HTMLButtonElement>(el, '[part="chip"]')[0]!.click();
    await el.updateComplete;
    expectFocusOn($(el, '#results-heading'), 'removing the last chip moves focus to the results');
    el.setFilters({ track: ['tourism'] });
    await el.updateComplete;
    [...$$<HTMLButtonElement>(el, '.chips button')].find((b) => b.textContent === 'Clear all')!.click();
    await el.updateComplete;
    expectFocusOn($(el, '#results-heading'), 'clear all moves focus to the results');
    el.search('air quaty');
    await el.updateComplete;
    expect(statusText(el)).to.equal('No solutions match “\u2068air quaty\u2069”. Did you mean air quality?', 'the suggestion is announced');
    await expect(el).to.be.accessible();
    [...$(el, '.empty')!.querySelectorAll('button')].find((b) => b.textContent === 'air quality')!.click();
    await el.updateComplete;
    expectFocusOn($(el, 'input[type="search"]'), 'the suggestion moves focus to the search field');
  });
});
