import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, InputType } from 'storybook/internal/types';
// Written by `npm run manifest` (the storybook scripts run it first) from the components' JSDoc and the token table.
import manifest from '../custom-elements.json';
// Defines every element, as the script-tag bundle does.
import '../src/t4g.js';
import { globalTypes, initialGlobals, withToolbar, withoutFrame } from './toolbar.js';

interface Member {
  kind?: string;
  name: string;
  type?: { text?: string };
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

// The controls and the API tables (attributes, properties, events, slots, parts, CSS custom properties) come from
// custom-elements.json. Only the public API is kept: the analyzer also lists static, private and protected fields.
const publicApi: Manifest = structuredClone(manifest as Manifest);
for (const module of publicApi.modules) {
  for (const declaration of module.declarations ?? []) {
    declaration.members = declaration.members?.filter((member) => !member.static && !member.privacy && !member.name.startsWith('_'));
  }
}
setCustomElementsManifest(publicApi);

const declarations = new Map(publicApi.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName!, d]));

/**
 * The manifest gives TypeScript types as text (`string | undefined`, `'compact' | 'full'`); Storybook only knows a
 * few type names and would make every one of them a JSON editor. Turn them into the right control, still from the
 * manifest: text, number, boolean, a choice of the literal values; a colour picker for colour tokens. Properties
 * that have an attribute are set through the attribute's control; read-only properties, events and parts get none.
 */
function controlFor(name: string, argType: InputType, element: Declaration | undefined): Partial<InputType> {
  const category = argType.table?.category;
  if (category === 'events' || category === 'css shadow parts' || category === 'slots') return { control: false };
  if (category === 'css custom properties') {
    return { type: { name: 'string' }, control: { type: name.startsWith('--t4g-color-') ? 'color' : 'text' } };
  }
  if (category !== 'attributes' && category !== 'properties') return {};
  if (category === 'properties') {
    const member = element?.members?.find((m) => m.name === name);
    if (member?.readonly || (member?.attribute && member.attribute !== name)) return { control: false };
  }
  const text = String(argType.table?.type?.summary ?? '').replace(/\s*\|\s*undefined\b/g, '').trim();
  if (text === 'string') return { type: { name: 'string' } };
  if (text === 'number') return { type: { name: 'number' } };
  if (text === 'boolean') return { type: { name: 'boolean' } };
  const literals = text.split('|').map((part) => part.trim());
  if (literals.length > 1 && literals.every((part) => /^'[^']*'$/.test(part))) {
    return { type: { name: 'enum', value: literals.map((part) => part.slice(1, -1)) } };
  }
  return {};
}

const manifestControls: ArgTypesEnhancer = (context) => {
  const element = typeof context.component === 'string' ? declarations.get(context.component) : undefined;
  return Object.fromEntries(Object.entries(context.argTypes).map(([name, argType]) => [name, { ...argType, ...controlFor(name, argType, element) }]));
};

const preview: Preview = {
  argTypesEnhancers: [manifestControls],
  // Theme, language and page font in the toolbar, for every story (toolbar.ts).
  globalTypes,
  initialGlobals,
  decorators: [withToolbar],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    // Every story is checked with axe in the a11y panel; a violation counts as a failure (CI checks the same with
    // test/storybook/stories.test.mjs).
    a11y: { test: 'error' },
    docs: { toc: true, source: { transform: withoutFrame } },
    options: {
      // The documentation pages (stories/docs/*.mdx) first, Getting started leading and For designers beside
      // Theming; then the components.
      storySort: {
        order: ['Docs', ['Getting started', 'For designers', 'Theming'], 'Getting started', 'Components', ['Marketplace', 'Solution card', 'Solution detail', 'City card', 'City directory']],
      },
    },
  },
};

export default preview;
