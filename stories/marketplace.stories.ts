import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { Catalog } from '../src/catalog/schema.js';
import { CUSTOM_THEME, fetchJson, generatedCatalog, longWordsCatalog, withInvalidSolution } from './support/catalogs.js';
import { MISSING, NEVER_ANSWERS, NOT_A_CATALOG, SAMPLE, STALLS, element, find, holdFetch, ready, stallFetch, textsOf } from './support/element.js';

/**
 * `<t4g-marketplace>` in every state a visitor can meet. Most stories show the bundled sample catalogue
 * (real ICC cities, illustrative solutions); the controls and the API table come from custom-elements.json.
 */
const meta = {
  title: 'Components/Marketplace',
  component: 't4g-marketplace',
  // The docs page shows the first story and a few key states; stories tagged `!autodocs` are in the sidebar only
  // (every story on the page made it tens of thousands of pixels tall).
  tags: ['autodocs'],
  args: { src: SAMPLE },
  render: (args, { argTypes }) => element('t4g-marketplace', args, argTypes),
} satisfies Meta;

export default meta;
type Story = StoryObj;

const marketplace = (canvasElement: HTMLElement) => find(canvasElement, 't4g-marketplace');

/** On the docs page, run the play function that puts the story in its state. */
const autoplay = { docs: { story: { autoplay: true } } };
/** On the docs page, show the story in a frame of its own: it opens a modal dialog, or changes the page's URL. */
const ownFrame = (height = 900) => ({ docs: { story: { inline: false, iframeHeight: height } } });

/** The bundled sample catalogue, as a city page would embed it: `<t4g-marketplace src="catalog/icc-sample.json">`. */
export const SampleCatalogue: Story = {
  name: 'Sample catalogue',
};

/** The catalogue has not arrived yet: placeholder cards, "Loading…" announced, the results marked busy. (This story's address never answers.) */
export const Loading: Story = {
  tags: ['loading-state'],
  args: { src: NEVER_ANSWERS },
  beforeEach: () => holdFetch(NEVER_ANSWERS),
};

/**
 * The server sends nothing (here for `timeout="1"` second; 15 by default): the widget gives up, asks the reader to
 * check their connection, offers "Try again", and keeps the technical detail behind a disclosure.
 */
export const Timeout: Story = {
  tags: ['!autodocs'],
  name: 'Fatal error: server silent (timeout)',
  args: { src: STALLS, timeout: 1 },
  beforeEach: () => stallFetch(STALLS),
  play: async ({ canvasElement }) => {
    const el = marketplace(canvasElement);
    const t = await textsOf(el);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain(t.errorOffline), { timeout: 10000 });
    // The detail for the site's team is in English whatever the page's language.
    await expect(el.shadowRoot!.querySelector('[role="alert"] details')?.textContent).toContain('sent nothing for 1 seconds');
  },
};

/** `src` points to a file that does not exist (HTTP 404): the widget says why and offers to try again. */
export const FatalError: Story = {
  name: 'Fatal error: missing file',
  tags: ['http-404'],
  args: { src: MISSING },
  play: async ({ canvasElement }) => {
    const el = marketplace(canvasElement);
    await ready(el);
    await expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('404');
  },
};

/** `src` is JSON, but not a version 1 catalogue: the same error box, with the reason. */
export const NotACatalogue: Story = {
  tags: ['!autodocs'],
  name: 'Fatal error: not a catalogue',
  args: { src: NOT_A_CATALOG },
  play: async ({ canvasElement }) => {
    const el = marketplace(canvasElement);
    await ready(el);
    await expect(el.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull();
  },
};

/**
 * The sample catalogue plus one invalid solution (no summary, no track): that entry is left out, with a console
 * warning and a `t4g-catalog-problems` event (see the Actions panel); the rest is shown.
 */
export const PartialCatalogue: Story = {
  tags: ['!autodocs'],
  name: 'Partial catalogue',
  args: { src: undefined },
  loaders: [async () => ({ catalog: withInvalidSolution(await fetchJson(SAMPLE)) })],
  render: (args, { argTypes, loaded }) => element('t4g-marketplace', args, argTypes, { catalog: loaded.catalog as object }),
  play: async ({ canvasElement }) => {
    const el = marketplace(canvasElement);
    await ready(el);
    await expect(el.results).not.toContain('broken-entry');
    await expect(el.total).toBeGreaterThan(0);
  },
};

/** Words nothing matches (`el.search('zzzz')`): the widget says so and offers to remove them. */
export const EmptyResults: Story = {
  name: 'Empty results',
  parameters: autoplay,
  play: async ({ canvasElement }) => {
    const el = marketplace(canvasElement);
    await ready(el);
    el.search('zzzz');
    await el.updateComplete;
    await expect(el.total).toBe(0);
  },
};

/** Words that match one solution (`el.search('hydrogen')`). */
export const OneResult: Story = {
  tags: ['!autodocs'],
  name: 'One result',
  parameters: autoplay,
  play: async ({ canvasElement }) => {
    const el = marketplace(canvasElement);
    await ready(el);
    el.search('hydrogen');
    await el.updateComplete;
    await expect(el.results).toEqual(['hydrogen-bus-fleet-planner']);
  },
};

let generated: Catalog | undefined;

/** 2,000 generated solutions in 150 generated cities, given as the `catalog` property (seeded: the same every time). */
export const ManyResults: Story = {
  tags: ['!autodocs'],
  name: 'Many results (2,000 solutions)',
  args: { src: undefined },
  render: (args, { argTypes }) => element('t4g-marketplace', args, argTypes, { catalog: (generated ??= generatedCatalog()) }),
  play: async ({ canvasElement }) => {
    const el = marketplace(canvasElement);
    await ready(el);
    await expect(el.total).toBe(2000);
  },
};

/** German, with words longer than any card is wide: they wrap inside the card instead of widening it. */
export const LongGermanWords: Story = {
  tags: ['!autodocs'],
  name: 'Long names and long German words',
  args: { src: undefined, lang: 'de' },
  render: (args, { argTypes }) => element('t4g-marketplace', args, argTypes, { catalog: longWordsCatalog() }),
  play: async ({ canvasElement }) => {
    const el = marketplace(canvasElement);
    await ready(el);
    await expect(el.total).toBe(2);
  },
};

export const English: Story = { name: 'Language: English', tags: ['!autodocs'], args: { lang: 'en' } };
export const French: Story = { name: 'Language: French', tags: ['!autodocs'], args: { lang: 'fr' } };
export const German: Story = { name: 'Language: German', tags: ['!autodocs'], args: { lang: 'de' } };
export const Spanish: Story = { name: 'Language: Spanish', tags: ['!autodocs'], args: { lang: 'es' } };
export const Italian: Story = { name: 'Language: Italian', tags: ['!autodocs'], args: { lang: 'it' } };
export const Polish: Story = { name: 'Language: Polish', tags: ['!autodocs'], args: { lang: 'pl' } };
export const Dutch: Story = { name: 'Language: Dutch', tags: ['!autodocs'], args: { lang: 'nl' } };

/** A page in a language without a table (Swedish): the whole interface is English and says so (`lang="en"`), dates and numbers too. */
export const NoTableLanguage: Story = {
  name: 'Language: Swedish (no table: English, marked)',
  tags: ['!autodocs'],
  args: { lang: 'sv' },
  play: async ({ canvasElement }) => {
    const el = marketplace(canvasElement);
    await ready(el);
    await waitFor(() => expect(el.shadowRoot!.querySelector('.controls')?.getAttribute('lang')).toBe('en'));
    await expect(el.shadowRoot!.querySelector('label[for="search"]')?.textContent?.trim()).toBe('Search solutions');
  },
};

/** `theme="dark"`: the dark defaults of every token; the widget paints its own background. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
};

/** A city's own look from the `--t4g-*` design tokens only (each one is a control under "css custom properties"). */
export const CustomTheme: Story = {
  tags: ['!autodocs'],
  name: 'Custom theme (tokens only)',
  args: { ...CUSTOM_THEME },
};

/**
 * Shapes and a focus that colours cannot say, as GOV.UK draws them, from tokens only: square fields with 2 px borders,
 * a bar under primary buttons, and focus as a yellow fill with a black bar (the first card's name has focus).
 */
export const ShapesAndFocus: Story = {
  tags: ['!autodocs'],
  name: 'Shapes and focus (tokens, GOV.UK-like)',
  args: {
    '--t4g-radius': '0',
    '--t4g-badge-radius': '0',
    '--t4g-field-border-width': '2px',
    '--t4g-color-brand': '#1d70b8',
    '--t4g-button-shadow': '0 2px 0 #002d18',
    '--t4g-color-focus': '#ffdd00',
    '--t4g-focus-shadow': 'inset 0 0 0 100vmax #ffdd00, 0 4px 0 #0b0c0c',
    '--t4g-color-focus-text': '#0b0c0c',
    '--t4g-field-focus-shadow': 'inset 0 0 0 2px #0b0c0c',
  },
  parameters: autoplay,
  play: async ({ canvasElement }) => {
    const el = marketplace(canvasElement);
    await ready(el);
    const card = el.shadowRoot!.querySelector('t4g-solution-card')!;
    const name = card.shadowRoot!.querySelector<HTMLAnchorElement>('.name')!;
    name.focus({ focusVisible: true } as FocusOptions);
    await waitFor(() => expect(getComputedStyle(name).boxShadow).toContain('rgb(255, 221, 0)'));
  },
};

/** Beside a menu in a flex row, as some design systems' grids lay out their cells: the widget takes the rest of the row. */
export const SideBySide: Story = {
  tags: ['!autodocs'],
  name: 'Beside a menu in a flex row',
  render: (args, { argTypes }) => html`<div style="display: flex; gap: 1.5em; align-items: start">
    <nav style="flex: none; inline-size: 12em"><strong>City of Example</strong><ul><li>Living here</li><li>Innovation</li></ul></nav>
    ${element('t4g-marketplace', args, argTypes)}
  </div>`,
};

/** In a 320 px column (a sidebar, a phone): the filters wait behind a "Filters" button that opens a panel. */
export const NarrowColumn: Story = {
  tags: ['!autodocs'],
  name: 'Narrow column (320 px)',
  render: (args, { argTypes }) => html`<div style="width: 320px; max-width: 100%">${element('t4g-marketplace', args, argTypes)}</div>`,
};

/** On a phone: "Filters" opens the filters as a full-screen panel, with "Show N solutions" at the bottom. */
export const FilterPanel: Story = {
  tags: ['!autodocs'],
  name: 'Filter panel on a phone',
  parameters: ownFrame(800),
  render: (args, { argTypes }) => html`<div style="width: 360px; max-width: 100%">${element('t4g-marketplace', args, argTypes)}</div>`,
  play: async ({ canvasElement }) => {
    const el = marketplace(canvasElement);
    await ready(el);
    el.setFilters({ track: ['green-economy'] });
    await waitFor(() => expect(el.shadowRoot!.querySelector('.filters-toggle')).toBeTruthy());
    el.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!.click();
    await waitFor(() => expect(el.shadowRoot!.querySelector('dialog.panel')?.matches(':modal')).toBe(true));
  },
};

/** In a CMS content column of 750 px: the filters beside two columns of cards, the first result on the first screen. */
export const CmsColumn: Story = {
  tags: ['!autodocs'],
  name: 'CMS content column (750 px)',
  render: (args, { argTypes }) => html`<div style="width: 750px; max-width: 100%">${element('t4g-marketplace', args, argTypes)}</div>`,
};

/** The page has its own heading: `heading` replaces the catalogue's title; `hide-heading` keeps it for screen readers only. */
export const OwnHeading: Story = {
  tags: ['!autodocs'],
  name: 'Own heading (heading attribute)',
  args: { heading: 'Tools our city uses' },
};

/** Across a wide page: facets beside the results, several cards a row. */
export const WidePage: Story = {
  tags: ['!autodocs'],
  name: 'Wide page',
  parameters: { layout: 'fullscreen' },
  render: (args, { argTypes }) => html`<div style="padding: 1.5rem 2rem; min-width: 60rem">${element('t4g-marketplace', args, argTypes)}</div>`,
};

/** A solution's detail, open (`el.openSolutionById('bike-sharing-rebalancer')`); Escape or Close shuts it. */
export const DetailOpen: Story = {
  tags: ['!autodocs'],
  name: 'Detail dialog open',
  parameters: ownFrame(900),
  play: async ({ canvasElement }) => {
    const el = marketplace(canvasElement);
    await ready(el);
    el.openSolutionById('bike-sharing-rebalancer');
    await el.updateComplete;
    const detail = el.shadowRoot!.querySelector('t4g-solution-detail')!;
    await waitFor(() => expect(detail.shadowRoot?.querySelector('dialog')?.open).toBe(true));
  },
};

/**
 * `sync-url` with `url-prefix="demo-"`: words, filters, sort, page and the open solution live in the page's URL
 * (`?demo-q=energy&demo-track=green-economy`), so Back and Forward step through them and a link reopens the same
 * view. Open this story in its own tab ("Open canvas in new tab") to see the address change.
 */
export const UrlSynced: Story = {
  tags: ['!autodocs'],
  name: 'URL-synced state',
  args: { 'sync-url': true, 'url-prefix': 'demo-' },
  parameters: ownFrame(),
  play: async ({ canvasElement }) => {
    const el = marketplace(canvasElement);
    await ready(el);
    el.search('energy');
    el.setFilters({ track: ['green-economy'] });
    await el.updateComplete;
    const params = new URLSearchParams(location.search);
    await expect(params.get('demo-q')).toBe('energy');
    await expect(params.getAll('demo-track')).toEqual(['green-economy']);
  },
};

/** `facets="track trl city"`: only these facets, in this order. */
export const ChosenFacets: Story = {
  tags: ['!autodocs'],
  name: 'Chosen facets',
  args: { facets: 'track trl city' },
};
