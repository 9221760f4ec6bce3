/**
 * The shape and state tokens (issue #19): they change what they name when set, and nothing when not, so that a
 * design system's square fields, bars under buttons and GOV.UK's focus (a yellow fill with a black bar) can be said.
 */
import { expect } from '@open-wc/testing';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import '../../src/t4g.js';
import { $, cards, mountMarketplace } from './helpers.js';

const GOV_UK = {
  '--t4g-radius': '0',
  '--t4g-badge-radius': '0',
  '--t4g-field-border-width': '2px',
  '--t4g-button-shadow': '0 2px 0 rgb(0, 45, 24)',
  '--t4g-color-focus': 'transparent',
  '--t4g-focus-shadow': 'inset 0 0 0 100vmax rgb(255, 221, 0), 0 4px 0 rgb(11, 12, 12)',
  '--t4g-color-focus-text': 'rgb(11, 12, 12)',
  '--t4g-field-focus-shadow': 'inset 0 0 0 2px rgb(11, 12, 12)',
  '--t4g-color-field': 'rgb(250, 250, 250)',
};

const style = (el: Element | null | undefined) => getComputedStyle(el!);
const focusVisibly = (el: HTMLElement) => el.focus({ focusVisible: true } as FocusOptions);

async function market(tokens: Record<string, string> = {}): Promise<T4gMarketplace> {
  clearCatalogCache();
  const el = await mountMarketplace();
  for (const [name, value] of Object.entries(tokens)) el.style.setProperty(name, value);
  await Promise.all(cards(el).map((card) => card.updateComplete));
  return el;
}

describe('shape and state tokens', () => {
  it('unset, they change nothing: a focused button keeps its background and text colour, fields their border', async () => {
    const el = await market();
    const button = $<HTMLButtonElement>(el, 'button.filters-toggle') ?? $<HTMLButtonElement>(el, '.pagination button, button')!;
    const before = [style(button).backgroundColor, style(button).webkitTextFillColor, style(button).color];
    focusVisibly(button);
    expect(button.matches(':focus-visible'), 'the button shows focus').to.equal(true);
    expect([style(button).backgroundColor, style(button).webkitTextFillColor, style(button).color]).to.deep.equal(before);
    expect(style(button).boxShadow).to.equal('none');
    expect(style(button).outlineStyle, 'the default focus is an outline').to.equal('solid');
    const search = $(el, '#search')!;
    expect(style(search).borderTopWidth).to.equal('1px');
  });

  it('set as GOV.UK draws things: square fields with 2 px borders, a bar under primary buttons, focus as a fill with a bar', async () => {
    const el = await market(GOV_UK);
    const search = $<HTMLInputElement>(el, '#search')!;
    expect([style(search).borderTopWidth, style(search).borderTopLeftRadius, style(search).backgroundColor]).to.deep.equal(['2px', '0px', 'rgb(250, 250, 250)']);
    focusVisibly(search);
    expect(style(search).boxShadow, 'the field’s thicker border on focus').to.equal('rgb(11, 12, 12) 0px 0px 0px 2px inset');

    const link = $(cards(el)[0]!, '.name') as HTMLAnchorElement;
    focusVisibly(link);
    const focused = style(link);
    expect(focused.boxShadow, 'a yellow fill and a black bar under the name').to.match(/^rgb\(255, 221, 0\) .*inset, rgb\(11, 12, 12\) 0px 4px/);
    expect(focused.webkitTextFillColor, 'dark text on the fill').to.equal('rgb(11, 12, 12)');

    const primary = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.filters-toggle, .primary, .pagination button[aria-current="page"]')];
    for (const button of primary) expect(style(button).boxShadow, 'a bar under each primary button').to.contain('rgb(0, 45, 24)');
    const badge = el.shadowRoot!.querySelector('.chip, .badge') ?? $(cards(el)[0]!, '.badge');
    if (badge) expect(style(badge).borderTopLeftRadius).to.equal('0px');
  });
});
