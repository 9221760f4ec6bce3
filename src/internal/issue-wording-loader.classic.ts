/**
 * The classic script's wording of problems: the module bundle's file
 * (`t4g-issue-wording.js`, beside `t4g.iife.js` in dist/), imported from the
 * script's own address when a catalogue has problems, as the language files are.
 */
import { besideScript } from './beside-script.js';

export const loadIssueWording = (): Promise<typeof import('../catalog/issue-wording.js')> =>
  import(/* @vite-ignore */ besideScript('t4g-issue-wording.js'));
