// `npm run manifest` writes custom-elements.json from the components' JSDoc;
// Storybook's controls and docs read it. Runs after `npm run build:lib`: the
// design tokens are added to every element from their one table,
// dist/lib/styles/token-docs.js (src/styles/tokens.ts, token-docs.ts), not written again in JSDoc.
// Plugin phases are not awaited: read the table before the analyzer starts.
const { documentedTokens } = await import('./dist/lib/styles/token-docs.js');
const TOKENS = documentedTokens();

export default {
  globs: ['src/components/**/*.ts', 'src/internal/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [
    {
      name: 't4g-design-tokens',
      packageLinkPhase({ customElementsManifest }) {
        const tokens = TOKENS.map((token) => ({
          name: token.name,
          description: token.use,
          default: token.dark ? `${token.light} (dark: ${token.dark})` : token.light,
        }));
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.customElement || !declaration.tagName) continue;
            const own = new Set((declaration.cssProperties ?? []).map((property) => property.name));
            declaration.cssProperties = [...(declaration.cssProperties ?? []), ...tokens.filter((token) => !own.has(token.name))];
          }
        }
      },
    },
  ],
};
