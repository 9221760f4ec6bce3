/**
 * The script-tag entry (`dist/t4g.js`): defines every element and exports
 * their classes. The data core (loader, search, validation) is the npm
 * package's (`tech4good-marketplace`): exporting it here would keep code the
 * elements never call in a bundle that every visitor downloads.
 * `<script type="module" src=".../t4g.js"></script>`
 */
import './define-all.js';

export { T4gCityCard } from './components/city-card/city-card.js';
export { T4gCityDirectory } from './components/city-directory/city-directory.js';
export { T4gMarketplace } from './components/marketplace/marketplace.js';
export { T4gSolutionCard } from './components/solution-card/solution-card.js';
export { T4gSolutionDetail } from './components/solution-detail/solution-detail.js';
