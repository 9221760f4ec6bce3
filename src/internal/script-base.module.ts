/**
 * A module bundle's own address (the workshop's `t4g-submit.js`), to load the
 * files beside it the way the classic script does (vite.config.ts swaps this
 * in for script-base.ts): a module has no `document.currentScript`.
 */
export const scriptBase = import.meta.url;
