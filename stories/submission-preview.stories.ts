import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { MINIMAL_SOLUTION } from '../src/catalog/starter.js';
import '../src/t4g-submit.js';
import { SAMPLE, find } from './support/element.js';

/**
 * The solution providers' workshop, `<t4g-submission-preview>` from `dist/t4g-submit.js`: write, paste, drop or open
 * a catalogue entry; every problem is listed with its line and column (the same checks and words as
 * `t4g validate`), and each solution is previewed as a card and as its detail. With `against`, city and track
 * references and ids are checked against the published catalogue too. The text stays in the browser.
 *
 * From the keyboard: Ctrl+Space completes, F8 / Shift+F8 go to the next / previous problem, F2 reads the help on the
 * field at the cursor (also shown under the editor as the cursor moves), Escape closes a tip, Tab leaves the editor.
 * A screen reader hears the number of problems when a check changes it, and the problem F8 reaches.
 */
const meta = {
  title: 'Providers/Submit a solution',
  component: 't4g-submission-preview',
  tags: ['autodocs'],
  args: { against: SAMPLE },
  parameters: { layout: 'padded' },
  render: (args) => html`<t4g-submission-preview against=${args.against}></t4g-submission-preview>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const entry = (solution: Record<string, unknown>) =>
  JSON.stringify({ ...MINIMAL_SOLUTION, solutions: [{ ...MINIMAL_SOLUTION.solutions[0], ...solution }] }, null, 2);

/** A story with `value` set: what a provider sees with that text in the editor. */
const withText = (text: string): Story['render'] => (args) =>
  html`<t4g-submission-preview against=${args.against} .value=${text}></t4g-submission-preview>`;

/** Waits for the first check (after the `against` catalogue) and returns the element. */
async function checked(canvasElement: HTMLElement, done: (el: HTMLElementTagNameMap['t4g-submission-preview']) => boolean) {
  const el = find(canvasElement, 't4g-submission-preview');
  await waitFor(() => expect(done(el)).toBe(true), { timeout: 10000 });
  return el;
}

/** The page providers are sent to: the published sample catalogue as `against`; their text kept in this browser. */
export const SubmitASolution: Story = {
  name: 'Submit a solution',
  parameters: { docs: { story: { inline: false, height: '48rem' } } },
};

/** Nothing written yet: what to do, and the toolbar. */
export const Empty: Story = {
  render: withText(''),
  play: async ({ canvasElement }) => {
    const el = await checked(canvasElement, (el) => !!el.shadowRoot?.querySelector('.status')?.textContent?.includes('start from a template'));
    await expect(el.problems).toEqual([]);
  },
};

/** The template, filled in: valid, previewed as a card; choose it to see its detail. */
export const Valid: Story = {
  render: withText(entry({ id: 'heat-planner', name: { en: 'Heat pump planner', fr: 'Planificateur de pompes à chaleur' }, summary: 'Maps where heat pumps fit, block by block.', cities: ['porto'] })),
  play: async ({ canvasElement }) => {
    // Until the published catalogue is in, Porto is a warning: "was not checked".
    const el = await checked(canvasElement, (el) => !!el.shadowRoot?.querySelector('.against:not(.error)')?.textContent?.startsWith('Checked'));
    // The check with it in is answered after that render: updateComplete waits for it.
    await el.updateComplete;
    await expect(el.problems).toEqual([]);
    await expect(el.shadowRoot!.querySelector('.preview t4g-solution-card')).not.toBeNull();
  },
};

/** A typo in a city and a track, checked against the published catalogue: each with the closest id. */
export const Invalid: Story = {
  render: withText(entry({ tracks: ['green-economi'], cities: ['portoo'], pricing: 'cheap' })),
  play: async ({ canvasElement }) => {
    const el = await checked(canvasElement, (el) => el.problems.some((p) => p.message.includes('did you mean `porto`')));
    await expect(el.problems.some((p) => p.message.includes('did you mean `green-economy`'))).toBe(true);
  },
};

/** Markup and scripts in the text stay text, in the problems and in the preview. */
export const Hostile: Story = {
  render: withText(entry({ name: '<img src=x onerror="alert(1)">', summary: '<script>alert(1)</script> and a <b>bold</b> claim' })),
  play: async ({ canvasElement }) => {
    const el = await checked(canvasElement, (el) => !!el.shadowRoot?.querySelector('.preview t4g-solution-card'));
    const card = el.shadowRoot!.querySelector('t4g-solution-card')!;
    await card.updateComplete;
    await expect(card.shadowRoot!.querySelector('.name')!.textContent).toBe('<img src=x onerror="alert(1)">');
    await expect(card.shadowRoot!.querySelector('img, script, b')).toBeNull();
  },
};

/**
 * A solution without its name (required), so validation leaves it out: its unknown city and track are listed beside
 * that error at once, with the closest ids, as `t4g validate` would list them once the name is written in.
 */
export const LeftOutStillChecked: Story = {
  name: 'Left out, still checked',
  render: withText(
    JSON.stringify({ ...MINIMAL_SOLUTION, solutions: [{ ...MINIMAL_SOLUTION.solutions[0], name: undefined, tracks: ['green-economi'], cities: ['portoo'] }] }, null, 2),
  ),
  play: async ({ canvasElement }) => {
    const el = await checked(canvasElement, (el) => el.problems.some((p) => p.message.includes('did you mean `porto`')));
    await expect(el.problems.some((p) => p.message === 'name is required but missing')).toBe(true);
    await expect(el.problems.some((p) => p.message.includes('did you mean `green-economy`'))).toBe(true);
  },
};
