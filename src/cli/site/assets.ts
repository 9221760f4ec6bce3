/**
 * What a site needs beside its pages: the built bundles (every dist/t4g*.js,
 * the files t4g.js loads on demand included), the catalogue with its valid
 * entries, the images it names by relative path, and a small stylesheet.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { quote } from '../../catalog/problems.js';
import type { ValidatedCatalog } from '../../catalog/validation.js';
import { displayName, isStandardInput } from '../source.js';
import { SITE_SCRIPT } from './document.js';
import { type Site, fileFor } from './layout.js';

/**
 * The package's dist/: this file is dist/lib/cli/site/assets.js once built;
 * run from src/ (tests, tsx) it is the dist/ beside src/.
 */
export function bundleFolder(): string | undefined {
  const candidates = ['../../../', '../../../dist/'].map((up) => fileURLToPath(new URL(up, import.meta.url)));
  return candidates.find((folder) => existsSync(path.join(folder, 't4g.js')));
}

/**
 * Copies every t4g*.js of `from` to the site's folder, and writes the site's own script beside them (with several
 * languages); returns their names.
 */
export function copyBundles(site: Site, from: string): string[] {
  // Not the providers' workshop (t4g-submit*.js): a site's readers never load it.
  const names = readdirSync(from).filter((name) => /^t4g[\w.-]*\.js$/.test(name) && !name.startsWith('t4g-submit') && name !== SITE_SCRIPT).sort();
  for (const name of names) copyFileSync(path.join(from, name), fileFor(site, name));
  if (site.langs.length < 2) return names;
  writeFileSync(fileFor(site, SITE_SCRIPT), SITE_JS);
  return [...names, SITE_SCRIPT].sort();
}

/**
 * The site's script, loaded by the indexes (which load the widgets) when the site has several languages: a link of
 * the language switch carries the widgets' view to the other language, their `t4g-…` parameters (a search, filters,
 * a page, an open entry), which they keep in the address as it changes (`sync-url`). It sets the link's address as
 * it is followed (a click, a middle click, the context menu), pointed at or focused; without it the link leads to the
 * other index as it opens. A file, not inline: the pages hold no inline script, so a strict CSP suits them.
 */
export const SITE_JS = `// t4g site: the language switch keeps the widgets' view (their ?t4g-… parameters) in the other language.
const carry = (event) => {
  const link = event.target instanceof Element ? event.target.closest('.t4g-site-languages a[hreflang]') : null;
  if (!link) return;
  const url = new URL(link.href);
  url.search = new URLSearchParams([...new URLSearchParams(location.search)].filter(([key]) => key.startsWith('t4g-'))).toString();
  link.href = url.href;
};
for (const type of ['click', 'auxclick', 'contextmenu', 'pointerover', 'focusin']) document.addEventListener(type, carry, true);
`;

/**
 * The catalogue the widgets of the site load: the valid entries only. The ICC
 * tracks that validation fills in for a catalogue without `tracks` stay out,
 * so the widgets name them in the reader's language, as for the original.
 */
export function siteCatalog(catalog: ValidatedCatalog['catalog'], hadTracks: boolean): object {
  const { tracks, ...rest } = catalog;
  return hadTracks ? { ...rest, tracks } : rest;
}

/**
 * Copies the images the catalogue names by a path relative to itself
 * (`images/bikes.svg`) to the same path in the site, where the copied
 * catalogue's widgets look for them. One that would land outside the site,
 * or is missing, is reported and left as it is.
 */
export function copyImages(site: Site, catalog: ValidatedCatalog['catalog'], catalogFile: string, warn: (line: string) => void): number {
  // A catalogue piped in names its images from the current folder.
  const folder = isStandardInput(catalogFile) ? '.' : path.dirname(catalogFile);
  const name = displayName(catalogFile);
  const relative = new Set([...catalog.solutions, ...catalog.cities].flatMap((entry) => (entry.image && !/^[a-z][a-z0-9+.-]*:|^\//i.test(entry.image) ? [entry.image.split('?')[0]!] : [])));
  let copied = 0;
  for (const image of relative) {
    const source = path.resolve(folder, image);
    let target: string;
    try {
      target = fileFor(site, image);
    } catch {
      warn(`${name}: image ${quote(image, '')} would be outside ${site.out}; not copied`);
      continue;
    }
    if (!existsSync(source)) {
      warn(`${name}: image ${quote(image, '')} not found beside the catalogue; not copied`);
      continue;
    }
    if (!statSync(source).isFile()) {
      warn(`${name}: image ${quote(image, '')} is a folder (or a device), not a file; not copied`);
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(source, target);
    copied++;
  }
  return copied;
}

/** The site's own styles: readable pages, and the prerendered lists as the widgets lay them out, so the swap barely moves anything. */
export const SITE_CSS = `/* t4g site: the pages' own styles (the widgets style themselves). */
body { margin: 0 auto; max-width: 72em; padding: 1em; font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1b; overflow-wrap: break-word; }
/* A long word (a German compound) wraps instead of widening the page past a 320 px screen (WCAG 1.4.10): hyphenated
   where the browser knows the page's language (every page says it), else broken where it must. */
h1, h2, h3, h4, h5, h6 { overflow-wrap: anywhere; hyphens: auto; hyphenate-limit-chars: 12 5 5; }
/* The page's title a little smaller on a phone, where a long word would otherwise have to break. */
h1 { font-size: clamp(1.5rem, 0.5rem + 5vw, 2rem); }
.t4g-site-header { display: flex; flex-wrap: wrap; gap: 1em; justify-content: space-between; margin-bottom: 1em; }
.t4g-site-languages ul, .t4g-site-language-list { display: flex; flex-wrap: wrap; gap: 1em; list-style: none; margin: 0; padding: 0; }
t4g-marketplace, t4g-city-directory { display: block; margin-block: 2em; }
/* A widget's heading given in its slot (a language no table speaks): the list's own heading says it until the widget shows it. */
t4g-marketplace:not(:defined) > [slot], t4g-city-directory:not(:defined) > [slot] { display: none; }
.t4g-fallback-list { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(16em, 100%), 1fr)); gap: 1em; list-style: none; padding: 0; }
.t4g-fallback-item { border: 1px solid #d0d0d0; border-radius: 0.5em; padding: 1em; }
.t4g-fallback-item .t4g-fallback-name { font-size: 1.1em; margin: 0 0 0.5em; }
.t4g-fallback-item p { margin: 0.25em 0; }
.t4g-fallback-detail dt { font-weight: bold; margin-top: 0.75em; }
.t4g-fallback-detail dd { margin: 0; }
/* An entry's picture: its box is there before it loads (16:9 whatever its own shape, as on the cards), so nothing moves. */
.t4g-fallback-image { display: block; inline-size: min(100%, 40em); block-size: auto; aspect-ratio: 16 / 9; object-fit: cover; border-radius: 0.5em; }
a { color: #00594f; }
/* The page's address, for paper only. */
.t4g-site-address { display: none; }

/* Paper: light whatever the screen's theme; the page's address at the top instead of the language switch; each link
   to another site (or, with --base-url, to another page of this one) followed by its address, as a sheet has no
   links; headings kept with what follows them, list items whole. */
@media print {
  :root { color-scheme: light; }
  body { max-width: none; padding: 0; color: #000; background: #fff; }
  .t4g-site-languages { display: none; }
  .t4g-site-header { margin-bottom: 0.5em; }
  .t4g-site-address { display: block; margin: 0 0 1em; font-size: 0.9em; overflow-wrap: anywhere; }
  a { color: inherit; }
  main a[href^="http:"]::after, main a[href^="https:"]::after { content: " <" attr(href) ">"; }
  main a[data-address]::after { content: " <" attr(data-address) ">"; }
  main a[href^="http:"]::after, main a[href^="https:"]::after, main a[data-address]::after { font-size: 0.9em; overflow-wrap: anywhere; }
  h1, h2, h3, h4, h5, h6, dt { break-after: avoid; }
  li, img, .t4g-fallback-item { break-inside: avoid; }
  p, dd { orphans: 3; widows: 3; }
  .t4g-fallback-item { border-color: #767676; }
}
`;
