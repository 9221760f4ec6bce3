/**
 * `t4g site`: the compiled CLI writes a site from the sample catalogue (two
 * languages, with and without --base-url) and from the hostile one; every
 * page is scanned (test/support/html-check.ts), its JSON-LD checked
 * (test/support/schema-org.ts), and every relative link followed to a file.
 * Needs the built bundles: builds them when dist/t4g.js is missing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { validateCatalog } from '../../src/catalog/validate.js';
import { SITE_JS } from '../../src/cli/site/assets.js';
import { fileFor, pagePath, relativeHref } from '../../src/cli/site/layout.js';
import { SITE_WORDS, siteWords } from '../../src/cli/site/words.js';
import { LANGUAGES } from '../../src/i18n/messages.js';
import { payloadCatalog } from '../fixtures/payloads.mjs';
import { scanHtml } from '../support/html-check.js';
import { schemaOrgProblems } from '../support/schema-org.js';
import { textLanguages } from '../support/text-languages.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = 'catalog/icc-sample.json';
const BASE = 'https://example.org/marketplace/';

function t4g(...args: string[]) {
  const result = spawnSync(process.execPath, ['dist/lib/cli/t4g.js', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir`, as paths relative to it with `/`. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]);
}

const valid = validateCatalog(JSON.parse(readFileSync(path.join(ROOT, SAMPLE), 'utf8'))).catalog;
let tmp = '';
before(() => {
  if (!existsSync(path.join(ROOT, 'dist/t4g.js'))) assert.equal(spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' }).status, 0, 'npm run build');
  tmp = mkdtempSync(path.join(tmpdir(), 't4g-site-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * What the site's own markup holds beyond the prerendered lists that html-check.ts knows (names chosen in code, never
 * catalogue text): a widget's heading in its `heading` slot, for a language no table speaks; the language switch's name;
 * the full address of a link to another page of the site, which paper shows (with --base-url).
 */
const SITE_MARKUP = new Set(['unexpected attribute slot on <span>', 'unexpected attribute aria-label on <nav>', 'unexpected attribute data-address on <a>']);

/** Checks every page of the site in `dir`: sound HTML, valid JSON-LD, relative links that lead to files. */
function checkPages(dir: string): Map<string, string> {
  const pages = new Map(filesUnder(dir).filter((file) => file.endsWith('.html')).map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]));
  for (const [file, html] of pages) {
    const scanned = scanHtml(html);
    assert.deepEqual(scanned.problems.filter((problem) => !SITE_MARKUP.has(problem)), [], file);
    for (const block of scanned.jsonLd) assert.deepEqual(schemaOrgProblems(JSON.parse(block)), [], file);
    for (const href of [...scanned.hrefs, ...scanned.images].filter((each) => !/^[a-z]+:/.test(each))) {
      assert.ok(existsSync(path.join(dir, path.dirname(file), href)), `${file} links to ${href}, which is there`);
    }
  }
  return pages;
}

describe('site: the sample catalogue in English and French, with --base-url', () => {
  let dir = '';
  before(() => {
    dir = path.join(tmp, 'two-languages');
    const run = t4g('site', SAMPLE, '--out', dir, '--lang', 'en,fr', '--base-url', BASE.slice(0, -1));
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /253 pages \(64 solutions, 61 cities, 2 languages\), catalog\.json, \d+ scripts, 4 images/);
  });

  test('a folder per language, a page per valid solution and city, the catalogue, every bundle, the images', () => {
    const files = new Set(filesUnder(dir));
    for (const lang of ['en', 'fr']) {
      assert.ok(files.has(`${lang}/index.html`));
      for (const { id } of valid.solutions) assert.ok(files.has(`${lang}/solutions/${id}.html`), id);
      for (const { id } of valid.cities) assert.ok(files.has(`${lang}/cities/${id}.html`), id);
    }
    const bundles = readdirSync(path.join(ROOT, 'dist')).filter((name) => /^t4g.*\.js$/.test(name) && !name.startsWith('t4g-submit'));
    assert.ok(bundles.includes('t4g.js'));
    assert.deepEqual([...files].filter((name) => name.startsWith('t4g-submit')), [], 'not the providers’ workshop: a site’s readers never load it');
    for (const name of [...bundles, 'index.html', 'catalog.json', 't4g-site.css', 't4g-site.js', 'sitemap.xml', 'images/bike-sharing.svg']) assert.ok(files.has(name), name);
    assert.equal(readFileSync(path.join(dir, 't4g-site.js'), 'utf8'), SITE_JS);
    for (const name of bundles) assert.deepEqual(readFileSync(path.join(dir, name)), readFileSync(path.join(ROOT, 'dist', name)), name);
    const catalog = JSON.parse(readFileSync(path.join(dir, 'catalog.json'), 'utf8'));
    assert.deepEqual(validateCatalog(catalog).problems, []);
    assert.equal(catalog.solutions.length, valid.solutions.length);
    assert.equal(catalog.tracks, undefined, 'the ICC tracks stay implied, so the widgets name them in each language');
  });

  test('every page: sound HTML, valid schema.org data, links that lead to files', () => {
    assert.equal(checkPages(dir).size, 253);
  });

  test('a solution page: title, description, canonical, hreflang, JSON-LD, the full detail, cities linked, a way back', () => {
    const solution = valid.solutions.find((each) => each.id === 'heat-pump-district-planner')!;
    const html = readFileSync(path.join(dir, 'fr/solutions/heat-pump-district-planner.html'), 'utf8');
    assert.match(html, /<html lang="fr">/);
    assert.match(html, /<title>Planificateur de quartiers à pompes à chaleur – Intelligent Cities Challenge — catalogue d’exemple/);
    assert.match(html, /<meta name="description" content="Cartographie les besoins/);
    assert.ok(html.includes(`<link rel="canonical" href="${BASE}fr/solutions/heat-pump-district-planner.html">`));
    for (const lang of ['en', 'fr']) assert.ok(html.includes(`<link rel="alternate" hreflang="${lang}" href="${BASE}${lang}/solutions/heat-pump-district-planner.html">`));
    assert.ok(html.includes(`<link rel="alternate" hreflang="x-default" href="${BASE}en/solutions/heat-pump-district-planner.html">`));
    for (const words of ['Maturité technologique', 'TRL 6', 'Tarif et licence', 'Villes qui l’utilisent', 'Fournisseur']) assert.ok(html.includes(words), words);
    for (const id of solution.cities!) assert.ok(html.includes(`href="../cities/${id}.html" data-address="${BASE}fr/cities/${id}.html"`), id);
    assert.ok(html.includes(`</header>\n<p class="t4g-site-address">Cette page\u00a0: ${BASE}fr/solutions/heat-pump-district-planner.html</p>\n<main>`), 'the page\'s address, for paper');
    assert.match(html, /<header class="t4g-site-header"><a href="index\.html">|<a href="\.\.\/index\.html">/);
    assert.match(html, /<nav class="t4g-site-languages" aria-label="Langues"><ul><li><a href="\.\.\/\.\.\/en\/solutions\/heat-pump-district-planner\.html" hreflang="en" lang="en">English<\/a><\/li><li><span lang="fr" aria-current="page">français<\/span><\/li><\/ul><\/nav>/);
    const [data] = scanHtml(html).jsonLd.map((block) => JSON.parse(block) as { '@type': string; url: string });
    assert.equal(data!['@type'], 'Service');
    assert.equal(data!.url, `${BASE}fr/solutions/heat-pump-district-planner.html`);
    assert.ok(!html.includes('<script type="module"'), 'a static page: no script');
  });

  test('an impact\'s unit as its label: translated on the French page, marked English where it falls back', () => {
    const html = readFileSync(path.join(dir, 'fr/solutions/heat-pump-district-planner.html'), 'utf8');
    assert.match(html, /<strong>4\u202f800 <bdi>t CO₂\/an<\/bdi><\/strong>/);
    assert.match(html, /<strong>12\u202f000 <bdi lang="en">buildings<\/bdi><\/strong>/);
  });

  test('a solution with a picture: its page shows it, from the copy in the site, described in the page\'s language', () => {
    const html = readFileSync(path.join(dir, 'fr/solutions/bike-sharing-rebalancer.html'), 'utf8');
    assert.deepEqual(scanHtml(html).images, ['../../images/bike-sharing.svg']);
    assert.ok(html.includes('alt="Deux vélos en libre-service à une station, au bord d’une rue"'));
    // In the first screen: loaded at once (a lazy one starts after layout), in a box the stylesheet reserves (the e2e test measures the shift).
    assert.ok(html.includes('<img class="t4g-fallback-image" src="../../images/bike-sharing.svg" alt="Deux vélos en libre-service à une station, au bord d’une rue" decoding="async">'));
    assert.match(readFileSync(path.join(dir, 't4g-site.css'), 'utf8'), /\.t4g-fallback-image \{[^}]*inline-size: min\(100%, 40em\);[^}]*aspect-ratio: 16 \/ 9; object-fit: cover;/);
    assert.deepEqual(scanHtml(readFileSync(path.join(dir, 'fr/solutions/heat-pump-district-planner.html'), 'utf8')).images, [], 'none without one');
  });

  test('a city page: its profile, the solutions it uses linked, JSON-LD a City with geo', () => {
    const html = readFileSync(path.join(dir, 'en/cities/aarhus.html'), 'utf8');
    assert.match(html, /<h1 class="t4g-fallback-name"><span>Aarhus<\/span><\/h1>/);
    assert.ok(html.includes('href="../solutions/heat-pump-district-planner.html"'));
    const [data] = scanHtml(html).jsonLd.map((block) => JSON.parse(block) as { '@type': string; geo: unknown });
    assert.deepEqual(data!.geo, { '@type': 'GeoCoordinates', latitude: 56.16, longitude: 10.2 });
  });

  test('a link to an entry\'s page is named as on the index, with its lang where the name falls back (a city\'s solutions, a solution\'s cities)', () => {
    const langOf = (attributes: string) => /\slang="([^"]*)"/.exec(attributes)?.[1] ?? '';
    const index = readFileSync(path.join(dir, 'fr/index.html'), 'utf8');
    const onIndex = new Map([...index.matchAll(/<a href="((?:solutions|cities)\/[a-z0-9-]+\.html)"([^>]*)>([^<]*)<\/a>/g)].map(([, href, attributes, name]) => [href!, `${name} ${langOf(attributes!)}`]));
    assert.equal(onIndex.size, valid.solutions.length + valid.cities.length);
    assert.equal(onIndex.get('solutions/sme-carbon-calculator.html'), 'SME Carbon Footprint Calculator en', 'a name with no French, marked on the index');
    let links = 0;
    for (const folder of ['solutions', 'cities']) {
      for (const file of readdirSync(path.join(dir, 'fr', folder))) {
        const html = readFileSync(path.join(dir, 'fr', folder, file), 'utf8');
        for (const [, up, href, attributes, name] of html.matchAll(/<a href="(\.\.\/)?((?:solutions|cities)\/[a-z0-9-]+\.html|[a-z0-9-]+\.html)"([^>]*)>([^<]*)<\/a>/g)) {
          const target = up ? href! : `${folder}/${href}`;
          assert.equal(`${name} ${langOf(attributes!)}`, onIndex.get(target), `fr/${folder}/${file} → ${target}`);
          links++;
        }
      }
    }
    assert.ok(links > 300, `${links} links checked`);
    assert.ok(readFileSync(path.join(dir, 'fr/cities/aarhus.html'), 'utf8').includes(`<a href="../solutions/sme-carbon-calculator.html" data-address="${BASE}fr/solutions/sme-carbon-calculator.html" lang="en">SME Carbon Footprint Calculator</a>`));
  });

  test('the index: both widgets with their fallbacks inside, every solution and city linked once to its page', () => {
    const html = readFileSync(path.join(dir, 'en/index.html'), 'utf8');
    assert.match(html, /<script type="module" src="\.\.\/t4g\.js"><\/script>\n<script type="module" src="\.\.\/t4g-site\.js"><\/script>/, 'the widgets, and the language switch that keeps their view');
    assert.match(html, /<t4g-marketplace src="\.\.\/catalog\.json" sync-url listen heading="Solutions"><div class="t4g-fallback t4g-fallback-marketplace">/);
    assert.match(html, /<t4g-city-directory src="\.\.\/catalog\.json" sync-url listen heading="Cities"><div class="t4g-fallback t4g-fallback-city-directory">/);
    for (const { id } of valid.solutions) assert.equal(html.split(`href="solutions/${id}.html"`).length - 1, 1, id);
    for (const { id } of valid.cities) assert.equal(html.split(`href="cities/${id}.html"`).length - 1, 1, id);
    assert.equal(scanHtml(html).jsonLd.length, 2);
  });

  test('the stylesheet: long words wrap in headings, hyphenated in the page\'s language (the e2e test measures every page at 320 px)', () => {
    const css = readFileSync(path.join(dir, 't4g-site.css'), 'utf8');
    assert.match(css, /\nh1, h2, h3, h4, h5, h6 \{ overflow-wrap: anywhere; hyphens: auto;/);
    assert.match(css, /\nbody \{[^}]*overflow-wrap: break-word;/);
  });

  test('the stylesheet for paper: no language switch, the page\'s address, link addresses, headings with their content, light', () => {
    const css = readFileSync(path.join(dir, 't4g-site.css'), 'utf8');
    const print = css.slice(css.indexOf('@media print {'));
    assert.match(css, /\n\.t4g-site-address \{ display: none; \}/, 'not on screen');
    for (const rule of [
      /\.t4g-site-languages \{ display: none; \}/,
      /\.t4g-site-address \{ display: block;/,
      /main a\[href\^="https:"\]::after \{ content: " <" attr\(href\) ">"; \}/,
      /main a\[data-address\]::after \{ content: " <" attr\(data-address\) ">"; \}/,
      /h1, h2, h3, h4, h5, h6, dt \{ break-after: avoid; \}/,
      /:root \{ color-scheme: light; \}/,
      /body \{[^}]*color: #000; background: #fff; \}/,
    ]) assert.match(print, rule);
  });

  test('sitemap.xml: the full address of every page', () => {
    const sitemap = readFileSync(path.join(dir, 'sitemap.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!);
    assert.equal(urls.length, 253);
    assert.ok(urls.every((url) => url.startsWith(BASE)));
    assert.ok(urls.includes(`${BASE}index.html`) && urls.includes(`${BASE}fr/cities/porto.html`));
    assert.match(sitemap, /<loc>[^<]*heat-pump-district-planner\.html<\/loc><lastmod>2025-09-18<\/lastmod>/);
  });

  test('the root index.html lets the reader choose a language', () => {
    const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
    assert.match(html, /<a href="en\/index\.html" hreflang="en" lang="en">[^<]*\(English\)<\/a>/);
    assert.match(html, /<a href="fr\/index\.html" hreflang="fr" lang="fr">[^<]*\(français\)<\/a>/);
  });

  test('the chooser is the indexes\' x-default, has one description in its language, and no switch of its own', () => {
    const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
    assert.ok(html.includes(`<link rel="alternate" hreflang="x-default" href="${BASE}index.html">`));
    for (const lang of ['en', 'fr']) {
      assert.ok(html.includes(`<link rel="alternate" hreflang="${lang}" href="${BASE}${lang}/index.html">`));
      assert.ok(readFileSync(path.join(dir, `${lang}/index.html`), 'utf8').includes(`<link rel="alternate" hreflang="x-default" href="${BASE}index.html">`), lang);
    }
    // An entry's page has no chooser: its first language stays its x-default.
    assert.ok(readFileSync(path.join(dir, 'fr/cities/porto.html'), 'utf8').includes(`<link rel="alternate" hreflang="x-default" href="${BASE}en/cities/porto.html">`));
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<meta name="description" content="Intelligent Cities Challenge — sample catalogue \(illustrative solutions\): 64 solutions, 61 cities\.">/);
    assert.doesNotMatch(html, /aria-current|<nav/, 'the page is the choice of languages, none of them');
  });
});

describe('site: the index in Dutch, and in a language no table speaks', () => {
  let dir = '';
  before(() => {
    dir = path.join(tmp, 'nl-sv');
    const run = t4g('site', SAMPLE, '--out', dir, '--lang', 'nl,sv');
    assert.equal(run.code, 0, run.stderr);
    checkPages(dir);
  });

  test('every interface language has the site\'s own words', () => {
    assert.deepEqual(Object.keys(SITE_WORDS).sort(), [...LANGUAGES].sort());
    for (const lang of LANGUAGES) assert.deepEqual(siteWords(lang), { words: SITE_WORDS[lang], lang: undefined }, lang);
    assert.deepEqual(siteWords('nl-BE'), { words: SITE_WORDS.nl, lang: undefined });
    assert.deepEqual(siteWords('sv'), { words: SITE_WORDS.en, lang: 'en' });
  });

  test('Dutch: the sections in Dutch, the catalogue\'s English title marked as English', () => {
    const html = readFileSync(path.join(dir, 'nl/index.html'), 'utf8');
    assert.match(html, /<t4g-marketplace src="\.\.\/catalog\.json" sync-url listen heading="Oplossingen"><div class="t4g-fallback t4g-fallback-marketplace">\n<h2>Oplossingen<\/h2>/);
    assert.match(html, /<t4g-city-directory src="\.\.\/catalog\.json" sync-url listen heading="Steden"><div class="t4g-fallback t4g-fallback-city-directory">\n<h2>Steden<\/h2>/);
    assert.match(html, /<h1 lang="en">Intelligent Cities Challenge — sample catalogue/);
    assert.doesNotMatch(html, />Solutions<|>Cities<|heading="Solutions"/);
    assert.match(html, /<nav class="t4g-site-languages" aria-label="Talen">/);
    // On the chooser, the Dutch link's text is the English title (marked so) and the language's own name.
    assert.ok(readFileSync(path.join(dir, 'index.html'), 'utf8').includes('<a href="nl/index.html" hreflang="nl" lang="nl"><span lang="en">Intelligent Cities Challenge — sample catalogue (illustrative solutions)</span> (Nederlands)</a>'));
  });

  test('Swedish: English words marked lang="en", given to the widgets in their heading slot (their `heading` is the page\'s language)', () => {
    const html = readFileSync(path.join(dir, 'sv/index.html'), 'utf8');
    assert.match(html, /<html lang="sv">/);
    assert.match(html, /<t4g-marketplace src="\.\.\/catalog\.json" sync-url listen><span slot="heading" lang="en">Solutions<\/span><div class="t4g-fallback t4g-fallback-marketplace" lang="en">\n<h2>Solutions<\/h2>/);
    assert.match(html, /<t4g-city-directory src="\.\.\/catalog\.json" sync-url listen><span slot="heading" lang="en">Cities<\/span><div class="t4g-fallback t4g-fallback-city-directory" lang="en">\n<h2>Cities<\/h2>/);
    assert.match(html, /<h1 lang="en">Intelligent Cities Challenge — sample catalogue/);
    assert.match(html, /<nav class="t4g-site-languages" aria-label="Languages" lang="en">/, 'the name in English, said so (each language in it has its own lang)');
    assert.ok(readFileSync(path.join(dir, 't4g-site.css'), 'utf8').includes('t4g-marketplace:not(:defined) > [slot]'), 'the slotted heading is hidden until the widget shows it');
  });
});

describe('site: a Swedish catalogue, in a language no table speaks', () => {
  let pages = new Map<string, string>();
  before(() => {
    const dir = path.join(tmp, 'sv');
    const run = t4g('site', 'test/fixtures/cli/swedish.json', '--out', dir, '--lang', 'sv');
    assert.equal(run.code, 0, run.stderr);
    pages = checkPages(dir);
  });

  /** The catalogue's Swedish on each page: everything else there is the interface's English. */
  const SWEDISH: Record<string, string[]> = {
    'index.html': ['Smarta städer', 'Lånecyklar', 'Delade cyklar för korta resor i staden.', 'Umeå', 'Staden vid älven'],
    'solutions/lanecyklar.html': ['Smarta städer', 'Lånecyklar', 'Delade cyklar för korta resor i staden.', 'Cyklarna står vid stationer.', 'De lånas med en app.', 'Resor per år', 'resor', 'Umeå'],
    'cities/umea.html': ['Smarta städer', 'Umeå', 'Staden vid älven', 'En universitetsstad i norr.', 'Klimatneutral 2030', 'Lånecyklar'],
  };

  test('the English shown for want of a Swedish table is read as English, the catalogue\'s Swedish as Swedish', () => {
    assert.deepEqual([...pages.keys()].sort(), Object.keys(SWEDISH).sort());
    for (const [file, swedish] of Object.entries(SWEDISH)) {
      const texts = textLanguages(pages.get(file)!);
      assert.match(pages.get(file)!, /<html lang="sv">/, file);
      assert.deepEqual(texts.filter(({ lang }) => lang === 'sv').map(({ text }) => text).sort(), [...swedish].sort(), file);
      assert.deepEqual(texts.filter(({ lang }) => lang !== 'sv' && lang !== 'en'), [], file);
      for (const label of ['Provided by:', 'Tracks and services', 'Last updated', 'Ambitions', '1 solution']) {
        const found = texts.find(({ text }) => text.startsWith(label));
        if (found) assert.equal(found.lang, 'en', `${file}: ${label}`);
      }
    }
  });

  test('a meta description, which no lang can mark, holds no English words', () => {
    const description = (file: string) => /<meta name="description" content="([^"]*)">/.exec(pages.get(file)!)?.[1];
    assert.equal(description('index.html'), 'Smarta städer', 'the name alone, no "1 solution, 1 city"');
    assert.equal(description('solutions/lanecyklar.html'), 'Delade cyklar för korta resor i staden.');
    assert.equal(description('cities/umea.html'), 'Staden vid älven');
    // A city with neither tagline nor summary: its name and its country, in Swedish (no English role).
    const bare = JSON.parse(readFileSync('test/fixtures/cli/swedish.json', 'utf8'));
    for (const city of bare.cities) delete city.tagline, delete city.summary;
    const file = path.join(tmp, 'sv-bare.json');
    writeFileSync(file, JSON.stringify(bare));
    const run = t4g('site', file, '--out', path.join(tmp, 'sv-bare'), '--lang', 'sv');
    assert.equal(run.code, 0, run.stderr);
    assert.match(readFileSync(path.join(tmp, 'sv-bare', 'cities', 'umea.html'), 'utf8'), /<meta name="description" content="Umeå: Sverige">/);
  });

  test('numbers, dates, countries and languages among the English words are written in English', () => {
    const texts = [...pages.values()].flatMap((html) => textLanguages(html)).map(({ text }) => text);
    for (const text of ['Population 130,997 (2023)', 'Sweden · Core city', '1,234,567.5', 'March 1, 2025', 'Swedish, English']) assert.ok(texts.includes(text), text);
  });
});

describe('site: one language, no --base-url', () => {
  test('no language folders, no canonical, no sitemap (said so), relative schema.org addresses', () => {
    const dir = path.join(tmp, 'one-language');
    const run = t4g('site', SAMPLE, '-o', dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /no sitemap\.xml: it needs full addresses; give --base-url/);
    const files = filesUnder(dir);
    assert.ok(files.includes('index.html') && files.includes('solutions/bike-sharing-rebalancer.html') && !files.includes('sitemap.xml'));
    assert.ok(!files.some((file) => file.startsWith('en/')));
    const pages = checkPages(dir);
    const page = pages.get('solutions/bike-sharing-rebalancer.html')!;
    assert.ok(!page.includes('rel="canonical"') && !page.includes('hreflang'));
    assert.ok(!page.includes('t4g-site-address') && !page.includes('data-address'), 'no full address to print');
    assert.ok(!files.includes('t4g-site.js') && !pages.get('index.html')!.includes('t4g-site.js'), 'no language switch, no script for it');
    const [data] = scanHtml(page).jsonLd.map((block) => JSON.parse(block) as { url: string });
    assert.equal(data!.url, 'bike-sharing-rebalancer.html');
  });
});

describe('site: a hostile catalogue', () => {
  test('pages with no markup from the catalogue, links that lead to files', () => {
    const file = path.join(tmp, 'hostile.json');
    writeFileSync(file, JSON.stringify(payloadCatalog({ origin: 'https://example.org' }).catalog));
    const dir = path.join(tmp, 'hostile');
    const run = t4g('site', file, '--out', dir, '--lang', 'en', '--lang', 'fr', '--base-url', BASE);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /left out of the pages/);
    checkPages(dir);
  });
});

describe('site: mistakes and paths', () => {
  test('a --base-url with a query or a fragment is refused (its pages could not keep it): exit 2, nothing written', () => {
    for (const url of ['https://example.org/t4g/?a=1', 'https://example.org/t4g/#top', 'https://example.org/t4g?']) {
      const run = t4g('site', SAMPLE, '--out', path.join(tmp, 'query'), '--base-url', url);
      assert.equal(run.code, 2);
      assert.match(run.stderr, new RegExp(`^t4g: --base-url \`${url.replace(/[?#.]/g, '\\$&')}\` has a query \\(\\?…\\) or a fragment \\(#…\\); give the address of the folder`));
      assert.ok(!existsSync(path.join(tmp, 'query')), 'nothing written');
    }
  });

  test('no --out, a missing catalogue: exit 2 with a sentence', () => {
    assert.match(t4g('site', SAMPLE).stderr, /site needs --out DIR/);
    const run = t4g('site', 'missing.json', '--out', path.join(tmp, 'never'));
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'missing.json: cannot read this file: there is no file by that name\n');
    assert.ok(!existsSync(path.join(tmp, 'never')), 'nothing written');
  });

  test('JSON nested thousands of levels deep: one problem at its place, exit 2, no stack trace, nothing written', () => {
    const file = path.join(tmp, 'deep.json');
    writeFileSync(file, `{"version":1,"solutions":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    const run = t4g('site', file, '--out', path.join(tmp, 'deep'));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /deep\.json:1:525 {2}solutions\[0\]\[0\] {2}the data is nested more than 500 levels deep/);
    assert.doesNotMatch(run.stderr, /RangeError|\n {4}at /);
    assert.ok(!existsSync(path.join(tmp, 'deep')), 'nothing written');
  });

  test('an image path that is a folder is reported and not copied; the site is written', () => {
    const dir = path.join(tmp, 'image-folder');
    mkdirSync(path.join(dir, 'images', 'dir.svg'), { recursive: true });
    const catalog = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/cli/valid.json'), 'utf8')) as { solutions: { image?: string }[] };
    catalog.solutions[0]!.image = 'images/dir.svg';
    writeFileSync(path.join(dir, 'cat.json'), JSON.stringify(catalog));
    const run = t4g('site', path.join(dir, 'cat.json'), '--out', path.join(dir, 'out'));
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, `${path.join(dir, 'cat.json')}: image images/dir.svg is a folder (or a device), not a file; not copied\n`);
    assert.ok(existsSync(path.join(dir, 'out', 'index.html')));
  });

  test('a file where --out needs a folder: exit 2 naming it, no stack trace', () => {
    const out = path.join(tmp, 'blocked');
    mkdirSync(out);
    writeFileSync(path.join(out, 'solutions'), 'in the way');
    const run = t4g('site', SAMPLE, '--out', out);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, `t4g site: cannot write ${path.join(out, 'solutions')}: a file is in the way where a folder must be; the site in ${out} is incomplete\n`);
  });

  test('a catalogue named catalog.json in the --out folder is never written over', () => {
    const dir = path.join(tmp, 'in-place');
    const file = path.join(dir, 'catalog.json');
    mkdirSync(dir, { recursive: true });
    const text = readFileSync(path.join(ROOT, SAMPLE), 'utf8');
    writeFileSync(file, text);
    const run = t4g('site', file, '--out', dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /would be written over by the site's catalog\.json; choose another --out folder/);
    assert.equal(readFileSync(file, 'utf8'), text, 'the catalogue as it was');
  });

  test('no id leads out of the folder: only slugs make a page path, and no file lands outside', () => {
    const site = { out: path.join(tmp, 'paths'), langs: ['en'] };
    assert.equal(pagePath(site, 'en', 'solution', 'bike-share'), 'solutions/bike-share.html');
    for (const id of ['../x', 'a/b', '..', '', 'A', '%2e%2e']) assert.throws(() => pagePath(site, 'en', 'city', id), /not a safe id/);
    assert.throws(() => fileFor(site, '../outside.html'), /refusing to write outside/);
  });

  test('relative links between pages', () => {
    assert.equal(relativeHref('fr/solutions/a.html', 'fr/cities/b.html'), '../cities/b.html');
    assert.equal(relativeHref('fr/solutions/a.html', 't4g.js'), '../../t4g.js');
    assert.equal(relativeHref('index.html', 'en/index.html'), 'en/index.html');
    assert.equal(relativeHref('cities/a.html', 'cities/b.html'), 'b.html');
  });
});
