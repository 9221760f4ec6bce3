import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook: the designers' workshop and the public documentation.
 *   npm run storybook         dev server on http://localhost:6006
 *   npm run build-storybook   static site in storybook-static/ (CI opens every story: test/storybook/)
 * Both first write custom-elements.json, which the controls and API tables read (preview.ts).
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The sample catalogue and the test fixtures, at catalog/… and fixtures/… beside iframe.html
  // (stories use relative addresses, so a build served from a sub-folder works too).
  staticDirs: [
    { from: '../catalog', to: '/catalog' },
    { from: '../test/fixtures', to: '/fixtures' },
  ],
  // vite.config.ts builds the script-tag bundles in library mode. Storybook drops the project's `build`
  // block when it loads that file, but make sure no library build (or the bundles' chunk names) leaks into the app
  // Storybook builds.
  viteFinal(viteConfig) {
    if (viteConfig.build) {
      viteConfig.build.lib = false;
      const output = viteConfig.build.rolldownOptions?.output;
      if (output && !Array.isArray(output)) delete output.chunkFileNames;
    }
    // The dev server pre-bundles lit for the stories and the components; Storybook's own renderer imports
    // lit/directive-helpers.js, which would otherwise load a second copy of lit-html ("Multiple versions of Lit loaded").
    viteConfig.optimizeDeps = { ...viteConfig.optimizeDeps, include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] };
    return viteConfig;
  },
};

export default config;
