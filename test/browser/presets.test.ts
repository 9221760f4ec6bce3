/**
 * The design-system presets (src/presets/*.css, issue #19), each loaded after its system's own CSS from
 * node_modules, as a page would: the widget takes the system's font and size, follows its dark mode (DSFR,
 * Bootstrap, the Utrecht theme's dark class), keeps its width in the system's grid, and every contrast pair of
 * contrast-pairs.ts passes in light and dark.
 *
 * DSFR is not installed (its terms of use restrict it to French State services; accepting them is the maintainers'
 * decision): its preset is tested on a STAND-IN, test/fixtures/presets/dsfr-standin.css, which defines DSFR's
 * documented custom properties with the values DSFR 1.15 publishes for its light and dark themes.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import '../../src/t4g.js';
import { backgroundOf, luminance } from './contrast.js';
import { assertContrast, expectScheme, measureAll, mount, type Widgets } from './contrast-pairs.js';
import { $, FACETS, cards, deep, detailOf, until } from './helpers.js';

interface System {
  preset: string;
  /** The system's own stylesheets, in order. */
  css: string[];
  /** Classes the system puts on <html>, and on <body>. */
  root?: string;
  body?: string[];
  /** A distinctive family of the font the widget must be in. */
  font: RegExp;
  /** The base size the widget must have, in px. */
  size: number;
  /** Its grid: a row and a cell around the widget ({} is where the widget goes). */
  grid: [string, string];
  /** How a page turns the system dark, if it has a dark mode: an attribute or class on <html>. */
  dark?: { attribute?: [string, string]; className?: string };
}

const SYSTEMS: Record<string, System> = {
  dsfr: {
    preset: 'dsfr',
    css: ['/test/fixtures/presets/dsfr-standin.css'],
    font: /^Marianne, arial/,
    size: 16,
    // DSFR's grid (fr-grid-row, fr-col-*) is not in the stand-in: a flex row of the same shape instead.
    grid: ['<div style="display: flex; flex-wrap: wrap; gap: 1.5rem">', '<div style="flex: 0 0 auto">'],
    dark: { attribute: ['data-fr-theme', 'dark'] },
  },
  'nl-design-system': {
    preset: 'nl-design-system',
    css: ['/node_modules/@utrecht/design-tokens/dist/index.css', '/node_modules/@utrecht/design-tokens/dist/dark/index.css', '/node_modules/@utrecht/component-library-css/dist/index.css'],
    root: 'utrecht-theme',
    body: ['utrecht-document', 'utrecht-document--surface'],
    font: /^"Noto Sans Variable", Arial/,
    size: 16,
    grid: ['<div class="utrecht-grid utrecht-grid--spacing-md">', '<div class="utrecht-grid__cell utrecht-grid--xs-6">'],
    dark: { className: 'utrecht-theme--color-scheme-dark' },
  },
  ecl: {
    preset: 'ecl',
    css: ['/node_modules/@ecl/preset-ec/dist/styles/ecl-ec.css'],
    font: /^arial, sans-serif$/,
    size: 16,
    grid: ['<div class="ecl-container"><div class="ecl-row">', '<div class="ecl-col-m-8">'],
  },
  govuk: {
    preset: 'govuk',
    css: ['/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css'],
    root: 'govuk-template',
    font: /^"GDS Transport", arial/,
    size: 19,
    grid: ['<div class="govuk-width-container"><div class="govuk-grid-row">', '<div class="govuk-grid-column-two-thirds">'],
  },
  bootstrap: {
    preset: 'bootstrap',
    css: ['/node_modules/bootstrap/dist/css/bootstrap.min.css'],
    font: /^system-ui, -apple-system, "Segoe UI"/,
    size: 16,
    grid: ['<div class="container"><div class="row">', '<div class="col">'],
    dark: { attribute: ['data-bs-theme', 'dark'] },
  },
};

const root = document.documentElement;

/** Links a stylesheet into the test page and waits for it; removed by `unload()`. */
function link(href: string): Promise<void> {
  const el = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  el.dataset.preset = '';
  document.head.append(el);
  return new Promise((resolve, reject) => {
    el.onload = () => resolve();
    el.onerror = () => reject(new Error(`${href} did not load`));
  });
}

async function load(system: System, { preset = true } = {}): Promise<void> {
  for (const href of system.css) await link(href);
  if (preset) await link(`/src/presets/${system.preset}.css`);
  if (system.root) root.classList.add(system.root);
  if (system.body) document.body.classList.add(...system.body);
}

function setDark(system: System, on: boolean): void {
  const { attribute, className } = system.dark!;
  if (attribute) on ? root.setAttribute(...attribute) : root.removeAttribute(attribute[0]);
  if (className) root.classList.toggle(className, on);
}

function unload(system: System): void {
  document.querySelectorAll('link[data-preset]').forEach((el) => el.remove());
  if (system.root) root.classList.remove(system.root);
  if (system.body) document.body.classList.remove(...system.body);
  if (system.dark) setDark(system, false);
}

async function marketplace(): Promise<T4gMarketplace> {
  clearCatalogCache();
  const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src=${FACETS} page-size="3"></t4g-marketplace>`);
  await until(el, () => cards(el).length === 3);
  await Promise.all(cards(el).map((card) => card.updateComplete));
  return el;
}

const nameOf = (el: T4gMarketplace) => deep(cards(el)[0]!, '.name')!;

/** The dialog of a solution, opened: it must follow the scheme too. */
async function dialogLuminance(w: Widgets): Promise<number> {
  w.market.openSolutionById('d');
  await w.market.updateComplete;
  const detail = detailOf(w.market);
  await until(detail, () => !!deep(detail, 'dialog[open] dt'));
  const value = luminance(backgroundOf(deep(detail, 'dialog')!));
  detail.close();
  await w.market.updateComplete;
  return value;
}

for (const [name, system] of Object.entries(SYSTEMS)) {
  describe(`preset: ${name}`, () => {
    afterEach(() => unload(system));

    it(`the widget's text is in the system's font, at its base size (${system.size} px)`, async () => {
      await load(system);
      const el = await marketplace();
      const style = getComputedStyle(nameOf(el));
      expect(style.fontFamily, "a card's name").to.match(system.font);
      expect(parseFloat(getComputedStyle(deep(cards(el)[0]!, '.summary')!).fontSize), "a card's summary").to.be.closeTo(system.size, 0.1);
    });

    it('without the preset, the widget is not in the system’s colours (the test can tell)', async () => {
      await load(system, { preset: false });
      const el = await marketplace();
      const plain = [getComputedStyle(nameOf(el)).color, getComputedStyle(nameOf(el)).fontFamily];
      await link(`/src/presets/${system.preset}.css`);
      expect([getComputedStyle(nameOf(el)).color, getComputedStyle(nameOf(el)).fontFamily]).to.not.deep.equal(plain);
    });

    it("keeps its width in the system's grid: the directory and the marketplace side by side with nothing else, not shrunk", async () => {
      await load(system);
      clearCatalogCache();
      const [row, cell] = system.grid;
      const closing = '</div>'.repeat((row.match(/<div/g) ?? []).length + 1);
      const wrapper = await fixture<HTMLElement>(html`${unsafeStatic(`${row}${cell}<t4g-marketplace src="${FACETS}"></t4g-marketplace></div>${cell}<t4g-city-directory src="${FACETS}"></t4g-city-directory>${closing}`)}`);
      const el = wrapper.querySelector<T4gMarketplace>('t4g-marketplace')!;
      await until(el, () => cards(el).length > 0);
      const base = parseFloat(getComputedStyle(el).fontSize);
      for (const widget of [el, wrapper.querySelector('t4g-city-directory')!]) {
        const cellStyle = getComputedStyle(widget.parentElement!);
        const cellWidth = widget.parentElement!.clientWidth - parseFloat(cellStyle.paddingLeft) - parseFloat(cellStyle.paddingRight);
        const width = widget.getBoundingClientRect().width;
        expect(width, `${widget.localName} fills its cell`).to.be.at.least(cellWidth - 1);
        expect(width, `${widget.localName} is at least 15em wide`).to.be.at.least(15 * base);
      }
      expect(nameOf(el).getBoundingClientRect().width, "a card's name is not one letter a line").to.be.above(100);
      for (const widget of [el, wrapper.querySelector('t4g-city-directory')!]) {
        expect(widget.getBoundingClientRect().right, `${widget.localName} stays inside its cell`).to.be.at.most(widget.parentElement!.getBoundingClientRect().right + 1);
      }
    });

    it('every contrast pair passes in light', async () => {
      await load(system);
      const w = await mount();
      expectScheme(w, 'light');
      assertContrast(`${name}, light`, await measureAll(w));
    });

    if (system.dark) {
      it("the system's dark mode turns the widgets dark, nested cards and the dialog too, and every pair passes", async () => {
        await load(system);
        setDark(system, true);
        const w = await mount();
        expectScheme(w, 'dark');
        expect(await dialogLuminance(w), 'the dialog is dark').to.be.below(0.05);
        expect(getComputedStyle($(w.market, '#search')!).colorScheme, 'native controls too').to.equal('dark');
        assertContrast(`${name}, dark`, await measureAll(w));
        setDark(system, false);
        expectScheme(w, 'light');
      });
    } else {
      it('has no dark mode: stays light under a dark-looking page', async () => {
        await load(system);
        const w = await mount();
        expectScheme(w, 'light');
      });
    }
  });
}
