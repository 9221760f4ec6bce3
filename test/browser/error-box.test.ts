/**
 * What a citizen reads when a catalogue cannot be shown: a title and a
 * sentence in their language; the address, the status and the reason only
 * behind a disclosure for the site's team, and in the console; never an
 * exception's own text.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import '../../src/t4g.js';
import { $, recordWarnings, until } from './helpers.js';

describe('the error box', () => {
  beforeEach(() => clearCatalogCache());

  it('a server error: the reader’s sentence in French, the address and status behind “Détails”, and in the console', async () => {
    const warnings = recordWarnings();
    try {
      const wrapper = await fixture(html`<div lang="fr"><t4g-marketplace src="/__status/500/catalog.json"></t4g-marketplace></div>`);
      const el = wrapper.querySelector('t4g-marketplace')!;
      await until(el, () => !!$(el, '[role="alert"]') && $(el, '[role="alert"] h2')!.textContent!.includes('solutions'));
      await until(el, () => $(el, '[role="alert"] > p')!.textContent === 'Veuillez réessayer plus tard.', 'the French sentence');
      const details = $<HTMLDetailsElement>(el, '[role="alert"] details')!;
      expect(details.open, 'closed until asked').to.equal(false);
      expect(details.querySelector('summary')!.textContent).to.equal('Détails pour l’équipe du site');
      expect(details.querySelector('p')!.textContent).to.match(/catalog\.json could not be loaded: the server answered 500/);
      expect(warnings.messages.join('\n')).to.match(/catalog\.json could not be loaded: the server answered 500/);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('an empty src is a mistake said in the box, not a blank widget', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace></t4g-marketplace>`);
    const failed = oneEvent(el, 't4g-error');
    el.setAttribute('src', '');
    expect((await failed).detail.message).to.equal('The catalogue address is empty: give the element a src, the address of the catalogue (a JSON file).');
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('The catalogue address is empty');
  });

  it('a lost connection or a timeout asks the reader to check their connection', async () => {
    const el = await fixture<T4gMarketplace>(html`<t4g-marketplace src="/__stall/headers" timeout="1"></t4g-marketplace>`);
    await oneEvent(el, 't4g-error');
    await el.updateComplete;
    expect($(el, '[role="alert"] > p')!.textContent).to.equal('Check your connection, then try again.');
  });

  it('an unexpected exception: its text stays in the console; the page says what a reader can do', async () => {
    const warnings = recordWarnings();
    try {
      const hostile = {
        get version(): number {
          throw new TypeError('e.join is not a function');
        },
      };
      const el = await fixture<T4gMarketplace>(html`<t4g-marketplace></t4g-marketplace>`);
      const failed = oneEvent(el, 't4g-error');
      el.catalog = hostile;
      // Reading it threw: not a catalogue (the exception's text is for the console).
      expect((await failed).detail.kind).to.equal('not-catalog');
      await el.updateComplete;
      const box = $(el, '[role="alert"]')!;
      expect(box.textContent).to.not.match(/TypeError|is not a function/);
      expect($(el, '[role="alert"] > p')!.textContent).to.equal('Please try again later.');
      expect(warnings.messages.join('\n')).to.contain('e.join is not a function');
    } finally {
      warnings.restore();
    }
  });
});
