/**
 * Where the entries' validation comes from in the browser: imported when a
 * catalogue is loaded (and already while it downloads), which makes it a file
 * of its own in the bundles (`t4g-validation.js`). The classic script swaps
 * this module for src/internal/validation-loader.classic.ts (vite.config.ts).
 */
export const loadValidation = (): Promise<typeof import('./validation.js')> => import('./validation.js');
