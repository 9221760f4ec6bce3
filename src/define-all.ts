/** Registers every element of the library (once, whatever else is on the page). */
import { T4gCityCard } from './components/city-card/city-card.js';
import { T4gCityDirectory } from './components/city-directory/city-directory.js';
import { T4gMarketplace } from './components/marketplace/marketplace.js';
import { T4gSolutionCard } from './components/solution-card/solution-card.js';
import { T4gSolutionDetail } from './components/solution-detail/solution-detail.js';
import { defineOnce } from './define.js';

defineOnce('t4g-marketplace', T4gMarketplace);
defineOnce('t4g-solution-card', T4gSolutionCard);
defineOnce('t4g-solution-detail', T4gSolutionDetail);
defineOnce('t4g-city-card', T4gCityCard);
defineOnce('t4g-city-directory', T4gCityDirectory);
