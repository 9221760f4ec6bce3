import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Catalog, Solution } from '../src/catalog/schema.js';
import { fetchJson, longWordsCatalog } from './support/catalogs.js';
import { SAMPLE, element } from './support/element.js';

/**
 * `<t4g-solution-detail>`: everything about one solution in a modal dialog. The marketplace opens it; here it is
 * given a solution and its catalogue (`solution` and `catalog` properties) and `open`. Each story is a page of its own
 * on the docs page, since a modal dialog takes the whole page.
 */
const meta = {
  title: 'Components/Solution detail',
  component: 't4g-solution-detail',
  // The docs page shows the first story and a few key states; stories tagged `!autodocs` are in the sidebar only
  // (every story on the page made it tens of thousands of pixels tall).
  tags: ['autodocs'],
  args: { open: true },
  parameters: { docs: { story: { inline: false, iframeHeight: 800 } } },
  loaders: [async () => ({ catalog: await fetchJson(SAMPLE) })],
  render: (args, { argTypes, loaded, parameters }) => {
    const catalog = (parameters.catalog as Catalog | undefined) ?? (loaded.catalog as Catalog);
    const id = (parameters.solutionId as string | undefined) ?? 'bike-sharing-rebalancer';
    const solution = catalog.solutions?.find((s) => s.id === id) as Solution;
    return element('t4g-solution-detail', args, argTypes, { solution, catalog });
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A solution with every field: provider, readiness, goals, impact, pricing, languages, the cities that use it, links. */
export const Open: Story = {};

export const German: Story = { name: 'Language: German', args: { lang: 'de' }, parameters: { solutionId: 'heat-pump-district-planner' } };

export const Polish: Story = { name: 'Language: Polish', tags: ['!autodocs'], args: { lang: 'pl' } };

export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark' } };

/** Words longer than the dialog is wide, in German. */
export const LongGermanWords: Story = {
  tags: ['!autodocs'],
  name: 'Long German words',
  args: { lang: 'de' },
  parameters: { catalog: longWordsCatalog(), solutionId: 'donaudampfschifffahrt' },
};

/**
 * On a phone (Storybook's "Small mobile" viewport, 320 px: the width WCAG reflow asks for): below 600 px the dialog
 * is a full-screen sheet, its title row and Close stay at the top while the rest scrolls, and each label sits above
 * its value. Pick another viewport in the toolbar to see it turn back into a centred dialog.
 */
export const OnAPhone: Story = {
  name: 'On a phone, long German words',
  args: { lang: 'de' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  parameters: { catalog: longWordsCatalog(), solutionId: 'donaudampfschifffahrt' },
};

/** A narrow dialog on a wide screen: the labels go above the values when the dialog (not the window) is narrow. */
export const NarrowDialog: Story = {
  name: 'Narrow dialog (--t4g-dialog-width: 28em)',
  args: { '--t4g-dialog-width': '28em' },
};

/**
 * A provider's name and an impact label with a right-to-left override left open (U+202E): the catalogue's text sits
 * in runs of its own, so "(Start-up, Denmark)" and "1,234 tonnes" still read left to right.
 */
export const RightToLeftOverride: Story = {
  tags: ['!autodocs'],
  name: 'Right-to-left override in catalogue text',
  parameters: {
    catalog: {
      version: 1,
      solutions: [
        {
          id: 'rtl',
          name: 'Waste sorting sensors',
          summary: 'Sensors in public bins report how full they are.',
          tracks: ['green-economy'],
          provider: { name: 'Acme \u202ELabs', type: 'startup', country: 'DK' },
          impact: [{ label: 'Waste collected \u202Eyearly', value: 1234, unit: 'tonnes' }],
          technologies: ['IoT\u202E', 'Open data'],
        },
      ],
    },
    solutionId: 'rtl',
  },
};
