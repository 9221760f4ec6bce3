/**
 * The classic script's detail view: the module bundle's file (`t4g-solution-view.js`, beside `t4g.iife.js` in
 * dist/), imported from the script's own address, as the language files are.
 */
import { besideScript } from './beside-script.js';

export const loadSolutionView = (): Promise<typeof import('../components/solution-detail/solution-view.js')> =>
  import(/* @vite-ignore */ besideScript('t4g-solution-view.js'));
