/**
 * The script-tag entry: defines every element of the library.
 * `<script type="module" src=".../t4g.js"></script>`
 */
import { T4gMarketplace } from './components/marketplace/marketplace.js';
import { T4gSolutionCard } from './components/solution-card/solution-card.js';
import { T4gSolutionDetail } from './components/solution-detail/solution-detail.js';
import { defineOnce } from './define.js';

defineOnce('t4g-marketplace', T4gMarketplace);
defineOnce('t4g-solution-card', T4gSolutionCard);
defineOnce('t4g-solution-detail', T4gSolutionDetail);

export { T4gMarketplace, T4gSolutionCard, T4gSolutionDetail };
export * from './catalog/index.js';
