import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { Solution } from '../../src/catalog/schema.js';
import { type T4gSolutionDetail, solutionView } from '../../src/components/solution-detail/solution-detail.js';
import type { LitElement } from 'lit';
import '../../src/t4g.js';
import { $, $$, FACETS, type LoadedCatalogData, cards, catalogOf, click, detailOf, expectFocusOn, mountMarketplace, nameLink, recordEvents, until } from './helpers.js';

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
    const city = $$<HTMLAnchorElement>(el, 'ul.cities a');
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

  it('an impact\'s unit, like its label: the French one on a French page, one that falls back marked with its language', async () => {
    const solution: Solution = {
      id: 'trips', name: 'Trips', summary: 'Counts trips.', tracks: ['skills'], provider: { name: 'Provider' },
      impact: [
        { label: { en: 'Trips', fr: 'Trajets' }, value: 3, unit: { en: 'trips a year', fr: 'trajets par an' } },
        { label: { en: 'Emissions', fr: 'Émissions' }, value: 2, unit: { en: 't CO₂', de: 't CO₂' } },
      ],
    };
    const el = await fixture<T4gSolutionDetail>(html`<t4g-solution-detail lang="fr" .solution=${solution} .catalog=${await catalogOf(FACETS)} open></t4g-solution-detail>`);
    await until(el, () => $(el, 'button.close')?.textContent?.trim() === 'Fermer', 'the French texts did not arrive');
    const units = $$(el, 'dd strong bdi');
    expect(units.map((unit) => unit.textContent)).to.deep.equal(['trajets par an', 't CO₂']);
    expect(units[0]!.hasAttribute('lang'), 'French on a French page: nothing to mark').to.equal(false);
    expect(units[1]!.getAttribute('lang'), 'no French: the English shows, read as English').to.equal('en');
  });

  it('is accessible when open', async () => {
    const { solution, catalog } = await dataPortal();
    const el = await detail(solution, catalog);
    expect(dialogOf(el).open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('opened with no solution yet: only its own rules, the view\'s join with the view (nothing styled for a view not drawn)', async () => {
    await solutionView(); // here already, as when a marketplace on the page has fetched it while idle
    const el = await fixture<T4gSolutionDetail>(html`<t4g-solution-detail open></t4g-solution-detail>`);
    await el.updateComplete;
    const own = (el.constructor as typeof LitElement).elementStyles.length;
    expect(el.shadowRoot!.adoptedStyleSheets.length, 'sheets before a solution').to.equal(own);
    el.solution = (await dataPortal()).solution;
    await el.updateComplete;
    expect(el.shadowRoot!.adoptedStyleSheets.length, 'sheets with the view drawn').to.equal(own + 1);
    el.open = false;
    await el.updateComplete;
  });
});

describe('<t4g-solution-detail> from the marketplace', () => {
  beforeEach(() => clearCatalogCache());

  it('opens on a card, shows every field, traps focus, closes on Escape and gives focus back to the card', async () => {
    const el = await mountMarketplace();
    const card = cards(el).find((c) => c.solution?.id === 'd')!;
    const selected = oneEvent(el, 't4g-select');
    await click(el, nameLink(card));
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
    expectFocusOn(nameLink(card), 'focus back on the card');

    // Choosing a city fires t4g-city-select and closes the detail, so the city's card can show.
    el.openSolutionById('d');
    await until(el, () => dialog.open);
    const cityChosen = oneEvent(el, 't4g-city-select');
    (dialog.querySelector('ul.cities a') as HTMLAnchorElement).click();
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

/**
 * Solution d in German, with what makes a narrow dialog break: a long title, compound words longer than a phone is
 * wide, a long address in the description and a long e-mail address.
 */
async function longGerman(): Promise<{ solution: Solution; catalog: LoadedCatalogData }> {
  const { solution, catalog } = await dataPortal();
  return {
    catalog,
    solution: {
      ...solution,
      name: { en: 'Data portal', de: 'Datenportal für Kraftfahrzeughaftpflichtversicherungsbedingungen und Straßenverkehrszulassungsordnung' },
      summary: { de: 'Veröffentlicht die Datensätze der Stadt, mit Verwaltungsvorschriftenvereinfachungsbeschleunigung.' },
      description: { de: 'Alle Datensätze stehen unter https://example.org/daten/kraftfahrzeughaftpflichtversicherungsbedingungen/2026/straßenverkehrszulassungsordnung.csv bereit.' },
      provider: { ...solution.provider, name: 'Bundesverkehrswegeplanungsbeschleunigungsgesellschaft mbH' },
      technologies: ['Verwaltungsdigitalisierungsinfrastrukturmodernisierung', 'CKAN'],
      impact: [{ label: { de: 'Grundstücksverkehrsgenehmigungszuständigkeiten' }, value: 1250 }],
      website: `https://example.org/${'datenportal/'.repeat(12)}`,
      contact: { email: 'kapitaensmuetzenherstellung@donaudampfschifffahrtsgesellschaft.example.org' },
    },
  };
}

async function germanDetail(theme?: string) {
  const { solution, catalog } = await longGerman();
  const el = await fixture<T4gSolutionDetail>(html`<t4g-solution-detail lang="de" theme=${theme ?? 'light'} .solution=${solution} .catalog=${catalog} open></t4g-solution-detail>`);
  await until(el, () => $(el, 'button.close')?.textContent === 'Schließen', 'the German texts did not arrive');
  return el;
}

/** How many lines an element's text takes: the distinct tops of its text's boxes. */
function linesOf(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
}

/** The Close button's label is on one line and its box is one line high (nothing squeezes it). */
function expectCloseOnOneLine(el: T4gSolutionDetail) {
  const close = $<HTMLButtonElement>(el, 'button.close')!;
  expect(close.textContent).to.equal('Schließen');
  expect(linesOf(close), 'Close on one line').to.equal(1);
  const style = getComputedStyle(close);
  const chrome = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'].reduce((sum, key) => sum + parseFloat(style[key as 'paddingTop']), 0);
  expect(close.getBoundingClientRect().height, 'Close is one line high').to.be.at.most(1.6 * parseFloat(style.lineHeight) + chrome);
}

/** Whether this browser hyphenates German (Chromium on Linux has no dictionaries; on macOS and Android it has). */
function hyphenatesGerman(): boolean {
  const probe = document.createElement('div');
  probe.lang = 'de';
  probe.style.cssText = 'width: 4em; font: 16px/20px serif; hyphens: auto; overflow-wrap: normal';
  probe.textContent = 'Versicherungsbedingungen';
  document.body.append(probe);
  const height = probe.getBoundingClientRect().height;
  probe.remove();
  return height > 30;
}

describe('<t4g-solution-detail> on a phone and on a desktop', () => {
  beforeEach(() => clearCatalogCache());
  after(() => setViewport({ width: 800, height: 600 }));

  it('on a phone (390 × 844): a full-screen sheet, labels above values, nothing squeezed or sticking out', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await germanDetail();
    const dialog = dialogOf(el);
    const box = dialog.getBoundingClientRect();
    expect(box.left, 'no margin').to.be.closeTo(0, 1);
    expect(box.top, 'no margin').to.be.closeTo(0, 1);
    expect(box.width, 'the viewport’s width').to.be.closeTo(document.documentElement.clientWidth, 1);
    expect(box.height, 'the viewport’s height').to.be.closeTo(window.innerHeight, 1);
    expect(getComputedStyle(dialog).borderTopLeftRadius, 'square corners').to.equal('0px');
    expect(dialog.lang, 'words hyphenate in the reader’s language').to.equal('de');

    const terms = $$(el, 'dt');
    expect(terms.length).to.be.greaterThan(5);
    for (const dt of terms) {
      const dd = dt.nextElementSibling!;
      expect(dd.localName).to.equal('dd');
      const label = dt.textContent!.trim();
      expect(dd.getBoundingClientRect().top, `${label}: value below its label`).to.be.at.least(dt.getBoundingClientRect().bottom - 0.5);
      expect(dd.getBoundingClientRect().width, `${label}: value wide enough to read`).to.be.at.least(250);
    }

    expectCloseOnOneLine(el);

    for (const scroller of [dialog, $(el, '.body')!]) expect(scroller.scrollWidth, `${scroller.localName}: no sideways scrolling`).to.be.at.most(scroller.clientWidth);
    for (const inside of dialog.querySelectorAll('*')) {
      const rect = inside.getBoundingClientRect();
      if (rect.width === 0) continue;
      expect(rect.right, `${inside.localName}.${inside.className} inside the dialog`).to.be.at.most(box.right + 0.5);
      expect(rect.left, `${inside.localName}.${inside.className} inside the dialog`).to.be.at.least(box.left - 0.5);
    }

    // The title row stays at the top while the rest scrolls.
    const body = $(el, '.body')!;
    body.scrollTop = body.scrollHeight;
    expect(body.scrollTop, 'the content scrolls').to.be.greaterThan(0);
    expect($(el, 'button.close')!.getBoundingClientRect().top, 'Close still at the top').to.be.lessThan(box.top + 60);
  });

  it('on a phone, accessible in the light and the dark theme', async () => {
    await setViewport({ width: 390, height: 844 });
    await expect(await germanDetail()).to.be.accessible();
    await expect(await germanDetail('dark')).to.be.accessible();
  });

  it('on a desktop (1280 × 900): a centred modal no wider than --t4g-dialog-width; a long German title leaves Close whole', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await germanDetail();
    const box = dialogOf(el).getBoundingClientRect();
    const em = parseFloat(getComputedStyle(dialogOf(el)).fontSize);
    expect(box.width, '48em').to.be.closeTo(48 * em, 1);
    expect(box.left + box.width / 2, 'centred').to.be.closeTo(document.documentElement.clientWidth / 2, 1);
    expect(getComputedStyle(dialogOf(el)).borderTopLeftRadius, 'rounded').to.not.equal('0px');

    expectCloseOnOneLine(el);
    const title = $(el, 'h2')!;
    const close = $(el, 'button.close')!;
    expect(title.getBoundingClientRect().right, 'the title beside Close').to.be.at.most(close.getBoundingClientRect().left);
    // Each word of the title on one line: the title is wide enough for its longest word. (A browser with
    // German hyphenation may break a word at a syllable, with a hyphen: then this part is left out.)
    if (!hyphenatesGerman()) {
      const text = [...title.childNodes].find((node): node is Text => node instanceof Text && node.data.trim() !== '')!;
      const range = document.createRange();
      for (const match of text.data.matchAll(/\S+/g)) {
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        expect(tops.size, `“${match[0]}” on one line`).to.equal(1);
      }
    }
  });
});
