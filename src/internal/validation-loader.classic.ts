/**
 * The classic script's validation of entries: the module bundle's file
 * (`t4g-validation.js`, beside `t4g.iife.js` in dist/), imported from the
 * script's own address when a catalogue loads, as the language files are.
 */
import { besideScript } from './beside-script.js';

export const loadValidation = (): Promise<typeof import('../catalog/validation.js')> =>
  import(/* @vite-ignore */ besideScript('t4g-validation.js'));
