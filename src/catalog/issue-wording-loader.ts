/**
 * Where the wording of problems comes from in the browser: imported when a
 * catalogue has problems, which makes it a file of its own in the bundles
 * (`t4g-issue-wording.js`), so pages with valid catalogues never load it. The
 * classic script swaps this module for
 * src/internal/issue-wording-loader.classic.ts (vite.config.ts).
 */
export const loadIssueWording = (): Promise<typeof import('./issue-wording.js')> => import('./issue-wording.js');
