import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { Catalog } from '../src/catalog/schema.js';
import { CUSTOM_THEME, generatedCatalog, longWordsCatalog } from './support/catalogs.js';
import { MISSING, NEVER_ANSWERS, SAMPLE, element, find, holdFetch, ready } from './support/element.js';

/**
 * `<t4g-city-directory>`: every city of the catalogue as a searchable grid of compact city cards, with facets for
 * country, role and track. Activating a city shows its full profile in place.
 */
const meta = {
  title: 'Components/City directory',
  component: 't4g-city-directory',
  // The docs page shows the first story and a few key states; stories tagged `!autodocs` are in the sidebar only
  // (every story on the page made it tens of thousands of pixels tall).
  tags: ['autodocs'],
  args: { src: SAMPLE },
  render: (args, { argTypes }) => element('t4g-city-directory', args, argTypes),
} satisfies Meta;

export default meta;
type Story = StoryObj;

const directory = (canvasElement: HTMLElement) => find(canvasElement, 't4g-city-directory');
/** On the docs page, run the play function that puts the story in its state. */
const autoplay = { docs: { story: { autoplay: true } } };
/** On the docs page, show the story in a frame of its own. */
const ownFrame = (height = 900) => ({ docs: { story: { inline: false, iframeHeight: height } } });

/** The ICC cities of the sample catalogue. */
export const SampleCatalogue: Story = { name: 'Sample catalogue' };

/** The catalogue has not arrived yet (this story's address never answers). */
export const Loading: Story = {
  tags: ['loading-state'],
  args: { src: NEVER_ANSWERS },
  beforeEach: () => holdFetch(NEVER_ANSWERS),
};

/** `src` points to a file that does not exist (HTTP 404). */
export const FatalError: Story = {
  name: 'Fatal error: missing file',
  tags: ['http-404'],
  args: { src: MISSING },
  play: async ({ canvasElement }) => {
    const el = directory(canvasElement);
    await ready(el);
    await expect(el.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull();
  },
};

/** Words no city matches (`el.search('zzzz')`). */
export const EmptyResults: Story = {
  name: 'Empty results',
  parameters: autoplay,
  play: async ({ canvasElement }) => {
    const el = directory(canvasElement);
    await ready(el);
    el.search('zzzz');
    await el.updateComplete;
    await expect(el.total).toBe(0);
  },
};

/** One city found (`el.search('Ventspils')`). */
export const OneResult: Story = {
  tags: ['!autodocs'],
  name: 'One result',
  parameters: autoplay,
  play: async ({ canvasElement }) => {
    const el = directory(canvasElement);
    await ready(el);
    el.search('Ventspils');
    await el.updateComplete;
    await expect(el.results).toEqual(['ventspils']);
  },
};

/** A city's full profile, shown in place (`el.showCity('porto')`); "Back to cities" returns to the grid. */
export const ProfileOpen: Story = {
  tags: ['!autodocs'],
  name: 'A city profile open',
  // Its own frame on the docs page: opening a profile moves focus to it, which would scroll the docs page.
  parameters: ownFrame(),
  play: async ({ canvasElement }) => {
    const el = directory(canvasElement);
    await ready(el);
    el.showCity('porto');
    await el.updateComplete;
    await waitFor(() => expect(el.shadowRoot!.querySelector('.profile t4g-city-card')?.shadowRoot?.querySelector('article')).toBeTruthy());
  },
};

let generated: Catalog | undefined;

/** 600 generated cities (seeded: the same every time), given as the `catalog` property. */
export const ManyCities: Story = {
  tags: ['!autodocs'],
  name: 'Many results (600 cities)',
  args: { src: undefined },
  render: (args, { argTypes }) => element('t4g-city-directory', args, argTypes, { catalog: (generated ??= generatedCatalog({ solutions: 200, cities: 600 })) }),
  play: async ({ canvasElement }) => {
    const el = directory(canvasElement);
    await ready(el);
    await expect(el.total).toBe(600);
  },
};

/** A city name and German words longer than a card is wide. */
export const LongGermanWords: Story = {
  tags: ['!autodocs'],
  name: 'Long names and long German words',
  args: { src: undefined, lang: 'de' },
  render: (args, { argTypes }) => element('t4g-city-directory', args, argTypes, { catalog: longWordsCatalog() }),
  play: async ({ canvasElement }) => {
    const el = directory(canvasElement);
    await ready(el);
    await expect(el.total).toBe(1);
  },
};

export const German: Story = { name: 'Language: German', tags: ['!autodocs'], args: { lang: 'de' } };
export const Polish: Story = { name: 'Language: Polish', tags: ['!autodocs'], args: { lang: 'pl' } };

export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark' } };

export const CustomTheme: Story = { name: 'Custom theme (tokens only)', tags: ['!autodocs'], args: { ...CUSTOM_THEME } };

/** In a 320 px column: the facets fold away behind a "Filters" button. */
export const NarrowColumn: Story = {
  tags: ['!autodocs'],
  name: 'Narrow column (320 px)',
  render: (args, { argTypes }) => html`<div style="width: 320px; max-width: 100%">${element('t4g-city-directory', args, argTypes)}</div>`,
};

export const WidePage: Story = {
  tags: ['!autodocs'],
  name: 'Wide page',
  parameters: { layout: 'fullscreen' },
  render: (args, { argTypes }) => html`<div style="padding: 1.5rem 2rem; min-width: 60rem">${element('t4g-city-directory', args, argTypes)}</div>`,
};

/**
 * `sync-url` with `url-prefix="demo-city-"`: the filters live in the page's URL, and so does the open city (as
 * its address, `?demo-city=ID`: the prefix without its final hyphen), so Back returns from a profile to the grid. Open this story in its own tab to see the address change.
 */
export const UrlSynced: Story = {
  tags: ['!autodocs'],
  name: 'URL-synced state',
  args: { 'sync-url': true, 'url-prefix': 'demo-city-' },
  parameters: ownFrame(),
  play: async ({ canvasElement }) => {
    const el = directory(canvasElement);
    await ready(el);
    el.setFilters({ country: ['ES'] });
    el.showCity('terrassa');
    await el.updateComplete;
    const params = new URLSearchParams(location.search);
    await expect(params.getAll('demo-city-country')).toEqual(['ES']);
    await expect(params.get('demo-city')).toBe('terrassa');
  },
};
