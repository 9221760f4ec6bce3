#!/usr/bin/env node
/**
 * Screenshots of the widgets' main states on a plain city page (examples/screenshots.html), for the docs and for
 * design review:
 *
 *   npm run screenshots        (node scripts/screenshots.mjs; builds dist/ first when dist/t4g.js is missing)
 *
 * Writes docs/screenshots/<state>-<phone|desktop>-<light|dark>[-de].png: each state at phone (390 × 844) and desktop
 * (1280 × 900) size, light (the default) and dark (theme="dark" on the element and prefers-color-scheme: dark), and
 * the marketplace and the detail in German too. The bundle is served by test/e2e/server.mjs; the browser is the one
 * scripts/find-browser.mjs finds (CHROME_PATH if set). Each shot waits for the widget's own signs of being ready (its
 * status line, its cards, every nested element's updateComplete, the fonts, two frames), never for a fixed time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { browserPath } from './find-browser.mjs';
import { ROOT, startServer } from '../test/e2e/server.mjs';

const OUT = join(ROOT, 'docs', 'screenshots');
const PAGE = '/examples/screenshots.html';
const MISSING = '/catalog/no-such-catalogue.json'; // the server answers 404
const NONSENSE = 'xqzvwpl';
const DETAIL_ID = 'heat-pump-district-planner';
const CITY_ID = 'porto';
const TIMEOUT = 15000;
const PARALLEL = 3;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const VIEWPORTS = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 900 } },
};

// ---------------------------------------------------------------------------
// In the page

/** Every t4g element on the page, down through shadow roots. */
function t4gElements() {
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('t4g-')) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return found;
}

/** Waits until `condition` (a function run in the page, given `arg`) holds, then until the page is still. */
async function ready(page, condition, arg) {
  await page.waitForFunction(condition, arg, { timeout: TIMEOUT, polling: 'raf' });
  await page.evaluate(async (source) => {
    const t4gElements = new Function(`return (${source})`)();
    // Nested elements render in their own updates, after their parent's: repeat until nothing is pending.
    for (let round = 0; round < 5; round++) {
      const pending = await Promise.all(t4gElements().map((el) => el.updateComplete));
      if (pending.every((done) => done !== false)) break;
    }
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, t4gElements.toString());
}

/** The marketplace or directory shows a count and its cards. */
const gridReady = ([tag, cardTag]) => {
  const HEADING = 'h1, h2, h3, h4, h5, h6';
  const el = document.querySelector(tag);
  const root = el?.shadowRoot;
  const status = root?.querySelector('[role="status"]')?.textContent ?? '';
  const cards = [...(root?.querySelectorAll(cardTag) ?? [])];
  return /\d/.test(status) && !root.querySelector('[aria-busy="true"]') && cards.length > 0 && cards.every((card) => card.shadowRoot?.querySelector(HEADING));
};

// ---------------------------------------------------------------------------
// The states

const market = (page) => ready(page, gridReady, ['t4g-marketplace', 't4g-solution-card']);
const scrollTo = (page, tag, selector, block = 'start') =>
  page.evaluate(([tag, selector, block]) => {
    const host = document.querySelector(tag);
    const target = selector ? host.shadowRoot.querySelector(selector) : host;
    target?.scrollIntoView({ block, behavior: 'instant' });
    return !!target;
  }, [tag, selector, block]);

const STATES = {
  /** The first screen a visitor sees. */
  marketplace: { query: {}, prepare: market },

  /** A solution with every field, its dialog open. */
  detail: {
    query: {},
    async prepare(page) {
      await market(page);
      await page.evaluate((id) => document.querySelector('t4g-marketplace').openSolutionById(id), DETAIL_ID);
      await ready(page, () => !!document.querySelector('t4g-marketplace')?.shadowRoot?.querySelector('t4g-solution-detail')?.shadowRoot?.querySelector('dialog[open]')?.querySelector('h1, h2, h3'));
    },
  },

  /** The filters: on a narrow screen the panel opened by its "Filters" button, else the filter column. */
  filters: {
    query: {},
    async prepare(page, { size }) {
      await market(page);
      // Narrow: the "Filters" button opens the filter panel (a modal sheet), with a value ticked so its count shows.
      const toggled = await page.evaluate(() => {
        const el = document.querySelector('t4g-marketplace');
        const toggle = el.shadowRoot.querySelector('.filters-toggle');
        if (!toggle || toggle.getClientRects().length === 0) return false;
        el.setFilters({ track: ['green-economy'] });
        toggle.click();
        return true;
      });
      if (!toggled) {
        await scrollTo(page, 't4g-marketplace', 'fieldset, [role="group"]');
        if (size === 'phone') return 'no "Filters" button on a phone: shows the filter column instead';
      }
      await ready(page, () => {
        const root = document.querySelector('t4g-marketplace').shadowRoot;
        return [...root.querySelectorAll('details[open] fieldset')].some((f) => f.getClientRects().length > 0);
      });
    },
  },

  /** Words that match nothing. */
  empty: {
    query: {},
    async prepare(page) {
      await market(page);
      await page.evaluate((words) => document.querySelector('t4g-marketplace').search(words), NONSENSE);
      await ready(page, () => {
        const root = document.querySelector('t4g-marketplace').shadowRoot;
        return root.querySelectorAll('t4g-solution-card').length === 0 && /\S/.test(root.querySelector('[role="status"]')?.textContent ?? '');
      });
      await scrollTo(page, 't4g-marketplace');
    },
  },

  /** A catalogue address that answers 404. */
  error: {
    query: { src: MISSING },
    async prepare(page) {
      await ready(page, () => !!document.querySelector('t4g-marketplace')?.shadowRoot?.querySelector('[role="alert"]'));
    },
  },

  /** A city's full card. */
  city: {
    query: { widget: 'city', city: CITY_ID },
    async prepare(page) {
      await ready(page, () => !!document.querySelector('t4g-city-card')?.shadowRoot?.querySelector('h1, h2, h3, h4'));
    },
  },

  /** Every city, as a grid of cards. */
  directory: {
    query: { widget: 'directory' },
    prepare: (page) => ready(page, gridReady, ['t4g-city-directory', 't4g-city-card']),
  },
};

/** Every screenshot: each state at each size and theme, and the marketplace and the detail in German. */
function plan() {
  const shots = [];
  for (const state of Object.keys(STATES))
    for (const size of Object.keys(VIEWPORTS))
      for (const theme of ['light', 'dark']) shots.push({ state, size, theme });
  for (const state of ['marketplace', 'detail']) for (const size of Object.keys(VIEWPORTS)) shots.push({ state, size, theme: 'light', lang: 'de' });
  return shots.map((shot) => ({ ...shot, file: `${[shot.state, shot.size, shot.theme, shot.lang].filter(Boolean).join('-')}.png` }));
}

async function take(browser, base, shot) {
  const started = Date.now();
  const context = await browser.newContext({ ...VIEWPORTS[shot.size], colorScheme: shot.theme, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => msg.type() === 'error' && !(shot.state === 'error' && /404/.test(msg.text())) && problems.push(`console: ${msg.text()}`));
  try {
    const query = new URLSearchParams(STATES[shot.state].query);
    if (shot.theme === 'dark') query.set('theme', 'dark');
    if (shot.lang) query.set('lang', shot.lang);
    await page.goto(`${base}${PAGE}?${query}`, { waitUntil: 'load' });
    const note = await STATES[shot.state].prepare(page, shot);
    await page.screenshot({ path: join(OUT, shot.file), animations: 'disabled', caret: 'hide' });
    return { ...shot, note: [note, ...problems].filter(Boolean).join('; '), ms: Date.now() - started };
  } catch (error) {
    return { ...shot, failed: String(error?.message ?? error).split('\n')[0], ms: Date.now() - started };
  } finally {
    await context.close();
  }
}

async function main() {
  const started = Date.now();
  if (!existsSync(join(ROOT, 'dist', 't4g.js'))) {
    console.log('dist/t4g.js is missing: npm run build …');
    const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  mkdirSync(OUT, { recursive: true });
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });
  const results = [];
  try {
    const queue = plan();
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        for (let shot = queue.shift(); shot; shot = queue.shift()) results.push(await take(browser, server.url, shot));
      }),
    );
  } finally {
    await browser.close();
    await server.close();
  }

  const order = plan().map((shot) => shot.file);
  results.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));
  const rows = results.map((r) => [
    relative(ROOT, join(OUT, r.file)),
    `${VIEWPORTS[r.size].viewport.width}×${VIEWPORTS[r.size].viewport.height}`,
    r.theme,
    r.lang ?? 'en',
    r.failed ? '—' : `${Math.round(statSync(join(OUT, r.file)).size / 1024)} KB`,
    `${r.ms} ms`,
    r.failed ? `FAILED: ${r.failed}` : r.note,
  ]);
  const head = ['file', 'viewport', 'theme', 'lang', 'size', 'time', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
  console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
  const failed = results.filter((r) => r.failed).length;
  console.log(`\n${results.length - failed} screenshots written to ${relative(ROOT, OUT)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s${failed ? `; ${failed} failed` : ''}.`);
  if (failed) process.exitCode = 1;
}

await main();
