/**
 * Bidirectional text from a catalogue stays in its own run: a right-to-left
 * override left open in a provider's name or an impact label cannot turn the
 * widget's own words and numbers after it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { T4gSolutionCard } from '../../src/components/solution-card/solution-card.js';
import type { T4gSolutionDetail } from '../../src/components/solution-detail/solution-detail.js';
import '../../src/t4g.js';
import { $, until } from './helpers.js';

const RLO = '\u202E';

/** Whether `word` reads left to right on screen: each of its letters to the right of the one before. */
function readsLeftToRight(root: ShadowRoot, word: string): boolean {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(word);
    if (at < 0) continue;
    const left = (i: number) => {
      const range = document.createRange();
      range.setStart(node!, at + i);
      range.setEnd(node!, at + i + 1);
      return range.getBoundingClientRect().left;
    };
    for (let i = 1; i < word.length; i++) if (left(i) <= left(i - 1)) return false;
    return true;
  }
  throw new Error(`“${word}” is not in the shadow root`);
}

const solution = {
  id: 'x',
  name: 'Evil name',
  summary: 'A summary.',
  tracks: ['tourism'],
  provider: { name: `Acme ${RLO}Labs`, type: 'startup' as const, country: 'DK' },
  impact: [{ label: `CO2 saved ${RLO}yearly`, value: 1234, unit: 'tonnes' }],
  technologies: [`IoT${RLO}`, 'Open data'],
};

describe('bidirectional text is isolated', () => {
  it('a provider name with an open right-to-left override leaves “(Start-up, Denmark)” and the impact figures readable', async () => {
    const el = await fixture<T4gSolutionDetail>(html`<t4g-solution-detail .solution=${solution} open></t4g-solution-detail>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(readsLeftToRight(root, 'Denmark'), 'Denmark').to.equal(true);
    expect(readsLeftToRight(root, 'Start-up'), 'Start-up').to.equal(true);
    expect(readsLeftToRight(root, '1,234'), 'the number').to.equal(true);
    expect(readsLeftToRight(root, 'tonnes'), 'the unit').to.equal(true);
    expect(readsLeftToRight(root, 'Open data'), 'the next technology').to.equal(true);
  });

  it('on a card, the words after the provider’s name read left to right', async () => {
    const el = await fixture<T4gSolutionCard>(html`<t4g-solution-card .solution=${solution}></t4g-solution-card>`);
    await until(el, () => !!$(el, '.provider'));
    const provider = $(el, '.provider')!;
    provider.append(document.createTextNode(' after'));
    expect(readsLeftToRight(el.shadowRoot!, 'after')).to.equal(true);
    expect(readsLeftToRight(el.shadowRoot!, 'Provided')).to.equal(true);
  });
});

describe('numbers in impact figures', () => {
  it('-0 reads 0, not “-0”', async () => {
    const el = await fixture<T4gSolutionDetail>(html`<t4g-solution-detail .solution=${{ ...solution, provider: { name: 'P' }, impact: [{ label: 'Waste', value: -0, unit: 't' }] }} open></t4g-solution-detail>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dd strong')!.textContent!.trim()).to.equal('0 t');
  });
});
