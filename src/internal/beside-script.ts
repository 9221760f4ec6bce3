import { VERSION } from '../version.js';
import { scriptBase } from './script-base.js';

/**
 * The address of a file that sits beside the bundle (in dist/), with the release in its query. A city that upgrades
 * in place, behind a long cache, would otherwise pair the new bundle with the old release's file of the same name,
 * and the contract between them changes between releases. The module bundle's own chunk imports get the same query
 * at build time (scripts/version-chunks.js), so both bundles ask for one address per file.
 */
export const besideScript = (name: string, query = ''): string => new URL(`${name}?v=${VERSION}${query}`, scriptBase).href;
