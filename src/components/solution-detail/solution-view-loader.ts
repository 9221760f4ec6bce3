/**
 * Where the detail's view comes from: imported on first use, which makes it a file of its own in the module bundle
 * (`t4g-solution-view.js`). The classic script swaps this module for src/internal/solution-view-loader.classic.ts
 * (vite.config.ts).
 */
export const loadSolutionView = (): Promise<typeof import('./solution-view.js')> => import('./solution-view.js');
