/**
 * `t4g site` in seven languages, in Chromium: every page of every language
 * reflows at 320 px (WCAG 1.4.10: no horizontal scrolling), the indexes with
 * their widgets and without JavaScript; the language switch is a named
 * landmark in each language, and axe finds nothing on the site's own markup;
 * on paper (a real PDF, read back by its text) an entry's page holds the
 * addresses of its links and its own, no language switch, and no sheet ends
 * with a heading.
 *
 *   CHROME_PATH=/usr/bin/chromium node --test --test-reporter=tap test/e2e/site-pages.test.mjs
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../support/static-server.mjs';
import { ROOT } from './server.mjs';
import { env, useBrowser } from './support.mjs';

useBrowser();

const LANGS = ['en', 'fr', 'de', 'nl', 'it', 'es', 'pl'];
const BASE = 'https://example.org/marketplace/';
const CSP = "default-src 'self'";
const scratch = mkdtempSync(join(tmpdir(), 't4g-site-pages-'));
const out = join(scratch, 'site');
let site;

before(async () => {
  const run = spawnSync(process.execPath, ['dist/lib/cli/t4g.js', 'site', 'catalog/icc-sample.json', '--out', out, '--lang', LANGS.join(','), '--base-url', BASE], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  site = await startServer(out, { headers: () => ({ 'content-security-policy': CSP }) });
});
after(async () => {
  await site?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const NARROW = { width: 320, height: 640 };
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Waits until both widgets of an index show their cards. */
const widgetsShown = (page) =>
  page.waitForFunction(() => document.querySelector('t4g-marketplace')?.shadowRoot?.querySelector('t4g-solution-card') && document.querySelector('t4g-city-directory')?.shadowRoot?.querySelector('t4g-city-card'));

/** axe's WCAG 2.1 A and AA rules and its best practices on the page: each node found, its shadow roots' hosts before ` >>> `. */
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return violations.flatMap((violation) => violation.nodes.map((node) => ({ rule: violation.id, target: node.target.map((each) => [each].flat().join(' >>> ')) })));
  });
}

/** The page's width beyond the viewport's, or 0. */
const overflow = (page) => page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));

describe('t4g site at 320 px: no horizontal scrolling (WCAG 1.4.10)', () => {
  test('the language chooser and every language\'s index, with the widgets and without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await env.browser.newContext({ viewport: NARROW, javaScriptEnabled });
      try {
        const page = await context.newPage();
        for (const path of ['index.html', ...LANGS.map((lang) => `${lang}/index.html`)]) {
          await page.goto(`${site.url}/${path}`, { waitUntil: 'load' });
          if (javaScriptEnabled && path !== 'index.html') await widgetsShown(page);
          assert.equal(await overflow(page), 0, `${path}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`);
        }
      } finally {
        await context.close();
      }
    }
  });

  // 875 pages of the sample: one is loaded per language, then each of the others takes its place in it (its <html lang> and its
  // <body>: what differs between two entry pages, which load no script and share the stylesheet), and is measured.
  test('every solution and city page of every language', async () => {
    const context = await env.browser.newContext({ viewport: NARROW, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      let measured = 0;
      for (const lang of LANGS) {
        const files = ['solutions', 'cities'].flatMap((folder) => readdirSync(join(out, lang, folder)).map((name) => `${lang}/${folder}/${name}`));
        await page.goto(`${site.url}/${files[0]}`, { waitUntil: 'load' });
        const widths = await page.evaluate((pages) => pages.map((text) => {
          const parsed = new DOMParser().parseFromString(text, 'text/html');
          document.documentElement.lang = parsed.documentElement.lang;
          document.body.replaceWith(document.adoptNode(parsed.body));
          return document.documentElement.scrollWidth - window.innerWidth;
        }), files.map((file) => readFileSync(join(out, file), 'utf8')));
        const wide = files.filter((_, i) => widths[i] > 0).map((file) => `${file} (${widths[files.indexOf(file)]} px too wide)`);
        assert.deepEqual(wide, [], lang);
        measured += files.length;
      }
      const catalog = JSON.parse(readFileSync(join(out, 'catalog.json'), 'utf8'));
      assert.equal(measured, LANGS.length * (catalog.solutions.length + catalog.cities.length));
    } finally {
      await context.close();
    }
  });
});

describe('t4g site: landmarks and axe', () => {
  // The switch is a <nav> as the widgets' pages of results are: each needs a name of its own (axe landmark-unique).
  const NAMES = { en: 'Languages', fr: 'Langues', de: 'Sprachen', nl: 'Talen', it: 'Lingue', es: 'Idiomas', pl: 'Języki' };

  test('the language switch is the navigation named "Languages" in the page\'s language, on every kind of page', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      for (const lang of LANGS) {
        for (const path of [`${lang}/index.html`, `${lang}/solutions/waste-route-optimiser.html`, `${lang}/cities/aarhus.html`]) {
          await page.goto(`${site.url}/${path}`);
          assert.equal(await page.getByRole('navigation', { name: NAMES[lang], exact: true }).count(), 1, path);
          assert.equal(await page.getByRole('navigation', { name: NAMES[lang], exact: true }).getByRole('link').count(), LANGS.length - 1, path);
        }
      }
    } finally {
      await context.close();
    }
  });

  test('axe: nothing on a solution page, a city page, the chooser; nothing on the site\'s own markup of an index with its widgets', async () => {
    // axe is injected as an inline script, which the site's policy refuses: the browser lets this test's own through.
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    try {
      const page = await context.newPage();
      for (const path of ['index.html', 'de/solutions/waste-route-optimiser.html', 'nl/cities/aarhus.html', 'pl/solutions/bike-sharing-rebalancer.html']) {
        await page.goto(`${site.url}/${path}`);
        assert.deepEqual(await axeViolations(page), [], path);
      }
      // The widgets' own markup is their tests' matter (both name their pages of results alike, a landmark-unique
      // finding inside them); the site's, and its language switch beside them, must be clean.
      await page.goto(`${site.url}/nl/index.html`);
      await widgetsShown(page);
      const inWidget = (violation) => violation.target.every((target) => /^t4g-(marketplace|city-directory) >>> /.test(target));
      assert.deepEqual((await axeViolations(page)).filter((violation) => !inWidget(violation)), [], 'nl/index.html');
    } finally {
      await context.close();
    }
  });
});

/** The text lines of every sheet of a PDF, one array per sheet. */
async function pdfLines(buffer) {
  const pdf = await getDocument({ data: new Uint8Array(buffer), verbosity: 0 }).promise;
  const sheets = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const { items } = await (await pdf.getPage(n)).getTextContent();
    sheets.push(items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join('').split('\n').map((line) => line.trim()).filter(Boolean));
  }
  return sheets;
}

/** Text without line breaks, hyphens and spaces: a wrapped or hyphenated line on paper matches its screen text. */
const flat = (text) => text.replace(/[\s\u00ad-]+/g, '');

describe('t4g site on paper', () => {
  // A dark screen: paper stays light. A4 with 15 mm margins, where the German city page's last heading would otherwise end the first sheet.
  for (const path of ['en/solutions/bike-sharing-rebalancer.html', 'de/cities/aarhus.html']) {
    test(`${path}: its address, its links' addresses, no language switch, no sheet ending with a heading, light`, async () => {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark', javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(`${site.url}/${path}`);
        const links = await page.evaluate(() => [...document.querySelectorAll('main a')].map((a) => ({ href: a.getAttribute('href'), address: a.dataset.address, text: a.textContent })));
        const headings = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, dt')].map((each) => each.textContent.trim()));
        await page.emulateMedia({ media: 'print' });
        const colours = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
        assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
        const sheets = await pdfLines(await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } }));
        const text = flat(sheets.flat().join(' '));
        assert.ok(text.includes(flat(`${BASE}${path}`)), 'the page\'s own address');
        const external = links.filter((link) => /^https?:/.test(link.href));
        const entries = links.filter((link) => link.address);
        assert.ok(external.length > 0 && entries.length > 0, 'links to another site and to other pages of this one');
        for (const link of external) assert.ok(text.includes(flat(`${link.text} <${link.href}>`)), `${link.text} <${link.href}>`);
        for (const link of entries) {
          assert.ok(link.address.startsWith(BASE), link.address);
          assert.ok(text.includes(flat(`${link.text} <${link.address}>`)), `${link.text} <${link.address}>`);
        }
        assert.equal(links.length, external.length + entries.length + links.filter((link) => link.href.startsWith('mailto:')).length, 'every link of the page is one of them');
        assert.ok(!text.includes('mailto:') && !text.includes('../'), 'no e-mail address twice, no relative address');
        for (const name of ['English', 'français', 'Nederlands', 'italiano', 'español', 'polski']) assert.ok(!sheets.flat().includes(name), `the language switch is not printed (${name})`);
        // The last line of every sheet but the last is not a heading (or a term) whose content went on to the next.
        sheets.slice(0, -1).forEach((lines, i) => assert.ok(!headings.some((heading) => flat(heading).endsWith(flat(lines.at(-1)))), `sheet ${i + 1} ends with a heading: ${lines.at(-1)}`));
      } finally {
        await context.close();
      }
    });
  }
});

describe('t4g site: the language switch keeps the view', () => {
  test('a search in the English marketplace, then "français": the French index with the same search, under the strict CSP', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const violations = [];
      await page.exposeFunction('__cspViolation', (what) => violations.push(what));
      await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`)));
      await page.goto(`${site.url}/en/index.html`);
      await widgetsShown(page);
      const nav = page.getByRole('navigation', { name: 'Languages', exact: true });
      assert.equal(await nav.getByRole('link', { name: 'français' }).getAttribute('href'), '../fr/index.html', 'the plain link, as without JavaScript');
      await page.locator('t4g-marketplace input#search').fill('bike');
      await page.waitForURL(/[?&]t4g-q=bike\b/);
      // Pointed at: the address the browser shows for the link is the one it leads to.
      await nav.getByRole('link', { name: 'français' }).hover();
      assert.equal(await nav.getByRole('link', { name: 'français' }).getAttribute('href'), `${site.url}/fr/index.html?t4g-q=bike`);
      await nav.getByRole('link', { name: 'français' }).click();
      await page.waitForURL(`${site.url}/fr/index.html?t4g-q=bike`);
      await widgetsShown(page);
      assert.equal(await page.locator('t4g-marketplace input#search').inputValue(), 'bike');
      assert.deepEqual(violations, []);
    } finally {
      await context.close();
    }
  });

  test('with an entry open (?t4g-open=ID), the switch leads to it in the other language; JavaScript off, to the plain index', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled });
      try {
        const page = await context.newPage();
        await page.goto(`${site.url}/en/index.html?t4g-open=bike-sharing-rebalancer`);
        if (javaScriptEnabled) await widgetsShown(page);
        // The open detail is a modal dialog, which makes the rest of the page inert for a pointer: the link gets its click as a DOM event.
        await page.getByRole('navigation', { name: 'Languages', exact: true }).getByRole('link', { name: 'Deutsch' }).dispatchEvent('click');
        await page.waitForURL(/\/de\/index\.html/);
        assert.equal(new URL(page.url()).search, javaScriptEnabled ? '?t4g-open=bike-sharing-rebalancer' : '', `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`);
      } finally {
        await context.close();
      }
    }
  });
});
