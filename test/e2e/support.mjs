/**
 * What the end-to-end test files share: one static server (server.mjs) and
 * one headless Chromium per file (`useBrowser()` registers them), a page
 * opened with everything that can go wrong on it recorded, and waits.
 */
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { browserPath } from '../../scripts/find-browser.mjs';
import { startServer } from './server.mjs';

export const TIMEOUT = Number(process.env.E2E_TIMEOUT ?? 15000);
export const VIEWPORT = { width: 1280, height: 900 };
export const SAMPLE_TOTAL = 64;
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The file's server and browser, set by `useBrowser()`'s hooks. */
export const env = { server: undefined, browser: undefined };

/** Starts the server and the browser before the file's tests, and stops them after. */
export function useBrowser() {
  before(async () => {
    env.server = await startServer();
    env.browser = await chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
}

/** Retries `check` until it stops throwing, then returns its value; after `timeout` ms throws its last error. */
export async function eventually(check, { timeout = TIMEOUT, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, interval));
    }
  }
}

/** Runs in every page before its scripts: records CSP violations and the widgets' t4g-error and t4g-search events. */
export function recorders() {
  window.__cspViolations = [];
  window.__t4gErrors = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber, sample: e.sample });
  });
  document.addEventListener('t4g-error', (e) => window.__t4gErrors.push(e.detail));
  window.__t4gSearches = [];
  document.addEventListener('t4g-search', (e) => window.__t4gSearches.push({ id: e.target.id, query: e.detail.query, total: e.detail.total }));
}

/**
 * Opens `path` in a fresh context (so URL state and caches never leak between
 * tests) and collects everything that can go wrong on the page.
 */
export async function open(path, { viewport = VIEWPORT } = {}) {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  const log = { errors: [], warnings: [], pageErrors: [], failedRequests: [], responses: [], abortedAfterResponse: [] };
  page.on('console', (msg) => {
    const where = msg.location();
    const text = `${msg.text()}${where?.url ? ` (${where.url}:${where.lineNumber})` : ''}`;
    if (msg.type() === 'error') log.errors.push(text);
    if (msg.type() === 'warning') log.warnings.push(text);
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error?.stack ?? error)));
  const started = Date.now();
  page.on('requestfailed', async (request) => {
    const failure = request.failure()?.errorText;
    const response = await request.response().catch(() => null);
    // Now and then (timing-dependent) Chromium reports the catalogue fetch as
    // net::ERR_ABORTED although it answered 200 and the page read the body:
    // a streamed body whose loader finishes after the stream is released. The
    // count checks prove the widget got the data. Anything else is a failure.
    if (failure === 'net::ERR_ABORTED' && response?.ok()) return log.abortedAfterResponse.push(request.url());
    log.failedRequests.push(`${request.resourceType()} ${request.url()}: ${failure} (${Date.now() - started} ms after opening)`);
  });
  page.on('response', (response) => {
    log.responses.push(response);
    if (response.status() >= 400) log.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  await page.addInitScript(recorders);
  const response = await page.goto(env.server.url + path, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, `${path} is served`);
  return { page, context, log, response };
}

/** Everything that must stay empty on every page; `allowWarnings` false also refuses console warnings. */
export async function assertClean(page, log, { allowWarnings = true } = {}) {
  assert.deepEqual(log.pageErrors, [], 'no uncaught exception on the page');
  assert.deepEqual(log.errors, [], 'no console error');
  if (!allowWarnings) assert.deepEqual(log.warnings, [], 'no console warning');
  assert.deepEqual(log.failedRequests, [], 'no failed request');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no Content-Security-Policy violation');
  assert.deepEqual(await page.evaluate(() => window.__t4gErrors), [], 'no t4g-error event');
}

const { version: VERSION } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** Whether `address` is `dist/<file>`, whatever its query (for "never loaded" checks). */
export const isDistFile = (address, file) => new URL(address).pathname === `/dist/${file}`;

/** Whether `address` is `dist/<file>` asked for this release (`?v=<version>`, src/internal/beside-script.ts), as both bundles ask. */
export const isSideFile = (address, file) => isDistFile(address, file) && new URL(address).searchParams.get('v') === VERSION;

export const market = (page, selector = 't4g-marketplace') => page.locator(selector);
export const pageOf = (locator) => locator.page();
/** The results' status line (not the one "Copy link" has in an open detail). */
export const statusOf = (m) => m.locator('.results > [role=status]:not(.missing)');

export async function statusText(m) {
  // A short wait per try: eventually() does the waiting, with the suite's timeout.
  return ((await statusOf(m).textContent({ timeout: 1000 })) ?? '').trim();
}

/** Waits until the marketplace's status line reads "N solutions" and returns N. */
export async function waitForCount(m, expected) {
  return eventually(async () => {
    const text = await statusText(m);
    const match = /(\d+) solutions?/.exec(text);
    assert.ok(match, `status "${text}" names a number of solutions`);
    const n = Number(match[1]);
    if (expected !== undefined) assert.equal(n, expected, `status "${text}"`);
    return n;
  });
}

/** The page's h1 is there and visible (the page itself rendered). */
export async function assertHeading(page) {
  const h1 = page.locator('h1');
  assert.equal(await h1.count(), 1, 'one h1');
  assert.ok(await h1.isVisible(), 'the h1 is visible');
  assert.ok(((await h1.textContent()) ?? '').trim().length > 0, 'the h1 has text');
}

/** Types "mobility" into the search field: fewer results, the first card's name says Mobility, the API agrees. */
export async function assertSearchWorks(m, total = SAMPLE_TOTAL) {
  const input = m.locator('input[type=search]');
  assert.equal(await input.count(), 1, 'one search field in the marketplace');
  await input.fill('mobility');
  const n = await eventually(async () => {
    const count = await waitForCount(m);
    assert.ok(count > 0 && count < total, `"mobility" finds some but fewer than ${total} solutions (status "${await statusText(m)}")`);
    return count;
  });
  const firstName = m.locator('t4g-solution-card').first().locator('.name');
  await eventually(async () => assert.match((await firstName.textContent({ timeout: 1000 })) ?? '', /Mobility/, 'the first card is a Mobility solution'));
  const api = await m.evaluate((el) => ({ total: el.total, results: el.results.length }));
  assert.deepEqual(api, { total: n, results: n }, 'el.total and el.results agree with the status line');
  const id = await m.evaluate((el) => el.id);
  const searches = await pageOf(m).evaluate(() => window.__t4gSearches);
  assert.deepEqual(searches.filter((e) => e.id === id).at(-1), { id, query: 'mobility', total: n }, 't4g-search reached the document with the words and the total');
  return n;
}

