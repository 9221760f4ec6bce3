/**
 * The contrast pairs of the widgets, measured on real rendered elements (computed colours, transparency composited
 * over what is behind): every pairing of text, controls and the focus indicator that a theme must keep.
 * theme.test.ts runs them on the default tokens, presets.test.ts on each design system's preset.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { T4gCityCard } from '../../src/components/city-card/city-card.js';
import type { T4gCityDirectory } from '../../src/components/city-directory/city-directory.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import { backgroundOf, contrast, luminance, over, parentOf, parseColor, type Rgba } from './contrast.js';
import { $, $$, FACETS, cards, deep, detailOf, facetBox, paintedMatches, until } from './helpers.js';

// ---------------------------------------------------------------------------
// WCAG 2.1 contrast, measured on computed colours (the functions are in contrast.ts).

/** The opaque colour around an element: its parent's background. */
const surroundOf = (el: Element) => backgroundOf(parentOf(el)!);

const css = (el: Element) => getComputedStyle(el);

export interface Measure {
  what: string;
  ratio: number;
  min: number;
}

/** Text colour against the background behind it. */
function text(what: string, el: Element | null | undefined): Measure {
  if (!el) throw new Error(`${what}: not rendered`);
  const bg = backgroundOf(el);
  return { what, ratio: contrast(over(parseColor(css(el).color), bg), bg), min: 4.5 };
}

/** Text colour against the search-match highlight painted over its background. */
function highlighted(what: string, el: Element | null | undefined): Measure {
  if (!el) throw new Error(`${what}: not highlighted`);
  const highlight = getComputedStyle(el, '::highlight(t4g-match)');
  const bg = over(parseColor(highlight.backgroundColor), backgroundOf(el));
  return { what, ratio: contrast(over(parseColor(highlight.color), bg), bg), min: 4.5 };
}

/** A UI boundary or indicator (the colour `colour` reads from `el`'s style) against the colour `against` finds beside it. */
function boundary(what: string, el: Element | null | undefined, colour: (style: CSSStyleDeclaration) => string, against: (el: Element) => Rgba): Measure {
  if (!el) throw new Error(`${what}: not rendered`);
  const bg = against(el);
  return { what, ratio: contrast(over(parseColor(colour(css(el))), bg), bg), min: 3 };
}

/**
 * A focused element's indicator against `bg`: its outline, or where a design system draws focus otherwise (GOV.UK's
 * yellow outline around a black inner border, `--t4g-field-focus-shadow`), the strongest of the colours its outline
 * and box-shadow draw. A transparent outline with no shadow counts as no indicator (1:1).
 */
function focusIndicator(what: string, el: Element, bg: Rgba): Measure {
  const style = css(el);
  const colours = [style.outlineColor, ...(style.boxShadow.match(/rgba?\([^)]*\)/g) ?? [])];
  const ratio = Math.max(...colours.map((colour) => contrast(over(parseColor(colour), bg), bg)));
  return { what, ratio, min: 3 };
}

// ---------------------------------------------------------------------------
// What is measured: every pairing of the defaults, on real rendered elements.

export interface Widgets {
  market: T4gMarketplace;
  narrow: T4gMarketplace;
  broken: T4gMarketplace;
  city: T4gCityCard;
  directory: T4gCityDirectory;
}

export async function mount(theme?: 'light' | 'dark' | 'auto'): Promise<Widgets> {
  clearCatalogCache();
  const wrapper = await fixture(html`<div>
    <div style="width: 60em"><t4g-marketplace class="market" src=${FACETS} page-size="3" theme=${ifDefined(theme)}></t4g-marketplace></div>
    <div style="width: 20em"><t4g-marketplace class="narrow" src=${FACETS} theme=${ifDefined(theme)}></t4g-marketplace></div>
    <t4g-marketplace class="broken" src="/__status/404" theme=${ifDefined(theme)}></t4g-marketplace>
    <t4g-city-card src=${FACETS} city-id="porto" theme=${ifDefined(theme)}></t4g-city-card>
    <t4g-city-directory src=${FACETS} theme=${ifDefined(theme)}></t4g-city-directory>
  </div>`);
  const w: Widgets = {
    market: wrapper.querySelector('.market')!,
    narrow: wrapper.querySelector('.narrow')!,
    broken: wrapper.querySelector('.broken')!,
    city: wrapper.querySelector('t4g-city-card')!,
    directory: wrapper.querySelector('t4g-city-directory')!,
  };
  await until(w.market, () => cards(w.market).length === 3 && cards(w.narrow).length > 0 && !!$(w.narrow, '.filters-toggle:not([disabled])'), 'the catalogue did not load');
  await until(w.broken, () => !!$(w.broken, '.error'), 'the error box did not show');
  await until(w.city, () => !!$(w.city, '.role'), 'the city card did not render');
  await until(w.directory, () => $$(w.directory, 't4g-city-card').length > 0, 'the directory did not load');
  await Promise.all(cards(w.market).map((card) => card.updateComplete));
  return w;
}

export async function measureAll(w: Widgets): Promise<Measure[]> {
  const { market, narrow, broken, city } = w;
  const card = cards(market)[0]!;
  const search = $<HTMLInputElement>(market, '#search')!;
  const m: Measure[] = [
    text('text / surface (label)', $(market, 'label[for="search"]')),
    text('text / surface (results heading)', $(market, '#results-heading')),
    text('text / surface-alt (filter group title)', $(market, 'summary')),
    text('text / surface (card summary)', deep(card, '.summary')),
    text('muted / surface-alt (facet count)', $(market, '.facet-count')),
    text('muted / surface (card provider)', deep(card, '.provider')),
    text('brand / surface (card name)', deep(card, '.name')),
    text('brand / surface (badge)', deep(card, '.badge')),
    text('brand / surface (outline button)', $(market, '.pagination button:not([aria-current="page"]):not(:disabled)')),
    boundary('brand / surface (outline button border)', $(market, '.pagination button:not([aria-current="page"]):not(:disabled)'), (s) => s.borderTopColor, surroundOf),
    text('on-brand / brand (current page)', $(market, '.pagination [aria-current="page"]')),
    text('on-brand / brand (Filters button)', $(narrow, '.filters-toggle')),
    text('on-brand / brand (retry button)', $(broken, '.error button')),
    text('on-brand / brand (role badge)', $(city, '.role')),
    text('text / surface (error box)', $(broken, '.error p')),
    boundary('warning / surface (error box border)', $(broken, '.error'), (s) => s.borderTopColor, surroundOf),
    boundary('input border / surface outside', search, (s) => s.borderTopColor, surroundOf),
    boundary('input border / field', search, (s) => s.borderTopColor, backgroundOf),
    boundary('input border / surface (sort menu)', $(market, '#sort'), (s) => s.borderTopColor, surroundOf),
    text('text / field (search field)', search),
  ];

  // The focus indicator, against what is around it: the surface, and a panel's surface-alt.
  search.focus();
  expect(search.matches(':focus-visible'), 'the search field shows focus').to.be.true;
  expect(css(search).outlineStyle).to.equal('solid');
  m.push(focusIndicator('focus / surface (search field)', search, surroundOf(search)));
  const fieldset = $(market, 'fieldset')!;
  m.push(focusIndicator('focus / surface-alt (facet panel)', search, backgroundOf(fieldset)));
  search.blur();

  // An active filter: a chip, and "Clear all" as a link.
  (await facetBox(market, 'Track or service', 'Green economy and local green deals')).click();
  await market.updateComplete;
  m.push(
    text('text / chip', $(market, '.chip')),
    boundary('brand / surface (chip border)', $(market, '.chip'), (s) => s.borderTopColor, surroundOf),
    text('brand / surface (link button)', $(market, '.chips .link')),
  );

  // Search matches: in the name (brand colour) and in the summary (text colour).
  market.clearFilters();
  market.search('bike');
  await until(market, () => cards(market).some((c) => paintedMatches(c).length > 0));
  await Promise.all(cards(market).map((c) => c.updateComplete));
  const matched = (field: string) => cards(market).find((c) => paintedMatches(c).some((match) => match.field === field))?.shadowRoot!.querySelector(`.${field}`);
  m.push(highlighted('brand / highlight (match in a name)', matched('name')), highlighted('text / highlight (match in a summary)', matched('summary')));

  // The solution's dialog: text, links and the close button on its surface.
  market.search('');
  market.openSolutionById('d');
  await market.updateComplete;
  const detail = detailOf(market);
  await until(detail, () => !!deep(detail, 'dialog[open] dt'));
  m.push(
    text('text / surface (dialog)', deep(detail, 'dt')),
    text('brand / surface (dialog link)', deep(detail, 'dd a')),
    text('brand / surface (dialog close button)', deep(detail, '.close')),
    text('brand / surface (dialog badge)', deep(detail, '.badges li')),
  );
  detail.close();
  await market.updateComplete;
  return m;
}

export function assertContrast(label: string, measures: Measure[]) {
  console.log(`${label}\n${measures.map((x) => `  ${x.ratio.toFixed(2).padStart(6)}  (≥ ${x.min})  ${x.what}`).join('\n')}`);
  const failing = measures.filter((x) => !(x.ratio >= x.min));
  expect(failing.map((x) => `${x.what}: ${x.ratio.toFixed(2)} < ${x.min}`), `${label}: contrast below WCAG AA`).to.deep.equal([]);
}

/** The widget's background, and that every nested widget follows its theme. */
export function expectScheme(w: Widgets, scheme: 'light' | 'dark') {
  const lum = (el: Element | null) => luminance(backgroundOf(el!));
  const check = (what: string, el: Element | null) =>
    scheme === 'dark' ? expect(lum(el), `${what} is dark`).to.be.below(0.05) : expect(lum(el), `${what} is light`).to.be.above(0.8);
  check('the marketplace', w.market);
  check('a solution card inside the marketplace', deep(cards(w.market)[0]!, 'article'));
  check('a city card inside the directory', deep($(w.directory, 't4g-city-card')!, 'article'));
  check('a city card on its own', deep(w.city, 'article'));
  check('the error box', $(w.broken, '.error'));
}

