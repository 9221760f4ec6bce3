import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { Solution } from '../../src/catalog/schema.js';
import { ICC_TRACKS } from '../../src/catalog/tracks.js';
import type { T4gSolutionCard } from '../../src/components/solution-card/solution-card.js';
import '../../src/t4g.js';
import { $, $$, FACETS, cards, loadFixture, mountMarketplace, nameLink, paintedMatches, recordEvents, recordWarnings, slow, until } from './helpers.js';

const allMatches = () => [...(CSS.highlights.get('t4g-match') ?? [])];
const alertOf = (el: T4gSolutionCard) => $(el, '[role="alert"]');

/** A card on the page, with its properties set before it connects (so its first event is not missed). */
function cardWith(properties: Partial<Pick<T4gSolutionCard, 'src' | 'solutionId' | 'catalog'>>): T4gSolutionCard {
  const el = Object.assign(document.createElement('t4g-solution-card'), properties);
  document.body.append(el);
  return el;
}

const LEFT_OUT_SUMMARY = 'summary is required but missing';

describe('<t4g-solution-card> on its own', () => {
  beforeEach(() => clearCatalogCache());
  afterEach(() => document.querySelectorAll('body > t4g-solution-card').forEach((card) => card.remove()));

  it('shows a solution from src and solution-id, with its image and alt text, or nothing in its place', async () => {
    const solution = { id: 'x', name: 'With image', summary: 's', tracks: ['skills'], provider: { name: 'P' }, image: 'https://example.org/x.png', imageAlt: 'A bike station' };
    const withImage = await fixture<T4gSolutionCard>(html`<t4g-solution-card .solution=${solution}></t4g-solution-card>`);
    expect($(withImage, 'img')!.getAttribute('alt')).to.equal('A bike station');
    const fromSrc = await fixture<T4gSolutionCard>(html`<t4g-solution-card src=${loadFixture('valid.json')} solution-id="bike-share"></t4g-solution-card>`);
    await until(fromSrc, () => !!$(fromSrc, 'h3'));
    expect($(fromSrc, 'h3')!.textContent!.trim()).to.equal('Bike sharing');
    expect($(fromSrc, 'article')!.firstElementChild!.localName, 'no image: the name comes first').to.equal('h3');
    expect(fromSrc.shadowRoot!.textContent).to.contain('Used in 1 city');
    await expect(fromSrc).to.be.accessible();
  });

  it('shows a busy placeholder card while its catalogue loads', async () => {
    const el = await fixture<T4gSolutionCard>(html`<t4g-solution-card src=${slow(300, loadFixture('valid.json'))} solution-id="bike-share"></t4g-solution-card>`);
    const placeholder = $(el, 'article[aria-busy="true"]');
    expect(placeholder, 'a placeholder while loading').to.exist;
    expect(placeholder!.textContent).to.contain('Loading');
    await expect(el).to.be.accessible();
    await until(el, () => !!$(el, 'h3'));
    expect($(el, '[aria-busy="true"]')).to.equal(null);
  });

  it('paints its highlights as the document highlight t4g-match, replaces them on change, and takes them away when it leaves the page', async () => {
    const solution = { id: 'x', name: 'Solar roofs', summary: 'Panels on public roofs', tracks: ['skills'], provider: { name: 'P' } };
    const el = await fixture<T4gSolutionCard>(html`<t4g-solution-card .solution=${solution} .highlights=${{ name: [[0, 5]], summary: [[0, 6], [17, 22]] }}></t4g-solution-card>`);
    expect(paintedMatches(el)).to.deep.equal([{ field: 'name', text: 'Solar' }, { field: 'summary', text: 'Panels' }, { field: 'summary', text: 'roofs' }]);
    expect($(el, '.summary')!.childElementCount, 'the text itself is untouched').to.equal(0);

    el.highlights = { summary: [[10, 16]] };
    await el.updateComplete;
    expect(paintedMatches(el)).to.deep.equal([{ field: 'summary', text: 'public' }]);
    // Another solution whose text is shorter than a range: that range is left out rather than painted wrong.
    el.solution = { ...solution, summary: 'Short' };
    el.highlights = { summary: [[0, 5], [3, 40]] };
    await el.updateComplete;
    expect(paintedMatches(el)).to.deep.equal([{ field: 'summary', text: 'Short' }]);

    const parent = el.parentElement!;
    el.remove();
    expect(allMatches().filter((range) => el.shadowRoot!.contains(range.startContainer))).to.have.length(0);
    parent.append(el);
    expect(paintedMatches(el)).to.deep.equal([{ field: 'summary', text: 'Short' }]);

    // A page that clears the registry gets the highlight back at the next change.
    CSS.highlights.clear();
    el.highlights = { name: [[6, 11]] };
    await el.updateComplete;
    expect(paintedMatches(el)).to.deep.equal([{ field: 'name', text: 'roofs' }]);

    // Updated while off the page: nothing painted (the ranges would keep the card in memory) until it returns.
    el.remove();
    el.highlights = { name: [[0, 5]] };
    await el.updateComplete;
    expect(allMatches().filter((range) => el.shadowRoot!.contains(range.startContainer))).to.have.length(0);
    parent.append(el);
    expect(paintedMatches(el)).to.deep.equal([{ field: 'name', text: 'Solar' }]);
  });

  it('after the page clears the highlight registry, the next card to paint brings back every card’s matches', async () => {
    const solution = { id: 'x', name: 'Solar roofs', summary: 'Panels on public roofs', tracks: ['skills'], provider: { name: 'P' } };
    const box = await fixture<HTMLDivElement>(html`<div>
      <t4g-solution-card .solution=${solution} .highlights=${{ name: [[0, 5]] }}></t4g-solution-card>
      <t4g-solution-card .solution=${solution} .highlights=${{ summary: [[0, 6]] }}></t4g-solution-card>
    </div>`);
    const [first, second] = [...box.querySelectorAll('t4g-solution-card')];
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    CSS.highlights.clear();
    expect(paintedMatches(second!)).to.deep.equal([]);
    first!.highlights = { name: [[6, 11]] };
    await first!.updateComplete;
    expect(paintedMatches(first!)).to.deep.equal([{ field: 'name', text: 'roofs' }]);
    expect(paintedMatches(second!)).to.deep.equal([{ field: 'summary', text: 'Panels' }]);
  });

  it('says so, naming the id, when the solution is not in the catalogue', async () => {
    const el = await fixture<T4gSolutionCard>(html`<t4g-solution-card src=${loadFixture('valid.json')} solution-id="nope"></t4g-solution-card>`);
    await until(el, () => !!alertOf(el));
    expect(alertOf(el)!.textContent).to.contain('No solution with the id “nope”');
  });

  it('an unknown id: the message names the id and the src, t4g-error says not-found, and there is no Try again', async () => {
    const el = cardWith({ src: loadFixture('valid.json'), solutionId: 'x' });
    const failed = await oneEvent(el, 't4g-error');
    expect(failed.detail.kind).to.equal('not-found');
    await el.updateComplete;
    expect($(el, '[role="alert"] h2')!.textContent).to.equal('The solutions could not be shown');
    expect($(el, '[role="alert"] p')!.textContent).to.equal(`No solution with the id “x” in ${loadFixture('valid.json')}.`);
    expect(failed.detail.message).to.equal($(el, '[role="alert"] p')!.textContent);
    expect($(el, '[role="alert"] button'), 'no Try again: the catalogue loaded').to.equal(null);
  });

  it('a catalogue with a bad entry: the card shows its solution, fires t4g-catalog-problems and warns on the console', async () => {
    const warnings = recordWarnings();
    try {
      const el = cardWith({ src: loadFixture('partial.json'), solutionId: 'good' });
      const event = await oneEvent(el, 't4g-catalog-problems');
      expect(event.detail.problems).to.have.length(6);
      expect(event.bubbles && event.composed).to.equal(true);
      await until(el, () => !!$(el, 'h3'));
      expect($(el, 'h3')!.textContent!.trim()).to.equal('Good one');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`solution "no-summary" was left out: ${LEFT_OUT_SUMMARY}`);
    } finally {
      warnings.restore();
    }
  });

  it('an id the catalogue left out for a problem of its own: the message gives the field and the reason, and t4g-error says not-found', async () => {
    const warnings = recordWarnings();
    try {
      const el = cardWith({ src: loadFixture('partial.json'), solutionId: 'no-summary' });
      const failed = await oneEvent(el, 't4g-error');
      await el.updateComplete;
      const message = `“no-summary” was left out of the catalogue: ${LEFT_OUT_SUMMARY} (at solutions[1].summary)`;
      expect(failed.detail).to.deep.equal({ kind: 'not-found', message });
      expect($(el, '[role="alert"] p')!.textContent).to.equal(message);
      expect($(el, '[role="alert"] button'), 'no Try again: loading again gives the same').to.equal(null);
    } finally {
      warnings.restore();
    }
  });

  it('a catalogue that cannot be loaded: a heading, the message and Try again, which loads it again', async () => {
    const el = cardWith({ src: '/__status/404/x.json', solutionId: 'bike-share' });
    const failed = await oneEvent(el, 't4g-error');
    expect(failed.detail.kind).to.equal('http');
    await el.updateComplete;
    expect($(el, '[role="alert"] h2')!.textContent).to.equal('The solutions could not be shown');
    expect($(el, '[role="alert"] > p')!.textContent).to.equal('Please try again later.', 'a sentence for the reader');
    expect($(el, '[role="alert"] details p')!.textContent).to.match(/^The catalogue at \S*\/__status\/404\/x\.json could not be loaded: the server answered 404 Not Found\.$/, 'the detail for the site’s team');
    const retry = $<HTMLButtonElement>(el, '[role="alert"] button')!;
    expect(retry.textContent).to.equal('Try again');

    // The next fetch of that address succeeds.
    const original = window.fetch;
    const fetched: string[] = [];
    window.fetch = (input, init) => (fetched.push(String(input)), original(loadFixture('valid.json'), init));
    try {
      retry.click();
      await until(el, () => !!$(el, 'h3'), 'Try again did not load the catalogue');
    } finally {
      window.fetch = original;
    }
    expect(fetched).to.have.length(1);
    expect(fetched[0]).to.contain('/__status/404/x.json');
    expect($(el, 'h3')!.textContent!.trim()).to.equal('Bike sharing');
    expect(alertOf(el)).to.equal(null);
  });

  it('takes a plain catalogue object through the catalog property, as it takes src', async () => {
    const warnings = recordWarnings();
    try {
      const catalog = {
        version: 1,
        solutions: [
          { id: 'inline', name: 'Given inline', summary: 's', tracks: ['skills'], provider: { name: 'P' } },
          { id: 'no-summary', name: 'Without a summary', tracks: ['skills'], provider: { name: 'P' } },
        ],
      };
      const el = await fixture<T4gSolutionCard>(html`<t4g-solution-card .catalog=${catalog} solution-id="inline"></t4g-solution-card>`);
      await until(el, () => !!$(el, 'h3'));
      expect($(el, 'h3')!.textContent!.trim()).to.equal('Given inline');
      expect(warnings.messages, 'its bad entry is reported').to.have.length(1);

      el.solutionId = 'no-summary';
      await until(el, () => !!alertOf(el));
      expect($(el, '[role="alert"] p')!.textContent).to.equal(`“no-summary” was left out of the catalogue: ${LEFT_OUT_SUMMARY} (at solutions[1].summary)`);

      el.solutionId = 'nope';
      await until(el, () => alertOf(el)!.textContent!.includes('nope'));
      expect($(el, '[role="alert"] p')!.textContent).to.equal('No solution with the id “nope” in the catalogue.');
    } finally {
      warnings.restore();
    }
  });

  it('max-bytes refuses a larger catalogue, naming both sizes; raising it loads the card', async () => {
    const el = await fixture<T4gSolutionCard>(html`<t4g-solution-card src=${loadFixture('valid.json')} solution-id="bike-share" max-bytes="100"></t4g-solution-card>`);
    await until(el, () => !!alertOf(el));
    expect(alertOf(el)!.textContent).to.match(/the limit is 100 bytes/);
    expect($(el, '[role="alert"] button')!.textContent).to.equal('Try again');
    el.maxBytes = 1_000_000;
    await until(el, () => !!$(el, 'h3'));
    expect($(el, 'h3')!.textContent!.trim()).to.equal('Bike sharing');
  });

  it('a catalog object wins over an empty src, as in the widgets', async () => {
    const catalog = { version: 1, solutions: [{ id: 'given', name: 'Given', summary: 's', tracks: ['skills'], provider: { name: 'P' } }] };
    const el = await fixture<T4gSolutionCard>(html`<t4g-solution-card src="" .catalog=${catalog} solution-id="given"></t4g-solution-card>`);
    await until(el, () => !!$(el, 'h3'));
    expect($(el, 'h3')!.textContent!.trim()).to.equal('Given');
  });

  it('a solution given as a property is shown, and its solution-id is not looked up (no t4g-error)', async () => {
    const errors = recordEvents(document, 't4g-error');
    try {
      const solution = { id: 'x', name: 'Given', summary: 's', tracks: ['skills'], provider: { name: 'P' } };
      const el = await fixture<T4gSolutionCard>(html`<t4g-solution-card src=${loadFixture('valid.json')} solution-id="not-there" .solution=${solution}></t4g-solution-card>`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await el.updateComplete;
      expect($(el, 'h3')!.textContent!.trim()).to.equal('Given');
      expect(errors.events).to.deep.equal([]);
    } finally {
      errors.stop();
    }
  });

  it('on a page whose lang is not a valid tag (en_US, or garbage), it still shows its solution', async () => {
    for (const lang of ['en_US', 'de_DE', '!!']) {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><t4g-solution-card src=${loadFixture('valid.json')} solution-id="bike-share"></t4g-solution-card></div>`);
      const el = wrapper.querySelector('t4g-solution-card')!;
      await until(el, () => !!$(el, 'h3'), `no solution on a page with lang="${lang}"`);
      expect($(el, '.facts')!.textContent).to.contain('1', lang);
    }
  });

  it('is accessible loading, loaded, failed to load, and with an unknown id', async () => {
    const el = await fixture<T4gSolutionCard>(html`<t4g-solution-card src=${slow(800, FACETS)} solution-id="d"></t4g-solution-card>`);
    expect($(el, 'article[aria-busy="true"]')).to.exist;
    await expect(el).to.be.accessible();
    expect($(el, 'article[aria-busy="true"]'), 'still loading when checked').to.exist;
    await until(el, () => !!$(el, 'h3'));
    await expect(el).to.be.accessible();
    el.src = '/__status/404/card.json';
    await until(el, () => !!$(el, '[role="alert"] button'));
    await expect(el).to.be.accessible();
    el.src = FACETS;
    el.solutionId = 'nope';
    await until(el, () => !!alertOf(el)?.textContent!.includes('nope'));
    await expect(el).to.be.accessible();
  });

  it('activating the name fires t4g-select with the solution id, bubbling out of shadow roots', async () => {
    const solution = { id: 'x', name: 'Solar roofs', summary: 'Panels on public roofs', tracks: ['skills'], provider: { name: 'P' } };
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('t4g-solution-card');
    el.solution = solution;
    host.attachShadow({ mode: 'open' }).append(el);
    await el.updateComplete;

    const selected = recordEvents(document, 't4g-select');
    try {
      nameLink(el).click();
      expect(selected.events, 'a click reaches the document').to.have.length(1);
      const [clicked] = selected.events;
      expect(clicked!.detail).to.deep.equal({ solutionId: 'x' });
      expect(clicked!.bubbles, 'bubbles').to.equal(true);
      expect(clicked!.composed, 'composed').to.equal(true);

      nameLink(el).focus();
      await sendKeys({ press: 'Enter' });
      await until(el, () => selected.events.length === 2, 'Enter on the name fired no t4g-select');
      expect(selected.events[1]!.detail).to.deep.equal({ solutionId: 'x' });
    } finally {
      selected.stop();
    }
  });

  it('the name is a link to ?t4g-open=ID (or the href given); a plain click stays on the page, a modified one is the browser’s', async () => {
    const solution = { id: 'solar roofs', name: 'Solar roofs', summary: 'Panels', tracks: ['skills'], provider: { name: 'P' } };
    const el = await fixture<T4gSolutionCard>(html`<t4g-solution-card .solution=${solution}></t4g-solution-card>`);
    const link = nameLink(el);
    expect(new URL(link.href).searchParams.get('t4g-open')).to.equal('solar roofs');
    expect(new URL(link.href).pathname).to.equal(location.pathname);
    const selected = recordEvents(document, 't4g-select');
    // A click the browser would carry out: cancelled after the test's own listener has seen whether the card let it be.
    const click = (init: MouseEventInit) => {
      let letThrough = false;
      const after = (event: Event) => {
        letThrough = !event.defaultPrevented;
        event.preventDefault();
      };
      window.addEventListener('click', after, { once: true });
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }));
      window.removeEventListener('click', after);
      return letThrough;
    };
    try {
      expect(click({}), 'a plain click stays on the page').to.equal(false);
      expect(selected.events).to.have.length(1);
      for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
        expect(click(init), `${JSON.stringify(init)}: the browser opens the address`).to.equal(true);
      }
      expect(selected.events, 'no t4g-select for a new tab').to.have.length(1);
    } finally {
      selected.stop();
    }
    el.href = 'https://city.example/solutions/solar';
    await el.updateComplete;
    expect(nameLink(el).getAttribute('href')).to.equal('https://city.example/solutions/solar');
  });
});

// ---------------------------------------------------------------------------
// The card's layout: equal heights, the whole card a target, the image, the tracks' markers, readiness in words.

const SOLUTION: Solution = { id: 'x', name: 'Solar roofs', summary: 'Panels on public roofs', tracks: ['skills'], provider: { name: 'P' } };
const solutionWith = (over: Partial<Solution>): Solution => ({ ...SOLUTION, ...over });

/** `rgb(…)` / `rgba(…)` / `color(srgb …)` as [r, g, b] in 0–255. */
function rgb(colour: string): [number, number, number] {
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(colour);
  if (srgb) return [1, 2, 3].map((i) => Math.round(Number(srgb[i]) * 255)) as [number, number, number];
  const [r, g, b] = colour.match(/[\d.]+/g)!.map(Number);
  return [r!, g!, b!];
}
const luminance = (colour: string) => {
  const [r, g, b] = rgb(colour).map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};
const markerOf = (li: Element) => getComputedStyle(li, '::before');

/** Three cards of very different lengths in one row of a grid, as the marketplace lays them out (`<ol class="grid"><li>`). */
async function row(solutions: Solution[], width = '60em'): Promise<T4gSolutionCard[]> {
  const list = await fixture<HTMLOListElement>(html`<ol style="display: grid; grid-template-columns: repeat(${solutions.length}, 1fr); gap: 1em; width: ${width}; margin: 0; padding: 0; list-style: none">
    ${solutions.map((solution) => html`<li style="content-visibility: auto; contain-intrinsic-size: auto 16em"><t4g-solution-card .solution=${solution}></t4g-solution-card></li>`)}
  </ol>`);
  const all = [...list.querySelectorAll('t4g-solution-card')];
  await Promise.all(all.map((card) => card.updateComplete));
  // Until content-visibility: auto has seen the cells on screen, they keep their intrinsic size.
  await frames();
  return all;
}
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const box = (card: T4gSolutionCard, selector = 'article') => $(card, selector)!.getBoundingClientRect();

describe('<t4g-solution-card> layout', () => {
  afterEach(() => resetMouse());

  it('cards in a row of a grid end at the same height, whatever the length of their text; their tracks and facts line up at the foot', async () => {
    const all = await row([
      solutionWith({ id: 'a', summary: 'Short.', trl: 7 }),
      solutionWith({ id: 'b', summary: 'A much longer summary that wraps over several lines of the card, '.repeat(3), trl: 4, cities: ['x'] }),
      solutionWith({ id: 'c', name: 'A name long enough to take two lines in a narrow card', summary: 'Middle length, two lines or so in a card of this width.', tracks: ['skills', 'tourism'], trl: 9 }),
    ]);
    const heights = all.map((card) => Math.round(box(card).height));
    expect(new Set(heights).size, `article heights ${heights.join(', ')}`).to.equal(1);
    expect(Math.round(box(all[0]!, '.summary').height), 'the summaries themselves differ').to.be.below(Math.round(box(all[1]!, '.summary').height));
    const foot = all.map((card) => Math.round(box(card).bottom - box(card, '.facts').bottom));
    expect(new Set(foot).size, `facts end ${foot.join(', ')} px above the card's foot`).to.equal(1);
  });

  it('inside the marketplace, the cards of each row are as tall as one another', async () => {
    const el = await mountMarketplace({ src: FACETS });
    el.style.width = '60em';
    await until(el, () => cards(el).length > 3);
    await Promise.all(cards(el).map((card) => card.updateComplete));
    await frames();
    const rows = new Map<number, number[]>();
    for (const card of cards(el)) {
      const { top, height } = box(card);
      rows.set(Math.round(top), [...(rows.get(Math.round(top)) ?? []), Math.round(height)]);
    }
    expect([...rows.values()].some((heights) => heights.length > 1), 'more than one card in a row').to.equal(true);
    for (const heights of rows.values()) expect(new Set(heights).size, `heights in a row: ${heights.join(', ')}`).to.equal(1);
  });

  it('a click anywhere on the card (its summary, its tracks, its image) fires t4g-select, once; a drag that selects its text does not', async () => {
    const el = await fixture<T4gSolutionCard>(html`<t4g-solution-card style="width: 24em" .solution=${solutionWith({ image: '/catalog/images/bike-sharing.svg', imageAlt: 'Bikes', summary: 'Panels on public roofs, with words enough to drag across' })}></t4g-solution-card>`);
    const selected = recordEvents(document, 't4g-select');
    const clickAt = async (selector: string) => {
      const { left, top, width, height } = box(el, selector);
      await sendMouse({ type: 'click', position: [Math.round(left + width / 2), Math.round(top + height / 2)] });
    };
    try {
      for (const [i, selector] of ['.summary', '.badge', 'img', '.provider'].entries()) {
        await clickAt(selector);
        expect(selected.events.length, `a click on ${selector}`).to.equal(i + 1);
        expect(selected.events[i]!.detail).to.deep.equal({ solutionId: 'x' });
      }
      // Selecting the summary's words with the mouse: a selection, and no t4g-select.
      getSelection()!.removeAllRanges();
      const summary = box(el, '.summary');
      const y = Math.round(summary.top + 8);
      await sendMouse({ type: 'move', position: [Math.round(summary.left + 2), y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(summary.left + summary.width / 2), y] });
      await sendMouse({ type: 'up' });
      expect(String(getSelection()), 'the text was selected').to.not.equal('');
      expect(selected.events.length, 'no t4g-select for a selection').to.equal(4);
      getSelection()!.removeAllRanges();
    } finally {
      selected.stop();
    }
    // The name stays the one thing to focus: no other control, the card itself not focusable.
    expect($$(el, 'button, a, [tabindex]').map((node) => node.className)).to.deep.equal(['name']);
  });

  it('a keyboard user sees the focus ring around the whole card, not inside it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button>before</button><t4g-solution-card .solution=${SOLUTION}></t4g-solution-card></div>`);
    const el = wrapper.querySelector('t4g-solution-card')!;
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(nameLink(el).matches(':focus-visible')).to.equal(true);
    const article = getComputedStyle($(el, 'article')!);
    expect(article.outlineStyle).to.equal('solid');
    expect(parseFloat(article.outlineWidth)).to.be.above(2);
    expect(getComputedStyle(nameLink(el)).outlineStyle, 'no second ring on the name').to.equal('none');
    nameLink(el).blur();
    expect(getComputedStyle($(el, 'article')!).outlineStyle, 'none without focus').to.equal('none');
  });

  it('no image: nothing in its place (no strip, no placeholder); an image: on top, 16:9, lazy, with its alt text', async () => {
    const without = await fixture<T4gSolutionCard>(html`<t4g-solution-card .solution=${SOLUTION}></t4g-solution-card>`);
    expect($$(without, '.placeholder, .image, img').map((node) => node.outerHTML)).to.deep.equal([]);
    expect($(without, 'article')!.firstElementChild!.localName).to.equal('h3');

    const el = await fixture<T4gSolutionCard>(html`<t4g-solution-card style="width: 20em" .solution=${solutionWith({ image: '/__status/404/missing.png', imageAlt: { en: 'Two bikes', fr: 'Deux vélos' } })}></t4g-solution-card>`);
    const img = $<HTMLImageElement>(el, 'img')!;
    expect($(el, 'article')!.firstElementChild === img, 'the image comes first').to.equal(true);
    expect(img.alt).to.equal('Two bikes');
    expect(img.loading).to.equal('lazy');
    // 16:9 from its style, whether or not the file ever arrives (no jump when it does), across the card's whole width.
    const { width, height } = img.getBoundingClientRect();
    expect(width / height).to.be.closeTo(16 / 9, 0.02);
    expect(width).to.be.closeTo(box(el).width - 2, 1);
    expect(getComputedStyle(img).objectFit).to.equal('cover');
  });

  it("a relative image resolves against the catalogue's address (src), or the page's (a catalogue object)", async () => {
    clearCatalogCache();
    const fromSrc = await fixture<T4gSolutionCard>(html`<t4g-solution-card src="/catalog/icc-sample.json" solution-id="bike-sharing-rebalancer"></t4g-solution-card>`);
    await until(fromSrc, () => !!$(fromSrc, 'img'));
    const img = $<HTMLImageElement>(fromSrc, 'img')!;
    expect(img.getAttribute('src')).to.equal(new URL('/catalog/images/bike-sharing.svg', location.href).href);
    expect(img.alt).to.equal('Two shared bikes at a docking station beside a street');
    await until(fromSrc, () => img.complete, 'the sample image did not load');
    expect(img.naturalWidth, 'the sample image is served beside the catalogue').to.be.above(0);

    const catalog = { version: 1, solutions: [solutionWith({ image: 'pictures/roof.svg' })] };
    const fromObject = await fixture<T4gSolutionCard>(html`<t4g-solution-card .catalog=${catalog} solution-id="x"></t4g-solution-card>`);
    await until(fromObject, () => !!$(fromObject, 'img'));
    expect($(fromObject, 'img')!.getAttribute('src')).to.equal(new URL('pictures/roof.svg', document.baseURI).href);
    expect(catalog.solutions[0]!.image, "the page's own object is left as it was").to.equal('pictures/roof.svg');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: each ICC track has a marker of its own colour (3:1 on the card), beside its written name; a catalogue's own track a neutral one`, async () => {
      const el = await fixture<T4gSolutionCard>(html`<t4g-solution-card theme=${theme} .solution=${solutionWith({ tracks: ICC_TRACKS.map((track) => track.id) })}></t4g-solution-card>`);
      const surface = getComputedStyle($(el, 'article')!).backgroundColor;
      const items = $$(el, '.badge');
      expect(items.map((li) => li.textContent!.trim())).to.deep.equal(ICC_TRACKS.map((track) => (track.name as { en: string }).en));
      const colours = items.map((li) => markerOf(li).backgroundColor);
      expect(new Set(colours).size, colours.join(' ')).to.equal(ICC_TRACKS.length);
      for (const [i, li] of items.entries()) {
        const marker = markerOf(li);
        expect(marker.content, 'an empty marker: screen readers read the name alone').to.equal('""');
        expect(parseFloat(marker.width)).to.be.within(6, 12);
        expect(contrast(colours[i]!, surface), `${li.textContent}: ${colours[i]} on ${surface}`).to.be.at.least(3);
      }
      const muted = getComputedStyle($(el, '.provider')!).color;
      const own = { version: 1, tracks: [{ id: 'mobility', name: 'Mobility' }], solutions: [solutionWith({ tracks: ['mobility'] })] };
      const ownCard = await fixture<T4gSolutionCard>(html`<t4g-solution-card theme=${theme} .catalog=${own} solution-id="x"></t4g-solution-card>`);
      await until(ownCard, () => !!$(ownCard, '.badge'));
      expect($(ownCard, '.badge')!.textContent!.trim()).to.equal('Mobility');
      expect(markerOf($(ownCard, '.badge')!).backgroundColor, 'neutral: the muted colour').to.equal(muted);
      await expect(el).to.be.accessible();
    });
  }

  it('says what the readiness level means, in words, with the level of nine; in every language', async () => {
    const el = await fixture<T4gSolutionCard>(html`<t4g-solution-card .solution=${solutionWith({ trl: 7, cities: ['a', 'b'] })}></t4g-solution-card>`);
    expect($(el, '.facts')!.textContent).to.equal('Proven in use (TRL 7 of 9) · Used in 2 cities');
    for (const [level, words] of [[2, 'Early research (TRL 2 of 9)'], [5, 'In development (TRL 5 of 9)'], [9, 'Proven in use (TRL 9 of 9)']] as const) {
      el.solution = solutionWith({ trl: level });
      await el.updateComplete;
      expect($(el, '.facts')!.textContent).to.equal(words);
    }
    el.solution = solutionWith({ trl: 7 });
    for (const [lang, words] of [['fr', 'Éprouvée en conditions réelles (TRL 7 sur 9)'], ['de', 'Im Einsatz bewährt (TRL 7 von 9)'], ['es', 'Probada en uso real (TRL 7 de 9)'], ['it', 'Collaudata sul campo (TRL 7 su 9)'], ['pl', 'Sprawdzone w praktyce (TRL 7 z 9)']] as const) {
      el.lang = lang;
      await until(el, () => $(el, '.facts')!.textContent === words, `${lang}: ${$(el, '.facts')!.textContent}`);
    }
  });

  it('at 320 px nothing overflows: long German words break inside the card, no track takes more than two lines', async () => {
    const long = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenherstellungsbetrieb';
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de" style="width: 320px"><t4g-solution-card .solution=${solutionWith({
      name: `${long} Plattform`,
      summary: `Für die ${long}e, mit Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung.`,
      provider: { name: 'Bundesverkehrswegeplanungsbeschleunigungsgesellschaft mbH' },
      tracks: ICC_TRACKS.map((track) => track.id),
      trl: 7,
      cities: ['a'],
      image: '/catalog/images/food-hub.svg',
    })}></t4g-solution-card></div>`);
    const el = wrapper.querySelector('t4g-solution-card')!;
    await until(el, () => $(el, '.badge')!.textContent !== (ICC_TRACKS[0]!.name as { en: string }).en, 'the German names did not arrive');
    const article = $(el, 'article')!;
    const edge = article.getBoundingClientRect();
    expect(article.scrollWidth, 'no horizontal scrolling inside the card').to.be.at.most(article.clientWidth);
    for (const node of $$(el, 'article *')) {
      const { left, right } = node.getBoundingClientRect();
      expect(right, `${node.localName}.${node.className} ends inside the card`).to.be.at.most(edge.right + 0.5);
      expect(left).to.be.at.least(edge.left - 0.5);
    }
    for (const li of $$(el, '.badge')) {
      const lines = li.getBoundingClientRect().height / parseFloat(getComputedStyle(li).lineHeight);
      expect(lines, `“${li.textContent}” takes ${lines.toFixed(1)} lines`).to.be.at.most(2.05);
    }
  });

  it('right to left, the marker stands at the start of the line: on the right', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><t4g-solution-card .solution=${SOLUTION}></t4g-solution-card></div>`);
    const el = wrapper.querySelector('t4g-solution-card')!;
    await el.updateComplete;
    const li = $(el, '.badge')!;
    const style = getComputedStyle(li);
    expect([parseFloat(style.paddingLeft), parseFloat(style.paddingRight) > 0]).to.deep.equal([0, true]);
    expect(markerOf(li).right, 'the marker sits against the right edge').to.equal('0px');
  });

  it('its heading is the part card-title', async () => {
    const el = await fixture<T4gSolutionCard>(html`<t4g-solution-card .solution=${SOLUTION}></t4g-solution-card>`);
    expect($$(el, '[part~="card-title"]').map((node) => node.localName)).to.deep.equal(['h3']);
  });
});
