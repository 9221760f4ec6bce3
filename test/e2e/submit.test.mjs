/**
 * The built workshop (`dist/t4g-submit.js` and its worker) in Chromium: the
 * checks run in the worker, so a 5 MB text never holds the page's thread;
 * nothing is requested but the files beside the bundle and the `against`
 * catalogue; a missing worker file is said, not a silent page.
 *
 *   CHROME_PATH=/usr/bin/chromium node --test --test-reporter=spec test/e2e/submit.test.mjs
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { env, eventually, open, useBrowser } from './support.mjs';

useBrowser();

const PAGE = '/test/e2e/pages/submit.html';

/** A catalogue text of about `megabytes` MB, valid. */
const LARGE = (megabytes) => `(() => {
  const solution = (i) => ({ id: 's-' + i, name: { en: 'Solution ' + i, fr: 'Solution ' + i }, summary: 'What solution ' + i + ' does for cities, and for whom, in a sentence.', description: 'Lorem ipsum dolor sit amet. '.repeat(12), tracks: ['green-economy'], provider: { name: 'Provider ' + i, type: 'startup', country: 'PT' }, trl: 7 });
  const each = JSON.stringify(solution(100000), null, 2).length + 8;
  return JSON.stringify({ version: 1, solutions: Array.from({ length: Math.ceil(${megabytes} * 1e6 / each) }, (_, i) => solution(i)) }, null, 2);
})()`;

const workshop = (page) => page.locator('t4g-submission-preview');

describe('the built workshop', () => {
  test('a 5 MB text is checked in the worker: no long task on the page while it is checked, and typing goes on', async () => {
    const { page, context, log } = await open(PAGE);
    try {
      await eventually(async () => assert.match(await workshop(page).locator('.against').textContent(), /Checked against/));
      const measured = await page.evaluate(async (large) => {
        const text = eval(large);
        const el = document.querySelector('t4g-submission-preview');
        el.value = text;
        // From here: the check runs; the page's long tasks and a keystroke's way to the screen are measured.
        const tasks = [];
        new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
        const started = performance.now();
        await el.updateComplete;
        return { bytes: text.length, checkMs: performance.now() - started, tasks, status: el.shadowRoot.querySelector('.status').textContent };
      }, LARGE(5));
      assert.ok(measured.bytes > 4.5e6, `${measured.bytes} bytes`);
      assert.match(measured.status, /^Valid: [\d,]+ solutions/);
      assert.ok(measured.checkMs > 100, `a real check (${Math.round(measured.checkMs)} ms)`);
      // The check on the page took 440 to 620 ms here; CodeMirror parses the new text in idle slices of up to 100 ms
      // (@codemirror/language), which give way to a key pressed: those may show, nothing longer.
      assert.deepEqual(measured.tasks.filter((ms) => ms > 150).map(Math.round), [], `no task on the page longer than the editor's parsing slices: ${measured.tasks.map(Math.round)}`);
      const workerLoaded = await page.evaluate(() => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname === '/dist/t4g-submit-worker.js' && new URL(e.name).searchParams.has('v')));
      assert.equal(workerLoaded, true, 'the checks ran in the worker file');

      // Typing at the end of the 5 MB text: each key is in the document within a frame or two.
      await page.locator('t4g-submission-preview .cm-content').click();
      await page.keyboard.press('Control+End');
      const before = await page.evaluate(() => document.querySelector('t4g-submission-preview').value.length);
      await page.keyboard.type(' ', { delay: 30 });
      await page.keyboard.type('   ', { delay: 30 });
      assert.equal(await page.evaluate(() => document.querySelector('t4g-submission-preview').value.length), before + 4);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test('nothing is requested but the page, the workshop’s files and the against catalogue', async () => {
    const { page, context, log } = await open(PAGE);
    try {
      await eventually(async () => assert.match(await workshop(page).locator('.against').textContent(), /Checked against/));
      await workshop(page).locator('button', { hasText: 'Start from a template' }).click();
      await eventually(async () => assert.match(await workshop(page).locator('.status').textContent(), /^Valid/));
      const requested = log.responses.map((response) => new URL(response.url()).pathname);
      const allowed = /^\/(test\/e2e\/pages\/submit\.html|dist\/t4g-submit(-worker)?\.js|catalog\/icc-sample\.json|catalog\/images\/[\w-]+\.svg)$/;
      assert.deepEqual(requested.filter((path) => !allowed.test(path)), []);
      assert.ok(log.responses.every((response) => new URL(response.url()).origin === env.server.url), 'one origin');
    } finally {
      await context.close();
    }
  });

  test('the worker file missing: the page says which file to put back, and the editor still works', async () => {
    const context = await env.browser.newContext();
    try {
      await context.route('**/t4g-submit-worker.js*', (route) => route.fulfill({ status: 404, body: 'no' }));
      const page = await context.newPage();
      await page.goto(env.server.url + PAGE);
      await workshop(page).locator('button', { hasText: 'Start from a template' }).click();
      await eventually(async () => assert.match((await workshop(page).locator('.notice').textContent()) ?? '', /keep t4g-submit-worker\.js beside t4g-submit\.js/));
      assert.match(await page.evaluate(() => document.querySelector('t4g-submission-preview').value), /"my-solution"/);
    } finally {
      await context.close();
    }
  });
});

describe('t4g preview FILE', () => {
  test('serves the workshop on this computer with the file in it, checked against a published catalogue', async () => {
    const { spawn } = await import('node:child_process');
    const { ROOT } = await import('./server.mjs');
    const child = spawn(process.execPath, ['dist/lib/cli/t4g.js', 'preview', 'test/fixtures/cli/against/provider.json', '--port', '0', '--against', 'test/fixtures/cli/against/published.json'], { cwd: ROOT });
    try {
      const address = await new Promise((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(String(chunk));
          if (found) resolve(found[0]);
        });
        child.on('exit', (code) => reject(new Error(`t4g preview exited with ${code}`)));
      });
      const context = await env.browser.newContext();
      try {
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.goto(address);
        const { readFileSync } = await import('node:fs');
        const file = readFileSync(new URL('../fixtures/cli/against/provider.json', import.meta.url), 'utf8');
        await eventually(async () => assert.equal(await page.evaluate(() => document.querySelector('t4g-submission-preview').value), file));
        const messages = () => page.evaluate(() => document.querySelector('t4g-submission-preview').problems.map((p) => p.message));
        await eventually(async () => assert.ok((await messages()).includes('id `bike-share` is also used in /against/published.json (solutions[0])'), (await messages()).join(' | ')));
        assert.ok((await messages()).some((m) => /portoo` does not exist in this file or in \/against\/published\.json \(did you mean `porto`\?\)/.test(m)));
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    } finally {
      child.kill('SIGINT');
    }
  });
});
