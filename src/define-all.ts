/** Registers every element of the library (once, whatever else is on the page). */
import { T4gCityCard } from './components/city-card/city-card.js';
import { T4gCityDirectory } from './components/city-directory/city-directory.js';
import { T4gMarketplace } from './components/marketplace/marketplace.js';
import { T4gSolutionCard } from './components/solution-card/solution-card.js';
import { T4gSolutionDetail } from './components/solution-detail/solution-detail.js';

for (const element of [T4gMarketplace, T4gSolutionCard, T4gSolutionDetail, T4gCityCard, T4gCityDirectory]) element.define();
