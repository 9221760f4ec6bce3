import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { Solution } from '../src/catalog/schema.js';
import { ICC_TRACKS } from '../src/catalog/tracks.js';
import { CUSTOM_THEME, fetchJson, longWordsCatalog, withInvalidSolution } from './support/catalogs.js';
import { MISSING, NEVER_ANSWERS, SAMPLE, element, find, holdFetch, textsOf } from './support/element.js';

/**
 * `<t4g-solution-card>`: one solution as a card, as the marketplace shows it, or on its own with `src` and
 * `solution-id`. Activating the name fires `t4g-select` (see the Actions panel).
 */
const meta = {
  title: 'Components/Solution card',
  component: 't4g-solution-card',
  // The docs page shows the first story and a few key states; stories tagged `!autodocs` are in the sidebar only
  // (every story on the page made it tens of thousands of pixels tall).
  tags: ['autodocs'],
  args: { src: SAMPLE, 'solution-id': 'bike-sharing-rebalancer' },
  render: (args, { argTypes }) => html`<div style="max-width: 22rem">${element('t4g-solution-card', args, argTypes)}</div>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Waits until the card shows its solution (or says why it cannot). */
async function shown(canvasElement: HTMLElement) {
  const card = find(canvasElement, 't4g-solution-card');
  await waitFor(() => expect(card.shadowRoot?.querySelector('article:not([aria-busy]), [role="alert"]')).not.toBeNull(), { timeout: 10000 });
  await card.updateComplete;
  return card;
}

/**
 * On its own: `<t4g-solution-card src="catalog/icc-sample.json" solution-id="bike-sharing-rebalancer">`. This solution
 * has an image, named relative to the catalogue (`"image": "images/bike-sharing.svg"`): it shows across the top of the
 * card at 16:9, with the catalogue's alt text.
 */
export const FromCatalogue: Story = {
  name: 'From a catalogue address (with an image)',
  play: async ({ canvasElement }) => {
    const card = await shown(canvasElement);
    const img = card.shadowRoot!.querySelector('img')!;
    await expect(img.getAttribute('src')).toBe(new URL('catalog/images/bike-sharing.svg', document.baseURI).href);
    await expect(img.alt).toBe('Two shared bikes at a docking station beside a street');
  },
};

/** A solution without an image: nothing takes its place; the name comes first. */
export const WithoutImage: Story = {
  name: 'Without an image',
  args: { 'solution-id': 'heat-pump-district-planner' },
  play: async ({ canvasElement }) => {
    const card = await shown(canvasElement);
    await expect(card.shadowRoot!.querySelector('article')!.firstElementChild!.localName).toBe('h3');
  },
};

/**
 * Cards of different lengths in one row of a grid, as the marketplace lays them out (`<ol><li>`): they end at the same
 * height, with their tracks and facts level at the foot. A click anywhere on a card opens it (Actions: `t4g-select`),
 * except one that ends selecting its text; the name stays its one button, and a keyboard user's focus ring goes around
 * the whole card.
 */
export const InARow: Story = {
  name: 'In a row (equal heights)',
  args: { src: undefined, 'solution-id': undefined },
  render: (args, { argTypes }) => html`<ol style="display: grid; grid-template-columns: repeat(auto-fill, minmax(16em, 1fr)); gap: 1em; margin: 0; padding: 0; list-style: none">
    ${['bike-sharing-rebalancer', 'water-leak-detection', 'participatory-budgeting-suite'].map(
      (id) => html`<li>${element('t4g-solution-card', { ...args, src: SAMPLE, 'solution-id': id }, argTypes)}</li>`,
    )}
  </ol>`,
  play: async ({ canvasElement }) => {
    const all = [...canvasElement.querySelectorAll('t4g-solution-card')];
    await waitFor(() => expect(all.every((card) => card.shadowRoot?.querySelector('h3'))).toBe(true), { timeout: 10000 });
    await Promise.all(all.map((card) => card.updateComplete));
  },
};

/**
 * Each of the ICC's tracks and services with its marker: a colour of its own (3:1 against the card in both themes),
 * always beside the written name. A catalogue's own tracks get a neutral marker.
 */
export const EveryTrack: Story = {
  name: 'Every ICC track and service',
  args: { src: undefined, 'solution-id': undefined },
  render: (args, { argTypes }) =>
    html`<div style="max-width: 22rem">${element('t4g-solution-card', args, argTypes, {
      solution: { id: 'all-tracks', name: 'One solution in every track', summary: 'Shows the marker of each ICC track and service.', tracks: ICC_TRACKS.map((track) => track.id), provider: { name: 'Example' }, trl: 5 },
    })}</div>`,
  play: async ({ canvasElement }) => {
    const card = await shown(canvasElement);
    await expect(card.shadowRoot!.querySelectorAll('[data-track]').length).toBe(ICC_TRACKS.length);
  },
};

/**
 * Given the solution as its `solution` property, with search matches (`highlights`: character ranges of the name and
 * summary), as inside the marketplace after searching "bike". Matches are painted as `::highlight(t4g-match)`, themed
 * with `--t4g-color-highlight`.
 */
export const WithSearchMatches: Story = {
  name: 'Search matches highlighted',
  args: { src: undefined, 'solution-id': undefined },
  loaders: [async () => ({ solution: (await fetchJson(SAMPLE)).solutions?.find((s) => s.id === 'bike-sharing-rebalancer') })],
  render: (args, { argTypes, loaded }) => {
    const solution = loaded.solution as Solution;
    const summary = typeof solution.summary === 'string' ? solution.summary : (solution.summary.en ?? '');
    const at = summary.indexOf('bikes');
    return html`<div style="max-width: 22rem">${element('t4g-solution-card', args, argTypes, {
      solution,
      highlights: { name: [[0, 4]], summary: at >= 0 ? [[at, at + 5]] : [] },
    })}</div>`;
  },
  play: async ({ canvasElement }) => {
    const card = await shown(canvasElement);
    const painted = [...(CSS.highlights.get('t4g-match') ?? [])]
      .filter((range) => card.shadowRoot!.contains(range.startContainer))
      .map((range) => (range.startContainer as Text).data.slice(range.startOffset, range.endOffset));
    await expect(painted).toEqual(['Bike', 'bikes']);
  },
};

/** A name longer than the card is wide, in German: the word wraps inside the card. */
export const LongGermanName: Story = {
  tags: ['!autodocs'],
  name: 'Long German name',
  args: { src: undefined, 'solution-id': undefined, lang: 'de' },
  render: (args, { argTypes }) =>
    html`<div style="max-width: 16rem">${element('t4g-solution-card', args, argTypes, { solution: longWordsCatalog().solutions![0]! })}</div>`,
};

/** In French (`lang="fr"`); catalogue text in French where the catalogue has it. */
export const French: Story = {
  tags: ['!autodocs'],
  name: 'Language: French',
  args: { lang: 'fr' },
  play: async ({ canvasElement }) => {
    await shown(canvasElement);
  },
};

/** Dark: the track markers take their dark-theme colours. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await shown(canvasElement);
  },
};

export const CustomTheme: Story = {
  tags: ['!autodocs'],
  name: 'Custom theme (tokens only)',
  args: { ...CUSTOM_THEME },
  play: async ({ canvasElement }) => {
    await shown(canvasElement);
  },
};

/** An id the catalogue does not have: the card says so (and fires `t4g-error` with `kind: 'not-found'`). */
export const UnknownSolution: Story = {
  tags: ['!autodocs'],
  name: 'Unknown solution id',
  args: { 'solution-id': 'no-such-solution' },
  play: async ({ canvasElement }) => {
    const card = await shown(canvasElement);
    await expect(card.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('no-such-solution');
  },
};

/** The card's catalogue is an entry of its own that the loader left out: the card says so, with the field and the reason. */
export const LeftOut: Story = {
  tags: ['!autodocs'],
  name: 'Solution left out of its catalogue',
  args: { src: undefined, 'solution-id': 'broken-entry' },
  loaders: [async () => ({ catalog: withInvalidSolution(await fetchJson(SAMPLE)) })],
  render: (args, { argTypes, loaded }) => html`<div style="max-width: 22rem">${element('t4g-solution-card', args, argTypes, { catalog: loaded.catalog as object })}</div>`,
  play: async ({ canvasElement }) => {
    const card = await shown(canvasElement);
    const t = await textsOf(card);
    const alert = () => card.shadowRoot!.querySelector('[role="alert"]')!;
    await waitFor(() => expect(alert().textContent).toContain(t.leftOut('broken-entry')));
    await expect(alert().querySelector('button')).toBeNull();
  },
};

/** `src` points to a file that does not exist (HTTP 404): the card says why, with "Try again". */
export const CatalogueMissing: Story = {
  name: 'Catalogue cannot be loaded',
  tags: ['http-404'],
  args: { src: MISSING },
  play: async ({ canvasElement }) => {
    const card = await shown(canvasElement);
    const t = await textsOf(card);
    const alert = () => card.shadowRoot!.querySelector('[role="alert"]')!;
    await expect(alert().textContent).toContain('404');
    await waitFor(() => expect(alert().querySelector('button')?.textContent).toBe(t.retry));
  },
};

/** On its own, while its catalogue has not arrived: a placeholder card, marked busy, with "Loading…" for screen readers. (This story's address never answers.) */
export const Loading: Story = {
  tags: ['loading-state'],
  args: { src: NEVER_ANSWERS },
  beforeEach: () => holdFetch(NEVER_ANSWERS),
};
