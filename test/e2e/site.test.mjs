/**
 * `t4g site` in Chromium: the built CLI writes a site from the sample
 * catalogue into a scratch folder, served by the tests' static server.
 * With JavaScript off, the index shows every solution's and city's name
 * (the prerendered fallback) and the pages read in full; with it on, the
 * widgets take over and none of the fallback is rendered. A site from the
 * hostile catalogue runs no payload, with JavaScript on or off.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../support/static-server.mjs';
import { ROOT } from './server.mjs';
import { SAMPLE_TOTAL, VIEWPORT, assertClean, env, eventually, market, useBrowser, waitForCount } from './support.mjs';
import { payloadCatalog } from '../fixtures/payloads.mjs';

useBrowser();

const scratch = mkdtempSync(join(tmpdir(), 't4g-site-e2e-'));
let site;

function writeSite(catalog, out) {
  const run = spawnSync(process.execPath, ['dist/lib/cli/t4g.js', 'site', catalog, '--out', join(scratch, out)], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
}

before(async () => {
  writeSite('catalog/icc-sample.json', 'sample');
  writeFileSync(join(scratch, 'hostile.json'), JSON.stringify(payloadCatalog({ origin: 'https://example.invalid' }).catalog));
  writeSite(join(scratch, 'hostile.json'), 'hostile');
  site = await startServer(scratch, { headers: () => ({}) });
});
after(async () => {
  await site?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const sample = () => JSON.parse(readFileSync(join(scratch, 'sample/catalog.json'), 'utf8'));
const nameOf = (entry) => (typeof entry.name === 'string' ? entry.name : entry.name.en);

/** Opens `path` of the site in a fresh context, with or without JavaScript, with the payload trap installed. */
async function openSite(path, { javaScriptEnabled = true } = {}) {
  const context = await env.browser.newContext({ viewport: VIEWPORT, javaScriptEnabled });
  const page = await context.newPage();
  const log = { errors: [], warnings: [], pageErrors: [], failedRequests: [], responses: [] };
  // Not the browser's own request for /favicon.ico at the server's root: the site names no icon, its host may have one.
  page.on('console', (msg) => msg.type() === 'error' && !msg.location()?.url?.endsWith('/favicon.ico') && log.errors.push(`${msg.text()} (${msg.location()?.url ?? ''})`));
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  page.on('response', (response) => response.status() >= 400 && log.failedRequests.push(`${response.url()}: ${response.status()}`));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    window.__t4gErrors = [];
    window.__pwned = [];
    window.__pwn = (tag) => window.__pwned.push(tag);
    for (const name of ['alert', 'confirm', 'prompt']) window[name] = (message) => window.__pwned.push(`${name}: ${message}`);
  });
  const response = await page.goto(`${site.url}/${path}`, { waitUntil: 'load' });
  assert.equal(response.status(), 200, path);
  return { page, context, log };
}

/** The fallback's names on screen: links inside `.t4g-fallback` that the browser renders. */
const visibleFallbackNames = (page) =>
  page.evaluate(() => [...document.querySelectorAll('.t4g-fallback .t4g-fallback-name a')].filter((a) => a.checkVisibility() && a.getBoundingClientRect().height > 0).map((a) => a.textContent));

/** A page of `context` whose requests matching `pattern` come `ms` late, counting layout shifts (as CLS does) from the start. */
async function lateAndWatched(context, pattern, ms) {
  await context.route(pattern, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return page;
}

/** The layout shift counted so far on a page of `lateAndWatched`. */
const shiftTotal = async (page) => (await page.evaluate(() => window.__shifts)).reduce((sum, value) => sum + value, 0);

describe('t4g site: the index', () => {
  test('JavaScript off: every solution and city name is on screen, as a link to its page', async () => {
    const { page, context } = await openSite('sample/index.html', { javaScriptEnabled: false });
    try {
      const names = await visibleFallbackNames(page);
      const catalog = sample();
      for (const entry of [...catalog.solutions, ...catalog.cities]) assert.ok(names.includes(nameOf(entry)), nameOf(entry));
      assert.equal(names.length, catalog.solutions.length + catalog.cities.length);
      assert.equal(await page.evaluate(() => customElements.get('t4g-marketplace')), undefined, 'no script ran');
    } finally {
      await context.close();
    }
  });

  test('JavaScript on: the widgets take over, none of the fallback is rendered, nothing fails', async () => {
    const { page, context, log } = await openSite('sample/index.html');
    try {
      await waitForCount(market(page), SAMPLE_TOTAL);
      await eventually(async () => assert.ok(await page.locator('t4g-city-directory').evaluate((el) => el.shadowRoot?.querySelector('t4g-city-card'))));
      assert.deepEqual(await visibleFallbackNames(page), []);
      const boxes = await page.evaluate(() => [...document.querySelectorAll('.t4g-fallback')].map((el) => ({ visible: el.checkVisibility(), ...el.getBoundingClientRect().toJSON() })));
      assert.equal(boxes.length, 2);
      for (const box of boxes) assert.deepEqual([box.visible, box.width, box.height], [false, 0, 0]);
      await assertClean(page, log);
    } finally {
      await context.close();
    }
  });

  // The fallback is painted first when the bundle comes late (a slow network), then the widgets take over: the layout
  // shift the browser measures (as in CLS) over the whole load stays under 0.05, on a phone and on a desktop.
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    test(`JavaScript on, the bundle 500 ms late, ${viewport.width} px: no visible jump when the widgets take over`, async () => {
      const context = await env.browser.newContext({ viewport });
      try {
        const page = await lateAndWatched(context, '**/t4g.js', 500);
        // Not 'domcontentloaded': that waits for the module script, which is what comes late.
        await page.goto(`${site.url}/sample/index.html`, { waitUntil: 'commit' });
        await page.waitForFunction(() => document.querySelectorAll('.t4g-fallback-name a').length > 0 && !customElements.get('t4g-marketplace'));
        assert.ok((await visibleFallbackNames(page)).length > 0, 'the fallback is on screen before the bundle comes');
        await waitForCount(market(page), SAMPLE_TOTAL);
        await page.waitForTimeout(500);
        assert.deepEqual(await visibleFallbackNames(page), []);
        const total = await shiftTotal(page);
        assert.ok(total < 0.05, `layout shift ${total.toFixed(4)}`);
      } finally {
        await context.close();
      }
    });
  }

  test('JavaScript on: ?t4g-open=ID opens that solution in the marketplace', async () => {
    const { page, context } = await openSite('sample/index.html?t4g-open=bike-sharing-rebalancer');
    try {
      const m = market(page);
      await waitForCount(m, SAMPLE_TOTAL);
      await eventually(async () => assert.ok(await m.evaluate((el) => !!el.shadowRoot.querySelector('t4g-solution-detail[open]')), 'the detail is open'));
    } finally {
      await context.close();
    }
  });
});

describe('t4g site: a solution page and a city page, JavaScript off', () => {
  test('the detail reads in full, cities link to their pages, and back to the index', async () => {
    const { page, context } = await openSite('sample/solutions/heat-pump-district-planner.html', { javaScriptEnabled: false });
    try {
      assert.equal(await page.locator('h1').textContent(), 'Heat Pump District Planner');
      assert.ok(await page.locator('.t4g-fallback-description p').first().isVisible());
      await page.locator('a[href="../cities/aarhus.html"]').click();
      await page.waitForURL('**/cities/aarhus.html');
      assert.equal(await page.locator('h1').textContent(), 'Aarhus');
      await page.locator('header a').click();
      await page.waitForURL('**/sample/index.html');
    } finally {
      await context.close();
    }
  });
});

describe('t4g site: a solution page while it loads', () => {
  // The picture near the top comes 300 ms after the text: its box is reserved (16:9 in t4g-site.css) and it is not lazy, so nothing moves.
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    test(`${viewport.width} px, the picture 300 ms late: no layout shift`, async () => {
      const context = await env.browser.newContext({ viewport });
      try {
        const page = await lateAndWatched(context, '**/*.svg', 300);
        await page.goto(`${site.url}/sample/solutions/bike-sharing-rebalancer.html`, { waitUntil: 'load' });
        assert.ok(await page.locator('img.t4g-fallback-image').evaluate((img) => img.complete && img.naturalWidth > 0), 'the picture came');
        const box = await page.locator('img.t4g-fallback-image').boundingBox();
        assert.ok(Math.abs(box.width / box.height - 16 / 9) < 0.02, `16:9: ${box.width} × ${box.height}`);
        await page.waitForTimeout(200);
        const total = await shiftTotal(page);
        assert.ok(total < 0.01, `layout shift ${total.toFixed(4)}`);
      } finally {
        await context.close();
      }
    });
  }
});

describe('t4g site: a hostile catalogue', () => {
  for (const javaScriptEnabled of [false, true]) {
    test(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}: no payload runs on the index or an entry's page`, async () => {
      for (const path of ['hostile/index.html', 'hostile/solutions/solution-img-onerror.html', 'hostile/cities/city-svg-breakout.html']) {
        const { page, context } = await openSite(path, { javaScriptEnabled });
        try {
          if (javaScriptEnabled && path.endsWith('index.html')) await eventually(async () => assert.ok((await waitForCount(market(page))) > 0));
          await page.waitForTimeout(200);
          assert.deepEqual(await page.evaluate(() => window.__pwned), [], path);
          const injected = await page.evaluate(() => document.querySelectorAll('body script:not([type="application/ld+json"]), body img:not(.t4g-fallback-image), body svg, body iframe, body math, body details, [onerror], [onload], [onfocus]').length);
          assert.equal(injected, 0, `${path}: no element from the catalogue`);
          // The entry's own image (its address and text are payloads): exactly the attributes the CLI writes, an http(s) source.
          for (const image of await page.evaluate(() => [...document.querySelectorAll('img.t4g-fallback-image')].map((img) => ({ names: img.getAttributeNames().sort(), protocol: new URL(img.src).protocol })))) {
            assert.ok(image.names.every((name) => ['alt', 'class', 'decoding', 'lang', 'loading', 'src'].includes(name)) && /^https?:$/.test(image.protocol), `${path}: ${JSON.stringify(image)}`);
          }
        } finally {
          await context.close();
        }
      }
    });
  }
});
