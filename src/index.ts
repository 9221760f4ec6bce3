/**
 * The npm entry: every element class, the data core and the event types,
 * without registering anything (import `tech4good-marketplace/define` for that).
 */
export { T4gCityCard } from './components/city-card/city-card.js';
export { T4gCityDirectory } from './components/city-directory/city-directory.js';
export { T4gMarketplace } from './components/marketplace/marketplace.js';
export { T4gSolutionCard } from './components/solution-card/solution-card.js';
export { T4gSolutionDetail } from './components/solution-detail/solution-detail.js';
export { defineOnce } from './define.js';
export * from './catalog/index.js';
export * from './events.js';
