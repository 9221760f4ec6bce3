/**
 * The data core: no DOM, shared by the components, the CLI and the tests.
 * The zod schema itself is `tech4good-marketplace/schema` (it stays out of
 * the script-tag bundle; validation reads the generated contract).
 */
export type { Catalog, City, LocalizedText, Solution, Track } from './schema.js';
export * from './constants.js';
export * from './errors.js';
export * from './problems.js';
export * from './validate.js';
export * from './load.js';
export * from './localized.js';
export { ICC_TRACKS, type IccTrackId, type TrackNames } from './tracks.js';
export * from './names.js';
export * from './search.js';
export * from './cities.js';
export * from './facets.js';
export * from './query.js';
