/**
 * `t4g site CATALOG --out DIR`: a static marketplace site for whoever hosts
 * the catalogue (see USAGE in args.ts and the README's "Hosting a whole
 * site"). The index's widgets take over once t4g.js runs; the solution and
 * city pages stay static HTML, complete without JavaScript.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadMessages } from '../i18n/messages.js';
import { readCatalog } from './catalog-input.js';
import type { SiteArgs } from './page-args.js';
import { count } from './report.js';
import { readError } from './source.js';
import { SITE_CSS, bundleFolder, copyBundles, copyImages, siteCatalog } from './site/assets.js';
import { STYLESHEET } from './site/document.js';
import { type Site, fileFor } from './site/layout.js';
import { type WrittenPage, languageChooser, languagePages } from './site/pages.js';
import { sitemap } from './site/sitemap.js';

export async function runSite(args: SiteArgs, print: (...lines: string[]) => void, warn: (line: string) => void): Promise<number> {
  const bundles = bundleFolder();
  if (!bundles) {
    warn('t4g site: the built bundles (dist/t4g.js …) are missing beside the command: run `npm run build` first');
    return 2;
  }
  const input = readCatalog(args.catalog, warn);
  if (!input.ok) return 2;
  const site: Site = { out: args.out, langs: args.langs, ...(args.baseUrl && { baseUrl: args.baseUrl.endsWith('/') ? args.baseUrl : `${args.baseUrl}/` }) };
  const { catalog } = input;
  // The site's catalog.json holds the valid entries only: written over the input, it would lose the others for good.
  if (path.resolve(fileFor(site, 'catalog.json')) === path.resolve(args.catalog)) {
    warn(`t4g site: ${args.catalog} would be written over by the site's catalog.json; choose another --out folder`);
    return 2;
  }

  const pages: WrittenPage[] = [];
  for (const lang of site.langs) pages.push(...languagePages(site, catalog, lang, await loadMessages(lang)));
  if (site.langs.length > 1) pages.unshift(languageChooser(site, catalog));

  const write = (sitePath: string, text: string) => {
    const file = fileFor(site, sitePath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  try {
    mkdirSync(site.out, { recursive: true });
  } catch (error) {
    warn(`${site.out}: cannot create this folder: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const hadTracks = typeof input.data === 'object' && input.data !== null && 'tracks' in input.data;
  const map = sitemap(site, pages);
  let scripts: string[];
  let images: number;
  try {
    for (const page of pages) write(page.path, page.html);
    write('catalog.json', `${JSON.stringify(siteCatalog(catalog, hadTracks), null, 2)}\n`);
    write(STYLESHEET, SITE_CSS);
    scripts = copyBundles(site, bundles);
    images = copyImages(site, catalog, args.catalog, warn);
    if (map) write('sitemap.xml', map);
  } catch (error) {
    // The file system's errors (a file where a folder must go, a full disk…) in words; anything else is a bug to show.
    const { syscall, path: file, dest } = error as { syscall?: string; path?: string; dest?: string };
    if (!syscall) throw error;
    warn(`t4g site: cannot ${dest ? `copy ${file} to ${dest}` : `write ${file ?? site.out}`}: ${readError(error)}; the site in ${site.out} is incomplete`);
    return 2;
  }

  print(
    `${site.out}: ${count(pages.length, 'page', 'pages')} (${count(catalog.solutions.length, 'solution', 'solutions')}, ${count(catalog.cities.length, 'city', 'cities')}, ${count(site.langs.length, 'language', 'languages')}), catalog.json, ${count(scripts.length, 'script', 'scripts')}${images ? `, ${count(images, 'image', 'images')}` : ''}`,
    map ? `${site.out}/sitemap.xml: ${count(pages.length, 'address', 'addresses')} under ${site.baseUrl}` : `no sitemap.xml: it needs full addresses; give --base-url (where ${site.out} will be served)`,
  );
  return 0;
}
