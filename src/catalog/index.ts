/** The data core: no DOM, shared by the components, the CLI and the tests. */
export * from './schema.js';
export * from './errors.js';
export * from './problems.js';
export * from './validate.js';
export * from './load.js';
export * from './localized.js';
export * from './tracks.js';
export { COUNTRY_CODES } from './countries.js';
