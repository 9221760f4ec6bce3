import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { Solution } from '../../src/catalog/schema.js';
import type { T4gSolutionDetail } from '../../src/components/solution-detail/solution-detail.js';
import '../../src/t4g.js';
import { $, $$, FACETS, type LoadedCatalogData, cards, catalogOf, click, detailOf, expectFocusOn, mountMarketplace, nameButton, recordEvents, until } from './helpers.js';

/** Solution d of FACETS (every field), with a provider's website too; and the catalogue, to name its tracks and cities. */
async function dataPortal(): Promise<{ solution: Solution; catalog: LoadedCatalogData }> {
  const catalog = await catalogOf(FACETS);
  const d = catalog.solutions.find((solution) => solution.id === 'd')!;
  return { solution: { ...d, provider: { ...d.provider, url: 'https://example.org/provider-d' } }, catalog };
}

async function detail(solution: Solution, catalog: LoadedCatalogData, open = true) {
  return fixture<T4gSolutionDetail>(html`<t4g-solution-detail .solution=${solution} .catalog=${catalog} ?open=${open}></t4g-solution-detail>`);
}

const dialogOf = (el: T4gSolutionDetail) => $<HTMLDialogElement>(el, 'dialog')!;

describe('<t4g-solution-detail> on its own', () => {
  beforeEach(() => clearCatalogCache());

  it('opens as a modal dialog when open is set, with focus on Close', async () => {
    const { solution, catalog } = await dataPortal();
    const el = await detail(solution, catalog, false);
    expect(dialogOf(el).open).to.equal(false);
    el.open = true;
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(true);
    expect(dialogOf(el).matches(':modal'), 'modal: the page behind is inert').to.equal(true);
    expect($(el, 'h2')!.textContent).to.equal('Data portal');
    expectFocusOn($(el, 'button.close'), 'Close has focus');
  });

  it('Escape and Close each fire t4g-close, bubbling and composed, and close it', async () => {
    const { solution, catalog } = await dataPortal();
    const el = await detail(solution, catalog);

    const closes = recordEvents(document, 't4g-close');
    try {
      await sendKeys({ press: 'Escape' });
      await until(el, () => closes.events.length === 1, 'Escape fired no t4g-close');
      expect(closes.events[0]!.bubbles && closes.events[0]!.composed, 'bubbles and composed').to.equal(true);
      expect(el.open).to.equal(false);
      expect(el.hasAttribute('open')).to.equal(false);
      expect(dialogOf(el).open).to.equal(false);

      el.open = true;
      await el.updateComplete;
      expect(dialogOf(el).open).to.equal(true);
      $<HTMLButtonElement>(el, 'button.close')!.click();
      expect(closes.events, 'Close fires t4g-close').to.have.length(2);
      expect(closes.events[1]!.bubbles && closes.events[1]!.composed, 'bubbles and composed').to.equal(true);
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(dialogOf(el).open).to.equal(false);
    } finally {
      closes.stop();
    }
  });

  it('choosing a city fires t4g-city-select with its id, bubbling and composed', async () => {
    const { solution, catalog } = await dataPortal();
    const el = await detail(solution, catalog);
    const city = $$<HTMLButtonElement>(el, 'ul.cities button');
    expect(city.map((button) => button.textContent)).to.deep.equal(['Barcelona']);
    const chosen = recordEvents(document, 't4g-city-select');
    try {
      city[0]!.click();
      expect(chosen.events.map((event) => event.detail)).to.deep.equal([{ cityId: 'barcelona' }]);
      expect(chosen.events[0]!.bubbles && chosen.events[0]!.composed, 'bubbles and composed').to.equal(true);
    } finally {
      chosen.stop();
    }
  });

  it('links to other sites open in a new tab without opener or referrer, and say so to screen readers', async () => {
    const { solution, catalog } = await dataPortal();
    const el = await detail(solution, catalog);
    const external = $$<HTMLAnchorElement>(el, 'a[target="_blank"]');
    expect(external.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/provider-d', 'https://example.org/data-portal', 'https://example.org/contact']);
    for (const link of external) {
      expect(link.getAttribute('rel'), link.href).to.equal('noopener noreferrer');
      expect(link.querySelector('.visually-hidden')?.textContent?.trim(), link.href).to.equal('(external link, opens in a new tab)');
    }
    const email = $<HTMLAnchorElement>(el, 'a[href^="mailto:"]')!;
    expect(email.hasAttribute('target'), 'an email link stays in the page').to.equal(false);
  });

  it('fields the solution does not have leave no empty term or description', async () => {
    const solution: Solution = { id: 'bare', name: 'Bare solution', summary: 'Only what is required.', tracks: ['skills'], provider: { name: 'Provider' } };
    const el = await detail(solution, await catalogOf(FACETS));
    expect($$(el, 'dt').map((dt) => dt.textContent!.trim())).to.deep.equal(['Provider']);
    const descriptions = $$(el, 'dd');
    expect(descriptions).to.have.length(1);
    for (const dd of descriptions) expect(dd.textContent!.trim()).to.not.equal('');
    expect(descriptions[0]!.textContent!.trim()).to.equal('Provider');
    expect($(el, 'img, a, ul.cities, time')).to.equal(null);
  });

  it('is accessible when open', async () => {
    const { solution, catalog } = await dataPortal();
    const el = await detail(solution, catalog);
    expect(dialogOf(el).open).to.equal(true);
    await expect(el).to.be.accessible();
  });
});

describe('<t4g-solution-detail> from the marketplace', () => {
  beforeEach(() => clearCatalogCache());

  it('opens on a card, shows every field, traps focus, closes on Escape and gives focus back to the card', async () => {
    const el = await mountMarketplace();
    const card = cards(el).find((c) => c.solution?.id === 'd')!;
    const selected = oneEvent(el, 't4g-select');
    await click(el, nameButton(card));
    expect((await selected).detail).to.deep.equal({ solutionId: 'd' });
    const detail = detailOf(el);
    await detail.updateComplete;
    const dialog = detail.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Data portal');
    const text = dialog.textContent!.replace(/\s+/g, ' ');
    expect([...dialog.querySelectorAll('p')].map((p) => p.textContent)).to.include.members(['The portal runs on CKAN.', 'Every data set has an open licence and an API.']);
    expect(text).to.contain('Provider D (City, Spain)');
    expect(text).to.contain('TRL 7: system prototype demonstration in operational environment');
    expect(text).to.contain('Data sets published: 1,250');
    expect(text).to.contain('Downloads a month: 48,000.5 downloads');
    expect(text).to.contain('Open source, EUPL-1.2');
    expect(text).to.contain('English, Spanish, Catalan');
    expect(text).to.contain('SDG 9: Industry, innovation and infrastructure');
    for (const link of dialog.querySelectorAll('a[target="_blank"]')) expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(dialog.querySelector('a[href="https://example.org/data-portal"]')!.textContent).to.contain('external link');
    expect(dialog.querySelector('a[href="mailto:data@example.org"]')).to.exist;
    expect(detail.shadowRoot!.activeElement?.textContent).to.equal('Close');
    await expect(el).to.be.accessible();

    // Tab past the last control comes back to the first, Shift+Tab the other way.
    const focusable = [...dialog.querySelectorAll<HTMLElement>('a[href], button')];
    focusable.at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(detail.shadowRoot!.activeElement === focusable[0]).to.equal(true);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(detail.shadowRoot!.activeElement === focusable.at(-1)).to.equal(true);

    await sendKeys({ press: 'Escape' });
    await until(el, () => !dialog.open, 'Escape did not close the dialog');
    await el.updateComplete;
    expectFocusOn(nameButton(card), 'focus back on the card');

    // Choosing a city fires t4g-city-select and closes the detail, so the city's card can show.
    el.openSolutionById('d');
    await until(el, () => dialog.open);
    const cityChosen = oneEvent(el, 't4g-city-select');
    (dialog.querySelector('ul.cities button') as HTMLButtonElement).click();
    expect((await cityChosen).detail).to.deep.equal({ cityId: 'barcelona' });
    await until(el, () => !dialog.open, 'choosing a city did not close the dialog');
  });

  it('a click on the dialog’s padding does not close it; a click on the backdrop does', async () => {
    const el = await mountMarketplace();
    el.openSolutionById('d');
    const detail = detailOf(el);
    await until(el, () => detail.open);
    const dialog = detail.shadowRoot!.querySelector('dialog')!;
    const box = dialog.getBoundingClientRect();
    dialog.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: box.left + 3, clientY: box.top + box.height / 2 }));
    await el.updateComplete;
    expect(detail.open).to.equal(true);
    dialog.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: Math.max(0, box.left - 10), clientY: 2 }));
    await until(el, () => !detail.open);
  });
});

describe('<t4g-solution-detail> off the page', () => {
  it('opened while off the page: no error, and the dialog opens when the element comes back', async () => {
    const errors: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('t4g-solution-detail');
      el.solution = { id: 'x', name: 'Off the page', summary: 's', tracks: ['tourism'], provider: { name: 'P' } };
      el.open = true;
      wrapper.append(el);
      el.remove();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors).to.deep.equal([]);
      wrapper.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});

describe('<t4g-solution-detail> moved while open', () => {
  it('stays a modal dialog (the page behind stays inert)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><section></section></div>`);
    const el = document.createElement('t4g-solution-detail');
    el.solution = { id: 'x', name: 'Moved', summary: 's', tracks: ['tourism'], provider: { name: 'P' } };
    el.open = true;
    wrapper.append(el);
    await el.updateComplete;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.matches(':modal')).to.equal(true);
    wrapper.querySelector('section')!.append(el);
    await el.updateComplete;
    expect(dialog.matches(':modal'), 'modal after the move').to.equal(true);
    el.open = false;
    await el.updateComplete;
  });
});
