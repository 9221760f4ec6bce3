// `npm run manifest` writes custom-elements.json from the components' JSDoc;
// Storybook's controls and docs read it.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
};
