/**
 * Layout at the widths a widget meets (a phone at 320 and 390 px, a tablet, a laptop, a desktop): every element in
 * its main states, in a wrapper of each width with the window as wide (× 900), is checked for sideways overflow,
 * wrapped buttons, narrow text columns, uneven card rows, and axe violations in light and dark (theme="dark").
 * The checks are in layout-helpers.ts; the last describe block proves each one fails on a broken fixture.
 *
 *   npx web-test-runner test/browser/layout.test.ts
 *
 * Each state is mounted once and resized through the widths. A failure names the element, the state, the width
 * and what is wrong, e.g. “<t4g-marketplace> detail open at 390 px: button.close “Close” (in t4g-solution-detail)
 * wraps to 2 lines (52 px wide)”.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { type TemplateResult, render } from 'lit';
import type { T4gCityDirectory } from '../../src/components/city-directory/city-directory.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import '../../src/t4g.js';
import { CHECKS, type Check, type Failure, axeFailures, describeElement, layoutFailures, lineCount, settle, unevenRows } from './layout-helpers.js';

const WIDTHS = [320, 390, 768, 1024, 1280];
const HEIGHT = 900;
/** The catalogue cities get: real names, summaries and facet values, in six languages. */
const SAMPLE = '/catalog/icc-sample.json';
/** A solution and a city with every field filled in. */
const SOLUTION = 'heat-pump-district-planner';
const CITY = 'porto';
const NONSENSE = 'xqzvwpl';
/** A page's own grid of cards (a city's "featured solutions"): the cards must fill the cells it gives them. */
const PAGE_GRID = 'display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr)); gap: 1em;';

const shadow = (el: Element) => el.shadowRoot!;
const within = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const LOAD = { timeout: 10000 };
/** Any heading: what every card, profile and dialog shows first, whatever its markup. */
const HEADING = 'h1, h2, h3, h4, h5, h6';

interface Mounted {
  /** The element whose box and shadow tree are checked. */
  target: Element;
  /** The elements that get theme="dark". */
  themed: Element[];
  /** Puts the state back after a resize (a panel a narrow layout folds). */
  atWidth?: () => Promise<void>;
}

interface State {
  element: string;
  state: string;
  template: TemplateResult;
  ready(wrapper: HTMLElement): Promise<Mounted>;
}

/** A marketplace on the sample catalogue, once it shows its cards. */
async function marketplaceIn(wrapper: HTMLElement): Promise<T4gMarketplace> {
  const el = wrapper.querySelector('t4g-marketplace')!;
  await waitUntil(() => (within(el, '[role="status"]')?.textContent ?? '').match(/\d/) && shadow(el).querySelector('t4g-solution-card'), 'the marketplace did not load', LOAD);
  await settle(el);
  return el;
}

/** The marketplace in `wrapper` with SOLUTION's detail open: the detail is what is checked. */
async function detailOpenIn(wrapper: HTMLElement): Promise<Mounted> {
  const el = await marketplaceIn(wrapper);
  el.openSolutionById(SOLUTION);
  const detail = () => shadow(el).querySelector('t4g-solution-detail')!;
  await waitUntil(() => detail()?.shadowRoot?.querySelector('dialog[open]')?.querySelector(HEADING), 'the detail did not open', LOAD);
  return { target: detail(), themed: [el] };
}

/** A visible button that folds the filters away on a narrow layout, if there is one. */
function filtersToggle(el: Element): HTMLButtonElement | undefined {
  return [...shadow(el).querySelectorAll('button')].find(
    (b) => b.getClientRects().length > 0 && b.hasAttribute('aria-expanded') && (b.hasAttribute('aria-controls') || /filt/i.test(b.textContent ?? '')),
  );
}

async function cardsIn(wrapper: HTMLElement, tag: string, count: number): Promise<Element[]> {
  const cards = [...wrapper.querySelectorAll(tag)];
  await waitUntil(() => cards.length === count && cards.every((card) => card.shadowRoot?.querySelector(`${HEADING}, [role="alert"]`)), `the ${tag}s did not load`, LOAD);
  return cards;
}

const STATES: State[] = [
  {
    element: 't4g-marketplace',
    state: 'loaded',
    template: html`<t4g-marketplace src=${SAMPLE}></t4g-marketplace>`,
    async ready(wrapper) {
      const el = await marketplaceIn(wrapper);
      return { target: el, themed: [el] };
    },
  },
  {
    element: 't4g-marketplace',
    state: 'filters open',
    template: html`<t4g-marketplace src=${SAMPLE}></t4g-marketplace>`,
    async ready(wrapper) {
      const el = await marketplaceIn(wrapper);
      const atWidth = async () => {
        const toggle = filtersToggle(el);
        if (toggle && toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
      };
      return { target: el, themed: [el], atWidth };
    },
  },
  {
    element: 't4g-marketplace',
    state: 'no results',
    template: html`<t4g-marketplace src=${SAMPLE}></t4g-marketplace>`,
    async ready(wrapper) {
      const el = await marketplaceIn(wrapper);
      el.search(NONSENSE);
      await waitUntil(() => !shadow(el).querySelector('t4g-solution-card') && el.total === 0, 'the search still finds something', LOAD);
      return { target: el, themed: [el] };
    },
  },
  {
    element: 't4g-marketplace',
    state: 'error (404)',
    template: html`<t4g-marketplace src="/__status/404"></t4g-marketplace>`,
    async ready(wrapper) {
      const el = wrapper.querySelector('t4g-marketplace')!;
      await waitUntil(() => within(el, '[role="alert"]'), 'no error box', LOAD);
      return { target: el, themed: [el] };
    },
  },
  {
    element: 't4g-solution-detail',
    state: 'open in the marketplace',
    template: html`<t4g-marketplace src=${SAMPLE}></t4g-marketplace>`,
    ready: detailOpenIn,
  },
  {
    element: 't4g-solution-detail',
    state: 'open, with the reader\'s text at 200 %',
    // A reader's larger default font (WCAG 1.4.4): the widget's size is the browser's (medium), which a page cannot
    // set; the token gives the same 32 px.
    template: html`<t4g-marketplace src=${SAMPLE} style="--t4g-font-size: 32px"></t4g-marketplace>`,
    ready: detailOpenIn,
  },
  {
    element: 't4g-solution-card',
    state: 'three on a page grid',
    template: html`<div style=${PAGE_GRID}>
      ${[SOLUTION, 'accessible-tourism-routes', 'ai-literacy-public-servants'].map((id) => html`<t4g-solution-card src=${SAMPLE} solution-id=${id}></t4g-solution-card>`)}
    </div>`,
    async ready(wrapper) {
      const cards = await cardsIn(wrapper, 't4g-solution-card', 3);
      return { target: wrapper.firstElementChild!, themed: cards };
    },
  },
  {
    element: 't4g-city-card',
    state: 'full',
    template: html`<t4g-city-card src=${SAMPLE} city-id=${CITY} variant="full"></t4g-city-card>`,
    async ready(wrapper) {
      const [card] = await cardsIn(wrapper, 't4g-city-card', 1);
      return { target: card!, themed: [card!] };
    },
  },
  {
    element: 't4g-city-card',
    state: 'three compact on a page grid',
    template: html`<div style=${PAGE_GRID}>
      ${[CITY, 'aarhus', 'metropole-europeenne-de-lille'].map((id) => html`<t4g-city-card src=${SAMPLE} city-id=${id}></t4g-city-card>`)}
    </div>`,
    async ready(wrapper) {
      const cards = await cardsIn(wrapper, 't4g-city-card', 3);
      return { target: wrapper.firstElementChild!, themed: cards };
    },
  },
  {
    element: 't4g-city-directory',
    state: 'loaded',
    template: html`<t4g-city-directory src=${SAMPLE}></t4g-city-directory>`,
    async ready(wrapper) {
      const el = wrapper.querySelector<T4gCityDirectory>('t4g-city-directory')!;
      await waitUntil(() => (within(el, '[role="status"]')?.textContent ?? '').match(/\d/) && shadow(el).querySelector('t4g-city-card'), 'the directory did not load', LOAD);
      return { target: el, themed: [el] };
    },
  },
  {
    element: 't4g-city-directory',
    state: 'a city open',
    template: html`<t4g-city-directory src=${SAMPLE}></t4g-city-directory>`,
    async ready(wrapper) {
      const el = wrapper.querySelector<T4gCityDirectory>('t4g-city-directory')!;
      await waitUntil(() => shadow(el).querySelector('t4g-city-card'), 'the directory did not load', LOAD);
      el.showCity(CITY);
      const open = () => [...shadow(el).querySelectorAll('t4g-city-card')];
      await waitUntil(() => open().length === 1 && /Porto/.test(open()[0]!.shadowRoot?.querySelector(HEADING)?.textContent ?? ''), 'the city did not open', LOAD);
      return { target: el, themed: [el] };
    },
  },
];

/** Mounts the state once, then at each width: the geometric checks, and axe in light and in dark. */
async function measure(state: State): Promise<Record<Check, string[]>> {
  const found = Object.fromEntries(CHECKS.map((check) => [check, []])) as unknown as Record<Check, string[]>;
  const wrapper = document.createElement('div');
  wrapper.style.width = `${WIDTHS[0]}px`;
  document.body.append(wrapper);
  try {
    await setViewport({ width: WIDTHS[0]!, height: HEIGHT });
    render(state.template, wrapper);
    const { target, themed, atWidth } = await state.ready(wrapper);
    for (const width of WIDTHS) {
      wrapper.style.width = `${width}px`;
      await setViewport({ width, height: HEIGHT });
      await settle(wrapper);
      await atWidth?.();
      await settle(wrapper);
      const at = (theme: string, failures: Failure[]) => failures.forEach((f) => found[f.check].push(`<${state.element}> ${state.state} at ${width} px${theme}: ${f.message}`));
      at('', layoutFailures(target));
      at(' (light)', await axeFailures(target));
      themed.forEach((el) => el.setAttribute('theme', 'dark'));
      await settle(wrapper);
      at(' (dark)', await axeFailures(target));
      themed.forEach((el) => el.removeAttribute('theme'));
    }
  } finally {
    render(html``, wrapper);
    wrapper.remove();
  }
  return found;
}

const WHAT: Record<Check, string> = {
  overflow: 'nothing sticks out sideways, and it does not scroll sideways',
  'button-wrap': 'no button wraps',
  'narrow-text': `no text block under 150 px wide wraps more than two words`,
  'card-rows': 'cards side by side end level',
  axe: 'axe finds no violation, light and dark',
};

/** Fails with every failure on a line of its own (the stack keeps only its frames: the runner prints the message, then the stack). */
function expectNone(failures: string[]) {
  if (!failures.length) return;
  const error = new Error(`${failures.length} failure(s):\n  ${failures.join('\n  ')}`);
  error.stack = `Error: ${failures.length} failure(s)\n${(error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).join('\n')}`;
  throw error;
}

describe(`layout at ${WIDTHS.join(', ')} px`, () => {
  const margin = document.body.style.margin;
  before(() => void (document.body.style.margin = '0'));
  after(async () => {
    document.body.style.margin = margin;
    await setViewport({ width: 800, height: 600 });
  });

  for (const state of STATES) {
    describe(`<${state.element}> ${state.state}`, () => {
      let found: Record<Check, string[]>;
      before(async function () {
        this.timeout(60000);
        found = await measure(state);
      });
      for (const check of CHECKS) it(`${check}: ${WHAT[check]}`, () => expectNone(found[check]));
    });
  }
});

// ---------------------------------------------------------------------------
// Each check, on fixtures broken on purpose: it must see what is wrong, and nothing on the same fixture done right.

/** A host with a shadow root holding `inner`, in a box `width` px wide, on the page until the test ends. */
let hosts: HTMLElement[] = [];
function shadowHost(inner: string, width = 300): HTMLElement {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  host.style.font = '16px/1.5 sans-serif';
  host.attachShadow({ mode: 'open' }).innerHTML = inner;
  document.body.append(host);
  hosts.push(host);
  return host;
}
const messages = (failures: Failure[], check: Check) => failures.filter((f) => f.check === check).map((f) => f.message);

describe('layout checks: each one fails on a broken fixture', () => {
  afterEach(() => {
    hosts.forEach((host) => host.remove());
    hosts = [];
  });

  it('overflow: a child wider than the host, a long word, content in a nested shadow root; nothing when it fits', async () => {
    const broken = shadowHost(`<div class="wide" style="width: 420px">wide</div><p style="width: 100px">Donaudampfschifffahrtsgesellschaftskapitän</p><span class="nested"></span>`);
    broken.shadowRoot!.querySelector('.nested')!.attachShadow({ mode: 'open' }).innerHTML = '<div class="deep" style="margin-left: 350px; width: 10px">x</div>';
    const found = messages(layoutFailures(broken), 'overflow');
    expect(found.join('\n')).to.match(/scrolls sideways/);
    expect(found.some((m) => /^div\.wide “wide” \(in div\) sticks out 120 px past the right edge of div/.test(m)), found.join('\n')).to.be.true;
    expect(found.some((m) => /the text “Donaudampf.*runs \d+ px past the edge/.test(m)), found.join('\n')).to.be.true;
    expect(found.some((m) => /^div\.deep “x” \(in span\)/.test(m)), found.join('\n')).to.be.true;

    const fine = shadowHost(`<div style="width: 100%">fits</div><p style="overflow-wrap: anywhere; width: 100px">Donaudampfschifffahrtsgesellschaftskapitän</p>`);
    expect(layoutFailures(fine)).to.deep.equal([]);
  });

  it('overflow: an open modal dialog wider than the window, and content wider than the dialog', async () => {
    const host = shadowHost(`<dialog style="width: ${document.documentElement.clientWidth + 200}px; max-width: none">wide</dialog><dialog class="ok"><div style="width: 2000px">x</div></dialog>`);
    const [wide, ok] = [...host.shadowRoot!.querySelectorAll('dialog')];
    wide!.showModal();
    try {
      expect(messages(layoutFailures(host), 'overflow').join('\n')).to.match(/dialog “wide” \(in div\) is \d+ px wide in a \d+ px window/);
    } finally {
      wide!.close();
    }
    ok!.showModal();
    try {
      const found = messages(layoutFailures(host), 'overflow').join('\n');
      expect(found).to.match(/dialog\.ok “x” \(in div\) scrolls sideways/);
      expect(found).to.match(/div “x” \(in div\) sticks out \d+ px past the right edge of the dialog/);
    } finally {
      ok!.close();
    }
  });

  it('button-wrap: a button in a narrow box, one broken inside a word, a link styled as a button; not a heading’s name, nor a summary', async () => {
    const host = shadowHost(`
      <div style="width: 70px"><button class="words">Close this dialog</button></div>
      <button class="letters" style="width: 40px; word-break: break-all">Close</button>
      <details style="width: 60px"><summary>Details for the team</summary></details>
      <a href="#" style="display: inline-block; width: 60px; background: navy; color: white">Try again now</a>
      <div style="width: 60px"><a href="#">A plain link that wraps</a></div>
      <button>OK</button>
      <h3 style="width: 60px"><button>A long solution name</button></h3>`);
    const found = messages(layoutFailures(host), 'button-wrap');
    expect(found).to.have.length(3);
    expect(found[0]).to.match(/^button\.words “Close this dialog” \(in div\) wraps to [23] lines/);
    expect(found[1]).to.match(/^button\.letters “Close” \(in div\) wraps to 2 lines/);
    expect(found[2]).to.match(/^a “Try again now”/);
  });

  it('narrow-text: three words wrapped in 100 px; not two words, nor a narrow badge on one line, nor a wide paragraph', async () => {
    const host = shadowHost(`
      <p class="squeezed" style="width: 100px">Provided by Varmeflod Heat Labs</p>
      <dl><dd style="width: 60px; margin: 0"><ul><li>one two three</li></ul></dd></dl>
      <p style="width: 100px">Two words</p>
      <ul><li style="display: inline-block; font-size: 12px">Access to data</li></ul>
      <p style="width: 300px">A paragraph of many words on a wide enough line.</p>`);
    const found = messages(layoutFailures(host), 'narrow-text');
    expect(found).to.have.length(2);
    expect(found[0]).to.match(/^p\.squeezed “Provided by Varmeflod Heat Labs” \(in div\) is 100 px wide and wraps 5 words onto \d lines/);
    expect(found[1], 'the outermost block only').to.match(/^dd “one two three”/);
  });

  it('card-rows: cards in a row that end at different heights; level rows, and cards on rows of their own, pass', async () => {
    const card = (height: number, name: string) => `<div class="card" style="height: ${height}px"><h3>${name}</h3></div>`;
    const uneven = shadowHost(`<div style="display: flex; align-items: flex-start; gap: 8px">${card(100, 'Short')}${card(150, 'Tall')}${card(150, 'Tall too')}</div>`, 600);
    const found = messages(layoutFailures(uneven, { cards: '.card' }), 'card-rows');
    expect(found).to.deep.equal(['cards side by side end at different heights: “Short” 50 px above “Tall” (3 div in the row)']);
    const level = shadowHost(`<div style="display: flex; gap: 8px"><div class="card"><h3>A</h3></div><div class="card"><h3>B</h3><p>more</p></div></div>`, 600);
    expect(messages(layoutFailures(level, { cards: '.card' }), 'card-rows')).to.deep.equal([]);
    const stacked = shadowHost(`${card(100, 'A')}${card(150, 'B')}`, 600);
    expect(unevenRows([...stacked.shadowRoot!.querySelectorAll('.card')])).to.deep.equal([]);
  });

  it('axe: an unnamed button, an image without alt, pale text; nothing on a clean fixture', async () => {
    const host = shadowHost(`<button></button><img src="data:,"><p style="color: #bbb; background: #fff">pale text</p>`);
    const found = (await axeFailures(host)).map((f) => f.message).join('\n');
    expect(found).to.match(/^button-name \(critical\)/m);
    expect(found).to.match(/^image-alt \(critical\)/m);
    expect(found).to.match(/^color-contrast \(serious\).*\(first: [\d.]+ for #bbbbbb on #ffffff, needs 4.5:1\)/m);
    const clean = shadowHost(`<button>Close</button><p style="color: #222; background: #fff">dark text</p>`);
    expect(await axeFailures(clean)).to.deep.equal([]);
  });

  it('lines: rects that overlap by more than half are one line', () => {
    const rect = (top: number, height: number) => new DOMRect(0, top, 10, height);
    expect(lineCount([])).to.equal(0);
    expect(lineCount([rect(0, 20), rect(2, 16), rect(0, 20)])).to.equal(1);
    expect(lineCount([rect(0, 20), rect(24, 20)])).to.equal(2);
    expect(describeElement(shadowHost('<button class="close">Close</button>').shadowRoot!.querySelector('button')!)).to.equal('button.close “Close” (in div)');
  });
});
