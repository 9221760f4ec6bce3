/**
 * Where the stepped JSON parser comes from: imported when a body is large,
 * which makes it a file of its own in the bundles (`t4g-json-steps.js`), so
 * pages with small catalogues never load it. The classic script swaps this
 * module for src/internal/json-steps-loader.classic.ts (vite.config.ts).
 */
export const loadJsonSteps = (): Promise<typeof import('./json-steps.js')> => import('./json-steps.js');
