import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { CUSTOM_THEME, longWordsCatalog } from './support/catalogs.js';
import { MISSING, NEVER_ANSWERS, SAMPLE, element, find, holdFetch, textsOf } from './support/element.js';

/**
 * `<t4g-city-card>`: a city of the Intelligent Cities Challenge. `variant="compact"` for lists (the directory's
 * grid), `variant="full"` for the whole profile. Data from the sample catalogue: real ICC cities.
 */
const meta = {
  title: 'Components/City card',
  component: 't4g-city-card',
  // The docs page shows the first story and a few key states; stories tagged `!autodocs` are in the sidebar only
  // (every story on the page made it tens of thousands of pixels tall).
  tags: ['autodocs'],
  args: { src: SAMPLE, 'city-id': 'porto', variant: 'compact' },
  render: (args, { argTypes }) => html`<div style="max-width: ${args.variant === 'full' ? '44rem' : '22rem'}">${element('t4g-city-card', args, argTypes)}</div>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Waits until the card shows its city (or says why it cannot). */
async function shown(canvasElement: HTMLElement) {
  const card = find(canvasElement, 't4g-city-card');
  await waitFor(() => expect(card.shadowRoot?.querySelector('article:not([aria-busy]), [role="alert"]')).not.toBeNull(), { timeout: 10000 });
  await card.updateComplete;
  return card;
}

const play = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  await shown(canvasElement);
};

/** Name, country, role, population with its year, tracks and tagline. Activating the name fires `t4g-city-select`. */
export const Compact: Story = { play };

/** The whole profile: summary, ambitions, best practices and the solutions they use, mentees, website. */
export const Full: Story = { args: { variant: 'full' }, play };

/** A core city's full profile, with the mentor cities it learns from. */
export const FullCoreCity: Story = { name: 'Full: a core city', tags: ['!autodocs'], args: { variant: 'full', 'city-id': 'ioannina' }, play };

export const French: Story = { name: 'Language: French', tags: ['!autodocs'], args: { variant: 'full', lang: 'fr' }, play };

export const DarkTheme: Story = { name: 'Dark theme', args: { variant: 'full', theme: 'dark' }, play };

export const CustomTheme: Story = { name: 'Custom theme (tokens only)', tags: ['!autodocs'], args: { variant: 'full', ...CUSTOM_THEME }, play };

/** Compact cards of different lengths in one row of a grid (as the directory lays them out): they end at the same height, tracks level at the foot. */
export const InARow: Story = {
  name: 'Compact, in a row (equal heights)',
  render: (args, { argTypes }) => html`<ol style="display: grid; grid-template-columns: repeat(auto-fill, minmax(16em, 1fr)); gap: 1em; margin: 0; padding: 0; list-style: none">
    ${['porto', 'ioannina', 'espoo'].map((id) => html`<li>${element('t4g-city-card', { ...args, 'city-id': id }, argTypes)}</li>`)}
  </ol>`,
  play: async ({ canvasElement }) => {
    const all = [...canvasElement.querySelectorAll('t4g-city-card')];
    await waitFor(() => expect(all.every((card) => card.shadowRoot?.querySelector('h3'))).toBe(true), { timeout: 10000 });
    await Promise.all(all.map((card) => card.updateComplete));
  },
};

/** A full profile in a 320 px column. */
export const NarrowColumn: Story = {
  tags: ['!autodocs'],
  name: 'Narrow column (320 px)',
  args: { variant: 'full' },
  render: (args, { argTypes }) => html`<div style="width: 320px; max-width: 100%">${element('t4g-city-card', args, argTypes)}</div>`,
  play,
};

/** A city name and German words longer than the card is wide (given as the `catalog` property, with `city-id`). */
export const LongGermanWords: Story = {
  tags: ['!autodocs'],
  name: 'Long German words',
  args: { src: undefined, 'city-id': 'oberdonaudampfschifffahrtshafenstadt', variant: 'full', lang: 'de' },
  render: (args, { argTypes }) => html`<div style="max-width: 20rem">${element('t4g-city-card', args, argTypes, { catalog: longWordsCatalog() })}</div>`,
  play,
};

/** A `city-id` the catalogue does not have: the card names it (and fires `t4g-error` with `kind: 'not-found'`). */
export const UnknownCity: Story = {
  tags: ['!autodocs'],
  name: 'Unknown city id',
  args: { 'city-id': 'atlantis' },
  play: async ({ canvasElement }) => {
    const card = await shown(canvasElement);
    await expect(card.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('atlantis');
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
    await waitFor(() => expect(alert().querySelector('h2')?.textContent).toBe(t.cityErrorTitle));
    await expect(alert().querySelector('button')?.textContent).toBe(t.retry);
  },
};

/** On its own, while its catalogue has not arrived: a placeholder card, marked busy, with "Loading…" for screen readers. (This story's address never answers.) */
export const Loading: Story = {
  tags: ['loading-state'],
  args: { src: NEVER_ANSWERS },
  beforeEach: () => holdFetch(NEVER_ANSWERS),
};
