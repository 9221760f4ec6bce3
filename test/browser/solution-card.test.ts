import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { T4gSolutionCard } from '../../src/components/solution-card/solution-card.js';
import '../../src/t4g.js';
import { $, FACETS, loadFixture, nameButton, paintedMatches, recordEvents, recordWarnings, slow, until } from './helpers.js';

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

  it('shows a solution from src and solution-id, with its image and alt text or a neutral placeholder', async () => {
    const solution = { id: 'x', name: 'With image', summary: 's', tracks: ['skills'], provider: { name: 'P' }, image: 'https://example.org/x.png', imageAlt: 'A bike station' };
    const withImage = await fixture<T4gSolutionCard>(html`<t4g-solution-card .solution=${solution}></t4g-solution-card>`);
    expect($(withImage, 'img')!.getAttribute('alt')).to.equal('A bike station');
    const fromSrc = await fixture<T4gSolutionCard>(html`<t4g-solution-card src=${loadFixture('valid.json')} solution-id="bike-share"></t4g-solution-card>`);
    await until(fromSrc, () => !!$(fromSrc, 'h3'));
    expect($(fromSrc, 'h3')!.textContent!.trim()).to.equal('Bike sharing');
    expect($(fromSrc, '.placeholder')!.getAttribute('aria-hidden')).to.equal('true');
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
      nameButton(el).click();
      expect(selected.events, 'a click reaches the document').to.have.length(1);
      const [clicked] = selected.events;
      expect(clicked!.detail).to.deep.equal({ solutionId: 'x' });
      expect(clicked!.bubbles, 'bubbles').to.equal(true);
      expect(clicked!.composed, 'composed').to.equal(true);

      nameButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await until(el, () => selected.events.length === 2, 'Enter on the name fired no t4g-select');
      expect(selected.events[1]!.detail).to.deep.equal({ solutionId: 'x' });
    } finally {
      selected.stop();
    }
  });
});
