/**
 * The classic script's stepped JSON parser: the module bundle's file
 * (`t4g-json-steps.js`, beside `t4g.iife.js` in dist/), imported from the
 * script's own address when a body is large, as the language files are.
 * Not in src/catalog: it reads the page (the script's address).
 */
import { besideScript } from './beside-script.js';

export const loadJsonSteps = (): Promise<typeof import('../catalog/json-steps.js')> =>
  import(/* @vite-ignore */ besideScript('t4g-json-steps.js'));
