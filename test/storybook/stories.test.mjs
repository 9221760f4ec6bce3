/**
 * Every story of the built Storybook, opened in headless Chromium (playwright-core): one test per story, failing on
 * a console error or a page error, on a story whose play function or render failed, on a story that renders
 * nothing, and on any axe violation in the story (axe-core from node_modules, run on #storybook-root; it looks into
 * open shadow roots).
 *
 *   npm run build-storybook && node --test --test-reporter=tap test/storybook/stories.test.mjs
 *   (or: bash scripts/storybook-test.sh)
 *
 * Builds nothing: reads storybook-static/index.json. The browser: scripts/find-browser.mjs (CHROME_PATH if set),
 * STORY_TIMEOUT the wait for each story in ms (default 20000), STORY_CONCURRENCY how many stories are open at once
 * (default 2), STORY_FILTER a substring of the story ids to run.
 *
 * Story tags the check understands:
 *   loading-state  the story shows a widget still loading: it is not waited for (it never finishes)
 *   http-404       the story asks for a missing file on purpose: the browser's "Failed to load resource … 404"
 *                  for that file is not an error
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { browserPath } from '../../scripts/find-browser.mjs';
import { STATIC_DIR, startServer } from './server.mjs';

const TIMEOUT = Number(process.env.STORY_TIMEOUT ?? 20000);
const VIEWPORT = { width: 1280, height: 900 };
const CONCURRENCY = Number(process.env.STORY_CONCURRENCY ?? 2);
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
// Same as the a11y addon: a story is a fragment of a page, so "all content in landmarks" does not apply.
const AXE_OPTIONS = { rules: { region: { enabled: false } }, resultTypes: ['violations'] };

const indexFile = join(STATIC_DIR, 'index.json');
const stories = existsSync(indexFile)
  ? Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries)
      .filter((entry) => entry.type === 'story')
      .filter((entry) => !process.env.STORY_FILTER || entry.id.includes(process.env.STORY_FILTER))
  : [];

let server;
let browser;
let context;

before(async () => {
  if (!stories.length) return;
  server = await startServer(STATIC_DIR);
  browser = await chromium.launch({
    executablePath: browserPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // One context for all stories, so Storybook's bundles come from the HTTP cache after the first; a page each.
  context = await browser.newContext({ viewport: VIEWPORT });
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/**
 * Runs in the story's page before Storybook: records what the preview says on its channel (the story finished, and
 * how; a play function threw), by catching the channel as Storybook puts it on the window.
 */
function recorder() {
  window.__storyEvents = [];
  const names = ['storyFinished', 'storyErrored', 'storyThrewException', 'playFunctionThrewException', 'unhandledErrorsWhilePlaying', 'storyMissing'];
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const name of names) value.on(name, (payload) => window.__storyEvents.push({ name, payload: JSON.parse(JSON.stringify(payload ?? null)) }));
    },
  });
  // Every t4g-* element of the story, looking into shadow roots.
  window.__t4gWidgets = () => {
    const found = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('t4g-')) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.querySelector('#storybook-root') ?? document);
    return found;
  };
}

async function checkStory(story) {
  const page = await context.newPage();
  const problems = [];
  const expected404 = story.tags?.includes('http-404');
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url ?? '';
    // The browser asks for /favicon.ico on its own; Storybook's page names its icon elsewhere.
    if (/status of 404/.test(msg.text()) && /\/favicon\.ico$/.test(where)) return;
    if (expected404 && /status of 404/.test(msg.text()) && /no-such-catalogue\.json$/.test(where)) return;
    problems.push(`console error: ${msg.text()}${where ? ` (${where}:${msg.location().lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error?.stack ?? error}`));
  try {
    await page.addInitScript(recorder);
    // a11y.manual: the a11y addon does not run axe itself here; this check runs it below, once the data is in.
    await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`, { waitUntil: 'load' });

    // Storybook has rendered the story and run its play function.
    const finished = await page.waitForFunction(() => window.__storyEvents?.find((e) => e.name === 'storyFinished' || e.name === 'storyMissing'), null, { timeout: TIMEOUT, polling: 50 });
    const events = await page.evaluate(() => window.__storyEvents);
    const outcome = await finished.jsonValue();
    assert.notEqual(outcome.name, 'storyMissing', `Storybook has no story ${story.id}`);
    for (const event of events) {
      if (event.name === 'storyFinished') continue;
      problems.push(`${event.name}: ${JSON.stringify(event.payload).slice(0, 800)}`);
    }
    if (outcome.payload?.status === 'error') {
      const reports = (outcome.payload.reporters ?? []).filter((r) => r.status === 'failed').map((r) => `${r.type}: ${(r.result?.violations ?? []).map((v) => v.id).join(', ') || JSON.stringify(r.result).slice(0, 300)}`);
      problems.push(`Storybook reports the story failed${reports.length ? ` (${reports.join('; ')})` : ''}`);
    }

    // Something is on screen: a t4g-* element whose shadow root has content.
    await page
      .waitForFunction(() => window.__t4gWidgets().some((el) => el.shadowRoot && [...el.shadowRoot.children].some((child) => child.localName !== 'style')), null, {
        timeout: TIMEOUT,
        polling: 50,
      })
      .catch(() => problems.push('the story renders nothing: no t4g-* element with content in #storybook-root'));

    // Data has arrived and every widget has rendered it (not for a story that shows the loading state). Polled with
    // evaluate: waitForFunction would take the promise of an async predicate for a truthy answer.
    if (!story.tags?.includes('loading-state')) {
      const deadline = Date.now() + TIMEOUT;
      for (;;) {
        const settled = await page.evaluate(async () => {
          const widgets = window.__t4gWidgets();
          await Promise.all(widgets.map((el) => el.updateComplete));
          const busy = widgets.some((el) => el.shadowRoot?.querySelector('[aria-busy="true"]'));
          return !busy && window.__t4gWidgets().length === widgets.length;
        });
        if (settled) break;
        if (Date.now() > deadline) {
          problems.push('the story is still loading after the timeout ([aria-busy="true"])');
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } else {
      await page
        .waitForFunction(() => window.__t4gWidgets().some((el) => el.shadowRoot?.querySelector('[aria-busy="true"]')), null, { timeout: TIMEOUT, polling: 50 })
        .catch(() => problems.push('a loading-state story that is not loading (no [aria-busy="true"])'));
    }

    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async (options) => {
      const result = await window.axe.run(document.querySelector('#storybook-root'), options);
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ')}`),
      }));
    }, AXE_OPTIONS);
    for (const v of violations) problems.push(`axe ${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.join('\n      ')}`);
  } finally {
    await page.close();
  }
  assert.deepEqual(problems, [], `${story.title} › ${story.name}:\n  ${problems.join('\n  ')}`);
}

describe('Storybook: every story renders, without console errors or axe violations', { concurrency: CONCURRENCY }, () => {
  if (!stories.length) {
    test('storybook-static/index.json lists the stories', () => {
      assert.fail(`${indexFile} is missing or lists no story: run npm run build-storybook first`);
    });
    return;
  }
  for (const story of stories) {
    test(`${story.title} › ${story.name} (${story.id})`, { timeout: TIMEOUT * 3 }, () => checkStory(story));
  }
});
