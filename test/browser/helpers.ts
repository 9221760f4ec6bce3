import { waitUntil } from '@open-wc/testing';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import type { T4gSolutionCard } from '../../src/components/solution-card/solution-card.js';

/** Waits until `what()` holds for the element, then for its render. */
export async function until(el: { updateComplete: Promise<unknown> }, what: () => boolean, message = 'the expected state was not reached') {
  await waitUntil(what, message, { timeout: 5000 });
  await el.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)] as T[];

export const cards = (el: T4gMarketplace) => $$<T4gSolutionCard>(el, 't4g-solution-card');
export const cardNames = (el: T4gMarketplace) => cards(el).map((card) => card.shadowRoot!.querySelector('h3')!.textContent!.trim());
export const statusText = (el: T4gMarketplace) => $(el, '[role="status"]')?.textContent?.trim();

/** The search matches painted in a card (ranges of the document's `t4g-match` highlight inside it): the field's class and the text. */
export function paintedMatches(card: Element): { field: string; text: string }[] {
  return [...(CSS.highlights.get('t4g-match') ?? [])]
    .filter((range) => card.shadowRoot!.contains(range.startContainer))
    .map((range) => ({ field: range.startContainer.parentElement!.className, text: (range.startContainer as Text).data.slice(range.startOffset, range.endOffset) }));
}

/** The checkbox of a facet value, found by the facet's legend and the value's label. */
export function facetBox(el: T4gMarketplace, legend: string, label: string): HTMLInputElement {
  const fieldset = $$<HTMLFieldSetElement>(el, 'fieldset').find((f) => f.querySelector('legend')!.textContent!.trim() === legend);
  if (!fieldset) throw new Error(`no facet “${legend}”`);
  const item = [...fieldset.querySelectorAll('label')].find((l) => l.querySelector('.value')!.textContent!.trim() === label);
  if (!item) throw new Error(`no value “${label}” in “${legend}”`);
  return item.querySelector('input')!;
}

/** `{ label: count }` of a facet as displayed, in display order. */
export function facetCounts(el: T4gMarketplace, legend: string): [string, number][] {
  const fieldset = $$<HTMLFieldSetElement>(el, 'fieldset').find((f) => f.querySelector('legend')!.textContent!.trim() === legend)!;
  return [...fieldset.querySelectorAll('label')].map((l) => [l.querySelector('.value')!.textContent!.trim(), Number(l.querySelector('.facet-count')!.textContent!.replace(/\D/g, ''))]);
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Asserts `target` has focus. Compares identity: chai's diff of two DOM nodes can take forever. */
export function expectFocusOn(target: Element | null | undefined, message = 'focus') {
  const active = deepActiveElement();
  const describe = (node: Element | null | undefined) => (node ? `<${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}> “${node.textContent?.trim().slice(0, 40)}”` : String(node));
  if (!target || active !== target) throw new Error(`${message}: expected ${describe(target)} to have focus, but ${describe(active)} has it`);
}
