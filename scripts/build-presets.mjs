/**
 * `npm run build`'s last step: the design-system presets (src/presets/*.css) copied as they are to dist/presets/.
 * They are stylesheets a page links after its design system's CSS, outside the script-tag bundles. Node built-ins only.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../src/presets/', import.meta.url));
const to = fileURLToPath(new URL('../dist/presets/', import.meta.url));
mkdirSync(to, { recursive: true });
const files = readdirSync(from).filter((name) => name.endsWith('.css'));
for (const name of files) copyFileSync(from + name, to + name);
console.log(`dist/presets/: ${files.join(', ')}`);
