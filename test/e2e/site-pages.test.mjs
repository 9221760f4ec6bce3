/**
 * `t4g site` in seven languages, in Chromium: every page of every language
 * reflows at 320 px (WCAG 1.4.10: no horizontal scrolling), the indexes with
 * their widgets and without JavaScript.
 *
 *   CHROME_PATH=/usr/bin/chromium node --test --test-reporter=tap test/e2e/site-pages.test.mjs
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../support/static-server.mjs';
import { ROOT } from './server.mjs';
import { env, useBrowser } from './support.mjs';

useBrowser();

const LANGS = ['en', 'fr', 'de', 'nl', 'it', 'es', 'pl'];
const scratch = mkdtempSync(join(tmpdir(), 't4g-site-pages-'));
const out = join(scratch, 'site');
let site;

before(async () => {
  const run = spawnSync(process.execPath, ['dist/lib/cli/t4g.js', 'site', 'catalog/icc-sample.json', '--out', out, '--lang', LANGS.join(','), '--base-url', 'https://example.org/marketplace/'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  site = await startServer(out, { headers: () => ({}) });
});
after(async () => {
  await site?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const NARROW = { width: 320, height: 640 };

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
          if (javaScriptEnabled && path !== 'index.html') {
            await page.waitForFunction(() => document.querySelector('t4g-marketplace')?.shadowRoot?.querySelector('t4g-solution-card') && document.querySelector('t4g-city-directory')?.shadowRoot?.querySelector('t4g-city-card'));
          }
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
