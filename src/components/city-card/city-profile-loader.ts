/**
 * Where a city's full profile comes from: imported on first use, which makes it a file of its own in the module
 * bundle (`t4g-city-profile.js`). The classic script swaps this module for
 * src/internal/city-profile-loader.classic.ts (vite.config.ts).
 */
export const loadCityProfile = (): Promise<typeof import('./city-profile.js')> => import('./city-profile.js');
