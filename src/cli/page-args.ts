/** The options of `t4g render` and `t4g site`, checked before anything is read. */
import { LANGUAGE_TAG } from '../catalog/constants.js';
import { readOptions } from './options.js';

export const ELEMENTS = ['marketplace', 'city-directory', 'city-card'] as const;
export type ElementName = (typeof ELEMENTS)[number];

export interface RenderArgs {
  catalog: string;
  element: ElementName;
  city?: string;
  lang: string;
  baseUrl?: string;
  /** The marketplace's `url-prefix`: a solution's address is `?{prefix}open=ID`. */
  urlPrefix: string;
  /** The city directory's `url-prefix`: a city's address is `?{prefix without its last hyphen}=ID`. */
  cityUrlPrefix: string;
}

export interface SiteArgs {
  catalog: string;
  out: string;
  langs: string[];
  baseUrl?: string;
}

type Parsed<T> = T | { kind: 'usage-error'; message: string };
const usage = (message: string) => ({ kind: 'usage-error' as const, message });

const VALUE_HINTS: Record<string, string> = {
  '--element': 'marketplace, city-directory or city-card',
  '--city': "a city's id, like porto",
  '--lang': 'a language tag, like fr',
  '--base-url': 'an address, like https://example.org/marketplace/',
  '--url-prefix': 'a prefix, like t4g-',
  '--city-url-prefix': 'a prefix, like t4g-city-',
  '--out': 'the folder to write, like public/marketplace',
  '-o': 'the folder to write, like public/marketplace',
};

/** The catalogue file and the options, or the first mistake in words. */
function common(command: string, args: readonly string[], valued: string[]): Parsed<{ catalog: string; options: [string, string][] }> {
  const read = readOptions(args, valued);
  if (read.missing) return usage(`${read.missing} needs a value: ${VALUE_HINTS[read.missing]}`);
  const empty = read.options.find(([, value]) => value === '');
  if (empty) return usage(`${empty[0]} needs a value: ${VALUE_HINTS[empty[0]]}`);
  const unknown = read.options.find(([, value]) => value === undefined);
  if (unknown) return usage(`unknown option \`${unknown[0]}\` for ${command}`);
  const [catalog, ...more] = read.positional;
  if (catalog === undefined) return usage(`${command} needs the catalogue file, like ${command} catalog.json`);
  if (more.length > 0) return usage(`${command} reads one catalogue; \`${more[0]}\` is one too many (combine files with t4g build first)`);
  return { catalog, options: read.options as [string, string][] };
}

function checkLang(lang: string): string | undefined {
  return LANGUAGE_TAG.test(lang) ? undefined : `--lang \`${lang}\` is not a language tag like en, fr or de-AT`;
}

function checkBaseUrl(url: string): string | undefined {
  try {
    const { protocol } = new URL(url);
    if (protocol === 'https:' || protocol === 'http:') return undefined;
  } catch {
    // Worded below.
  }
  return `--base-url \`${url}\` is not a full address starting with https:// (or http://)`;
}

/** A site's pages are files under its folder's address: a query or fragment there would be dropped from every page's address. */
function checkFolderUrl(url: string): string | undefined {
  if (/[?#]/.test(url)) return `--base-url \`${url}\` has a query (?…) or a fragment (#…); give the address of the folder the site is served from, like https://example.org/marketplace/`;
  return undefined;
}

const PREFIX = /^[A-Za-z0-9_-]*$/;

export function parseRender(args: readonly string[]): Parsed<{ kind: 'render' } & RenderArgs> {
  const parsed = common('render', args, ['--element', '--city', '--lang', '--base-url', '--url-prefix', '--city-url-prefix']);
  if ('kind' in parsed) return parsed;
  const result: RenderArgs = { catalog: parsed.catalog, element: 'marketplace', lang: 'en', urlPrefix: 't4g-', cityUrlPrefix: 't4g-city-' };
  let element: string | undefined;
  for (const [name, value] of parsed.options) {
    const problem =
      name === '--lang' ? checkLang(value) : name === '--base-url' ? checkBaseUrl(value) : name.endsWith('-prefix') && !PREFIX.test(value) ? `${name} \`${value}\` may hold only letters, digits, - and _` : undefined;
    if (problem) return usage(problem);
    if (name === '--element') element = value;
    if (name === '--city') result.city = value;
    if (name === '--lang') result.lang = value;
    if (name === '--base-url') result.baseUrl = value;
    if (name === '--url-prefix') result.urlPrefix = value;
    if (name === '--city-url-prefix') result.cityUrlPrefix = value;
  }
  if (element !== undefined && !(ELEMENTS as readonly string[]).includes(element)) return usage(`--element \`${element}\` is not one of ${ELEMENTS.join(', ')}`);
  result.element = (element as ElementName | undefined) ?? (result.city === undefined ? 'marketplace' : 'city-card');
  if (result.element === 'city-card' && result.city === undefined) return usage('--element city-card needs --city ID: the city to show');
  if (result.element !== 'city-card' && result.city !== undefined) return usage(`--city goes with --element city-card, not ${result.element}`);
  return { kind: 'render', ...result };
}

export function parseSite(args: readonly string[]): Parsed<{ kind: 'site' } & SiteArgs> {
  const parsed = common('site', args, ['--out', '-o', '--lang', '--base-url']);
  if ('kind' in parsed) return parsed;
  const outs = parsed.options.filter(([name]) => name === '--out' || name === '-o').map(([, value]) => value);
  const langs = [...new Set(parsed.options.filter(([name]) => name === '--lang').flatMap(([, value]) => value.split(',').map((lang) => lang.trim())))];
  const baseUrl = parsed.options.findLast(([name]) => name === '--base-url')?.[1];
  const problem = langs.map(checkLang).find(Boolean) ?? (baseUrl === undefined ? undefined : checkBaseUrl(baseUrl) ?? checkFolderUrl(baseUrl));
  if (problem) return usage(problem);
  if (outs.length === 0) return usage('site needs --out DIR: the folder to write the site to');
  if (outs.length > 1) return usage('site writes one folder: give --out only once');
  return { kind: 'site', catalog: parsed.catalog, out: outs[0]!, langs: langs.length ? langs : ['en'], ...(baseUrl !== undefined && { baseUrl }) };
}
