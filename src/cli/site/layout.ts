/**
 * Where each page of a site lives, and how one page links to another: paths
 * relative to the site's folder (`fr/solutions/bike-sharing.html`), hrefs
 * relative to the page (so the site works from any folder of any host, and
 * from the disk), addresses absolute against `--base-url` when given.
 * Pages are files (`ID.html`), not folders: no host needs to map `x/` to
 * `x/index.html`.
 */
import path from 'node:path';
import { SLUG } from '../../catalog/constants.js';

export type PageKind = 'index' | 'solution' | 'city';

export interface Site {
  out: string;
  langs: string[];
  /** Ends with `/`. */
  baseUrl?: string;
}

/** One language folder per language when there are several; none for one. */
export const langFolder = (site: Site, lang: string): string => (site.langs.length > 1 ? `${lang}/` : '');

/** The page's path in the site's folder. Ids are slugs (the schema's), checked again here: no id may lead out of the folder. */
export function pagePath(site: Site, lang: string, kind: PageKind, id = ''): string {
  if (kind === 'index') return `${langFolder(site, lang)}index.html`;
  if (!SLUG.test(id)) throw new Error(`not a safe id for a file name: ${JSON.stringify(id)}`);
  return `${langFolder(site, lang)}${kind === 'solution' ? 'solutions' : 'cities'}/${id}.html`;
}

/** `to` (a path in the site's folder) as an href from the page at `from`. */
export function relativeHref(from: string, to: string): string {
  const fromFolders = from.split('/').slice(0, -1);
  const target = to.split('/');
  let shared = 0;
  while (shared < fromFolders.length && shared < target.length - 1 && fromFolders[shared] === target[shared]) shared++;
  return '../'.repeat(fromFolders.length - shared) + target.slice(shared).join('/');
}

/** The page's full address, or undefined without --base-url. */
export const absoluteUrl = (site: Site, sitePath: string): string | undefined => (site.baseUrl ? new URL(sitePath, site.baseUrl).href : undefined);

/** The file to write for `sitePath`, refusing any that would land outside the site's folder. */
export function fileFor(site: Site, sitePath: string): string {
  const root = path.resolve(site.out);
  const file = path.resolve(root, sitePath);
  if (!file.startsWith(root + path.sep)) throw new Error(`refusing to write outside ${site.out}: ${sitePath}`);
  return file;
}
