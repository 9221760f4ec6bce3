/**
 * The classic script's city profile: the module bundle's file (`t4g-city-profile.js`, beside `t4g.iife.js` in
 * dist/), imported from the script's own address, as the language files are.
 */
import { besideScript } from './beside-script.js';

export const loadCityProfile = (): Promise<typeof import('../components/city-card/city-profile.js')> =>
  import(/* @vite-ignore */ besideScript('t4g-city-profile.js'));
